import type { Language } from '../model/language.ts';
import { articleWordKeys, termKeys } from '../topics/term-keys.ts';
import { WORD_TOKEN, wordTokens } from '../text/tokens.ts';
import { arabicPrefixVariants } from '../text/fold.ts';

/** A text's words, folded as the index folds them, and as written when the two line up (for case). */
export interface TextWords {
  words: string[];
  written: readonly string[] | undefined;
}

export function wordsOf(text: string): TextWords {
  const words = wordTokens(text);
  // WORD_TOKEN finds the same words in the text as written, with their case.
  const written = text.normalize('NFKC').match(WORD_TOKEN) ?? [];
  return { words, written: written.length === words.length ? written : undefined };
}

/** A name to find, and what it stands for (an entity id, an event concept). */
export interface Name<Id extends string> {
  id: Id;
  text: string;
}

export interface NameMatch<Id extends string> {
  id: Id;
  /** Index of the first word matched, and how many words. */
  start: number;
  length: number;
}

/**
 * How a name's word must be written in the text: a name is written with a capital in English and
 * Russian, which keeps "Сирия" from "сирены", "Судан" from "суда", "Turkey" from "turkey" (the stems
 * are the same); an acronym ("US", "UN", "IS") only in capitals, so not "us", "un", "is". A word the
 * name writes in lower case ("российский", "Kuwaiti" is not) matches any writing. Arabic has no case.
 */
type Writing = 'any' | 'capital' | 'capitals';

interface IndexedName<Id extends string> {
  id: Id;
  /** Per word, the keys it may match (term-keys.ts: Russian case forms, Arabic clitics, English stems). */
  keys: string[][];
  /** Per word, how it must be written. */
  writing: Writing[];
}

function writingOf(word: string, language: Language): Writing {
  if (language === 'ar') return 'any';
  if (/^\p{Lu}{2,5}$/u.test(word)) return 'capitals';
  return /^\p{Lu}/u.test(word) ? 'capital' : 'any';
}

function writtenAs(word: string | undefined, writing: Writing): boolean {
  if (writing === 'any') return true;
  if (word === undefined) return false;
  return writing === 'capitals' ? /^\p{Lu}+$/u.test(word) : /^\p{Lu}/u.test(word);
}

/**
 * Finds names in text, in one language, with the topic matcher's word forms (term-keys.ts), so that
 * "Лаврова" finds "Лавров", "بالرياض" finds "الرياض" and "Kuwait's" finds "Kuwait". The longest name
 * at a position wins and consumes its words: "Security Council" is not also "security", and "Gaza
 * City" not also "Gaza". Names are data; nothing a user types becomes a pattern.
 */
export class NameMatcher<Id extends string> {
  private readonly byFirstKey = new Map<string, IndexedName<Id>[]>();

  constructor(
    names: readonly Name<Id>[],
    private readonly language: Language,
  ) {
    const seen = new Set<string>();
    for (const name of names) {
      const keys = termKeys(name.text, language);
      if (keys.length === 0) continue;
      const words = name.text.normalize('NFKC').match(WORD_TOKEN) ?? [];
      const writing = keys.map((_, k) => (words.length === keys.length ? writingOf(words[k]!, language) : 'any'));
      const signature = `${name.id}\u0000${writing.join(',')}\u0000${keys.map((k) => k.join('|')).join(' ')}`;
      if (seen.has(signature)) continue;
      seen.add(signature);
      const indexed = { id: name.id, keys, writing };
      for (const first of keys[0]!) {
        const list = this.byFirstKey.get(first) ?? [];
        list.push(indexed);
        this.byFirstKey.set(first, list);
      }
    }
    for (const list of this.byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /**
   * The names in a text, in order of appearance. `anyCase` for what a user types (`/watch lavrov`):
   * case tells names in written text, not in a query.
   */
  find(text: string, options: { anyCase?: boolean } = {}): NameMatch<Id>[] {
    const words = wordsOf(text);
    return this.findIn(options.anyCase ? { words: words.words, written: undefined } : words);
  }

  /** The names among a text's words (wordsOf); a word blanked out ('') matches nothing. */
  findIn({ words, written }: TextWords): NameMatch<Id>[] {
    const keys = words.map((word) => (word === '' ? [] : this.wordKeys(word)));
    const found: NameMatch<Id>[] = [];
    for (let start = 0; start < words.length;) {
      const name = this.longestAt(keys, written, start);
      if (name) {
        found.push({ id: name.id, start, length: name.keys.length });
        start += name.keys.length;
      } else {
        start += 1;
      }
    }
    return found;
  }

  /**
   * The keys an article's word may match. Arabic: a key left after peeling a suffix counts only when
   * it ends in ي, a nisba (الروسية → روسي), since a peeled ending otherwise makes another word a
   * name (الرياضة "sport" → الرياض, حلبة "arena" → حلب); prefixes and the article are peeled freely.
   */
  private wordKeys(word: string): readonly string[] {
    const keys = articleWordKeys(word, this.language);
    if (this.language !== 'ar') return keys;
    const plain = new Set(
      arabicPrefixVariants(word).map((variant) => (variant.startsWith('ال') && variant.length > 3 ? variant.slice(2) : variant)),
    );
    return keys.filter((key) => plain.has(key) || key.endsWith('ي'));
  }

  private longestAt(
    keys: readonly (readonly string[])[],
    written: readonly string[] | undefined,
    start: number,
  ): IndexedName<Id> | undefined {
    let best: IndexedName<Id> | undefined;
    for (const key of keys[start]!) {
      for (const candidate of this.byFirstKey.get(key) ?? []) {
        if (best && best.keys.length >= candidate.keys.length) break;
        const matches = candidate.keys.every(
          (alternatives, offset) =>
            alternatives.some((k) => keys[start + offset]?.includes(k)) &&
            (written === undefined || writtenAs(written[start + offset], candidate.writing[offset]!)),
        );
        if (matches) best = candidate;
      }
    }
    return best;
  }
}
