import { describe, expect, it } from 'vitest';
import { checkTelegramLink, parseTelegramHtml, TelegramHtmlError, trimMessageText } from './telegram-html.ts';

const parse = (html: string) => parseTelegramHtml(html);

function errorOf(html: string, strict = true): TelegramHtmlError {
  try {
    parseTelegramHtml(html, { strict });
  } catch (error) {
    if (error instanceof TelegramHtmlError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(html)} to be refused`);
}

describe('parseTelegramHtml: accepted markup', () => {
  it.each([
    ['<b>x</b>', { type: 'bold' }],
    ['<strong>x</strong>', { type: 'bold' }],
    ['<i>x</i>', { type: 'italic' }],
    ['<em>x</em>', { type: 'italic' }],
    ['<u>x</u>', { type: 'underline' }],
    ['<ins>x</ins>', { type: 'underline' }],
    ['<s>x</s>', { type: 'strikethrough' }],
    ['<strike>x</strike>', { type: 'strikethrough' }],
    ['<del>x</del>', { type: 'strikethrough' }],
    ['<tg-spoiler>x</tg-spoiler>', { type: 'spoiler' }],
    ['<span class="tg-spoiler">x</span>', { type: 'spoiler' }],
    ['<code>x</code>', { type: 'code' }],
    ['<pre>x</pre>', { type: 'pre' }],
    ['<blockquote>x</blockquote>', { type: 'blockquote' }],
    ['<blockquote expandable>x</blockquote>', { type: 'expandable_blockquote' }],
    ['<tg-emoji emoji-id="5368324170671202286">x</tg-emoji>', { type: 'custom_emoji', custom_emoji_id: '5368324170671202286' }],
    ['<a href="https://example.com/a?b=1">x</a>', { type: 'text_link', url: 'https://example.com/a?b=1' }],
    ['<B>x</B>', { type: 'bold' }],
  ])('%s', (html, entity) => {
    expect(parse(html)).toEqual({ text: 'x', entities: [{ ...entity, offset: 0, length: 1 }] });
  });

  it('nests entities and sorts them as Telegram does (offset, longer first, then type)', () => {
    expect(parse('<b>bold <i>both</i></b> plain')).toEqual({
      text: 'bold both plain',
      entities: [
        { type: 'bold', offset: 0, length: 9 },
        { type: 'italic', offset: 5, length: 4 },
      ],
    });
    expect(parse('<code><i><b> </b></i></code>x').entities.map((e) => e.type)).toEqual(['code', 'bold', 'italic']);
  });

  it('turns <pre><code class="language-x"> into one pre entity with a language', () => {
    expect(parse('<pre><code class="language-python">print(1)</code></pre>').entities).toEqual([
      { type: 'pre', offset: 0, length: 8, language: 'python' },
    ]);
    expect(parse('<pre><code>x</code></pre>').entities.map((e) => e.type)).toEqual(['pre', 'code']);
  });

  it('decodes the four named entities and numeric references, and nothing else counts as markup', () => {
    expect(parse('&lt;b&gt; &amp; &quot;q&quot; &#65;&#x42; &#128512;')).toEqual({
      text: '<b> & "q" AB 😀',
      entities: [],
    });
    expect(parse('1 > 0')).toEqual({ text: '1 > 0', entities: [] });
  });

  it('reads link targets: entities decoded, scheme added, unusable links dropped', () => {
    const first = (html: string) => parse(html).entities[0];
    expect(first('<a href="https://e.com/?a=1&amp;b=2">x</a>')).toMatchObject({ url: 'https://e.com/?a=1&b=2' });
    expect(first('<a href=Example.COM>x</a>')).toMatchObject({ url: 'http://example.com/' });
    expect(first("<a href='tg://resolve?domain=durov'>x</a>")).toMatchObject({ url: 'tg://resolve?domain=durov' });
    expect(first('<a>https://t.me/x</a>')).toMatchObject({ type: 'text_link', url: 'https://t.me/x' });
    expect(parse('<a href="javascript:alert(1)">x</a>')).toEqual({ text: 'x', entities: [] });
    expect(first('<a href="tg://user?id=42">Ann</a>')).toMatchObject({ type: 'text_mention', user: { id: 42 } });
  });

  it('counts offsets and lengths in UTF-16 code units (emoji, Arabic, Cyrillic)', () => {
    const { text, entities } = parse('😀 <b>مرحبا</b> <i>Привет</i> <u>👍🏽</u>');
    expect(text).toBe('😀 مرحبا Привет 👍🏽');
    expect(entities).toEqual([
      { type: 'bold', offset: 3, length: 5 },
      { type: 'italic', offset: 9, length: 6 },
      { type: 'underline', offset: 16, length: 4 },
    ]);
    const covered = entities.map((e) => text.slice(e.offset, e.offset + e.length));
    expect(covered).toEqual(['مرحبا', 'Привет', '👍🏽']);
  });

  it('measures the text after parsing: one &amp; is one character', () => {
    expect(parse('&amp;'.repeat(4096)).text).toHaveLength(4096);
    expect(parse('<b>a</b>&lt;').text).toHaveLength(2);
  });

  it('drops empty entities and ignores unknown attributes', () => {
    expect(parse('a<b></b>b<i class="x" data-y=1>c</i>')).toEqual({
      text: 'abc',
      entities: [{ type: 'italic', offset: 2, length: 1 }],
    });
  });
});

describe('parseTelegramHtml: Telegram refusals, word for word', () => {
  it.each([
    ['Привет <foo>', 'Unsupported start tag "foo" at byte offset 13'],
    ['<b>x', 'Can\'t find end tag corresponding to start tag "b"'],
    ['<i><b>x</i></b>', 'Unmatched end tag at byte offset 7, expected "</b>", found "</i>"'],
    ['<br>', 'Unsupported start tag "br" at byte offset 0'],
    ['line<br/>', 'Unsupported start tag "br/" at byte offset 4'],
    ['<p>x</p>', 'Unsupported start tag "p" at byte offset 0'],
    ['a < b', 'Unsupported start tag "" at byte offset 2'],
    ['1 <2', 'Unclosed start tag at byte offset 2'],
    ['x</b>', 'Unexpected end tag at byte offset 1'],
    ['<b>x</b', 'Unclosed end tag at byte offset 4'],
    ['<span>x</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'],
    ['<span class="x">x</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'],
    ['<a =x>y</a>', 'Empty attribute name in the tag "a" at byte offset 0'],
    ['<a href', 'Unclosed start tag "a" at byte offset 0'],
    ['<a href="x', 'Unclosed start tag at byte offset 0'],
    ['<a href=x/>y</a>', 'Unexpected end of name token at byte offset 8'],
    ['<tg-emoji emoji-id="abc">x</tg-emoji>', 'Invalid custom emoji identifier specified'],
    ['&#xD83D;', 'Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units'],
    // TDLib's own test inputs, offsets in bytes of UTF-8 (🏟 is 4 bytes).
    ['🏟 🏟&lt;<abacaba', 'Unclosed start tag at byte offset 13'],
    ['🏟 🏟&lt;<i    aba  =  190azAz-.,', 'Unexpected end of name token at byte offset 27'],
    ['🏟 🏟&lt;<i>a</em   >', 'Unmatched end tag at byte offset 17, expected "</i>", found "</em>"'],
  ])('%s', (html, message) => {
    const error = errorOf(html);
    expect(error.message).toBe(message);
    expect(error.telegramRejects).toBe(true);
    expect(error.description).toBe(`Bad Request: can't parse entities: ${message}`);
  });

  it('accepts what TDLib accepts in its own tests', () => {
    const italicA = { text: '🏟 🏟<a', entities: [{ type: 'italic', offset: 6, length: 1 }] };
    expect(parse('🏟 🏟&lt;<i    aba  =  "&lt;&gt;&quot;">a</i>')).toEqual(italicA);
    expect(parse('🏟 🏟&lt;<i>a</    >')).toEqual(italicA);
    expect(parse('<blockquote expandable=false>a</>').entities[0]?.type).toBe('expandable_blockquote');
  });
});

