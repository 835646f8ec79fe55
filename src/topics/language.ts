import { isLanguage, type Language } from '../model/language.ts';
import { normalizeArabic } from '../text/fold.ts';
import {
  ARABIC_ONLY_LETTERS,
  EXTENDED_ARABIC_INDIC_DIGIT,
  WORD,
  countLettersByScript,
  dominantScript,
  isNonArabicArabicScriptLetter,
  isRussianLetter,
  scriptOfLetter,
  type Script,
} from '../text/script.ts';

/**
 * An article's content language: one diplobrief delivers, or 'other' (stored, never delivered).
 *
 * Detection is a small heuristic of our own rather than a general detector (franc, tinyld, eld,
 * cld): the questions that matter here — Arabic or Persian/Urdu, Russian or Ukrainian/Bulgarian,
 * English or another Latin-script language — are settled by a handful of letters and function
 * words that a reader of these languages would point to, which also works on a short headline
 * where trigram models guess; and every threshold below can be read and argued with.
 */
export type ArticleLanguage = Language | 'other';

/** Enough text to be sure; a long article is not more Arabic for its ten-thousandth word. */
const MAX_ANALYSED_CHARACTERS = 20_000;

/** Fewer words than this in the main script (a name, a number, "OPEC+") cannot be told apart. */
const MIN_WORDS = 3;

/** Function words decide between related languages once there are at least this many hits in all… */
const FUNCTION_WORD_MIN_HITS = 3;
/** …and one side has at least this many times the other's. */
const FUNCTION_WORD_DOMINANCE = 2;

/**
 * Without decisive function words, Arabic-script text is Persian/Urdu (or Pashto, Kurdish…) when
 * letters Arabic does not write (پ چ ژ گ ک ی ے ٹ ڈ ڑ ں ہ ۃ…, and ۰–۹) are at least this share of
 * them plus the letters only Arabic writes (ي ك ى ة). Persian and Urdu write ی and ک where Arabic
 * writes ي/ى and ك, so their share is close to 1; ي ك ى ة are about 8% of Arabic letters, so a stray
 * ی or a name with گ leaves an Arabic text far below one half.
 */
const NON_ARABIC_LETTER_SHARE = 0.5;

/**
 * Cyrillic text is not Russian when letters outside the Russian alphabet (Ukrainian і ї є ґ,
 * Belarusian ў, Serbian/Macedonian ђ ћ џ љ њ ј ѓ ќ ѕ, Kazakh ә ғ қ ң ө ұ ү һ…) number at least this
 * many and outnumber the letters only Russian (among these) writes: ы, э, ё. і alone is ~5% of
 * Ukrainian letters, which has no ы э ё; ы and э are ~2% of Russian letters, so a Russian article
 * quoting a Ukrainian sentence stays Russian. Belarusian writes ы and э too, but і and ў outnumber them.
 */
const NON_RUSSIAN_LETTER_MIN = 2;

/**
 * Bulgarian shares the Russian alphabet but writes ъ inside words before consonants (държава, във,
 * България), never writes ы or э, and has its own function words (че, ще, са, е). Russian writes ъ
 * only before е ё ю я. The text is Bulgarian when that evidence reaches this count and outweighs
 * Russian evidence (ы, э, ё and Russian function words).
 */
const BULGARIAN_MIN_EVIDENCE = 2;

/**
 * Latin-script text is English when English stopwords are at least twice the other languages'
 * (FUNCTION_WORD_DOMINANCE). In a headline too short for stopwords, accented letters decide: at
 * least this share of the letters, and two of them, say French, Spanish, German, Turkish…
 */
const ACCENTED_LETTER_SHARE = 0.02;
const ACCENTED_LETTER_MIN = 2;

