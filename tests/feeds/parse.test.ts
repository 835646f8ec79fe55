import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed } from '../../src/feeds/parse.ts';

const rss = (items: string, channel = '') =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>${channel}${items}</channel></rss>`;

async function rejection(text: string): Promise<FeedParseError> {
  const error = await parseFeed(text).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FeedParseError);
  return error as FeedParseError;
}

describe('parseFeed: formats', () => {
  it('reads RSS 2.0 with content:encoded as the richest body', async () => {
    const feed = await parseFeed(
      rss(
        `<item><title>Lavrov meets Kuwaiti counterpart</title><link>https://wire.example/1</link>
         <guid isPermaLink="false">wire-1</guid><pubDate>Tue, 10 Jun 2025 09:00:00 +0300</pubDate>
         <description>Short</description><content:encoded><![CDATA[<p>Long <b>body</b></p>]]></content:encoded>
         <dc:creator>Desk</dc:creator><category>Gulf</category><category>Diplomacy</category></item>`,
        '<language>ru-RU</language>',
      ).replace(
        '<rss version="2.0">',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
      ),
    );
    expect(feed).toMatchObject({ format: 'rss', title: 'Wire', link: 'https://wire.example/', language: 'ru-RU', repaired: [] });
    expect(feed.items[0]).toMatchObject({
      title: 'Lavrov meets Kuwaiti counterpart',
      guid: 'wire-1',
      html: '<p>Long <b>body</b></p>',
      summary: 'Short',
      published: 'Tue, 10 Jun 2025 09:00:00 +0300',
      author: 'Desk',
      categories: ['Gulf', 'Diplomacy'],
    });
  });

  it('reads Atom with xml:lang, xml:base and the alternate link', async () => {
    const feed = await parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar-SA" xml:base="https://spa.example/news/">
      <title type="text">SPA</title><link rel="self" href="/feed"/><link rel="alternate" href="https://spa.example/"/>
      <entry xml:base="2025/"><id>tag:spa,1</id><title type="html">&lt;b&gt;Gulf&lt;/b&gt; talks</title>
        <link rel="alternate" href="talks.html"/><updated>2025-06-10T08:00:00Z</updated><published>2025-06-10T07:00:00+03:00</published>
        <author><name>SPA</name></author><category term="gulf"/><summary>S</summary><content type="html">&lt;p&gt;C&lt;/p&gt;</content></entry></feed>`);
    expect(feed).toMatchObject({ format: 'atom', title: 'SPA', link: 'https://spa.example/', language: 'ar-SA' });
    expect(feed.items[0]).toMatchObject({
      id: 'tag:spa,1',
      title: '<b>Gulf</b> talks',
      link: 'talks.html',
      xmlBase: 'https://spa.example/news/2025/',
      published: '2025-06-10T07:00:00+03:00',
      updated: '2025-06-10T08:00:00Z',
      author: 'SPA',
      categories: ['gulf'],
      html: '<p>C</p>',
      summary: 'S',
    });
  });

  it('reads RSS 1.0 (RDF) with dc:language', async () => {
    const feed =
      await parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://x.example/"><title>X</title><link>https://x.example/</link><dc:language>en</dc:language></channel>
      <item rdf:about="https://x.example/1"><title>One</title><link>https://x.example/1</link><dc:date>2025-06-01</dc:date></item></rdf:RDF>`);
    expect(feed).toMatchObject({ format: 'rdf', language: 'en', items: [{ title: 'One', published: '2025-06-01' }] });
  });

  it('reads JSON Feed 1.1', async () => {
    const feed = await parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'KUNA',
        home_page_url: 'https://kuna.example/',
        language: 'ar-KW',
        items: [
          {
            id: 7,
            url: 'https://kuna.example/7',
            title: 'Talks',
            content_html: '<p>Hi</p>',
            date_published: '2025-06-10T08:00:00Z',
            authors: [{ name: 'KUNA' }],
            tags: ['gulf'],
          },
          { id: '8', content_text: 'Line one\n\nLine <two>' },
        ],
      }),
    );
    expect(feed).toMatchObject({ format: 'json', title: 'KUNA', language: 'ar-KW' });
    expect(feed.items[0]).toMatchObject({
      id: '7',
      link: 'https://kuna.example/7',
      html: '<p>Hi</p>',
      author: 'KUNA',
      categories: ['gulf'],
    });
    expect(feed.items[1]!.html).toBe('<p>Line one</p><p>Line &lt;two&gt;</p>');
  });
});

