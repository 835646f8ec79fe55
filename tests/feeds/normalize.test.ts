import { describe, expect, it } from 'vitest';
import { normalizeFeed, primaryLanguage } from '../../src/feeds/normalize.ts';
import { parseFeed } from '../../src/feeds/parse.ts';
import type { ParsedFeed, ParsedItem } from '../../src/feeds/parse.ts';

const NOW = new Date('2025-06-10T12:00:00Z');
const ctx = { feedUrl: 'https://feeds.example/world/rss.xml', now: NOW };

function feedOf(items: Array<Partial<ParsedItem>>, extra: Partial<ParsedFeed> = {}): ParsedFeed {
  return { format: 'rss', items: items.map((item) => ({ categories: [], ...item })), repaired: [], ...extra };
}

describe('normalizeFeed: links', () => {
  it('resolves relative links against item xml:base, then the feed link, then the feed URL', async () => {
    const parsed = await parseFeed(`<rss version="2.0"><channel><link>https://agency.example/en/</link>
      <item xml:base="https://agency.example/ar/"><title>A</title><link>news/1</link><description>&lt;a href="more"&gt;more&lt;/a&gt;</description></item>
      <item><title>B</title><link>news/2</link></item></channel></rss>`);
    const [a, b] = normalizeFeed(parsed, ctx).articles;
    expect(a!.link).toBe('https://agency.example/ar/news/1');
    expect(a!.html).toBe('<p><a href="https://agency.example/ar/more">more</a></p>');
    expect(b!.link).toBe('https://agency.example/en/news/2');

    const noFeedLink = normalizeFeed(feedOf([{ title: 'C', link: '../c.html' }]), ctx);
    expect(noFeedLink.articles[0]!.link).toBe('https://feeds.example/c.html');
  });

  it('keeps markup-looking words of a title as the feed wrote them, and strips only real HTML from it', async () => {
    const parsed = await parseFeed(`<rss version="2.0"><channel><title>Wire &lt;Gulf&gt; desk</title>
      <item><title>Ministers open &lt;Gulf &amp; "Security"&gt; dialogue track in Manama</title><link>https://a.example/1</link>
        <author>desk@a.example (Desk &lt;Gulf&gt;)</author></item>
      <item><title>&lt;b&gt;Breaking&lt;/b&gt;: OPEC+ &lt;script&gt;alert(1)&lt;/script&gt;meets</title><link>https://a.example/2</link></item>
      </channel></rss>`);
    const feed = normalizeFeed(parsed, ctx);
    expect(feed.title).toBe('Wire <Gulf> desk');
    expect(feed.articles[0]!.title).toBe('Ministers open <Gulf & "Security"> dialogue track in Manama');
    expect(feed.articles[0]!.author).toBe('desk@a.example (Desk <Gulf>)');
    expect(feed.articles[1]!.title).toBe('Breaking: OPEC+ meets');
  });

  it('drops links that are not http(s)', () => {
    const feed = normalizeFeed(feedOf([{ title: 'X', link: 'javascript:alert(1)' }]), ctx);
    expect(feed.articles[0]!.link).toBeNull();
  });
});

