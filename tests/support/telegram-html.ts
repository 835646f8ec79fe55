// A model of how the Bot API reads `parse_mode: "HTML"`, following TDLib's parse_html (which the
// Bot API server runs): same tag set, same attribute grammar, same error texts, entity offsets in
// UTF-16 code units. Pure: no I/O, so tests of the bot's renderer can call it directly.
import type { MessageEntity } from 'grammy/types';

export interface ParsedHtml {
  text: string;
  entities: MessageEntity[];
}

export interface ParseHtmlOptions {
  /**
   * Telegram itself prints a bare `&`, an unknown named entity (`&nbsp;`) or an entity without its
   * `;` as it stands. Such text means the sender forgot to escape, and the next `<` in the same
   * place would be refused, so by default this parser refuses them too. `strict: false` gives
   * Telegram's exact behaviour.
   */
  strict?: boolean;
}

export class TelegramHtmlError extends Error {
  override readonly name = 'TelegramHtmlError';
  constructor(
    message: string,
    /** false only for the strict-mode refusals that Telegram would let through */
    readonly telegramRejects = true,
  ) {
    super(message);
  }

  /** The `description` the Bot API answers with. */
  get description(): string {
    return `Bad Request: can't parse entities: ${this.message}`;
  }
}

const TAGS = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  's',
  'strike',
  'del',
  'u',
  'ins',
  'tg-spoiler',
  'tg-emoji',
  'span',
  'pre',
  'code',
  'blockquote',
]);

// TDLib sorts entities by offset, then longer first, then by this priority.
const PRIORITY: Record<string, number> = {
  blockquote: 0,
  expandable_blockquote: 0,
  pre: 11,
  code: 20,
  text_link: 49,
  text_mention: 49,
  bold: 90,
  italic: 91,
  underline: 92,
  strikethrough: 93,
  spoiler: 94,
  custom_emoji: 99,
};

const SIMPLE: Record<string, MessageEntity['type']> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
};

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

// TDLib's is_space; the end of the input reads as '\0', which is_space also accepts.
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\0' || c === '\v';
const isAlnum = (c: string) => /^[A-Za-z0-9]$/.test(c);
const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/** Telegram reports positions as byte offsets in the UTF-8 input. */
export function byteOffset(s: string, index: number): number {
  return new TextEncoder().encode(s.slice(0, index)).length;
}

interface Decoded {
  code: number;
  next: number;
  terminated: boolean;
}

/** TDLib's decode_html_entity: `null` where Telegram keeps the `&` as a literal character. */
function decodeEntity(s: string, pos: number): Decoded | null {
  const at = (i: number) => s[i] ?? '\0';
  let end = pos + 1;
  let code = 0;
  if (at(pos + 1) === '#') {
    end++;
    if (at(pos + 2) === 'x') {
      end++;
      while (/^[0-9a-fA-F]$/.test(at(end))) code = code * 16 + parseInt(at(end++), 16);
    } else {
      while (/^[0-9]$/.test(at(end))) code = code * 10 + Number(at(end++));
    }
    if (code === 0 || code >= 0x10ffff || end - pos >= 10) return null;
  } else {
    while (/^[A-Za-z]$/.test(at(end))) end++;
    const name = NAMED[s.slice(pos + 1, end)];
    if (name === undefined) return null;
    code = name.charCodeAt(0);
  }
  const terminated = at(end) === ';';
  return { code, next: terminated ? end + 1 : end, terminated };
}

interface Open {
  tag: string;
  argument: string;
  offset: number;
}

type Draft = MessageEntity & { codeLanguage?: string };

/**
 * Parses text the way the Bot API does for `parse_mode: "HTML"`, or throws TelegramHtmlError
 * with the message Telegram would put after "can't parse entities: ".
 */