// Word lists are in normalizeArabic's spelling. Left out on purpose: words the other side writes
// the same way after normalisation (Arabic أن/أين/أو/ما/بعد vs Persian آن/این/او/ما/بعد; Urdu کی vs
// Arabic كي). على stays although the name علی (Ali) folds onto it: it is among Arabic's commonest
// words, and a Persian text's own function words outnumber a name.
// prettier-ignore
const ARABIC_FUNCTION_WORDS = new Set(
  ['في', 'من', 'على', 'إلى', 'التي', 'الذي', 'الذين', 'عن', 'مع', 'هذا', 'هذه', 'ذلك', 'قال', 'وقال', 'كان', 'قد', 'لم', 'أنه', 'حيث', 'خلال', 'كما'].map(normalizeArabic),
);
// prettier-ignore
const PERSIAN_URDU_FUNCTION_WORDS = new Set(
  [
    // Persian
    'است', 'را', 'که', 'می', 'از', 'در', 'برای', 'های', 'شده', 'شد', 'بود', 'خود',
    // Urdu (ہ and ه both seen for its heh)
    'ہے', 'هے', 'ہیں', 'هیں', 'کے', 'میں', 'اور', 'سے', 'کو', 'نے', 'پر', 'کہ', 'تھا', 'تھے', 'بھی', 'لیے', 'گیا',
  ].map(normalizeArabic),
);

// prettier-ignore
const RUSSIAN_FUNCTION_WORDS = new Set(['что', 'это', 'как', 'для', 'его', 'он', 'который', 'которые', 'также', 'был', 'была', 'были', 'будет', 'чтобы']);
// prettier-ignore
const BULGARIAN_FUNCTION_WORDS = new Set(['че', 'ще', 'са', 'е', 'това', 'тази', 'тези', 'който', 'която', 'които', 'във', 'със', 'към', 'беше', 'бяха', 'също']);
/** ъ before a consonant: Bulgarian spelling, impossible in modern Russian. */
const HARD_SIGN_BEFORE_CONSONANT = /ъ(?=[бвгджзйклмнпрстфхцчшщ])/gu;
const RUSSIAN_ONLY_LETTERS = /[ыэё]/gu;

// prettier-ignore
const ENGLISH_STOPWORDS = new Set(
  [
    'the of and to is for on that with as by are from at it said says has have be been will',
    'this its after were which would not but who their also over amid into about against than he his they',
  ]
    .join(' ')
    .split(' '),
);
/**
 * French, German, Spanish, Portuguese, Italian, Dutch, Turkish, Indonesian, Serbo-Croatian.
 * In neither list: words both sides write (in, an, was, a, no, do, per, war, will, son, plus, us)
 * and particles of Arabic names in English copy (al, el, bin).
 */
// prettier-ignore
const OTHER_LATIN_STOPWORDS = new Set(
  [
    'le la les des du et est une dans pour pas sur au aux avec qui ce cette sont il elle été ne par sa ses mais ou où selon après contre sans deux',
    'der die das und den dem ist nicht mit von zu für auf sich ein eine einer auch wird bei nach aus im noch keine kein über ohne als zum zur vom beim gegen sind nur wie oder aber seit mehr soll kann muss gibt sie',
    'los las del y que en con por para una se su sus es lo como más sobre entre tras según pero este esta ha han fue desde hasta',
    'de da dos das em não os uma ao pelo pela são mais foi seu sua após',
    'di che della non gli nel sono delle dei alla anche dopo tra più sul sulla hanno è',
    'het een van zijn niet op voor ook werd',
    've bir bu ile için olarak yang di ini itu dengan untuk je su na',
  ]
    .join(' ')
    .split(' '),
);
/**
 * Particles that also start names in English copy (de Mistura, von der Leyen, Le Drian, da Silva):
 * they count as another language's stopwords only when the next word that is not one of them is
 * written in lower case: "de la sécurité" counts twice, "envoy de Mistura" not at all.
 */
// prettier-ignore
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'du', 'des', 'le', 'la', 'von', 'van', 'der', 'den']);

