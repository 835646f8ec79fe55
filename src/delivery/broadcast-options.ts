import { isLanguage, type Language } from '../model/language.ts';
import type { AudienceKind } from '../model/chat.ts';
import type { Topic } from '../model/topics.ts';
import type { AudienceFilter } from '../model/audience.ts';
import { resolveTopic } from '../topics/resolve.ts';

/** Who a broadcast goes to, and where its text starts; or what is wrong with the options. */
export type BroadcastOptions =
  | { language: Language | undefined; topic: Topic | undefined; kind: AudienceKind | undefined; textStart: number }
  | { error: 'no-text' }
  | { error: 'unknown-language' | 'unknown-topic' | 'unknown-kind'; given: string };

const OPTION = /\s*(lang|topic|kind):(\S*)/iy;

/** The words an admin may write after `kind:`, singular or plural. */
const KIND_WORDS: Record<string, AudienceKind> = {
  private: 'private',
  user: 'private',
  users: 'private',
  group: 'group',
  groups: 'group',
  supergroup: 'group',
  supergroups: 'group',
  channel: 'channel',
  channels: 'channel',
};

/**
 * The options of `/broadcast [lang:xx] [topic:SLUG] [kind:private|group|channel] TEXT`, read from `from` (just after the
 * command): each option first, in any order and case, then the text. An option glued to text
 * ("topic:gulf,") or one after the text starts is text. The topic is a slug or any name the topic
 * resolver knows; a broadcast with no text is refused.
 */
export function parseBroadcastOptions(text: string, from: number): BroadcastOptions {
  let at = from;
  let language: Language | undefined;
  let topic: Topic | undefined;
  let kind: AudienceKind | undefined;
  for (;;) {
    OPTION.lastIndex = at;
    const match = OPTION.exec(text);
    const end = match ? match.index + match[0].length : 0;
    // An option must stand alone: "topic:gulf," is text, not an option.
    if (!match || (end < text.length && !/\s/.test(text[end]!))) break;
    const [, name, value] = match as unknown as [string, string, string];
    if (name.toLowerCase() === 'lang') {
      const code = value.toLowerCase();
      if (!isLanguage(code)) return { error: 'unknown-language', given: value };
      language = code;
    } else if (name.toLowerCase() === 'kind') {
      const chosen = Object.hasOwn(KIND_WORDS, value.toLowerCase()) ? KIND_WORDS[value.toLowerCase()] : undefined;
      if (!chosen) return { error: 'unknown-kind', given: value };
      kind = chosen;
    } else {
      const resolved = resolveTopic(value);
      if (!resolved) return { error: 'unknown-topic', given: value };
      topic = resolved;
    }
    at = end;
  }
  const textStart = at + (/^\s*/.exec(text.slice(at))?.[0].length ?? 0);
  if (text.slice(textStart).trim() === '') return { error: 'no-text' };
  return { language, topic, kind, textStart };
}

/** The audience a broadcast's options choose: everyone, narrowed by language, topic and kind of chat when given. */
export function audienceFilter(options: {
  language: Language | undefined;
  topic: Topic | undefined;
  kind: AudienceKind | undefined;
}): AudienceFilter {
  return {
    ...(options.language ? { language: options.language } : {}),
    ...(options.topic ? { topic: options.topic } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
  };
}
