/** Telegram's limit on a message's text, in UTF-16 code units (what JavaScript's length counts). */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

/**
 * Joins blocks (each a whole, valid piece of HTML) into as few messages as fit the limit, never
 * cutting a block. A single block longer than the limit is the caller's to shorten.
 */
export function packBlocks(blocks: readonly string[], separator = '\n\n', limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = '';
  for (const block of blocks) {
    if (block.length > limit) throw new RangeError(`a block of ${block.length} characters cannot fit a ${limit}-character message`);
    const candidate = current === '' ? block : `${current}${separator}${block}`;
    if (candidate.length <= limit) {
      current = candidate;
    } else {
      messages.push(current);
      current = block;
    }
  }
  if (current !== '') messages.push(current);
  return messages;
}
