// Watches at scale: 100,000 /watch queries of 20,000 chats against 1,000 new articles.
//  - parsing the watches and building the index (for information);
//  - folding the 1,000 articles once (for information: ingest folds them anyway);
//  - matching 1,000 earlier articles right after the build (for information: the code is compiling
//    and the index has no counts of words yet, so it files watches by word length);
//  - matching the 1,000 new articles (goal <= 1 s), with the (watch, article) matches found;
//  - memory: RSS growth while parsing and building, and the heap the index keeps (for information).
// Watches are 1–3 words drawn with a Zipf-like popularity from 2,000 names, places and terms per
// language (the 40 real ones most watched), typed in any of their forms; some add a phrase that the
// articles use, some an exclusion. Articles are 300–800 words: function words (a quarter), the same
// 2,000 words by a Zipf-like frequency in text (a third), and 20,000 words nobody watches, inflected
// as text inflects them. Deterministic (seeded).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Language } from '../src/model/language.ts';
import { foldArticle, type FoldedArticle } from '../src/watch/matcher.ts';
import { WatchIndex } from '../src/watch/watch-index.ts';
import { parseWatch, type WatchQuery } from '../src/watch/query.ts';
import { timeMs, type Benchmark, type Figure } from './harness.ts';
import { seededRandom as random } from '../tests/support/random.ts';

const WATCHES = 100_000;
const CHATS = 20_000;
const ARTICLES = 1_000;
const LEMMAS_PER_LANGUAGE = 2_000;
const FILLER_PER_LANGUAGE = 20_000;
const COLLOCATIONS_PER_LANGUAGE = 200;
const GOAL_MATCH_S = 1;
const LANGS: readonly Language[] = ['ar', 'ru', 'en'];

const pick = <T>(list: readonly T[], rnd: () => number): T => list[Math.floor(rnd() * list.length)]!;

