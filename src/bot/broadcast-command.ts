import type { MessageEntity } from 'grammy/types';
import type { AudienceKind } from '../model/chat.ts';
import type { Language } from '../model/language.ts';
import type { Topic } from '../model/topics.ts';
import { TELEGRAM_MESSAGE_LIMIT } from '../briefing/split.ts';
import { parseBroadcastOptions } from '../delivery/broadcast-options.ts';
import { entitiesToHtml } from './entities-html.ts';

export type BroadcastArgs =
  | { html: string; language: Language | undefined; topic: Topic | undefined; kind: AudienceKind | undefined }
  | { error: 'no-text' }
  | { error: 'unknown-language' | 'unknown-topic' | 'unknown-kind'; given: string }
  | { error: 'too-long'; length: number };

/**
 * `/broadcast [lang:xx] [topic:SLUG] [kind:private|group|channel] TEXT`: the options (src/delivery/broadcast-options.ts), then
 * the text, which may span lines and keeps the admin's formatting (the message's entities,
 * converted to HTML with every character escaped). It must fit one Telegram message.
 */
export function parseBroadcast(text: string, entities: readonly MessageEntity[] = []): BroadcastArgs {
  const command = entities.find((entity) => entity.type === 'bot_command' && entity.offset === 0);
  const from = command ? command.length : (/^\/\S*/.exec(text)?.[0].length ?? 0);
  const options = parseBroadcastOptions(text, from);
  if ('error' in options) return options;
  const html = entitiesToHtml(text, entities, options.textStart).trimEnd();
  if (html.length > TELEGRAM_MESSAGE_LIMIT) return { error: 'too-long', length: html.length };
  return { html, language: options.language, topic: options.topic, kind: options.kind };
}
