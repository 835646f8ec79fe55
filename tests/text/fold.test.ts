import { describe, expect, it } from 'vitest';
import { arabicPrefixVariants, foldForSearch, normalizeArabic, normalizeRussian } from '../../src/text/fold.ts';

describe('normalizeArabic', () => {
  it('removes harakat, tanwin, shadda and sukun', () => {
    expect(normalizeArabic('الْخَارِجِيَّة')).toBe(normalizeArabic('الخارجية'));
    expect(normalizeArabic('سَلَامٌ')).toBe('سلام');
  });

  it('removes superscript alef and Quranic annotation marks', () => {
    expect(normalizeArabic('هٰذا')).toBe('هذا');
    expect(normalizeArabic('الرَّحِيمِ ۝ ذَٰلِكَ الْكِتَابُ ۖ')).toBe('الرحيم  ذلك الكتاب ');
  });

  it('removes tatweel', () => {
    expect(normalizeArabic('الخـــارجية')).toBe(normalizeArabic('الخارجية'));
  });

  it('writes every alef form as bare alef', () => {
    expect(normalizeArabic('أمن')).toBe('امن');
    expect(normalizeArabic('إيران')).toBe('ايران');
    expect(normalizeArabic('آسيا')).toBe('اسيا');
    expect(normalizeArabic('ٱلله')).toBe('الله');
  });

  it('folds taa marbuta to haa and alef maqsura to yaa', () => {
    expect(normalizeArabic('الخارجية')).toBe('الخارجيه');
    expect(normalizeArabic('مصطفى')).toBe(normalizeArabic('مصطفي'));
    expect(normalizeArabic('على')).toBe('علي');
  });

  it('drops the hamza from waw and yaa seats, and keeps standalone hamza', () => {
    expect(normalizeArabic('مؤتمر')).toBe('موتمر');
    expect(normalizeArabic('رئيس')).toBe('رييس');
    expect(normalizeArabic('سماء')).toBe('سماء');
  });

  it('composes a hamza written as a separate mark before folding it', () => {
    expect(normalizeArabic('ا\u0654من')).toBe('امن');
    expect(normalizeArabic('ي\u0654')).toBe('ي');
  });

  it('reads Persian-keyboard yeh and keheh as Arabic yaa and kaf', () => {
    expect(normalizeArabic('الکویت')).toBe(normalizeArabic('الكويت'));
  });

  it('writes Arabic-Indic and Persian digits as ASCII', () => {
    expect(normalizeArabic('٢٠٢٥')).toBe('2025');
    expect(normalizeArabic('۱۴۰۳')).toBe('1403');
  });

  it('folds presentation forms and the lam-alef ligature to plain letters', () => {
    const presentationForms = '\uFE8D\uFEDF\uFEA8\uFE8E\uFEAD\uFE9F\uFEF4\uFE94';
    expect(normalizeArabic(presentationForms)).toBe(normalizeArabic('الخارجية'));
    expect(normalizeArabic('\uFEFB')).toBe('لا');
    expect(normalizeArabic('\uFEF7')).toBe('لا');
  });

  it('does not strip attached prefixes', () => {
    expect(normalizeArabic('والخارجية')).toBe('والخارجيه');
    expect(normalizeArabic('بالكويت')).toBe('بالكويت');
  });

  it('leaves Latin and Cyrillic text alone', () => {
    expect(normalizeArabic('OPEC+ أوبك+ Москва')).toBe('OPEC+ اوبك+ Москва');
  });
});

describe('normalizeRussian', () => {
  it('lower-cases and writes ё as е', () => {
    expect(normalizeRussian('Ещё Пётр')).toBe('еще петр');
    expect(normalizeRussian('ЁЛКА')).toBe('елка');
  });

  it('removes stress marks but keeps й', () => {
    expect(normalizeRussian('Росси́я')).toBe('россия');
    expect(normalizeRussian('сотру́дничество')).toBe('сотрудничество');
    expect(normalizeRussian('Иранский')).toBe('иранский');
    expect(normalizeRussian('Иранскии\u0306')).toBe('иранский');
  });

  it('applies NFKC', () => {
    expect(normalizeRussian('ＭＩＤ №5')).toBe('mid no5');
  });

  it('keeps accents on Latin letters: only Cyrillic stress marks go', () => {
    expect(normalizeRussian('Café')).toBe('café');
  });
});

