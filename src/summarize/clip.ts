/** The ellipsis put where a text was shortened. */
const ELLIPSIS = '…';

/** Punctuation after which a shortened text may end: clause ends in the three scripts. */
const CLAUSE_END = /[,;:،؛]\s/gu;

/**
 * The text, whitespace collapsed, at most `maxLength` characters: shortened at the last clause end
 * (comma, semicolon, colon) that keeps at least half of the room, else at the last space, and then
 * marked with an ellipsis. Never cuts inside a word; a first word longer than the room is kept whole
 * rather than cut.
 */
export function clipAtWord(text: string, maxLength: number): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= maxLength) return collapsed;
  const room = collapsed.slice(0, maxLength - ELLIPSIS.length + 1);
  let cut = -1;
  for (const match of room.matchAll(CLAUSE_END)) cut = match.index;
  if (cut < maxLength / 2) cut = room.lastIndexOf(' ');
  if (cut <= 0) {
    const firstSpace = collapsed.indexOf(' ');
    return firstSpace < 0 ? collapsed : `${collapsed.slice(0, firstSpace)}${ELLIPSIS}`;
  }
  return `${collapsed.slice(0, cut).replace(/[\s,;:،؛\-–—]+$/u, '')}${ELLIPSIS}`;
}
