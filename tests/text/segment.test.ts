import { describe, expect, it } from 'vitest';
import { continuesSentence, splitSentences } from '../../src/text/segment.ts';

describe('splitSentences — English', () => {
  it('keeps titles, initials, dotted initialisms, months and numbers inside the sentence', () => {
    expect(splitSentences('Mr. Smith met Dr. Jones in the U.S. capital on Jan. 5. They talked.', 'en')).toEqual([
      'Mr. Smith met Dr. Jones in the U.S. capital on Jan. 5.',
      'They talked.',
    ]);
    expect(splitSentences('The U.N. said No. 10 was fine. Prices rose 3.5 percent. The U.S. President spoke.', 'en')).toEqual([
      'The U.N. said No. 10 was fine.',
      'Prices rose 3.5 percent.',
      'The U.S. President spoke.',
    ]);
    expect(splitSentences('Talks with S. V. Lavrov ended. Gen. Smith and Prof. Brown came at 5 p.m. Later, more.', 'en')).toEqual([
      'Talks with S. V. Lavrov ended.',
      'Gen. Smith and Prof. Brown came at 5 p.m.',
      'Later, more.',
    ]);
  });

  it('keeps a quoted question with its speech verb, and ellipses inside quotes', () => {
    expect(splitSentences('"Wait... what?" he asked. Then he left.', 'en')).toEqual(['"Wait... what?" he asked.', 'Then he left.']);
    expect(splitSentences('He said "we will go... Later, maybe" and left. Next one.', 'en')).toEqual([
      'He said "we will go... Later, maybe" and left.',
      'Next one.',
    ]);
  });

  it('ends a sentence at a line break and at a caption run into the text', () => {
    expect(splitSentences('Security in the Gulf\nThe two sides met.', 'en')).toEqual(['Security in the Gulf', 'The two sides met.']);
    expect(splitSentences('Ministers met in Moscow on Friday The talks lasted two hours.', 'en')).toEqual([
      'Ministers met in Moscow on Friday',
      'The talks lasted two hours.',
    ]);
  });
});

describe('splitSentences — Russian', () => {
  it('keeps initials, им., т.е., т.д. and г. before a name inside the sentence', () => {
    expect(splitSentences('Говорил С. В. Лавров. Глава МИД С.В. Лавров прибыл в г. Москву. Конец.', 'ru')).toEqual([
      'Говорил С. В. Лавров.',
      'Глава МИД С.В. Лавров прибыл в г. Москву.',
      'Конец.',
    ]);
    expect(splitSentences('Музей им. Пушкина и т.д. были открыты. Далее т.е. никто не пришёл. Рост составил 3,5%.', 'ru')).toEqual([
      'Музей им. Пушкина и т.д. были открыты.',
      'Далее т.е. никто не пришёл.',
      'Рост составил 3,5%.',
    ]);
  });

  it('ends the sentence after "2023 г." and "т.д." when a capital follows', () => {
    expect(splitSentences('Встреча прошла в 2023 г. В Москве было тепло.', 'ru')).toEqual([
      'Встреча прошла в 2023 г.',
      'В Москве было тепло.',
    ]);
    expect(splitSentences('Обсудили нефть, газ и т.д. Затем был обед.', 'ru')).toEqual(['Обсудили нефть, газ и т.д.', 'Затем был обед.']);
  });

  it('keeps an ellipsis inside «quotes» within the sentence', () => {
    expect(splitSentences('Лавров заявил: «Мы готовы... К диалогу». Это важно.', 'ru')).toEqual([
      'Лавров заявил: «Мы готовы... К диалогу».',
      'Это важно.',
    ]);
  });
});

describe('splitSentences — Arabic', () => {
  it('keeps د. أ. م. titles with the name that follows', () => {
    expect(splitSentences('قال د. محمد إن الاجتماع ناجح. وأضاف أ. علي أن المحادثات مستمرة.', 'ar')).toEqual([
      'قال د. محمد إن الاجتماع ناجح.',
      'وأضاف أ. علي أن المحادثات مستمرة.',
    ]);
    expect(splitSentences('وصل م. أحمد إلى الكويت. انتهى الاجتماع؟ نعم! ثم غادر.', 'ar')).toEqual([
      'وصل م. أحمد إلى الكويت.',
      'انتهى الاجتماع؟',
      'نعم!',
      'ثم غادر.',
    ]);
  });

  it('keeps decimals and quoted ellipses, and ends a sentence after a year in م.', () => {
    expect(splitSentences('بلغت النسبة 3.5 في المئة. وقال الوزير: "سنواصل... الحوار". انتهى.', 'ar')).toEqual([
      'بلغت النسبة 3.5 في المئة.',
      'وقال الوزير: "سنواصل... الحوار".',
      'انتهى.',
    ]);
    expect(splitSentences('تأسست عام 1990 م. وتوسعت لاحقا.', 'ar')).toEqual(['تأسست عام 1990 م.', 'وتوسعت لاحقا.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\n ', 'ar')).toEqual([]);
  });
});