/** Endings no English word has: German -ung/-keit/-heit/-schaft/-lich, Romance -ción/-ção/-zione. */
const OTHER_LATIN_SUFFIX = /(?:\p{L}{4}ung|\p{L}{4}ungen|keit|heit|schaft|lich|ción|ciones|ção|ções|zione|zioni)$/u;

/** Letters that are not plain a–z in Latin script: é, ü, ñ, ç, ß, ø, ł, ı… */
const ACCENTED_LATIN_LETTER = /[^\p{ASCII}]/u;

/** Which of ar, ru, en the text is written in, or 'other': the dominant script, then its language. */
export function detectLanguage(text: string): ArticleLanguage {
  const sample = text.slice(0, MAX_ANALYSED_CHARACTERS).normalize('NFKC');
  const script = dominantScript(countLettersByScript(sample));
  if (script === undefined || script === 'other') return 'other';
  const words = wordsInScript(sample, script);
  if (words.length < MIN_WORDS) return 'other';
  switch (script) {
    case 'arabic':
      return isArabicRatherThanPersianOrUrdu(words, countMatches(sample, EXTENDED_ARABIC_INDIC_DIGIT)) ? 'ar' : 'other';
    case 'cyrillic':
      return isRussian(words.map((word) => word.toLowerCase())) ? 'ru' : 'other';
    case 'latin':
      return isEnglish(words) ? 'en' : 'other';
  }
}

/** The words whose first letter is in the given script; a mixed-script quote does not count. */
function wordsInScript(text: string, script: Script): string[] {
  const words: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    const firstLetter = /\p{L}/u.exec(word)?.[0];
    if (firstLetter !== undefined && scriptOfLetter(firstLetter) === script) words.push(word);
  }
  return words;
}

function isArabicRatherThanPersianOrUrdu(words: string[], extendedDigits: number): boolean {
  const normalized = words.map(normalizeArabic);
  const verdict = functionWordVerdict(countIn(normalized, ARABIC_FUNCTION_WORDS), countIn(normalized, PERSIAN_URDU_FUNCTION_WORDS));
  if (verdict !== undefined) return verdict;

  let nonArabic = extendedDigits;
  let arabicOnly = 0;
  for (const word of words) {
    for (const letter of word) {
      if (isNonArabicArabicScriptLetter(letter)) nonArabic++;
      else if (ARABIC_ONLY_LETTERS.has(letter)) arabicOnly++;
    }
  }
  return nonArabic === 0 || nonArabic / (nonArabic + arabicOnly) < NON_ARABIC_LETTER_SHARE;
}

function isRussian(lowerCaseWords: string[]): boolean {
  let nonRussianLetters = 0;
  for (const word of lowerCaseWords) {
    for (const letter of word) {
      if (/\p{L}/u.test(letter) && scriptOfLetter(letter) === 'cyrillic' && !isRussianLetter(letter)) nonRussianLetters++;
    }
  }
  const joined = lowerCaseWords.join(' ');
  const russianOnlyLetters = countMatches(joined, RUSSIAN_ONLY_LETTERS);
  if (nonRussianLetters >= NON_RUSSIAN_LETTER_MIN && nonRussianLetters > russianOnlyLetters) return false;

  const bulgarian = countMatches(joined, HARD_SIGN_BEFORE_CONSONANT) + countIn(lowerCaseWords, BULGARIAN_FUNCTION_WORDS);
  const russian = russianOnlyLetters + countIn(lowerCaseWords, RUSSIAN_FUNCTION_WORDS);
  return !(bulgarian >= BULGARIAN_MIN_EVIDENCE && bulgarian > russian);
}

