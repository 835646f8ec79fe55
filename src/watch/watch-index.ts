import type { SearchTerm } from '../text/search-query.ts';
import { isStopword } from '../text/stopwords.ts';
import { phraseAt, type FoldedArticle } from './matcher.ts';
import type { WatchPhrase, WatchQuery } from './query.ts';

/** A term as the index keeps it: one copy per distinct set of forms, shared by every watch using it. */
class IndexedTerm<K> {
  readonly formSet: ReadonlySet<string>;
  /** Watch groups and phrases using it; at 0 it is forgotten. */
  users = 0;
  /** The groups filed under it, and for each its next rarest required word (or this one), checked before the group is read. */
  filed: WatchGroup<K>[] = [];
  gates: IndexedTerm<K>[] = [];
  /** The last match() call whose article held one of its forms, and how many did since `bornIn`. */
  presentIn = 0;
  seen = 0;

  /** `stopword`: of ar, ru or en, taken as common until articles tell; `bornIn`: the match() call it was indexed at. */
  constructor(
    readonly serial: number,
    readonly forms: readonly string[],
    readonly stopword: boolean,
    readonly bornIn: number,
  ) {
    this.formSet = new Set(forms);
  }
}

interface IndexedPhrase<K> {
  id: string;
  serial: number;
  terms: IndexedTerm<K>[];
  formSets: ReadonlySet<string>[];
  users: number;
  /** The last match() call that looked for the phrase, and whether its article held it. */
  checkedIn: number;
  present: boolean;
}

/** The keys whose queries are the same once parsed (same words, phrases and exclusions, whatever the spelling). */
interface WatchGroup<K> {
  id: string;
  words: IndexedTerm<K>[];
  phrases: IndexedPhrase<K>[];
  excludedWords: IndexedTerm<K>[];
  excludedPhrases: IndexedPhrase<K>[];
  anchor: IndexedTerm<K>;
  /** One word and nothing else: found under it means matched (half of all watches). */
  anchorOnly: boolean;
  /** Its keys' places in the insertion order, ascending (WatchIndex.keyAt gives the keys). */
  readonly orders: number[];
}

/** Watches are filed again after this many articles, ten times as many, then every REFILE_EVERY. */
const FIRST_REFILE = 100;
const REFILE_EVERY = 10_000;

/**
 * Many watches against each new article, without testing every watch. Identical watches form a group,
 * filed under its rarest required word (phrase words included) by the share of articles matched so
 * far that held it (before any: not a stopword, then longer: лавров over иран), and gated by the next
 * rarest; filing is redone as counts grow and never changes what matches. An article's distinct words
 * are looked up once among all the index's word forms, marking the terms it holds; then the groups
 * filed under those whose gate it holds are checked by watchMatches' rules, a word costing one
 * comparison (500 chats watching Iran, or 500 watches naming it, cost one lookup per article).
 *
 * match() gives every key whose watch matches, once, in the order the keys were added (adding a key
 * again replaces its watch and moves it to the end).
 */
export class WatchIndex<K> {
  private readonly termsByForm = new Map<string, IndexedTerm<K>[]>();
  private readonly phrases = new Map<string, IndexedPhrase<K>>();
  private readonly groups = new Map<string, WatchGroup<K>>();
  private readonly byKey = new Map<K, { group: WatchGroup<K>; order: number }>();
  /** Keys by their place in the insertion order, deleted ones left empty: one slot per add() until the index is built again. */
  private keyAt: (K | undefined)[] = [];
  private serials = 0;
  private matchCalls = 0;
  private nextRefile = FIRST_REFILE;

  get size(): number {
    return this.byKey.size;
  }

  add(key: K, query: WatchQuery): void {
    this.delete(key);
    const group = this.groupFor(query);
    const order = this.keyAt.length;
    this.keyAt.push(key);
    group.orders.push(order);
    this.byKey.set(key, { group, order });
  }

  /** Whether the key was there. */
  delete(key: K): boolean {
    const entry = this.byKey.get(key);
    if (entry === undefined) return false;
    this.byKey.delete(key);
    this.keyAt[entry.order] = undefined;
    entry.group.orders.splice(entry.group.orders.indexOf(entry.order), 1);
    if (entry.group.orders.length === 0) this.dropGroup(entry.group);
    return true;
  }

  // Plain loops, no closures, in match() and groupMatches(): they run for every candidate of every article.
  match(article: FoldedArticle): K[] {
    const call = ++this.matchCalls;
    const anchors: IndexedTerm<K>[] = [];
    for (const token of article.tokenSet) {
      const terms = this.termsByForm.get(token);
      if (terms === undefined) continue;
      for (const term of terms) {
        if (term.presentIn === call) continue;
        term.presentIn = call;
        term.seen++;
        if (term.filed.length > 0) anchors.push(term);
      }
    }
    const orders: number[] = [];
    let groupsFound = 0;
    for (const { filed, gates } of anchors) {
      for (let i = 0; i < filed.length; i++) {
        // The gate, a term, is likely in the cache and the group is not: most candidates stop here.
        if (gates[i]!.presentIn !== call) continue;
        const group = filed[i]!;
        if (!group.anchorOnly && !this.groupMatches(group, article, call)) continue;
        groupsFound++;
        for (const order of group.orders) orders.push(order);
      }
    }
    // Within a group the places ascend already.
    const sorted = groupsFound > 1 ? Int32Array.from(orders).sort() : orders;
    const keys = new Array<K>(sorted.length);
    for (let i = 0; i < sorted.length; i++) keys[i] = this.keyAt[sorted[i]!] as K;
    if (call === this.nextRefile) this.refile();
    return keys;
  }

