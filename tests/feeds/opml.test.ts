import { describe, expect, it } from 'vitest';
import type { FeedDeclaration } from '../../src/model/feed.ts';
import { OpmlError, parseOpml, renderOpml } from '../../src/feeds/opml.ts';

const opml = (body: string, version = '2.0') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="${version}">\n<head><title>Subscriptions</title></head>\n<body>\n${body}\n</body>\n</opml>\n`;

describe('parseOpml', () => {
  it('finds feeds in nested folders at any depth, in document order', () => {
    // Feedly/Inoreader shape: folders with text and title, feeds with type="rss" and htmlUrl.
    const { feeds, skipped } = parseOpml(
      opml(`
  <outline text="Agencies" title="Agencies">
    <outline type="rss" text="TASS" title="TASS" xmlUrl="https://tass.ru/rss/v2.xml" htmlUrl="https://tass.ru"/>
    <outline text="Gulf" title="Gulf">
      <outline text="Deep">
        <outline type="rss" text="KUNA" xmlUrl="https://www.kuna.net.kw/rss"/>
      </outline>
    </outline>
  </outline>
  <outline type="rss" text="WAM" xmlUrl="https://www.wam.ae/rss"/>`),
    );
    expect(feeds).toEqual([
      { url: 'https://tass.ru/rss/v2.xml', name: 'TASS', topics: [] },
      { url: 'https://www.kuna.net.kw/rss', name: 'KUNA', topics: [] },
      { url: 'https://www.wam.ae/rss', name: 'WAM', topics: [] },
    ]);
    expect(skipped).toEqual([]);
  });

  it('does not read folder names as topics or languages', () => {
    const { feeds } = parseOpml(
      opml(`
  <outline text="gulf"><outline text="ru">
    <outline text="RIA" xmlUrl="https://ria.ru/export/rss2/index.xml"/>
  </outline></outline>`),
    );
    expect(feeds).toEqual([{ url: 'https://ria.ru/export/rss2/index.xml', name: 'RIA', topics: [] }]);
  });

  it('matches the xmlUrl attribute name in any case and accepts any outline type', () => {
    const { feeds } = parseOpml(
      opml(`
  <outline text="One" xmlUrl="https://one.example/rss"/>
  <outline text="Two" xmlurl="https://two.example/rss" type="atom"/>
  <outline text="Three" xmlURL="https://three.example/rss" type="RSS"/>
  <outline text="Four" XMLURL="https://four.example/rss"/>`),
    );
    expect(feeds.map((f) => f.url)).toEqual([
      'https://one.example/rss',
      'https://two.example/rss',
      'https://three.example/rss',
      'https://four.example/rss',
    ]);
  });

  it('reads Thunderbird and Miniflux exports (prefixed attributes, open-close outlines, OPML 1.0)', () => {
    const { feeds } = parseOpml(`<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0" xmlns:fz="urn:forumzilla:">
  <head><title>Thunderbird OPML Export - Feeds</title><dateCreated>Mon, 06 Jan 2025 08:00:00 GMT</dateCreated></head>
  <body>
    <outline title="News" text="News">
      <outline type="rss" title="SPA" text="SPA" version="RSS" fz:quickMode="false" fz:options="{}" xmlUrl="https://www.spa.gov.sa/rss.xml" htmlUrl="https://www.spa.gov.sa"></outline>
    </outline>
  </body>
</opml>`);
    expect(feeds).toEqual([{ url: 'https://www.spa.gov.sa/rss.xml', name: 'SPA', topics: [] }]);
  });

  it('names a feed from title, else text, trimmed and collapsed; no name when neither (or only the URL) is given', () => {
    const { feeds } = parseOpml(
      opml(`
  <outline title="From title" text="From text" xmlUrl="https://a.example/rss"/>
  <outline title="   " text="  From
      text  " xmlUrl="https://b.example/rss"/>
  <outline xmlUrl="https://c.example/rss"/>
  <outline text="https://d.example/rss" xmlUrl="https://d.example/rss"/>`),
    );
    expect(feeds).toEqual([
      { url: 'https://a.example/rss', name: 'From title', topics: [] },
      { url: 'https://b.example/rss', name: 'From text', topics: [] },
      { url: 'https://c.example/rss', topics: [] },
      { url: 'https://d.example/rss', topics: [] },
    ]);
    expect(feeds[2]).not.toHaveProperty('name');
  });

  it('shortens names to 200 characters, with a note', () => {
    const long = 'ع'.repeat(150) + ' ' + 'ж'.repeat(150);
    const { feeds, skipped } = parseOpml(opml(`<outline text="${long}" xmlUrl="https://a.example/rss"/>`));
    expect(feeds[0]!.name).toBe(long.slice(0, 200));
    expect(skipped).toEqual([expect.objectContaining({ line: 5, reason: 'name shortened to 200 characters' })]);
  });

  it('keeps our language attribute, and keeps a feed with an unknown language without it, with a note', () => {
    const { feeds, skipped } = parseOpml(
      opml(`<outline text="Ar" xmlUrl="https://ar.example/rss" language="ar"/>