describe('foldForSearch', () => {
  it('folds Arabic spellings of one word alike', () => {
    const folded = foldForSearch('الخارجية');
    for (const variant of ['الْخَارِجِيَّة', 'الخـــارجية', 'الخارجيه', '\uFE8D\uFEDF\uFEA8\uFE8E\uFEAD\uFE9F\uFEF4\uFE94']) {
      expect(foldForSearch(variant)).toBe(folded);
    }
    expect(foldForSearch('أمن إيران')).toBe(foldForSearch('امن ايران'));
  });

  it('keeps harakat from splitting words', () => {
    expect(foldForSearch('وَزِيرُ الْخَارِجِيَّةِ').split(' ')).toEqual(['وزير', 'الخارجيه']);
  });

  it('folds Russian case, ё and stress marks, keeping й', () => {
    expect(foldForSearch('Лавро́в ПРОВЁЛ переговоры')).toBe('лавров провел переговоры');
    expect(foldForSearch('Новый')).toBe('новый');
  });

  it('strips Latin accents', () => {
    expect(foldForSearch('Sécurité Erdoğan Moscú')).toBe('securite erdogan moscu');
  });

  it('turns punctuation and symbols into single spaces', () => {
    expect(foldForSearch('  "OPEC+", (Brent)…  $80/bbl! 🛢️ ')).toBe('opec brent 80 bbl');
    expect(foldForSearch('قال: «الأمن»، ثم؟')).toBe('قال الامن ثم');
    expect(foldForSearch('AND OR NOT * ( - "')).toBe('and or not');
  });

  it('writes every digit as ASCII', () => {
    expect(foldForSearch('عام ٢٠٢٥ و۱۴۰۳')).toBe('عام 2025 و1403');
  });

  it('removes invisible characters instead of splitting on them', () => {
    expect(foldForSearch('الخار\u200Cجية')).toBe(foldForSearch('الخارجية'));
    expect(foldForSearch('\u200Fلافروف\u200E')).toBe('لافروف');
    expect(foldForSearch('пере\u00ADговоры')).toBe('переговоры');
  });

  it('keeps the vowel signs of scripts where they are letters', () => {
    expect(foldForSearch('विदेश मंत्री')).toBe('विदेश मंत्री');
  });

  it('folds mixed-script text in one pass', () => {
    expect(foldForSearch('Лавров: «أوبك+» OPEC+ Ёж')).toBe('лавров اوبك opec еж');
  });

  it('gives an empty string for text without letters or digits', () => {
    expect(foldForSearch('')).toBe('');
    expect(foldForSearch(' ... !!! ـــ ')).toBe('');
  });

  it('is idempotent on mixed strings', () => {
    const samples = [
      'الْخَارِجِيَّةُ الرُّوسِيَّةُ: «لافروف» يلتقي نظيره الكويتي — OPEC+ ٢٠٢٥',
      'Росси́я и Кувейт ПОДПИСАЛИ соглашение; Ёлка, йод, ЙОД',
      'Ǆemal İstanbul Straße ﬁnance Ⅻ ½ ² ſ K Å',
      'وزیر امور خارجه ایران\u200Cها ۱۴۰۳ ۀ ۂ ۓ ﻷ',
      'פגישה בין שַׂר החוץ 🇷🇺🇰🇼 👍🏽 1️⃣',
      '\u0301\u064Eابتداء بعلامة',
      'Ελληνικά: Υπουργός Εξωτερικών',
    ];
    for (const sample of samples) {
      const once = foldForSearch(sample);
      expect(foldForSearch(once), sample).toBe(once);
    }
  });

  it('is idempotent on every BMP character, alone and after a letter', () => {
    const unstable: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      for (const sample of [char, `а${char}`, `ب${char}ت`]) {
        const once = foldForSearch(sample);
        if (foldForSearch(once) !== once) unstable.push(code.toString(16));
      }
    }
    expect(unstable).toEqual([]);
  });
});

describe('arabicPrefixVariants', () => {
  it('offers the word without conjunction, preposition and article', () => {
    const variants = arabicPrefixVariants(foldForSearch('والخارجية'));
    expect(variants[0]).toBe('والخارجيه');
    expect(variants).toContain('الخارجيه');
    expect(variants).toContain('خارجيه');
  });

  it('reads لل as a preposition and an article', () => {
    expect(arabicPrefixVariants('للخارجيه')).toEqual(expect.arrayContaining(['للخارجيه', 'الخارجيه', 'خارجيه']));
  });

  it('lists longer readings before shorter ones, and never leaves less than two letters', () => {
    const variants = arabicPrefixVariants('وبالامن');
    expect(variants).toEqual(['وبالامن', 'بالامن', 'الامن', 'امن']);
    expect(arabicPrefixVariants('وبه')).toEqual(['وبه', 'به']);
  });

  it('returns the token alone when no prefix is attached', () => {
    expect(arabicPrefixVariants('موسكو')).toEqual(['موسكو']);
  });
});
