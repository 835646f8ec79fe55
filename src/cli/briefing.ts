import type { App } from '../app.ts';
import { I18n } from '../bot/i18n.ts';
import { isLanguage } from '../model/language.ts';
import { renderBriefing } from '../briefing/render.ts';
import { htmlToPlainText } from '../briefing/plain-text.ts';
import { resolveTopic } from '../topics/resolve.ts';
import { TOPICS } from '../model/topics.ts';
import { parseDuration, parseOptions, UsageError } from './args.ts';

export const BRIEFING_USAGE = 'diplobrief briefing --lang ar|ru|en [--topic SLUG] [--since 24h] [--sources mine|all] [--format text|html]';

/**
 * `diplobrief briefing`: prints the briefing a subscriber of that language would get now (all topics,
 * or one; with `--sources all`, as a chat that reads the other languages' stories too), from the database; messages are separated by a line of dashes. Nothing to show: a line on
 * stderr and exit 0.
 */
export function runBriefing(app: App, args: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const options = parseOptions(args, ['lang', 'topic', 'since', 'sources', 'format']);
  const language = options.get('lang');
  if (!isLanguage(language)) throw new UsageError('--lang must be ar, ru or en');
  const topicArgument = options.get('topic');
  const topic = topicArgument === undefined ? undefined : resolveTopic(topicArgument);
  if (topicArgument !== undefined && !topic) throw new UsageError(`--topic: "${topicArgument}" is not a topic (${TOPICS.join(', ')})`);
  const since = parseDuration(options.get('since') ?? '24h');
  if (since === undefined) throw new UsageError('--since takes a duration such as 90m, 24h, 2d or 1w');
  const sources = options.get('sources') ?? 'mine';
  if (sources !== 'mine' && sources !== 'all') throw new UsageError('--sources must be mine or all');
  const format = options.get('format') ?? 'text';
  if (format !== 'text' && format !== 'html') throw new UsageError('--format must be text or html');

  const briefing = app.reader.briefing({ language, topics: topic ? [topic] : TOPICS, since: app.now() - since, sources });
  if (briefing.sections.length === 0) {
    err.write(`no stories in ${language}${topic ? ` about ${topic}` : ''} in the last ${options.get('since') ?? '24h'}\n`);
    return 0;
  }
  const i18n = new I18n();
  const messages = renderBriefing(briefing, { t: i18n.for(language), language, timeZone: app.config.timezone });
  out.write(`${messages.map((message) => (format === 'html' ? message : htmlToPlainText(message))).join('\n\n----\n\n')}\n`);
  return 0;
}
