import { describe, expect, it } from 'vitest';
import { numbersIn } from '../../src/entities/numbers.ts';

describe('numbersIn', () => {
  it('reads grouped thousands the same in every writing: "1,000", "1 000" and "١٠٠٠" are 1000', () => {
    expect(numbersIn('1,000 prisoners', 'en')).toEqual(['1000']);
    expect(numbersIn('1 000 пленных', 'ru')).toEqual(['1000']);
    expect(numbersIn('1\u00a0000 пленных', 'ru')).toEqual(['1000']);
    expect(numbersIn('١٠٠٠ أسير', 'ar')).toEqual(['1000']);
    expect(numbersIn('1.000.000 barrels', 'en')).toEqual(['1000000']);
  });

  it('reads a decimal comma or point and a scale word as one value: "2,2 млн" and "2.2 million" are 2200000', () => {
    expect(numbersIn('2,2 млн баррелей', 'ru')).toEqual(['2200000']);
    expect(numbersIn('2.2 million barrels', 'en')).toEqual(['2200000']);
    expect(numbersIn('٢٫٥ مليون برميل', 'ar')).toEqual(['2500000']);
    expect(numbersIn('137 тыс. баррелей', 'ru')).toEqual(numbersIn('137,000 barrels', 'en'));
    expect(numbersIn('137 ألف برميل', 'ar')).toEqual(['137000']);
  });

  it("leaves out a day next to its month: a dateline's date is not a quantity", () => {
    expect(numbersIn('МОСКВА, 7 декабря. /ТАСС/. Погибли 25 человек', 'ru')).toEqual(['25']);
    expect(numbersIn('LONDON, Oct 4 (Reuters) - 12 ships', 'en')).toEqual(['12']);
    expect(numbersIn('الرياض 4 أكتوبر (واس) -- 30 شاحنة', 'ar')).toEqual(['30']);
  });

  it('reads small counts spelled out, with Arabic prefixes: "three", "трое", "لثلاثة" are 3', () => {
    expect(numbersIn('three killed', 'en')).toEqual(['3']);
    expect(numbersIn('трое погибших', 'ru')).toEqual(['3']);
    expect(numbersIn('هدنة لثلاثة أشهر', 'ar')).toEqual(['3']);
  });

  it('leaves out years, and digits that are part of a name or a rank ("G20", "5th")', () => {
    expect(numbersIn('In 2026 the G20 met for the 5th time, 12 leaders came', 'en')).toEqual(['12']);
  });

  it('keeps numbers separated by a comma and a space apart', () => {
    expect(numbersIn('rounds 12, 13 and 14 of talks', 'en')).toEqual(['12', '13', '14']);
  });

  it('reads Arabic teens and the accusative scale words, and leaves times of day out', () => {
    expect(numbersIn('أحد عشر قتيلا واثنا عشر جريحا', 'ar')).toEqual([]);
    expect(numbersIn('ثلاثة عشر مصابا', 'ar')).toEqual([]);
    expect(numbersIn('زيادة قدرها 137 ألفا', 'ar')).toEqual(['137000']);
    expect(numbersIn('at 10:30 local time, 0730 GMT, 5 ships', 'en')).toEqual(['5']);
  });
});