describe('normalizeFeed: ids', () => {
  it('takes guid, else Atom id, else link, else a hash of title and date', () => {
    const feed = normalizeFeed(
      feedOf([
        { guid: ' g1 ', id: 'i1', link: 'https://x.example/1', title: 'one' },
        { id: 'i2', link: 'https://x.example/2', title: 'two' },
        { link: 'https://x.example/3', title: 'three' },
        { title: 'four', published: '2025-06-01' },
      ]),
      ctx,
    );
    const ids = feed.articles.map((a) => a.stableId);
    expect(ids.slice(0, 3)).toEqual(['g1', 'i2', 'https://x.example/3']);
    expect(ids[3]).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('disambiguates repeated guids deterministically', () => {
    const items = [
      { guid: 'dup', title: 'a' },
      { guid: 'dup', title: 'b' },
      { guid: 'dup#2', title: 'c' },
      { guid: 'dup', title: 'd' },
    ];
    const first = normalizeFeed(feedOf(items), ctx).articles.map((a) => a.stableId);
    expect(first).toEqual(['dup', 'dup#2', 'dup#2#2', 'dup#3']);
    expect(normalizeFeed(feedOf(items), ctx).articles.map((a) => a.stableId)).toEqual(first);
  });

  it('leaves out items with nothing in them', () => {
    expect(normalizeFeed(feedOf([{}, { title: 'kept' }]), ctx).articles.map((a) => a.title)).toEqual(['kept']);
  });
});

describe('normalizeFeed: dates', () => {
  it('uses the fetch time for missing, unreadable and future dates', () => {
    const feed = normalizeFeed(
      feedOf([{ title: 'none' }, { title: 'junk', published: 'yesterday-ish' }, { title: 'future', published: '2031-01-01T00:00:00Z' }]),
      ctx,
    );
    for (const article of feed.articles) expect(article.publishedAt).toEqual(NOW);
  });

  it('reads RFC 822 with odd zones and ISO 8601, falling back to updated', () => {
    const feed = normalizeFeed(
      feedOf([
        { title: 'a', published: 'Tue, 10 Jun 2025 09:00:00 MSK' },
        { title: 'b', published: '2025-06-10 10:58:46 +0300' },
        { title: 'c', updated: '2025-06-10T07:00:00Z' },
      ]),
      ctx,
    );
    expect(feed.articles.map((a) => a.publishedAt.toISOString())).toEqual([
      '2025-06-10T06:00:00.000Z',
      '2025-06-10T07:58:46.000Z',
      '2025-06-10T07:00:00.000Z',
    ]);
  });
});

describe('normalizeFeed: text', () => {
  it('cleans a hostile title: tags stripped (a script with what it holds), entities decoded, whitespace collapsed', () => {
    const feed = normalizeFeed(feedOf([{ title: '  <script>alert(1)</script>\n Talks &amp; &quot;truce&quot; <b>now</b>  ' }]), ctx);
    expect(feed.articles[0]!.title).toBe('Talks & "truce" now');
  });

  it('keeps escaped markup in a title literal after one decoding', () => {
    expect(normalizeFeed(feedOf([{ title: '&lt;p&gt;Item&lt;/p&gt;' }]), ctx).articles[0]!.title).toBe('<p>Item</p>');
  });

  it('keeps content twice: sanitised HTML and structured plain text', () => {
    const html = `<h2>Arab–Israeli settlement</h2><p>First <script>evil()</script>point.</p><div>Second</div>
      <h3 onclick="x()">Two-way dialogue</h3><ul><li>trade</li><li>energy</li></ul><iframe src="https://x"></iframe>`;
    const article = normalizeFeed(feedOf([{ title: 'T', html }]), ctx).articles[0]!;
    expect(article.html).toBe(
      '<h2>Arab–Israeli settlement</h2><p>First point.</p><p>Second</p><h3>Two-way dialogue</h3><ul><li>trade</li><li>energy</li></ul>',
    );
    expect(article.text).toBe('Arab–Israeli settlement\n\nFirst point.\n\nSecond\n\nTwo-way dialogue\n\n- trade\n- energy');
  });

  it('hashes the normalised title and text, not the markup', () => {
    const [a, b] = normalizeFeed(
      feedOf([
        { title: 'Same', html: '<p>Body</p>' },
        { title: ' Same ', html: 'Body' },
      ]),
      ctx,
    ).articles;
    expect(a!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a!.contentHash).toBe(b!.contentHash);
  });

  it('titles an untitled item from its text', () => {
    const article = normalizeFeed(feedOf([{ guid: 'x', html: `<p>${'word '.repeat(60)}</p>` }]), ctx).articles[0]!;
    expect(article.title.length).toBeLessThanOrEqual(121);
    expect(article.title.endsWith('…')).toBe(true);
  });
});

describe('normalizeFeed: language, author, categories', () => {
  it('reduces language tags to their primary subtag, the item before the feed', () => {
    const feed = normalizeFeed(feedOf([{ title: 'a', language: 'ar-SA' }, { title: 'b' }], { language: 'RU-ru' }), ctx);
    expect(feed.language).toBe('ru');
    expect(feed.articles.map((a) => a.declaredLanguage)).toEqual(['ar', 'ru']);
    expect(primaryLanguage('en_GB')).toBe('en');
    expect(primaryLanguage('not a language')).toBeNull();
    expect(primaryLanguage(undefined)).toBeNull();
  });

  it('cleans the author and de-duplicates categories', () => {
    const article = normalizeFeed(feedOf([{ title: 'a', author: ' <b>TASS</b> ', categories: ['Gulf', ' Gulf ', '', 'UN'] }]), ctx)
      .articles[0]!;
    expect(article.author).toBe('TASS');
    expect(article.categories).toEqual(['Gulf', 'UN']);
  });
});
