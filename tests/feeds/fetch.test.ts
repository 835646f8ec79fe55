import { gzipSync, brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, USER_AGENT, fetchFeed, parseRetryAfter } from '../../src/feeds/fetch.ts';
import { FeedServer } from '../support/feed-server.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await FeedServer.start();
});
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

const text = (body: Uint8Array) => new TextDecoder().decode(body);

describe('fetchFeed', () => {
  it('fetches with our User-Agent and returns the validators', async () => {
    server.serve('/ok', '<rss/>', { etag: '"v1"', lastModified: 'Sun, 29 Nov 2026 08:00:00 GMT' });
    const result = await fetchFeed(server.url('/ok'));
    expect(result).toMatchObject({ kind: 'fetched', etag: '"v1"', lastModified: 'Sun, 29 Nov 2026 08:00:00 GMT' });
    expect(result.kind === 'fetched' && text(result.body)).toBe('<rss/>');
    expect(server.requestsTo('/ok')[0]!.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^diplobrief\/\d+\.\d+\.\d+ \(\+https?:\/\/\S+\)$/);
  });

  it('sends If-None-Match and If-Modified-Since and reports 304 as not modified', async () => {
    server.serve('/cond', '<rss/>', { etag: '"abc"' });
    const result = await fetchFeed(server.url('/cond'), { etag: '"abc"', lastModified: 'Sun, 29 Nov 2026 08:00:00 GMT' });
    expect(result.kind).toBe('not-modified');
    const headers = server.requestsTo('/cond').at(-1)!.headers;
    expect(headers['if-none-match']).toBe('"abc"');
    expect(headers['if-modified-since']).toBe('Sun, 29 Nov 2026 08:00:00 GMT');
  });

  it.each([
    ['gzip', gzipSync],
    ['br', brotliCompressSync],
  ] as const)('decodes %s', async (encoding, compress) => {
    server.route(`/${encoding}`, (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'application/xml', 'content-encoding': encoding })
        .end(compress(Buffer.from('<rss>сжатый</rss>')));
    });
    const result = await fetchFeed(server.url(`/${encoding}`));
    expect(result.kind === 'fetched' && text(result.body)).toBe('<rss>сжатый</rss>');
  });

  it('follows redirects up to the limit, relative ones too', async () => {
    server.route('/r1', (_req, res) => res.writeHead(301, { location: '/r2' }).end());
    server.route('/r2', (_req, res) => res.writeHead(302, { location: server.url('/final') }).end());
    server.serve('/final', '<rss/>');
    const result = await fetchFeed(server.url('/r1'));
    expect(result).toMatchObject({ kind: 'fetched', url: server.url('/final') });
  });

  it('stops a redirect loop', async () => {
    server.route('/loop', (_req, res) => res.writeHead(302, { location: '/loop' }).end());
    const before = server.requestsTo('/loop').length;
    const error = await failure(fetchFeed(server.url('/loop')));
    expect(error.reason).toBe('too-many-redirects');
    expect(server.requestsTo('/loop').length - before).toBe(6);
  });

  it('refuses a redirect to another scheme', async () => {
    server.route('/to-file', (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
    expect((await failure(fetchFeed(server.url('/to-file')))).reason).toBe('bad-url');
  });

  it('refuses non-http URLs without a request', async () => {
    expect((await failure(fetchFeed('ftp://example.org/feed'))).reason).toBe('bad-url');
    expect((await failure(fetchFeed('not a url'))).reason).toBe('bad-url');
  });

  it('stops reading past the body cap, even when the server does not say the length', async () => {
    server.route('/huge', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    const error = await failure(fetchFeed(server.url('/huge'), {}, { limits: { maxBodyBytes: 1024 * 1024 } }));
    expect(error.reason).toBe('too-large');
  });

  it('refuses a declared oversized body before reading it', async () => {
    server.route('/declared-huge', (_req, res) => {
      res.writeHead(200, { 'content-length': String(20 * 1024 * 1024) });
      res.write('x');
    });
    expect((await failure(fetchFeed(server.url('/declared-huge')))).reason).toBe('too-large');
  });

  it('caps a gzip bomb by its decompressed size', async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0));
    server.route('/bomb', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect((await failure(fetchFeed(server.url('/bomb'), {}, { limits: { maxBodyBytes: 1024 * 1024 } }))).reason).toBe('too-large');
  });

  it('gives up on a server that never answers, within the total timeout', async () => {
    server.route('/silent', () => undefined);
    const started = Date.now();
    const error = await failure(fetchFeed(server.url('/silent'), {}, { limits: { totalTimeoutMs: 300 } }));
    expect(error.reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('gives up on a body that trickles forever', async () => {
    server.route('/trickle', (_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write('<'), 20);
      res.on('close', () => clearInterval(timer));
    });
    expect((await failure(fetchFeed(server.url('/trickle'), {}, { limits: { totalTimeoutMs: 300 } }))).reason).toBe('timeout');
  });

  it('reports HTTP errors with their status, and Retry-After on 429/503', async () => {
    server.route('/500', (_req, res) => res.writeHead(500).end('boom'));
    server.route('/429', (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end());
    server.route('/503', (_req, res) => res.writeHead(503, { 'retry-after': 'Sun, 29 Nov 2026 09:00:00 GMT' }).end());
    expect(await failure(fetchFeed(server.url('/500')))).toMatchObject({ reason: 'http-status', status: 500 });
    expect(await failure(fetchFeed(server.url('/429')))).toMatchObject({ reason: 'rate-limited', status: 429, retryAfterMs: 120_000 });
    const now = Date.parse('Sun, 29 Nov 2026 08:59:00 GMT');
    expect(await failure(fetchFeed(server.url('/503'), {}, { now: () => now }))).toMatchObject({ status: 503, retryAfterMs: 60_000 });
    expect(await failure(fetchFeed(server.url('/missing')))).toMatchObject({ reason: 'http-status', status: 404 });
  });

  it('reports a refused connection as a network error', async () => {
    const closed = await FeedServer.start();
    const url = closed.url('/gone');
    await closed.close();
    expect((await failure(fetchFeed(url))).reason).toBe('network');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores garbage', () => {
    expect(parseRetryAfter('30', 0)).toBe(30_000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:01:00 GMT', 0)).toBe(60_000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });
});
