import { serialiseWith } from '@telegraf/entity';
import type { MessageEntity } from 'grammy/types';
import { escapeMarkup } from '../text/escape.ts';

type EntityNode = MessageEntity & { text: string };

/** Only links a reader can safely follow become anchors. */
function safeLink(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'tg:'].includes(parsed.protocol) ? parsed.toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wraps an entity's (already converted) content in the Telegram HTML tag for it. Every attribute
 * is escaped, which @telegraf/entity's own serialiser does not do (a `"` in a link would break the
 * message). Mentions of other users (text_mention) and custom emoji (which a bot may not be allowed
 * to send) keep their text only.
 */
function wrap(content: string, node: EntityNode): string {
  switch (node.type) {
    case 'bold':
      return `<b>${content}</b>`;
    case 'italic':
      return `<i>${content}</i>`;
    case 'underline':
      return `<u>${content}</u>`;
    case 'strikethrough':
      return `<s>${content}</s>`;
    case 'spoiler':
      return `<tg-spoiler>${content}</tg-spoiler>`;
    case 'code':
      return `<code>${content}</code>`;
    case 'pre':
      return node.language && /^[\w+#.-]{1,32}$/.test(node.language)
        ? `<pre><code class="language-${node.language}">${content}</code></pre>`
        : `<pre>${content}</pre>`;
    case 'blockquote':
      return `<blockquote>${content}</blockquote>`;
    case 'expandable_blockquote':
      return `<blockquote expandable>${content}</blockquote>`;
    case 'text_link': {
      const href = safeLink(node.url);
      return href ? `<a href="${escapeMarkup(href)}">${content}</a>` : content;
    }
    default:
      return content;
  }
}

/** The serialiser gets the whole text with no entity when there are none: that text must be escaped too. */
const toHtml = serialiseWith((match, node) => (node === undefined ? escapeMarkup(match) : wrap(match, node)), escapeMarkup);

/**
 * A message's text and its formatting entities (as Telegram sends them: UTF-16 offsets, nested,
 * never crossing) as Telegram HTML, with every character of the text escaped. `from` drops what
 * comes before (a command and its arguments): entities are cut to the part kept.
 */
export function entitiesToHtml(text: string, entities: readonly MessageEntity[] = [], from = 0): string {
  const kept = text.slice(from);
  const shifted = entities
    .map((entity) => {
      const start = Math.max(entity.offset - from, 0);
      const end = Math.min(entity.offset + entity.length - from, kept.length);
      return { ...entity, offset: start, length: end - start };
    })
    .filter((entity) => entity.length > 0 && entity.type !== 'bot_command');
  return toHtml({ text: kept, entities: shifted as never });
}