<outline text="Ru" xmlUrl="https://ru.example/rss" language="ru-RU"/>
<outline text="Fr" xmlUrl="https://fr.example/rss" language="fr"/>`),
    );
    expect(feeds).toEqual([
      { url: 'https://ar.example/rss', name: 'Ar', language: 'ar', topics: [] },
      { url: 'https://ru.example/rss', name: 'Ru', language: 'ru', topics: [] },
      { url: 'https://fr.example/rss', name: 'Fr', topics: [] },
    ]);
    expect(skipped).toEqual([{ line: 7, title: 'Fr', reason: 'unknown language "fr" dropped (expected ar, ru, en)' }]);
  });

  it('reads topics separated by spaces or commas, dropping unknown slugs with a note', () => {
    const { feeds, skipped } = parseOpml(
      opml(`<outline text="Mixed" xmlUrl="https://a.example/rss" topics=" gulf,iran  Energy , sport gulf"/>`),
    );
    expect(feeds).toEqual([{ url: 'https://a.example/rss', name: 'Mixed', topics: ['gulf', 'iran', 'energy'] }]);
    expect(skipped).toEqual([{ line: 5, title: 'Mixed', reason: 'unknown topic "sport" dropped' }]);
  });

  it('skips outlines whose xmlUrl is not an http(s) URL, with the reason', () => {
    const { feeds, skipped } = parseOpml(
      opml(`<outline text="Good" xmlUrl="HTTPS://good.example/rss"/>
<outline text="FTP" xmlUrl="ftp://files.example/rss"/>
<outline text="Script" xmlUrl="javascript:alert(1)"/>
<outline text="Feed scheme" xmlUrl="feed://feeds.example/rss"/>
<outline text="Relative" xmlUrl="/rss.xml"/>
<outline text="Empty" xmlUrl=""/>
<outline text="Folder only"/>`),
    );
    expect(feeds).toEqual([{ url: 'HTTPS://good.example/rss', name: 'Good', topics: [] }]);
    expect(skipped).toEqual([
      { line: 6, title: 'FTP', reason: 'not an http(s) URL: ftp://files.example/rss' },
      { line: 7, title: 'Script', reason: 'not an http(s) URL: javascript:alert(1)' },
      { line: 8, title: 'Feed scheme', reason: 'not an http(s) URL: feed://feeds.example/rss' },
      { line: 9, title: 'Relative', reason: 'not an http(s) URL: /rss.xml' },
      { line: 10, title: 'Empty', reason: 'the outline has an empty xmlUrl' },
    ]);
  });

  it('keeps a URL listed twice once (also when it differs only in host case), noting the duplicate', () => {
    const { feeds, skipped } = parseOpml(
      opml(`<outline text="First" xmlUrl="https://tass.ru/rss/v2.xml"/>
<outline text="Folder">
  <outline text="Again" xmlUrl="https://tass.ru/rss/v2.xml"/>
  <outline text="Upper" xmlUrl="https://TASS.ru/rss/v2.xml"/>
</outline>`),
    );
    expect(feeds).toEqual([{ url: 'https://tass.ru/rss/v2.xml', name: 'First', topics: [] }]);
    expect(skipped.map((s) => [s.line, s.title, s.reason.split(':')[0]])).toEqual([
      [7, 'Again', 'duplicate of an earlier feed'],
      [8, 'Upper', 'duplicate of an earlier feed'],
    ]);
  });

  it('decodes entities, and accepts a BOM, no XML declaration, CDATA and comments', () => {
    const text = `\uFEFF<opml version="2.0"><head><title><![CDATA[Mine <outline xmlUrl="https://cdata.example/rss"/>]]></title></head>