describe('parseTelegramHtml: strict mode (default) against Telegram mode', () => {
  it.each(['AT&T', 'a &nbsp; b', 'x &copy; y', '&#12345678;'])('%s: refused strictly, kept by Telegram', (html) => {
    const error = errorOf(html);
    expect(error.telegramRejects).toBe(false);
    expect(error.description).toMatch(/^Bad Request: can't parse entities: Unescaped "&"/);
    expect(parseTelegramHtml(html, { strict: false })).toEqual({ text: html, entities: [] });
  });

  it('an entity without ";" is decoded by Telegram but refused strictly', () => {
    expect(parseTelegramHtml('a &lt b', { strict: false }).text).toBe('a < b');
    expect(errorOf('a &lt b').message).toBe('Entity "&lt" without ";" at byte offset 2');
  });

  it('checks & inside attribute values too', () => {
    expect(errorOf('<a href="https://e.com/?a=1&b=2">x</a>').telegramRejects).toBe(false);
    expect(parseTelegramHtml('<a href="https://e.com/?a=1&b=2">x</a>', { strict: false }).entities[0]).toMatchObject({
      url: 'https://e.com/?a=1&b=2',
    });
  });
});

describe('trimMessageText and checkTelegramLink', () => {
  it('cuts leading and trailing white space and moves entities with it', () => {
    const { text, entities } = parse('\n <b> hi </b>there \n');
    expect(trimMessageText(text, entities)).toEqual({
      text: 'hi there',
      entities: [{ type: 'bold', offset: 0, length: 3 }],
    });
    expect(trimMessageText(' \n\t', [])).toEqual({ text: '', entities: [] });
  });

  it('normalises links as Telegram shows them', () => {
    expect(checkTelegramLink('https://Example.com')).toBe('https://example.com/');
    expect(checkTelegramLink('example.com/path?q#f')).toBe('http://example.com/path?q#f');
    expect(checkTelegramLink('https://example.com:8443/x')).toBe('https://example.com:8443/x');
    expect(checkTelegramLink('https://has space.com')).toBeNull();
    expect(checkTelegramLink('ftp://example.com')).toBeNull();
    expect(checkTelegramLink('')).toBeNull();
  });
});