  private groupMatches(group: WatchGroup<K>, article: FoldedArticle, call: number): boolean {
    for (const term of group.words) if (term.presentIn !== call) return false;
    for (const phrase of group.phrases) if (!this.holdsPhrase(phrase, article, call)) return false;
    for (const term of group.excludedWords) if (term.presentIn === call) return false;
    for (const phrase of group.excludedPhrases) if (this.holdsPhrase(phrase, article, call)) return false;
    return true;
  }

  private holdsPhrase(phrase: IndexedPhrase<K>, article: FoldedArticle, call: number): boolean {
    if (phrase.checkedIn !== call) {
      phrase.checkedIn = call;
      phrase.present = phrase.terms.every((term) => term.presentIn === call) && phraseAt(phrase.formSets, article.tokens);
    }
    return phrase.present;
  }

  private groupFor(query: WatchQuery): WatchGroup<K> {
    const words = query.words.map((term) => this.term(term));
    const phrases = query.phrases.map((phrase) => this.phrase(phrase));
    const excludedWords = query.excluded.words.map((term) => this.term(term));
    const excludedPhrases = query.excluded.phrases.map((phrase) => this.phrase(phrase));
    const id = [words, phrases, excludedWords, excludedPhrases]
      .map((list) => list.map((item) => item.serial).sort((a, b) => a - b))
      .join('|');
    const known = this.groups.get(id);
    if (known) return known;

    const anchorOnly = words.length === 1 && phrases.length + excludedWords.length + excludedPhrases.length === 0;
    const anchor = words[0] ?? phrases[0]!.terms[0]!; // until file() picks one
    const group: WatchGroup<K> = { id, words, phrases, excludedWords, excludedPhrases, anchor, anchorOnly, orders: [] };
    this.file(group);
    for (const used of [...words, ...phrases, ...excludedWords, ...excludedPhrases]) used.users++;
    this.groups.set(id, group);
    return group;
  }

  private dropGroup(group: WatchGroup<K>): void {
    this.groups.delete(group.id);
    const { filed, gates } = group.anchor;
    const at = filed.indexOf(group);
    filed.splice(at, 1);
    gates.splice(at, 1);
    for (const term of [...group.words, ...group.excludedWords]) this.release(term);
    for (const phrase of [...group.phrases, ...group.excludedPhrases]) {
      if (--phrase.users > 0) continue;
      this.phrases.delete(phrase.id);
      for (const term of phrase.terms) this.release(term);
    }
  }

  private refile(): void {
    this.nextRefile += Math.min(9 * this.nextRefile, REFILE_EVERY);
    for (const group of this.groups.values()) [group.anchor.filed, group.anchor.gates] = [[], []];
    for (const group of this.groups.values()) this.file(group);
  }

  /** Files a group under its rarest required word, gated by the next rarest (or by itself, its only word). */
  private file(group: WatchGroup<K>): void {
    const now = this.matchCalls;
    const candidates = [...new Set([...group.words, ...group.phrases.flatMap((phrase) => phrase.terms)])];
    const [anchor, gate] = candidates.sort((a, b) => byRarity(a, b, now));
    group.anchor = anchor!;
    anchor!.filed.push(group);
    anchor!.gates.push(gate ?? anchor!);
  }

  /** The index's one copy of a term (the same forms in any order, the same term); a new one has no users yet. */
  private term(term: SearchTerm): IndexedTerm<K> {
    // A term with the same forms has the typed word among them.
    for (const known of this.termsByForm.get(term.word) ?? []) {
      if (known.forms.length === term.forms.length && term.forms.every((form) => known.formSet.has(form))) return known;
    }
    const stopword = isStopword(term.word, 'en') || isStopword(term.word, 'ru') || isStopword(term.word, 'ar');
    const made = new IndexedTerm<K>(++this.serials, [...term.forms], stopword, this.matchCalls);
    for (const form of made.forms) {
      const list = this.termsByForm.get(form);
      if (list) list.push(made);
      else this.termsByForm.set(form, [made]);
    }
    return made;
  }

  /** The index's one copy of a phrase; a new one holds its terms. */
  private phrase(phrase: WatchPhrase): IndexedPhrase<K> {
    const terms = phrase.map((term) => this.term(term));
    const id = terms.map((term) => term.serial).join(' ');
    let known = this.phrases.get(id);
    if (known === undefined) {
      for (const term of terms) term.users++;
      known = { id, serial: ++this.serials, terms, formSets: terms.map((term) => term.formSet), users: 0, checkedIn: 0, present: false };
      this.phrases.set(id, known);
    }
    return known;
  }

  private release(term: IndexedTerm<K>): void {
    if (--term.users > 0) return;
    for (const form of term.forms) {
      const left = this.termsByForm.get(form)!.filter((other) => other !== term);
      if (left.length > 0) this.termsByForm.set(form, left);
      else this.termsByForm.delete(form);
    }
  }
}

/** Rarer first: seen in a smaller share of the articles since it was indexed; then not a stopword; then longer. */
function byRarity<K>(a: IndexedTerm<K>, b: IndexedTerm<K>, now: number): number {
  const byShare = a.seen / Math.max(1, now - a.bornIn) - b.seen / Math.max(1, now - b.bornIn);
  return byShare || Number(a.stopword) - Number(b.stopword) || b.forms[0]!.length - a.forms[0]!.length;
}
