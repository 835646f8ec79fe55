import type { Topic } from '../model/topics.ts';
import { isTopic } from '../model/topics.ts';

/**
 * The "more" buttons' callback data: everything needed to show the next page, so a button still
 * works after a restart. Numbers in base 36 keep it well under Telegram's 64 bytes.
 */
export type MoreRequest =
  | { kind: 'latest'; count: number; before: number }
  | { kind: 'topic'; topic: Topic; count: number; before: number }
  | { kind: 'search'; searchId: number; offset: number };

export function encodeMore(request: MoreRequest): string {
  switch (request.kind) {
    case 'latest':
      return `more:l:${request.count}:${request.before.toString(36)}`;
    case 'topic':
      return `more:t:${request.topic}:${request.count}:${request.before.toString(36)}`;
    case 'search':
      return `more:s:${request.searchId.toString(36)}:${request.offset}`;
  }
}

const SAFE_NUMBER = /^[0-9a-z]{1,11}$/;

/** Parses callback data made by encodeMore; anything else (old, forged, truncated) is undefined. */
export function decodeMore(data: string): MoreRequest | undefined {
  const parts = data.split(':');
  if (parts[0] !== 'more') return undefined;
  const base36 = (text: string | undefined) => (text !== undefined && SAFE_NUMBER.test(text) ? parseInt(text, 36) : undefined);
  const small = (text: string | undefined) => (text !== undefined && /^\d{1,3}$/.test(text) ? Number(text) : undefined);
  if (parts[1] === 'l' && parts.length === 4) {
    const count = small(parts[2]);
    const before = base36(parts[3]);
    return count !== undefined && before !== undefined ? { kind: 'latest', count, before } : undefined;
  }
  if (parts[1] === 't' && parts.length === 5 && isTopic(parts[2])) {
    const count = small(parts[3]);
    const before = base36(parts[4]);
    return count !== undefined && before !== undefined ? { kind: 'topic', topic: parts[2], count, before } : undefined;
  }
  if (parts[1] === 's' && parts.length === 4) {
    const searchId = base36(parts[2]);
    const offset = parts[3] !== undefined && /^\d{1,6}$/.test(parts[3]) ? Number(parts[3]) : undefined;
    return searchId !== undefined && offset !== undefined ? { kind: 'search', searchId, offset } : undefined;
  }
  return undefined;
}
