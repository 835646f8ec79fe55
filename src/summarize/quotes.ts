/**
 * How much of a sentence is direct speech. A lead reports what happened; a quotation is a voice in
 * the story ("We will never give up", "Пора прекращать это иждивенчество!"), rarely its summary.
 * Long quotations run over several sentences, so a sentence may open a quotation it does not close,
 * or close one that an earlier sentence opened: both count. Single quotes are left out, since the
 * same mark is the English apostrophe.
 */

const QUOTE_MARKS = /["«»“”„]/u;
const LETTER = /\p{L}/u;
/** Before a straight quote that opens: the start, a space, an opening bracket or a dash. */
const BEFORE_OPENING = /[\s([{—–-]/u;

/** The share (0–1) of a sentence's letters that stand inside quotation marks. */
export function quotedShare(text: string): number {
  if (!QUOTE_MARKS.test(text)) return 0;
  let letters = 0;
  let quoted = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    let opens = char === '«' || char === '„';
    let closes = char === '»' || char === '”';
    if (char === '"' || char === '“') {
      // A straight quote opens after a space or a bracket and before a word, and otherwise closes;
      // so does “, which opens in English (“…”) and closes in Russian and German („…“).
      opens = (i === 0 || BEFORE_OPENING.test(text[i - 1]!)) && i + 1 < text.length && !/\s/u.test(text[i + 1]!);
      closes = !opens;
    }
    if (opens) depth++;
    else if (closes) {
      // A quotation that an earlier sentence opened ends here: everything so far was inside it.
      if (depth === 0) quoted = letters;
      else depth--;
    } else if (LETTER.test(char)) {
      letters++;
      if (depth > 0) quoted++;
    }
  }
  return letters === 0 ? 0 : quoted / letters;
}
