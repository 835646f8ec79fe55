/** Back-off for failing feeds: quick second tries, then slower, never slower than the cap, never abandoned. */
export const BACKOFF = {
  /** The wait after the first failure. */
  baseMs: 5 * 60_000,
  /** A feed that keeps failing is still tried this often, and shows as unhealthy meanwhile. */
  capMs: 6 * 60 * 60_000,
  /** ±20 %: feeds that broke together (one host down) do not all come back in the same second. */
  jitter: 0.2,
} as const;

/**
 * When a feed that has now failed `consecutiveErrors` times in a row is tried again.
 * A server's Retry-After is obeyed when it asks for longer (still within the cap).
 */
export function nextPollAfterFailure(
  consecutiveErrors: number,
  now: number,
  options: { retryAfterMs?: number | undefined; random?: () => number } = {},
): number {
  const random = options.random ?? Math.random;
  const exponent = Math.min(Math.max(consecutiveErrors - 1, 0), 20);
  const backoff = Math.min(BACKOFF.capMs, BACKOFF.baseMs * 2 ** exponent);
  const jittered = backoff * (1 - BACKOFF.jitter + 2 * BACKOFF.jitter * random());
  const wait = Math.min(BACKOFF.capMs, Math.max(jittered, options.retryAfterMs ?? 0));
  return now + Math.round(wait);
}