describe('parseFeed: repairs', () => {
  it('escapes a bare ampersand and keeps every item', async () => {
    const feed = await parseFeed(
      rss('<item><title>A & B</title><link>https://x.example/?a=1&b=2</link></item><item><title>After</title></item>'),
    );
    expect(feed.items.map((i) => i.title)).toEqual(['A & B', 'After']);
    expect(feed.items[0]!.link).toBe('https://x.example/?a=1&b=2');
    expect(feed.repaired).toEqual(['escaped 2 bare ampersand(s)']);
  });

  it('keeps a legacy entity name without semicolon literal, and maps HTML entities', async () => {
    const feed = await parseFeed(rss('<item><title>?page=1&copy=2 &nbsp;&mdash; &amp;</title></item>'));
    expect(feed.items[0]!.title).toBe('?page=1&copy=2 \u00a0— &');
  });

  it('reads <rss> without a version as RSS 2.0', async () => {
    const feed = await parseFeed('<rss><channel><title>T</title><item><title>I</title></item></channel></rss>');
    expect(feed.items).toHaveLength(1);
    expect(feed.repaired).toContain('added version="2.0" to <rss>');
  });

  it('rewrites prefixed RDF (<rss:item>)', async () => {
    const feed = await parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/">
      <rss:channel><rss:title>P</rss:title></rss:channel><rss:item><rss:title>I</rss:title><rss:link>https://p.example/i</rss:link></rss:item></rdf:RDF>`);
    expect(feed).toMatchObject({ format: 'rdf', title: 'P', items: [{ title: 'I', link: 'https://p.example/i' }] });
  });

  it('closes a truncated CDATA section and the elements left open', async () => {
    const feed = await parseFeed(
      rss('<item><title>Whole</title></item><item><title>Cut</title><description><![CDATA[<p>Half a sent').replace(
        /<\/channel><\/rss>$/,
        '',
      ),
    );
    expect(feed.items.map((i) => i.title)).toEqual(['Whole', 'Cut']);
    expect(feed.items[1]!.html).toBe('<p>Half a sent');
    expect(feed.repaired).toEqual(
      expect.arrayContaining(['closed a truncated CDATA section', 'closed 4 element(s) left open by a truncated document']),
    );
  });

  it('removes control characters invalid in XML 1.0', async () => {
    const feed = await parseFeed(rss('<item><title>Bad\u0001\u000f char</title></item>'));
    expect(feed.items[0]!.title).toBe('Bad char');
    expect(feed.repaired).toEqual(['removed 2 control character(s) invalid in XML 1.0']);
  });

  it('expands an entity declared in an internal DOCTYPE', async () => {
    const feed = await parseFeed(
      `<!DOCTYPE rss [ <!ENTITY agency "Kuwait News Agency"> ]>${rss('<item><title>&agency; reports</title></item>').replace(/^<\?xml[^>]*>/, '')}`,
    );
    expect(feed.items[0]!.title).toBe('Kuwait News Agency reports');
  });

  it('never reads an external entity', async () => {
    const feed = await parseFeed(
      `<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]><rss version="2.0"><channel><item><title>[&xxe;]</title></item></channel></rss>`,
    );
    expect(feed.items[0]!.title).toBe('[]');
  });

  it('refuses an entity bomb without growing: billion laughs stays tiny', async () => {
    const levels = Array.from({ length: 9 }, (_, n) => `<!ENTITY lol${n + 1} "${`&lol${n};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;&lol9;</title></item></channel></rss>`;
    const feed = await parseFeed(bomb);
    expect(feed.title ?? '').toBe('');
    expect(feed.items[0]!.title ?? '').toBe('');
    expect(JSON.stringify(feed).length).toBeLessThan(2000);
  });

  it('caps what literal entities may add in total (quadratic blow-up)', async () => {
    const big = 'x'.repeat(4000);
    const refs = '&big;'.repeat(1000);
    const feed = await parseFeed(
      `<!DOCTYPE rss [<!ENTITY big "${big}">]><rss version="2.0"><channel><item><title>${refs}</title></item></channel></rss>`,
    );
    expect(feed.items[0]!.title!.length).toBeLessThanOrEqual(64 * 1024);
  });

  it('moves items nested inside items out, keeping both', async () => {
    const feed = await parseFeed(
      rss('<item><title>Outer</title><item><title>Inner</title></item><link>https://x.example/outer</link></item>'),
    );
    expect(feed.items.map((i) => [i.title, i.link])).toEqual([
      ['Outer', 'https://x.example/outer'],
      ['Inner', undefined],
    ]);
  });

  it('wraps items found directly under <rss> in a channel', async () => {
    const feed = await parseFeed('<rss><item><title>Loose</title></item></rss>');
    expect(feed.items.map((i) => i.title)).toEqual(['Loose']);
  });
});

describe('parseFeed: not a feed', () => {
  it('rejects an HTML page with a clear reason', async () => {
    const error = await rejection('<!DOCTYPE html><html><head><title>Moved</title></head><body>Gone</body></html>');
    expect(error.reason).toBe('not-a-feed');
    expect(error.message).toMatch(/HTML page/);
  });

  it('rejects other XML, an empty body, JSON that is not a feed, and broken JSON', async () => {
    expect((await rejection('<?xml version="1.0"?><opml version="2.0"><body/></opml>')).reason).toBe('not-a-feed');
    expect((await rejection('  \n ')).reason).toBe('empty');
    expect((await rejection('{"hello": "world"}')).reason).toBe('not-a-feed');
    expect((await rejection('{"version": "https://jsonfeed.org/version/1.1", ')).reason).toBe('malformed');
    expect((await rejection('plain text, no markup')).reason).toBe('not-a-feed');
  });
});

describe('parseFeed: Atom that rss-parser alone would lose', () => {
  it('keeps an entry whose dates JavaScript cannot read, and a link written as text', async () => {
    const feed = await parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>a</title>
      <published>10 Июня 2025</published><updated>2025-06-10T08:00:00Z</updated><link>https://x.example/a</link></entry></feed>`);
    expect(feed.items[0]).toMatchObject({
      title: 'a',
      published: '10 Июня 2025',
      updated: '2025-06-10T08:00:00Z',
      link: 'https://x.example/a',
    });
  });
});
