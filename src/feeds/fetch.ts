import { readFileSync } from 'node:fs';

/** Limits on one feed request; each is a reason a hostile or broken server cannot hold us up. */
export const FETCH_LIMITS = {
  /**
   * The whole request, headers and body: a server that trickles bytes is cut off.
   * (A host that does not accept the connection is cut off sooner, by undici's own 10 s connect timeout.)
   */
  totalTimeoutMs: 20_000,
  /** Decompressed bytes: the biggest real agency feeds are a few MiB; a gzip bomb stops here. */
  maxBodyBytes: 15 * 1024 * 1024,
  /** A redirect loop ends here. */
  maxRedirects: 5,
} as const;

export type FetchLimits = { [K in keyof typeof FETCH_LIMITS]: number };

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  homepage?: string;
};

/** How diplobrief introduces itself to feed servers, so their operators can tell who reads them. */
export const USER_AGENT = `diplobrief/${packageJson.version} (+${packageJson.homepage ?? 'https://www.npmjs.com/package/diplobrief'})`;

export type FetchFailureReason =
  'bad-url' | 'timeout' | 'too-large' | 'too-many-redirects' | 'http-status' | 'rate-limited' | 'network' | 'aborted';

/** A feed request that failed; `retryAfterMs` is set when the server said when to come back (429/503 Retry-After). */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly reason: FetchFailureReason,
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** What the last good response said, for a conditional GET. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | { kind: 'not-modified'; url: string }
  | { kind: 'fetched'; url: string; body: Uint8Array; contentType: string | undefined; etag: string | null; lastModified: string | null };

export interface FetchOptions {
  limits?: Partial<FetchLimits>;
  now?: () => number;
  /** Injected for tests; defaults to Node's own fetch (undici: gzip, deflate and br decoding built in). */
  fetchImpl?: typeof fetch;
  /** Aborts the request from outside (shutdown). */
  signal?: AbortSignal;
}

/**
 * GETs a feed: http(s) only, conditional on the last validators, following at most maxRedirects,
 * reading at most maxBodyBytes, all within totalTimeoutMs.
 */
export async function fetchFeed(url: string, validators: Validators = {}, options: FetchOptions = {}): Promise<FetchResult> {
  const limits = { ...FETCH_LIMITS, ...options.limits };
  const now = options.now ?? Date.now;
  const fetchImpl = options.fetchImpl ?? fetch;
  const timeout = AbortSignal.timeout(limits.totalTimeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  let current = checkUrl(url);
  try {
    for (let redirects = 0; ; redirects++) {
      const headers: Record<string, string> = {
        'user-agent': USER_AGENT,
        accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const response = await fetchImpl(current, { headers, redirect: 'manual', signal });

      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new FetchError('http-status', `HTTP ${response.status} without a Location header`, response.status);
        if (redirects >= limits.maxRedirects) throw new FetchError('too-many-redirects', `more than ${limits.maxRedirects} redirects`);
        current = checkUrl(new URL(location, current).toString());
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { kind: 'not-modified', url: current };
      }
      if (response.status === 429 || response.status === 503) {
        await response.body?.cancel();
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
        const reason = response.status === 429 ? 'rate-limited' : 'http-status';
        throw new FetchError(
          reason,
          `HTTP ${response.status}${retryAfterMs !== undefined ? `, retry after ${Math.ceil(retryAfterMs / 1000)} s` : ''}`,
          response.status,
          retryAfterMs,
        );
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchError('http-status', `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
      }
      const body = await readCapped(response, limits.maxBodyBytes);
      return {
        kind: 'fetched',
        url: current,
        body,
        contentType: response.headers.get('content-type') ?? undefined,
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (options.signal?.aborted) throw new FetchError('aborted', 'the request was cancelled (shutting down)');
    if (timeout.aborted) throw new FetchError('timeout', `no complete answer within ${limits.totalTimeoutMs / 1000} s`);
    throw new FetchError('network', describeNetworkError(error));
  }
}

function checkUrl(raw: string): string {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new FetchError('bad-url', `"${raw}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FetchError('bad-url', `only http and https feeds are fetched, not ${parsed.protocol}`);
  }
  return parsed.toString();
}

/** Reads the body chunk by chunk and stops as soon as it passes the cap, without buffering the rest. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  // Content-Length counts compressed bytes; only an uncompressed body can be refused before reading.
  if (!response.headers.get('content-encoding') && Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchError('too-large', `the body is ${declared} bytes, over the ${maxBytes}-byte limit`);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FetchError('too-large', `the body passed the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'UND_ERR_CONNECT_TIMEOUT') return 'the server did not accept the connection in time';
  if (cause?.code) return `${cause.code}${cause.message ? `: ${cause.message}` : ''}`;
  return (error as Error).message ?? String(error);
}
