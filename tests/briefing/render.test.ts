import { describe, expect, it } from 'vitest';
import { I18n } from '../../src/bot/i18n.ts';
import { articleIdsOf, composeBriefing } from '../../src/briefing/compose.ts';
import { htmlToPlainText } from '../../src/briefing/plain-text.ts';
import { renderBriefing, renderStory, renderStoryList } from '../../src/briefing/render.ts';
import { cutAtSentence, packBlocks, TELEGRAM_MESSAGE_LIMIT } from '../../src/briefing/split.ts';
import { TOPICS } from '../../src/model/topics.ts';
import { parseTelegramHtml } from '../support/telegram-html.ts';
import { article, story } from '../support/stories.ts';

const i18n = new I18n();
const ctx = (language: 'ar' | 'ru' | 'en' = 'en') => ({ t: i18n.for(language), language, timeZone: 'Asia/Riyadh' });
const AT = Date.parse('2026-11-29T05:00:00Z');

describe('composeBriefing', () => {
  it('puts sections in the fixed topic order, each story once (in its first followed topic), most sources first', () => {
    const un = story(article({ id: 1, topics: ['un'], publishedAt: AT }));
    const gulfAndIran = story(article({ id: 2, topics: ['iran', 'gulf'], publishedAt: AT - 1000 }));
    const gulfTwoSources = story(article({ id: 3, topics: ['gulf'], publishedAt: AT - 5000 }), [
      article({ id: 4, feedName: 'WAM', topics: ['gulf'] }),
    ]);
    const notFollowed = story(article({ id: 5, topics: ['libya'] }));
    const briefing = composeBriefing({
      stories: [un, gulfAndIran, gulfTwoSources, notFollowed],
      topics: ['un', 'iran', 'gulf'],
      language: 'en',
      at: AT,
    });
    expect(briefing.sections.map((s) => [s.topic, s.stories.map((x) => x.main.id)])).toEqual([
      ['gulf', [3, 2]],
      ['un', [1]],
    ]);
    expect(articleIdsOf(briefing).sort()).toEqual([1, 2, 3, 4]);
  });

  it('is empty when nothing matches, and caps each section', () => {
    expect(composeBriefing({ stories: [], topics: [...TOPICS], language: 'en', at: AT }).sections).toEqual([]);
    const many = Array.from({ length: 12 }, (_, i) => story(article({ id: 100 + i, publishedAt: AT - i })));
    expect(composeBriefing({ stories: many, topics: ['gulf'], language: 'en', at: AT, perSection: 5 }).sections[0]!.stories).toHaveLength(
      5,
    );
  });
});

describe('renderStory', () => {
  it('escapes hostile feed text everywhere and links only http(s)', () => {
    const hostile = article({
      title: '<script>alert(1)</script> & "quotes"',
      feedName: 'Evil <b>Feed</b> & Co',
      link: 'https://news.example/?a=1&b="2"',
      summary: {
        headline: '<script>alert(1)</script> & "quotes"',
        lead: 'Lead with <i>tags</i> & ampersands.',
        sections: [{ heading: '<h1>Part</h1>', summary: 'x' }],
      },
    });
    const html = renderStory(story(hostile, [article({ feedName: '<WAM>' })]), ctx(), { showDate: true });
    const parsed = parseTelegramHtml(html);
    expect(parsed.text).toContain('<script>alert(1)</script> & "quotes"');
    expect(parsed.text).toContain('Evil <b>Feed</b> & Co, also <WAM>');
    expect(parsed.text).toContain('▸ <h1>Part</h1>');
    expect(parsed.entities.find((e) => e.type === 'text_link')).toMatchObject({ url: 'https://news.example/?a=1&b=%222%22' });
    const js = renderStory(story(article({ link: 'javascript:alert(1)' })), ctx(), { showDate: false });
    expect(js).not.toContain('href');
  });

  it('keeps a story from a hostile feed under one message by dropping section lines, then cutting the lead', () => {
    const huge = article({
      summary: {
        headline: '&'.repeat(200),
        lead: 'Sentence one & more. '.repeat(60),
        sections: Array.from({ length: 10 }, () => ({ heading: '<'.repeat(120), summary: '' })),
      },
    });
    const html = renderStory(story(huge), ctx(), { showDate: true });
    expect(html.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    expect(() => parseTelegramHtml(html)).not.toThrow();
  });
});

describe('renderBriefing', () => {
  it('gives a localised header with the date in the time zone, section titles, and valid HTML in every language', () => {
    for (const language of ['ar', 'ru', 'en'] as const) {
      const briefing = composeBriefing({
        stories: [story(article({ language, topics: ['palestine'] }))],
        topics: [...TOPICS],
        language,
        at: AT,
      });
      const [message] = renderBriefing(briefing, ctx(language));
      const text = parseTelegramHtml(message!).text;
      expect(text).toContain(i18n.t(language, 'topic-palestine'));
      expect(text).toContain(new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'Asia/Riyadh' }).format(AT));
    }
  });

  it('splits at story boundaries under 4096 UTF-16 units, with Arabic, Cyrillic and emoji', () => {
    const lead = (n: number) => `${'📰 تقرير عن الخليج и Кувейт '.repeat(9)}${n}.`;
    const stories = Array.from({ length: 60 }, (_, i) =>
      story(
        article({
          id: 1000 + i,
          topics: [TOPICS[i % TOPICS.length]!],
          summary: { headline: `Заголовок ${i} عنوان`, lead: lead(i), sections: [] },
        }),
      ),
    );
    const briefing = composeBriefing({ stories, topics: [...TOPICS], language: 'ar', at: AT, perSection: 6 });
    const messages = renderBriefing(briefing, ctx('ar'));
    expect(messages.length).toBeGreaterThan(2);
    for (const message of messages) {
      expect(message.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
      expect(parseTelegramHtml(message).text.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    }
    // Every story is there once, whole.
    const all = messages.join('\n');
    for (const s of briefing.sections.flatMap((section) => section.stories)) expect(all.split(s.main.summary.headline).length - 1).toBe(1);
  });

  it('lists stories with their dates for /latest', () => {
    const [message] = renderStoryList('<b>Latest</b>', [story(article({ publishedAt: AT }))], ctx('ru'));
    expect(parseTelegramHtml(message!).text).toContain(
      new Intl.DateTimeFormat('ru', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Riyadh' }).format(AT),
    );
  });
});

describe('split helpers', () => {
  it('packBlocks never cuts a block and refuses one that cannot fit', () => {
    expect(packBlocks(['aaa', 'bbb', 'ccc'], '\n', 7)).toEqual(['aaa\nbbb', 'ccc']);
    expect(() => packBlocks(['x'.repeat(10)], '\n', 5)).toThrow(RangeError);
  });

  it('cutAtSentence cuts at a sentence, else a word, never inside a surrogate pair', () => {
    expect(cutAtSentence('One two. Three four five six.', 12)).toBe('One two.');
    expect(cutAtSentence('alpha beta gamma delta', 12)).toBe('alpha beta…');
    expect(cutAtSentence('😀😀😀😀😀😀', 6)).not.toMatch(/[\uD800-\uDBFF]…?$/);
  });

  it('htmlToPlainText keeps link addresses and decodes entities once', () => {
    expect(htmlToPlainText('<b><a href="https://x.example/?a=1&amp;b=2">A &amp;lt; B</a></b>')).toBe(
      'A &lt; B (https://x.example/?a=1&b=2)',
    );
  });
});
