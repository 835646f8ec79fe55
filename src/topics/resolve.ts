import { foldForSearch } from '../text/fold.ts';
import { stemAnyScript } from '../text/stem.ts';
import { wordTokens } from '../text/tokens.ts';
import { TOPIC_ALIASES } from './aliases.ts';
import { termWordKeys } from './term-keys.ts';
import { isTopic, TOPICS, type Topic } from '../model/topics.ts';

/** The words of a phrase, folded, with the Arabic article and attached prefixes (و ب ل) dropped. */
function foldedWords(phrase: string): string[] {
  return wordTokens(phrase).map((word) => word.replace(/^(?:[وبلفك]?ال|لل)(?=.{3})/u, ''));
}

/** Two ways to meet a reader's spelling: the folded words as given, then their stems (Персидского залива). */
const exactKey = (phrase: string) => foldedWords(phrase).join(' ');
const stemKey = (phrase: string) => foldedWords(phrase).map(stemAnyScript).join(' ');

/**
 * Every stem key an alias may be typed as: a Russian alias carries its words' case forms
 * (залив: залива, заливе…), as the classifier's terms do, since Snowball stems them apart.
 */
function aliasStemKeys(alias: string): string[] {
  const words = foldedWords(alias);
  if (!words.some((word) => /\p{Script=Cyrillic}/u.test(word))) return [stemKey(alias)];
  return words
    .map((word) => termWordKeys(word, 'ru'))
    .reduce<string[]>((keys, alternatives) => keys.flatMap((key) => alternatives.map((alt) => (key ? `${key} ${alt}` : alt))), ['']);
}

const BY_EXACT = new Map<string, Topic>();
/** A stem two topics share (газ: gas, Газа: Gaza) names neither; the exact spelling still does. */
const BY_STEM = new Map<string, Topic | null>();
for (const topic of TOPICS) {
  for (const alias of [topic, ...TOPIC_ALIASES[topic]]) {
    const exact = exactKey(alias);
    const known = BY_EXACT.get(exact);
    if (known && known !== topic) throw new Error(`topic alias "${alias}" names both ${known} and ${topic}`);
    BY_EXACT.set(exact, topic);
    for (const stemmed of aliasStemKeys(alias)) {
      BY_STEM.set(stemmed, BY_STEM.has(stemmed) && BY_STEM.get(stemmed) !== topic ? null : topic);
    }
  }
}

/** Longest text a reader may give: a topic name, not an essay. */
const MAX_INPUT = 100;

/**
 * The topic a reader means by `/topic WORDS`: its slug, localised name or an alias in any of the
 * three languages (`gulf`, `الخليج`, `Залив`, `persian gulf`, `Персидского залива`), or undefined.
 */
export function resolveTopic(input: string): Topic | undefined {
  const text = input.trim().slice(0, MAX_INPUT);
  const slug = foldForSearch(text).replace(/\s+/g, '');
  if (isTopic(slug)) return slug;
  return BY_EXACT.get(exactKey(text)) ?? BY_STEM.get(stemKey(text)) ?? undefined;
}
