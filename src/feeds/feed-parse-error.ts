/** Why a body could not be read as a feed; the poller stores it as the feed's last error. */
export type FeedParseErrorReason = 'not-a-feed' | 'empty' | 'malformed';

/** A body that yields no feed at all. Recoverable damage is repaired instead of thrown. */
export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';

  constructor(
    readonly reason: FeedParseErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
