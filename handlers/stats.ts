import { Composer } from 'grammy';
import { AUDIENCE_KINDS } from '../src/model/chat.ts';
import { LANGUAGES } from '../src/model/language.ts';
import { adminOnly } from '../src/bot/admin.ts';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { formatDateTime } from '../src/text/format.ts';
import { TOPICS } from '../src/model/topics.ts';
import { escapeMarkup } from '../src/text/escape.ts';

const admin = new Composer<BotContext>();

/** /stats: subscribers by language, kind of chat and topic, articles, feeds' health, the queue, the last poll and briefing run. */
admin.command('stats', async (ctx) => {
  const stats = ctx.services.stats();
  const { timezone } = ctx.services.config;
  const when = (at: number | undefined) => (at === undefined ? ctx.t('stats-never') : formatDateTime(at, ctx.lang, timezone));
  const languageLines = LANGUAGES.map((language) => {
    const subscribers = stats.subscribers.get(language) ?? { receiving: 0, unsubscribed: 0, blocked: 0 };
    const articles = stats.articles.get(language) ?? { day: 0, week: 0 };
    return ctx.t('stats-language', {
      language: ctx.t(`language-name-${language}`),
      ...subscribers,
      day: articles.day,
      week: articles.week,
    });
  });
  const kindLines = AUDIENCE_KINDS.map((kind) =>
    ctx.t('stats-kind', { kind: ctx.t(`chat-kind-${kind}`), ...(stats.kinds.get(kind) ?? { receiving: 0, unsubscribed: 0, blocked: 0 }) }),
  );
  const topicLines = TOPICS.map((topic) =>
    ctx.t('stats-topic', { topic: ctx.t(`topic-${topic}`), ...(stats.followers.get(topic) ?? { receiving: 0, blocked: 0 }) }),
  );
  const run = stats.lastRun;
  const text = [
    ctx.t('stats-header'),
    ...languageLines,
    ctx.t('stats-kinds-header'),
    ...kindLines,
    ctx.t('stats-topics-header'),
    ...topicLines,
    ctx.t('stats-feeds', stats.feeds),
    ctx.t('stats-queue', { count: stats.queue }),
    ctx.t('stats-alerts', { watches: stats.alerts.watches, chats: stats.alerts.chats, today: stats.alerts.sentToday }),
    ...llmLines(ctx, when),
    ctx.t('stats-last-poll', { at: when(stats.lastPollAt), success: when(stats.lastSuccessfulPollAt) }),
    run
      ? ctx.t('stats-last-run', {
          at: when(run.scheduledFor),
          briefings: run.briefings,
          subscribers: run.subscribers,
          messages: run.messages,
          finished: run.finished ? 'yes' : 'no',
        })
      : ctx.t('stats-no-run'),
  ].join('\n');
  await ctx.reply(text, { parse_mode: 'HTML' });
});

/** The language model's day (with LLM_URL): calls, tokens, failures by kind, budget left, what readers were shown, the last error. */
function llmLines(ctx: BotContext, when: (at: number | undefined) => string): string[] {
  const status = ctx.services.llmStatus?.();
  if (!status) return [];
  const failures = Object.entries(status.failures).map(([kind, count]) => `${kind} ${count}`);
  const lines = [
    ctx.t('stats-llm', {
      model: escapeMarkup(status.model),
      calls: status.calls,
      prompt: status.promptTokens,
      completion: status.completionTokens,
      left: status.budgetLeft,
      failures: failures.length > 0 ? failures.join(', ') : '0',
      briefs: status.shown.briefs,
      extractive: status.shown.extractive,
    }),
  ];
  if (status.lastError)
    lines.push(ctx.t('stats-llm-error', { at: when(status.lastError.at), error: escapeMarkup(status.lastError.message) }));
  return lines;
}

export const stats: Feature = {
  composer: adminOnly(['stats'], admin),
  commands: [{ command: 'stats', menu: true, admin: true }],
};