<body>
<!-- <outline text="Commented" xmlUrl="https://comment.example/rss"/> -->
<outline text="Q &amp; A &#8212; &#x444; &eacute; &quot;x&quot;" xmlUrl="https://a.example/rss?x=1&amp;y=2&amp;lang=ar"/>
<outline text="Bare" xmlUrl="https://b.example/rss?x=1&y=2"/>
</body></opml>`;
    expect(parseOpml(text).feeds).toEqual([
      { url: 'https://a.example/rss?x=1&y=2&lang=ar', name: 'Q & A — ф é "x"', topics: [] },
      { url: 'https://b.example/rss?x=1&y=2', name: 'Bare', topics: [] },
    ]);
  });

  it('does not expand an entity bomb', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE opml [
<!ENTITY lol0 "lol">
${levels}
]>
<opml version="2.0"><body>
<outline text="&lol9;" xmlUrl="https://a.example/rss?q=&lol9;" topics="&lol9;"/>
</body></opml>`;
    const started = performance.now();
    const { feeds, skipped } = parseOpml(bomb);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(feeds).toHaveLength(1);
    expect(feeds[0]!.name).toBe('&lol9;');
    expect(feeds[0]!.url.length).toBeLessThan(1024);
    expect(JSON.stringify(skipped).length).toBeLessThan(1024);
    // The line numbers still count the DOCTYPE's lines.
    expect(skipped).toEqual([{ line: 15, title: '&lol9;', reason: 'unknown topic "&lol9;" dropped' }]);
  });

  it('does not resolve external entities or markup hidden in a DOCTYPE', () => {
    const text = `<!DOCTYPE opml [
<!ENTITY secret SYSTEM "file:///etc/passwd">
<!ENTITY trap "> <html> <outline text='Trap' xmlUrl='https://trap.example/rss'/>">
]>
<opml version="2.0"><body><outline text="X &secret;" xmlUrl="https://a.example/rss"/></body></opml>`;
    expect(parseOpml(text)).toEqual({ feeds: [{ url: 'https://a.example/rss', name: 'X &secret;', topics: [] }], skipped: [] });
  });

  it.each([
    ['an empty file', '', 'not an OPML document (it is empty)'],
    ['whitespace and a BOM', '\uFEFF  \n', 'not an OPML document (it is empty)'],
    ['plain text', 'https://tass.ru/rss/v2.xml\n', 'not an OPML document (it has no root element)'],
    ['JSON', '[{"url": "https://tass.ru/rss/v2.xml"}]', 'not an OPML document (it has no root element)'],
    [
      'an HTML page',
      '<!DOCTYPE html><html><body><outline xmlUrl="https://a.example/rss"/></body></html>',
      'not an OPML document (root element is <html>)',
    ],
    [
      'an RSS feed',
      '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>',
      'not an OPML document (root element is <rss>)',
    ],
  ])('rejects %s', (_label, text, message) => {
    expect(() => parseOpml(text)).toThrow(OpmlError);
    expect(() => parseOpml(text)).toThrow(message);
  });

  it('accepts an OPML document with no feeds', () => {
    expect(parseOpml('<opml version="2.0"><head/><body/></opml>')).toEqual({ feeds: [], skipped: [] });
  });
});

describe('renderOpml', () => {
  const created = new Date(Date.UTC(2025, 0, 6, 8, 0, 0));

  it('writes OPML 2.0 with a head, one outline per feed, and no empty attributes', () => {
    const text = renderOpml(
      [
        { url: 'https://tass.ru/rss/v2.xml', name: 'TASS', language: 'ru', topics: ['gulf', 'iran'] },
        { url: 'https://www.kuna.net.kw/rss', topics: [] },
      ],
      { title: 'diplobrief feeds', created },
    );
    expect(text).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>diplobrief feeds</title>
    <dateCreated>Mon, 06 Jan 2025 08:00:00 GMT</dateCreated>
  </head>
  <body>
    <outline type="rss" text="TASS" title="TASS" xmlUrl="https://tass.ru/rss/v2.xml" language="ru" topics="gulf iran"/>
    <outline type="rss" text="https://www.kuna.net.kw/rss" xmlUrl="https://www.kuna.net.kw/rss"/>
  </body>
</opml>
`);
  });

  it('escapes text and attribute values, tabs and newlines as references, and drops characters XML forbids', () => {
    const text = renderOpml([{ url: 'https://a.example/?a=1&b=<2>', name: 'A "B" & <C>\tD\nE\u0001', topics: [] }], {
      title: 'Mine & <yours>',
      created,
    });
    expect(text).toContain('<title>Mine &amp; &lt;yours&gt;</title>');
    expect(text).toContain(' title="A &quot;B&quot; &amp; &lt;C&gt;&#9;D&#10;E"');
    expect(text).toContain(' xmlUrl="https://a.example/?a=1&amp;b=&lt;2&gt;"');
    expect(text).not.toContain('\u0001');
  });

  it('refuses an invalid date', () => {
    expect(() => renderOpml([], { title: 'x', created: new Date(Number.NaN) })).toThrow(RangeError);
  });

  it('round-trips feeds through parseOpml', () => {
    const feeds: FeedDeclaration[] = [
      {
        url: 'https://www.spa.gov.sa/rss.xml?lang=ar&cat=politics',
        name: 'وكالة الأنباء السعودية «واس»',
        language: 'ar',
        topics: ['gulf', 'palestine'],
      },
      { url: 'https://tass.ru/rss/v2.xml', name: 'ТАСС — "Международная панорама" & Ближний Восток', language: 'ru', topics: ['un'] },
      {
        url: 'https://example.com/feed?q="gulf"&n=10&x=<y>',
        name: `O'Brien & "Partners" <Analysis>`,
        language: 'en',
        topics: ['iran', 'gulf', 'energy'],
      },
      { url: 'http://kuna.net.kw/rss', topics: [] },
      // Text that merely looks like an entity must come back as written, not decoded a second time.
      { url: 'https://wam.ae/rss?a=&amp;b', name: 'AT&amp;T &#38; &lt;WAM&gt;', topics: [] },
      { url: 'https://mid.ru/rss', name: 'МИД', topics: ['security', 'syria', 'libya', 'yemen', 'economy'] },
    ];
    const { feeds: back, skipped } = parseOpml(renderOpml(feeds, { title: 'Round trip', created }));
    expect(back).toStrictEqual(feeds);
    expect(skipped).toEqual([]);
  });
});