describe('splitSentences — captions, crossheads and links run into the text', () => {
  it('ru: splits a caption from the quoted statement that follows it, not a quoted name or slogan', () => {
    expect(
      splitSentences(
        'В Белоруссии многие работают на себя, а не на государство "Пора прекращать это иждивенчество! Бездельников не должно быть!" - заявил президент.',
        'ru',
      ),
    ).toEqual([
      'В Белоруссии многие работают на себя, а не на государство',
      '"Пора прекращать это иждивенчество!',
      'Бездельников не должно быть!" - заявил президент.',
    ]);
    expect(splitSentences('Пока ничего не случилось "Мы здесь, чтобы не допустить мародерства", - говорит командир отряда.', 'ru')).toEqual(
      ['Пока ничего не случилось', '"Мы здесь, чтобы не допустить мародерства", - говорит командир отряда.'],
    );
    expect(
      splitSentences('Сотрудники компании "Газпром" отчитались о прибыли. Звучат кричалки "Россия!" и "Донбасс един!".', 'ru'),
    ).toEqual(['Сотрудники компании "Газпром" отчитались о прибыли.', 'Звучат кричалки "Россия!" и "Донбасс един!".']);
    for (const sentence of [
      'Министр заявил "Мы готовы к диалогу" на встрече в Москве.',
      'Сотрудники компании „Газпром“ заявили о прибыли.',
    ]) {
      expect(splitSentences(sentence, 'ru')).toEqual([sentence]);
    }
  });

  it('ru/en: splits a quoted headline run into the next sentence, not speech or a quoted name that opens one', () => {
    expect(
      splitSentences(
        'Об этом стало известно только сейчас. "Россию люблю, но жить буду в Бельгии" Жерар Депардье - один из самых знаменитых актеров.',
        'ru',
      ),
    ).toEqual([
      'Об этом стало известно только сейчас.',
      '"Россию люблю, но жить буду в Бельгии"',
      'Жерар Депардье - один из самых знаменитых актеров.',
    ]);
    expect(splitSentences('"Brexit means Brexit" The phrase stuck.', 'en')).toEqual(['"Brexit means Brexit"', 'The phrase stuck.']);
    for (const [sentence, language] of [
      ['«Мы не отступим ни на шаг», — заявил Лавров.', 'ru'],
      ['"Мы не отступим ни на шаг" - заявил Лавров.', 'ru'],
      ['"Газпром" Алексей Миллер не комментирует.', 'ru'],
      ['"We will not give up," Smith said.', 'en'],
      ['"Не отступим" и "Победим" Лозунги звучали весь вечер.', 'ru'],
    ] as const) {
      expect(splitSentences(sentence, language)).toEqual([sentence]);
    }
  });

  it('ru: splits before a capitalised opener, also after a closing bracket, but not before an initial', () => {
    expect(splitSentences('Радиотелескоп рухнул после 57 лет службы Поскольку телескоп был закрыт, никто не пострадал.', 'ru')).toEqual([
      'Радиотелескоп рухнул после 57 лет службы',
      'Поскольку телескоп был закрыт, никто не пострадал.',
    ]);
    expect(splitSentences('Эпштейн познакомился с принцем Эндрю (фото 1997 года) В материалах дела фигурирует принц.', 'ru')).toEqual([
      'Эпштейн познакомился с принцем Эндрю (фото 1997 года)',
      'В материалах дела фигурирует принц.',
    ]);
    expect(splitSentences('Об этом написал писатель В. Пелевин в новом романе.', 'ru')).toEqual([
      'Об этом написал писатель В. Пелевин в новом романе.',
    ]);
  });

  it('en: splits a quoted crosshead and a run of link titles from the sentence, not a title before a name', () => {
    expect(splitSentences("'Felt sick' It was sent to nearly 300 undergraduates, including Ms Baynes, a former editor.", 'en')).toEqual([
      "'Felt sick'",
      'It was sent to nearly 300 undergraduates, including Ms Baynes, a former editor.',
    ]);
    expect(splitSentences("Trump vows to end 'American carnage' Full text of the speech It's unclear whether he wrote it.", 'en')).toEqual([
      "Trump vows to end 'American carnage' Full text of the speech",
      "It's unclear whether he wrote it.",
    ]);
    expect(splitSentences("Russia claimed Mr Morales had won. Mexico echoed Mr Morales' claim of a coup.", 'en')).toEqual([
      'Russia claimed Mr Morales had won.',
      "Mexico echoed Mr Morales' claim of a coup.",
    ]);
  });

  it('ar: splits a short caption from the reported sentence that opens with و and a verb of saying', () => {
    expect(splitSentences('نضال حسن واعترف نضال حسن، الذي يدافع عن نفسه، بقتل الجنود.', 'ar')).toEqual([
      'نضال حسن',
      'واعترف نضال حسن، الذي يدافع عن نفسه، بقتل الجنود.',
    ]);
    expect(splitSentences('"استباق للأحداث" واعتبر خبير المياه أن التأثير على حصة مصر بمثابة إعلان حرب.', 'ar')).toEqual([
      '"استباق للأحداث"',
      'واعتبر خبير المياه أن التأثير على حصة مصر بمثابة إعلان حرب.',
    ]);
  });

  it('ar: keeps clauses joined by و inside a sentence', () => {
    for (const sentence of [
      // The first clause opens with a conjunction: it goes on from the sentence before.
      'ويوم الاثنين قطعت كوريا الشمالية الخط الساخن بين الكوريتين وقالت إن الهدنة لاغية.',
      // Punctuation before the verb: a clause of the sentence, not a caption.
      'وصل الوزير إلى الكويت، وقال إن المحادثات ناجحة.',
      // Longer than a caption.
      'بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الكويتي في موسكو اليوم الجمعة سبل التعاون بين البلدين وقال إن المحادثات ناجحة.',
    ]) {
      expect(splitSentences(sentence, 'ar')).toEqual([sentence]);
    }
  });
});

describe('continuesSentence', () => {
  it('joins before a lower-case word or closing punctuation, not before a new capitalised sentence', () => {
    expect(continuesSentence('"Really?"', 'she said.', 'en')).toBe(true);
    expect(continuesSentence('It ended.', 'Then more.', 'en')).toBe(false);
    expect(continuesSentence('They met the U.K.', 'Prime Minister.', 'en')).toBe(true);
    expect(continuesSentence('It was 10 a.m.', 'Then more.', 'en')).toBe(false);
  });
});