export function parseTelegramHtml(html: string, options: ParseHtmlOptions = {}): ParsedHtml {
  const strict = options.strict ?? true;
  const at = (i: number) => html[i] ?? '\0';
  const fail = (message: string): never => {
    throw new TelegramHtmlError(message);
  };
  let out = '';
  let surrogateDecoded = false;
  const stack: Open[] = [];
  const entities: Draft[] = [];

  const decodeAmp = (i: number): Decoded | null => {
    const d = decodeEntity(html, i);
    if (strict && (d === null || !d.terminated)) {
      const shown = html.slice(i, Math.min(html.length, i + 12)).split(/[\s<]/)[0];
      throw new TelegramHtmlError(
        d === null
          ? `Unescaped "&" or unsupported entity "${shown}" at byte offset ${byteOffset(html, i)}` +
              ' (Telegram would print it as it is; write &amp;)'
          : `Entity "${shown}" without ";" at byte offset ${byteOffset(html, i)}`,
        false,
      );
    }
    if (d !== null && d.code >= 0xd800 && d.code <= 0xdfff) surrogateDecoded = true;
    return d;
  };

  for (let i = 0; i < html.length; i++) {
    const c = html[i] as string;
    if (c === '&') {
      const d = decodeAmp(i);
      if (d !== null) {
        out += String.fromCodePoint(d.code);
        i = d.next - 1;
        continue;
      }
    }
    if (c !== '<') {
      out += c;
      continue;
    }

    const begin = i++;
    const where = () => byteOffset(html, begin);
    if (at(i) !== '/') {
      while (!isSpace(at(i)) && at(i) !== '>') i++;
      if (at(i) === '\0') fail(`Unclosed start tag at byte offset ${where()}`);
      const tag = asciiLower(html.slice(begin + 1, i));
      if (!TAGS.has(tag)) fail(`Unsupported start tag "${tag}" at byte offset ${where()}`);

      let argument = '';
      while (at(i) !== '>') {
        while (at(i) !== '\0' && isSpace(at(i))) i++;
        if (at(i) === '>') break;
        const nameBegin = i;
        while (!isSpace(at(i)) && at(i) !== '=' && at(i) !== '>') i++;
        const name = html.slice(nameBegin, i);
        if (name === '') fail(`Empty attribute name in the tag "${tag}" at byte offset ${where()}`);
        while (at(i) !== '\0' && isSpace(at(i))) i++;
        if (at(i) !== '=') {
          if (at(i) === '\0') fail(`Unclosed start tag "${tag}" at byte offset ${where()}`);
          if (tag === 'blockquote' && name === 'expandable') argument = '1';
          continue;
        }
        i++;
        while (at(i) !== '\0' && isSpace(at(i))) i++;
        if (at(i) === '\0') fail(`Unclosed start tag "${tag}" at byte offset ${where()}`);

        let value = '';
        if (at(i) !== "'" && at(i) !== '"') {
          // An unquoted name token: letters, digits, '.', '-'; case-insensitive.
          const tokenBegin = i;
          while (isAlnum(at(i)) || at(i) === '.' || at(i) === '-') i++;
          value = asciiLower(html.slice(tokenBegin, i));
          if (!isSpace(at(i)) && at(i) !== '>') {
            fail(`Unexpected end of name token at byte offset ${byteOffset(html, tokenBegin)}`);
          }
        } else {
          const quote = html[i++];
          while (at(i) !== quote && at(i) !== '\0') {
            if (at(i) === '&') {
              const d = decodeAmp(i);
              if (d !== null) {
                value += String.fromCodePoint(d.code);
                i = d.next;
                continue;
              }
            }
            value += html[i++];
          }
          if (at(i) === quote) i++;
        }
        if (at(i) === '\0') fail(`Unclosed start tag at byte offset ${where()}`);

        if (tag === 'a' && name === 'href') argument = value;
        else if (tag === 'code' && name === 'class' && value.startsWith('language-')) {
          argument = value.slice(9);
        } else if (tag === 'span' && name === 'class' && value.startsWith('tg-')) {
          argument = value.slice(3);
        } else if (tag === 'tg-emoji' && name === 'emoji-id') argument = value;
        else if (tag === 'blockquote' && name === 'expandable') argument = '1';
      }
      if (tag === 'span' && argument !== 'spoiler') {
        fail(`Tag "span" must have class "tg-spoiler" at byte offset ${where()}`);
      }
      stack.push({ tag, argument, offset: out.length });
      continue;
    }

    if (stack.length === 0) fail(`Unexpected end tag at byte offset ${where()}`);
    while (!isSpace(at(i)) && at(i) !== '>') i++;
    const endTag = asciiLower(html.slice(begin + 2, i));
    while (isSpace(at(i)) && at(i) !== '\0') i++;
    if (at(i) !== '>') fail(`Unclosed end tag at byte offset ${where()}`);
    const open = stack.pop() as Open;
    if (endTag !== '' && endTag !== open.tag) {
      fail(`Unmatched end tag at byte offset ${where()}, expected "</${open.tag}>", found "</${endTag}>"`);
    }
    if (out.length > open.offset) closeEntity(open, out, entities);
  }
  const unclosed = stack.at(-1);
  if (unclosed) fail(`Can't find end tag corresponding to start tag "${unclosed.tag}"`);
  // TDLib writes each decoded half as its own UTF-8 sequence, which is never valid, paired or not.
  if (surrogateDecoded) {
    fail('Text contains invalid Unicode characters after decoding HTML entities, check for unmatched ' + 'surrogate code units');
  }
  const result = entities.map(({ codeLanguage: _drop, ...e }) => e as MessageEntity);
  return { text: out, entities: sortEntities(result) };
}

