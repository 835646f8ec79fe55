import { decodeFeedBytes } from './decode.ts';
import { normalizeFeed, type NormalizedFeed } from './normalize.ts';
import { parseFeed } from './parse.ts';

/** Bytes as fetched to clean articles: decode, parse (repairing what real feeds get wrong), normalise. */
export async function readFeed(body: Uint8Array, contentType: string | undefined, feedUrl: string, now: Date): Promise<NormalizedFeed> {
  const { text } = decodeFeedBytes(body, contentType);
  const parsed = await parseFeed(text);
  return normalizeFeed(parsed, { feedUrl, now });
}
