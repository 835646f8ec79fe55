import { foldForSearch } from '../text/fold.ts';
import type { MuteWord, WatchPhrase, WatchQuery } from './query.ts';

/**
 * An article folded once, for every watch and mute word it is checked against. Words match as in
 * /search: the text folded with foldForSearch and cut at spaces, a word matching a token that is one of its forms.
 */
export interface FoldedArticle {
  /** The folded words of the title, then of the body, in order, with TITLE_BODY_BREAK between them. */
  readonly tokens: readonly string[];
  /** The distinct folded words. */
  readonly tokenSet: ReadonlySet<string>;
}

/** No word form is empty, so this token between title and body keeps a phrase from running across the two. */
const TITLE_BODY_BREAK = '';

export function foldArticle(title: string, body: string): FoldedArticle {
  const words = (text: string) => foldForSearch(text).match(/[^ ]+/g) ?? [];
  const tokens = [...words(title), TITLE_BODY_BREAK, ...words(body)];
  const tokenSet = new Set(tokens);
  tokenSet.delete(TITLE_BODY_BREAK);
  return { tokens, tokenSet };
}

/** All the words in the article, no phrase and no excluded word or phrase: each in any of its forms. */
export function watchMatches(query: WatchQuery, article: FoldedArticle): boolean {
  return (
    query.words.every((term) => holdsTerm(term.forms, article)) &&
    query.phrases.every((phrase) => holdsPhrase(phrase, article)) &&
    !query.excluded.words.some((term) => holdsTerm(term.forms, article)) &&
    !query.excluded.phrases.some((phrase) => holdsPhrase(phrase, article))
  );
}

/** The first of the words the article holds (a word, or a hyphenated piece as adjacent words), if any. */
export function mutedBy(words: readonly MuteWord[], article: FoldedArticle): MuteWord | undefined {
  return words.find((word) => (word.terms.length === 1 ? holdsTerm(word.terms[0]!.forms, article) : holdsPhrase(word.terms, article)));
}

/** A term's forms are few (at most ~50), an article's words hundreds: look each form up. */
function holdsTerm(forms: readonly string[], article: FoldedArticle): boolean {
  for (const form of forms) if (article.tokenSet.has(form)) return true;
  return false;
}

function holdsPhrase(phrase: WatchPhrase, article: FoldedArticle): boolean {
  const formSets = phrase.map((term) => new Set(term.forms));
  return phrase.every((term) => holdsTerm(term.forms, article)) && phraseAt(formSets, article.tokens);
}

/** Whether some run of adjacent tokens has, at each position, a form of the phrase's word there. */
export function phraseAt(formSets: readonly ReadonlySet<string>[], tokens: readonly string[]): boolean {
  const last = tokens.length - formSets.length;
  for (let start = 0; start <= last; start++) {
    let offset = 0;
    while (offset < formSets.length && formSets[offset]!.has(tokens[start + offset]!)) offset++;
    if (offset === formSets.length) return true;
  }
  return false;
}