function closeEntity(open: Open, out: string, entities: Draft[]): void {
  const offset = open.offset;
  const length = out.length - offset;
  const last = entities.at(-1);
  const sameRange = last !== undefined && last.offset === offset && last.length === length;
  const simple = SIMPLE[open.tag];
  if (simple !== undefined) {
    entities.push({ type: simple, offset, length } as MessageEntity);
  } else if (open.tag === 'tg-emoji') {
    if (!/^-?\d+$/.test(open.argument) || BigInt(open.argument) <= 0n || BigInt(open.argument) >= 2n ** 63n) {
      throw new TelegramHtmlError('Invalid custom emoji identifier specified');
    }
    entities.push({ type: 'custom_emoji', offset, length, custom_emoji_id: open.argument });
  } else if (open.tag === 'a') {
    const url = open.argument !== '' ? open.argument : out.slice(offset);
    const userId = /^tg:(?:\/\/)?user\?id=(\d+)$/i.exec(url)?.[1];
    const checked = checkTelegramLink(url);
    if (userId !== undefined) {
      // The Bot API fills in the mentioned user; the fake knows only the id.
      entities.push({ type: 'text_mention', offset, length, user: { id: Number(userId), is_bot: false, first_name: '' } });
    } else if (checked !== null) {
      entities.push({ type: 'text_link', offset, length, url: checked });
    }
  } else if (open.tag === 'pre') {
    if (sameRange && last.type === 'code' && last.codeLanguage) {
      Object.assign(last, { type: 'pre', language: last.codeLanguage });
    } else {
      entities.push({ type: 'pre', offset, length });
    }
  } else if (open.tag === 'code') {
    if (sameRange && last.type === 'pre' && open.argument !== '') {
      Object.assign(last, { language: open.argument });
    } else {
      entities.push({ type: 'code', offset, length, codeLanguage: open.argument } as Draft);
    }
  } else if (open.tag === 'blockquote') {
    entities.push({ type: open.argument ? 'expandable_blockquote' : 'blockquote', offset, length });
  }
}

export function sortEntities(entities: MessageEntity[]): MessageEntity[] {
  return [...entities].sort((a, b) => a.offset - b.offset || b.length - a.length || (PRIORITY[a.type] ?? 50) - (PRIORITY[b.type] ?? 50));
}

/**
 * The URL Telegram keeps for a link (scheme added, host lower-cased, "/" path), or null where it
 * drops the link (spaces, unsupported scheme, no host).
 */
export function checkTelegramLink(url: string): string | null {
  if (url === '' || /\s/.test(url)) return null;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):(?!\d)/.exec(url);
  if (scheme) {
    const name = (scheme[1] as string).toLowerCase();
    const rest = url.slice(scheme[0].length);
    if (name === 'tg' || name === 'ton' || name === 'tonsite') {
      const body = rest.replace(/^\/\//, '');
      return body === '' ? null : `${name}://${body}`;
    }
    if ((name !== 'http' && name !== 'https') || !rest.startsWith('//')) return null;
    return httpLink(name, rest.slice(2));
  }
  return httpLink('http', url);
}

function httpLink(scheme: string, rest: string): string | null {
  const split = /^([^/?#]*)(.*)$/s.exec(rest) as RegExpExecArray;
  const authority = (split[1] as string).replace(/^[^@]*@/, '');
  if (!/^[\p{L}\p{N}_-]+(\.[\p{L}\p{N}_-]+)*\.?(:\d{1,5})?$/u.test(authority)) return null;
  let path = split[2] as string;
  if (!path.startsWith('/')) path = `/${path}`;
  return `${scheme}://${authority.toLowerCase()}${path}`;
}

/**
 * What the Bot API does to a message text before storing it: leading and trailing white space is
 * cut, and entities are moved and clipped to match (empty ones go).
 */
export function trimMessageText(text: string, entities: MessageEntity[]): ParsedHtml {
  const start = text.length - text.replace(/^[ \t\r\n\v\f]+/, '').length;
  const end = text.replace(/[ \t\r\n\v\f]+$/, '').length;
  if (end <= start) return { text: '', entities: [] };
  const kept: MessageEntity[] = [];
  for (const e of entities) {
    const from = Math.max(e.offset, start);
    const to = Math.min(e.offset + e.length, end);
    if (to > from) kept.push({ ...e, offset: from - start, length: to - from });
  }
  return { text: text.slice(start, end), entities: kept };
}
