import type { Language } from '../model/language.ts';
import { formatDate, formatDateTime } from '../text/format.ts';
import { escapeMarkup } from '../text/escape.ts';
import type { Translate } from '../model/translate.ts';
import { safeHttpUrl } from '../text/html.ts';
import type { Briefing } from './compose.ts';
import { cutAtSentence, groupBlocks, packBlocks, TELEGRAM_MESSAGE_LIMIT } from './split.ts';
import { storyArticleIds, type Story } from '../model/story.ts';
import { coverageByLanguage } from './across-languages.ts';

/** A structured article shows at most this many of its section headlines. */
const MAX_SECTION_LINES = 4;
/** Longest section headline shown; they are headings, not paragraphs. */
const MAX_SECTION_HEADING = 120;

export interface RenderContext {
  t: Translate;
  language: Language;
  timeZone: string;
}

/** "29 November 2026" in the reader's language and the configured time zone. */
export function formatDay(at: number, { language, timeZone }: Pick<RenderContext, 'language' | 'timeZone'>): string {
  return formatDate(at, language, timeZone);
}

/**
 * One story as Telegram HTML: linked headline, its lead, its sources (and when), its section headlines.
 * Every piece of feed text is escaped. A story is always shorter than one message: section lines go
 * first, then the lead is cut at a sentence, until it fits.
 */
export function renderStory(story: Story, ctx: RenderContext, options: { showDate: boolean }): string {
  const { main } = story;
  const headlineText = story.brief?.headline || main.summary.headline || main.title;
  // Only http(s) links become anchors; anything else (javascript:, data:) shows the headline as text.
  const href = safeHttpUrl(main.link ?? undefined);
  const headline = href
    ? `<b><a href="${escapeMarkup(href)}">${escapeMarkup(headlineText)}</a></b>`
    : `<b>${escapeMarkup(headlineText)}</b>`;
  const sources =
    story.otherSources.length > 0
      ? ctx.t('story-sources-also', { main: escapeMarkup(main.feedName), others: escapeMarkup(story.otherSources.join(', ')) })
      : escapeMarkup(main.feedName);
  // A story from a feed in another language (/sources all) says so before its source.
  const origin = main.language !== ctx.language ? `${ctx.t('story-original-language', { language: main.language })} · ` : '';
  const meta = `<i>${origin}${options.showDate ? `${sources} · ${formatDateTime(story.latestAt, ctx.language, ctx.timeZone)}` : sources}</i>`;
  const coverage = coverageLine(story, ctx);
  const sections = main.summary.sections
    .slice(0, MAX_SECTION_LINES)
    .map((section) => `▸ ${escapeMarkup(cutAtSentence(section.heading, MAX_SECTION_HEADING))}`);
  let lead = story.brief?.text ?? main.summary.lead;
  const assemble = () => [headline, ...(lead ? [escapeMarkup(lead)] : []), meta, ...(coverage ? [coverage] : []), ...sections].join('\n');
  let html = assemble();
  while (html.length > TELEGRAM_MESSAGE_LIMIT && sections.length > 0) {
    sections.pop();
    html = assemble();
  }
  while (html.length > TELEGRAM_MESSAGE_LIMIT && lead.length > 0) {
    lead = lead.length > 40 ? cutAtSentence(lead, Math.floor(lead.length / 2)) : '';
    html = assemble();
  }
  return html;
}

/**
 * "Also in Russian: ТАСС · in Arabic: كونا": the story's reports in the other languages, each source
 * linked to its own article, or nothing when it has none.
 */
function coverageLine(story: Story, ctx: RenderContext): string | undefined {
  const parts = coverageByLanguage(story).map(({ language, reports }) => {
    const sources = reports.map((report) => {
      const href = safeHttpUrl(report.link ?? undefined);
      const name = escapeMarkup(report.feedName);
      return href ? `<a href="${escapeMarkup(href)}">${name}</a>` : name;
    });
    return ctx.t('story-coverage-in', { language, sources: sources.join(', ') });
  });
  return parts.length > 0 ? `<i>${ctx.t('story-coverage', { reports: parts.join(' · ') })}</i>` : undefined;
}

/** A briefing as messages: the header, then one titled section per topic, split at story boundaries. */
export function renderBriefing(briefing: Briefing, ctx: RenderContext): string[] {
  return renderBriefingMessages(briefing, ctx).map((message) => message.html);
}

export interface RenderedMessage {
  html: string;
  /** The articles this message shows (main and merged ones): recorded as sent when it is sent. */
  articleIds: number[];
}

/**
 * renderBriefing, with the articles each message carries; `footer` (HTML) ends the last message.
 * Stories rendered once are reused through `cache` (a scheduled run renders the same stories for
 * many readers of one language).
 */
export function renderBriefingMessages(
  briefing: Briefing,
  ctx: RenderContext,
  options: { footer?: string; cache?: Map<Story, string> } = {},
): RenderedMessage[] {
  const blocks: { html: string; articleIds: number[] }[] = [
    { html: ctx.t('briefing-header', { date: formatDay(briefing.at, ctx) }), articleIds: [] },
  ];
  for (const section of briefing.sections) {
    const title = `<b>${escapeMarkup(ctx.t(`topic-${section.topic}`))}</b>`;
    section.stories.forEach((story, index) => {
      let rendered = options.cache?.get(story);
      if (rendered === undefined) {
        rendered = renderStory(story, ctx, { showDate: false });
        options.cache?.set(story, rendered);
      }
      // The section title travels with its first story, so a split never leaves it alone at a message's end.
      blocks.push({
        html: index === 0 ? fitWithTitle(title, rendered) : rendered,
        articleIds: storyArticleIds(story),
      });
    });
  }
  if (options.footer) blocks.push({ html: options.footer, articleIds: [] });
  return groupBlocks(blocks.map((block) => block.html)).map((indexes) => ({
    html: indexes.map((index) => blocks[index]!.html).join('\n\n'),
    articleIds: indexes.flatMap((index) => blocks[index]!.articleIds),
  }));
}

/** A list of stories under a header (/latest, /topic, /search), split at story boundaries. */
export function renderStoryList(header: string, stories: readonly Story[], ctx: RenderContext): string[] {
  return packBlocks([header, ...stories.map((story) => renderStory(story, ctx, { showDate: true }))]);
}

function fitWithTitle(title: string, story: string): string {
  const joined = `${title}\n\n${story}`;
  return joined.length <= TELEGRAM_MESSAGE_LIMIT ? joined : story;
}
