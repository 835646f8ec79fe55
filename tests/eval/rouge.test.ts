import { describe, expect, it } from 'vitest';
import { rouge, rougeTokens } from '../../eval/rouge.ts';

describe('rougeTokens (XL-Sum multilingual scheme)', () => {
  it('keeps Arabic and Cyrillic words, drops punctuation and splits digits from letters', () => {
    expect(rougeTokens('قال الوزير: قتل 13شخصا.')).toEqual(['قال', 'الوزير', 'قتل', '13', 'شخصا']);
    expect(rougeTokens('Лавров, «МИД» — 2023г.')).toEqual(['лавров', 'мид', '2023', 'г']);
    expect(rougeTokens('The U.S. (Reuters) $5bn')).toEqual(['the', 'u', 's', 'reuters', '5', 'bn']);
  });
});

describe('rouge', () => {
  it('scores unigram, bigram and LCS overlap as F1 on a 0-100 scale', () => {
    const scores = rouge('the cat sat', 'The cat ran');
    expect(scores.rouge1).toBeCloseTo(66.667, 2);
    expect(scores.rouge2).toBeCloseTo(50, 5);
    expect(scores.rougeL).toBeCloseTo(66.667, 2);
  });

  it('counts a repeated word only as often as the reference has it', () => {
    // Candidate: 4 tokens, 1 of them matched (the reference has "talks" once).
    expect(rouge('talks talks talks talks', 'talks in Moscow').rouge1).toBeCloseTo(((2 * 0.25 * (1 / 3)) / (0.25 + 1 / 3)) * 100, 5);
  });

  it('gives 0, not NaN, for an empty candidate', () => {
    expect(rouge('', 'وقع الحوثيون اتفاقا')).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
  });

  it('scores Arabic and Russian text, which English-only tokenisers score as 0', () => {
    expect(rouge('بدأت القوات الأوكرانية الانسحاب', 'بدأت القوات الأوكرانية الانسحاب من شبه جزيرة القرم').rouge1).toBeCloseTo(
      ((2 * 1 * 0.5) / 1.5) * 100,
      5,
    );
    expect(rouge('Евросоюз потребовал от Amazon', 'Евросоюз потребовал от компании Amazon доплатить').rouge1).toBeGreaterThan(70);
  });
});
