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
    expect(splitSentences('Встреча прошла в 2023 г. В Москве было тепло.', 'ru')).toEqual(['Встреча прошла в 2023 г.', 'В Москве было тепло.']);
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

describe('continuesSentence', () => {
  it('joins before a lower-case word or closing punctuation, not before a new capitalised sentence', () => {
    expect(continuesSentence('"Really?"', 'she said.', 'en')).toBe(true);
    expect(continuesSentence('It ended.', 'Then more.', 'en')).toBe(false);
    expect(continuesSentence('They met the U.K.', 'Prime Minister.', 'en')).toBe(true);
    expect(continuesSentence('It was 10 a.m.', 'Then more.', 'en')).toBe(false);
  });
});