function isEnglish(words: string[]): boolean {
  const lowerCaseWords = words.map((word) => word.toLowerCase());
  const english = countIn(lowerCaseWords, ENGLISH_STOPWORDS);
  const other = countOtherLatinStopwords(words, lowerCaseWords) + lowerCaseWords.filter((word) => OTHER_LATIN_SUFFIX.test(word)).length;
  const verdict = functionWordVerdict(english, other);
  if (verdict !== undefined) return verdict;

  let letters = 0;
  let accented = 0;
  for (const word of lowerCaseWords) {
    for (const letter of word) {
      if (!/\p{L}/u.test(letter)) continue;
      letters++;
      if (ACCENTED_LATIN_LETTER.test(letter)) accented++;
    }
  }
  if (accented >= ACCENTED_LETTER_MIN && accented / letters >= ACCENTED_LETTER_SHARE) return false;
  // Latin text with no sign of another language is taken for English, the only Latin-script
  // language diplobrief delivers: a headline such as "Russia, Kuwait discuss regional security".
  return other <= english;
}

function countOtherLatinStopwords(words: string[], lowerCaseWords: string[]): number {
  let hits = 0;
  lowerCaseWords.forEach((word, index) => {
    if (!OTHER_LATIN_STOPWORDS.has(word)) return;
    if (NAME_PARTICLES.has(word)) {
      let next = index + 1;
      while (next < words.length && NAME_PARTICLES.has(lowerCaseWords[next]!)) next++;
      const following = words[next];
      if (following !== undefined && following !== following.toLowerCase()) return; // a name: de Mistura
    }
    hits++;
  });
  return hits;
}

/**
 * true when the first side's function words clearly win, false when the second side's do,
 * undefined when there are too few, or neither side is FUNCTION_WORD_DOMINANCE times the other.
 */
function functionWordVerdict(first: number, second: number): boolean | undefined {
  if (first + second < FUNCTION_WORD_MIN_HITS) return undefined;
  if (first >= FUNCTION_WORD_DOMINANCE * second) return true;
  if (second >= FUNCTION_WORD_DOMINANCE * first) return false;
  return undefined;
}

function countIn(words: readonly string[], list: ReadonlySet<string>): number {
  let hits = 0;
  for (const word of words) if (list.has(word)) hits++;
  return hits;
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Tags that name no language: undetermined, multiple, no linguistic content. */
const NON_LANGUAGE_TAGS = new Set(['und', 'mul', 'zxx', 'mis']);
/** ISO 639-2/3 codes some feeds use for the languages diplobrief delivers. */
const THREE_LETTER_CODES: Readonly<Record<string, Language>> = { ara: 'ar', arb: 'ar', rus: 'ru', eng: 'en' };

/** `ar-SA` → `ar`, `ru_RU` → `ru`, `EN` → `en`; anything that is not a language tag → null. */
export function primaryLanguage(tag: string | undefined): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/**
 * What a language tag says about the content: 'ar-SA' → 'ar', 'RU_ru' → 'ru', 'eng' → 'en',
 * 'fa' or 'ur' → 'other'; undefined when the tag is absent, malformed, or 'und'/'mul'/'zxx'.
 */
export function languageFromTag(tag: string | null | undefined): ArticleLanguage | undefined {
  const primary = primaryLanguage(tag ?? undefined);
  if (primary === null || NON_LANGUAGE_TAGS.has(primary)) return undefined;
  if (isLanguage(primary)) return primary;
  return THREE_LETTER_CODES[primary] ?? 'other';
}

export interface ArticleLanguageSources {
  /** The language the feed is configured with (feeds.json, /addfeed). */
  declared?: string | null;
  /** The feed's own <language> (or the item's, when it has one). */
  feedLanguage?: string | null;
  title?: string | null;
  text?: string | null;
}

/**
 * An article's language: the feed's declared language, else the feed's own
 * <language>, else detected from the title and text.
 */
export function resolveArticleLanguage({ declared, feedLanguage, title, text }: ArticleLanguageSources): ArticleLanguage {
  return languageFromTag(declared) ?? languageFromTag(feedLanguage) ?? detectLanguage([title, text].filter(Boolean).join('\n'));
}
