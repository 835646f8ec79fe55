/** Telegram's limit on a message's text, in UTF-16 code units (what JavaScript's length counts). */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

/**
 * Joins blocks (each a whole, valid piece of HTML) into as few messages as fit the limit, never
 * cutting a block. Lengths are counted on the HTML, which is never shorter than the text Telegram
 * counts, so a message that fits here fits there. A block longer than the limit is a caller's bug.
 */
export function packBlocks(blocks: readonly string[], separator = '\n\n', limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  return groupBlocks(blocks, separator, limit).map((indexes) => indexes.map((index) => blocks[index]).join(separator));
}

/** packBlocks' grouping as block indexes per message, for callers that carry data with each block. */
export function groupBlocks(blocks: readonly string[], separator = '\n\n', limit = TELEGRAM_MESSAGE_LIMIT): number[][] {
  const messages: number[][] = [];
  let current: number[] = [];
  let length = 0;
  blocks.forEach((block, index) => {
    if (block.length > limit) throw new RangeError(`a block of ${block.length} characters cannot fit a ${limit}-character message`);
    const candidate = current.length === 0 ? block.length : length + separator.length + block.length;
    if (candidate <= limit) {
      current.push(index);
      length = candidate;
    } else {
      messages.push(current);
      current = [index];
      length = block.length;
    }
  });
  if (current.length > 0) messages.push(current);
  return messages;
}

/**
 * Shortens plain text to at most `max` UTF-16 units at a sentence end when there is one in the
 * second half, else at a word, with an ellipsis; never inside a word or a surrogate pair.
 */
export function cutAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(0, max - 1));
  const sentenceEnd = Math.max(...['. ', '! ', '? ', '؟ ', '。'].map((mark) => room.lastIndexOf(mark)));
  if (sentenceEnd > max / 2) return room.slice(0, sentenceEnd + 1);
  const space = room.lastIndexOf(' ');
  let cut = space > 0 ? room.slice(0, space) : room;
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