/** Names, places and terms readers watch, as they type them. */
// prettier-ignore
const REAL_TERMS: Record<Language, string> = {
  ru: 'Лавров Захарова Путин Гутерриш Иран Ирак Сирия Йемен Кувейт Катар Ливия Египет Израиль Палестина Газа Хезболла Хуситы ОПЕК нефть газ санкции переговоры министр посол саммит визит договор резолюция Совбез ООН ЕС НАТО урегулирование безопасность сотрудничество делегация Эр-Рияд Тегеран Доха Каир',
  en: 'Lavrov Zakharova Putin Guterres Iran Iraq Syria Yemen Kuwait Qatar Libya Egypt Israel Palestine Gaza Hezbollah Houthis OPEC oil gas sanctions talks minister ambassador summit visit treaty resolution UN EU NATO ceasefire security cooperation delegation Riyadh Tehran Doha Cairo Hormuz',
  ar: 'لافروف زاخاروفا بوتين غوتيريش إيران العراق سوريا اليمن الكويت قطر ليبيا مصر إسرائيل فلسطين غزة حزب الله الحوثيين أوبك النفط الغاز العقوبات المفاوضات الوزير السفير القمة الزيارة الاتفاقية القرار الأمم المتحدة الناتو الهدنة الأمن التعاون الوفد الرياض طهران الدوحة القاهرة',
};
// prettier-ignore
const SYLLABLES: Record<Language, string> = {
  ru: 'ка ро ми на ст пра во де ли то ре ва ко ны те за по ле ди ма',
  en: 'ta ri con ex pro men tion al in de ver sta ble ment ter lo ca pa ni or',
  ar: 'تع مل كت سا رب قد حم نظ فق جل عد وض سل خط بر دم شر حك طن قو',
};
/** The most frequent words of real text: they head the Zipf ranking of the articles. */
// prettier-ignore
const FUNCTION_WORDS: Record<Language, string> = {
  ru: 'и в на с по что не о к из у за от для как это он она они но а же его их при после также',
  en: 'the of and to in a on for with that is was by at as from it said has have be this its which',
  ar: 'في من على الى ان عن مع التي الذي هذا هذه كان بين بعد قد او ما لا ثم حيث كما عند خلال ذلك',
};
const RU_ENDINGS = ['', '', '', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ах', 'и'];
const AR_PREFIXES = ['', '', '', 'و', 'ب', 'ل', 'ال', 'وال', 'بال', 'لل'];
const EN_SUFFIXES = ['', '', '', 's', 'ed', 'ing'];

/** Items repeated by Zipf weight (weight(rank) = scale / (rank + offset)) in one flat table, so that a draw is one index. */
function zipfTable<T>(items: readonly T[], scale: number, offset: number): T[] {
  return items.flatMap((item, rank) => Array<T>(Math.max(1, Math.round(scale / (rank + offset)))).fill(item));
}

function shuffled<T>(items: readonly T[], rnd: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function inflect(lemma: string, language: Language, rnd: () => number): string {
  if (language === 'ru') return /[бвгджзклмнпрстфхцчшщ]$/.test(lemma) ? lemma + pick(RU_ENDINGS, rnd) : lemma;
  if (language === 'ar') return pick(AR_PREFIXES, rnd) + lemma.replace(/^ال/, '');
  return lemma + pick(EN_SUFFIXES, rnd);
}

interface LanguageVocabulary {
  /** Function words, Zipf: a quarter of the text. */
  functionWords: string[];
  /** Lemma draws for article text, Zipf by frequency in text: a third of the text. */
  text: string[];
  /** Words nobody watches (the long tail of a real vocabulary), drawn evenly: the rest of the text. */
  filler: string[];
  /** Lemma draws for watches, Zipf by popularity with readers: the real terms first. */
  watched: string[];
  /** Two-word phrases the articles use, drawn Zipf (by articles and watches alike). */
  collocations: string[];
}

function vocabulary(language: Language, rnd: () => number): LanguageVocabulary {
  const real = REAL_TERMS[language].split(' ');
  const syllables = SYLLABLES[language].split(' ');
  const generated = new Set<string>(real);
  const generate = (count: number, least: number) => {
    const start = generated.size;
    while (generated.size < start + count) {
      let word = '';
      for (let i = least + Math.floor(rnd() * 3); i > 0; i--) word += pick(syllables, rnd);
      generated.add(word);
    }
    return [...generated].slice(start);
  };
  const named = generate(LEMMAS_PER_LANGUAGE - real.length, 2);
  const filler = generate(FILLER_PER_LANGUAGE, 3);
  const lemmas = [...named];
  // In text the real terms are frequent without being everywhere: lemma ranks 100–2,050 (in 2–30% of articles).
  real.forEach((term, i) => lemmas.splice(100 + 50 * i, 0, term));
  const text = zipfTable(lemmas, 20_000, 20);
  // Readers' favourites among the other words are not the ones text uses most.
  const watched = zipfTable([...real, ...shuffled(named, rnd)], 2_000, 4);
  const collocations = Array.from({ length: COLLOCATIONS_PER_LANGUAGE }, () => `${pick(watched, rnd)} ${pick(lemmas.slice(0, 600), rnd)}`);
  return {
    functionWords: zipfTable(FUNCTION_WORDS[language].split(' '), 100, 1),
    text,
    filler,
    watched,
    collocations: zipfTable(collocations, 400, 3),
  };
}

/** What a chat types after /watch: 1–3 words, some with a phrase, some with an exclusion. */
function watchText(vocabulary: LanguageVocabulary, language: Language, rnd: () => number): string {
  const count = rnd() < 0.5 ? 1 : rnd() < 0.7 ? 2 : 3;
  const parts = Array.from({ length: count }, () => {
    const lemma = pick(vocabulary.watched, rnd);
    return rnd() < 0.3 ? inflect(lemma, language, rnd) : lemma;
  });
  if (rnd() < 0.15) parts[0] = `"${pick(vocabulary.collocations, rnd)}"`;
  if (rnd() < 0.1) parts.push(`-${pick(vocabulary.watched, rnd)}`);
  return parts.join(' ');
}

/** 300–800 words in sentences of 6–20, a title of 8–14; a sentence in ten carries a collocation. */
function article(vocabulary: LanguageVocabulary, language: Language, rnd: () => number): { title: string; body: string } {
  const sentence = (length: number) => {
    const words = Array.from({ length }, () => {
      const draw = rnd();
      if (draw < 0.25) return pick(vocabulary.functionWords, rnd);
      return inflect(pick(draw < 0.6 ? vocabulary.text : vocabulary.filler, rnd), language, rnd);
    });
    if (rnd() < 0.1) words.splice(Math.floor(rnd() * length), 0, pick(vocabulary.collocations, rnd));
    const first = words[0]!;
    return `${first.charAt(0).toUpperCase()}${first.slice(1)} ${words.slice(1).join(rnd() < 0.3 ? ', ' : ' ')}.`;
  };
  const target = 300 + Math.floor(rnd() * 501);
  const sentences: string[] = [];
  for (let written = 0; written < target;) {
    const length = 6 + Math.floor(rnd() * 15);
    sentences.push(sentence(length));
    written += length;
  }
  return { title: sentence(8 + Math.floor(rnd() * 7)), body: sentences.join(' ') };
}

/** A full garbage collection, so that the parse's garbage is neither counted as the index's memory nor collected while matching. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const seconds = (ms: number) => Math.round(ms) / 1000;
const megabytes = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** `watches`: parse and index 100,000 watches, then match 1,000 new articles against them. */
export const watchesBenchmark: Benchmark = {
  name: 'watches',
  run(): Figure[] {
    const rnd = random(2025);
    const vocabularies = Object.fromEntries(LANGS.map((language) => [language, vocabulary(language, rnd)])) as Record<
      Language,
      LanguageVocabulary
    >;
    // Each chat reads one language; a watch in ten is in another (a name typed in Latin letters, say).
    const chatLanguage = Array.from({ length: CHATS }, () => pick(LANGS, rnd));
    const texts = Array.from({ length: WATCHES }, (_, i) => {
      const language = rnd() < 0.9 ? chatLanguage[i % CHATS]! : pick(LANGS, rnd);
      return watchText(vocabularies[language], language, rnd);
    });
    // The day before: as many articles again, matched first, as a bot that has been running has.
    const articles = Array.from({ length: 2 * ARTICLES }, (_, i) => article(vocabularies[LANGS[i % 3]!], LANGS[i % 3]!, rnd));

    collectGarbage();
    const before = process.memoryUsage();
    let queries: WatchQuery[] = [];
    const parseMs = timeMs(() => {
      queries = texts.map((text) => {
        const parsed = parseWatch(text);
        if (!parsed.ok) throw new Error(`generated watch "${text}" refused: ${parsed.error}`);
        return parsed.query;
      });
    });
    // Keys as the store would give them: the watch's row id; the chat is looked up from it.
    const index = new WatchIndex<number>();
    const buildMs = timeMs(() => queries.forEach((query, id) => index.add(id, query)));
    const rssGrowth = process.memoryUsage().rss - before.rss;
    queries = [];
    collectGarbage();
    const heapHeld = process.memoryUsage().heapUsed - before.heapUsed;

    const fold = (batch: typeof articles) => batch.map(({ title, body }) => foldArticle(title, body));
    const earlier = fold(articles.slice(0, ARTICLES));
    let folded: FoldedArticle[] = [];
    const foldMs = timeMs(() => (folded = fold(articles.slice(ARTICLES))));
    let matches = 0;
    const alertsByChat = new Int32Array(CHATS);
    const coldMs = timeMs(() => earlier.forEach((one) => index.match(one)));
    const matchMs = timeMs(() => {
      for (const one of folded) {
        const keys = index.match(one);
        matches += keys.length;
        for (const key of keys) alertsByChat[key % CHATS]!++;
      }
    });
    const chatsAlerted = alertsByChat.filter((alerts) => alerts > 0).length;
    const words = folded.reduce((sum, one) => sum + one.tokens.length, 0);
    const count = (n: number) => n.toLocaleString('en');
    return [
      { name: `parse ${count(WATCHES)} watches`, value: seconds(parseMs), unit: 's' },
      { name: `build the index (${count(CHATS)} chats)`, value: seconds(buildMs), unit: 's' },
      { name: `fold ${count(ARTICLES)} articles (${Math.round(words / ARTICLES)} words each)`, value: seconds(foldMs), unit: 's' },
      {
        name: `match the first ${count(ARTICLES)} articles after a start (code compiling, no counts yet)`,
        value: seconds(coldMs),
        unit: 's',
      },
      { name: `match ${count(ARTICLES)} new articles`, value: seconds(matchMs), unit: 's', goal: { atMost: GOAL_MATCH_S } },
      { name: 'matches found in them (watch, article)', value: matches, unit: '' },
      { name: 'chats with a match', value: chatsAlerted, unit: '' },
      { name: 'RSS growth while parsing and building', value: megabytes(rssGrowth), unit: 'MB' },
      { name: 'heap the index holds (parsed watches dropped)', value: megabytes(heapHeld), unit: 'MB' },
    ];
  },
};
