import { describe, expect, it } from 'vitest';
import { quotedShare } from '../../src/summarize/quotes.ts';

describe('quotedShare', () => {
  it('is 0 without quotation marks, small for a quoted name, large for direct speech', () => {
    expect(quotedShare('Лавров заявил, что Москва готова к диалогу.')).toBe(0);
    expect(quotedShare('Компания "Газпром" отчиталась о прибыли.')).toBeLessThan(0.3);
    expect(quotedShare('He said the deal was "on the table".')).toBeLessThan(0.5);
    expect(quotedShare('«Мы готовы к диалогу с Кувейтом по всем вопросам повестки», — сказал он.')).toBeGreaterThan(0.8);
    expect(quotedShare('“We will not give up on the talks, whatever happens next,” he said.')).toBeGreaterThan(0.8);
  });

  it('counts a quotation that runs on from an earlier sentence or into a later one', () => {
    expect(quotedShare('"Пора прекращать это иждивенчество!')).toBe(1);
    expect(quotedShare('Это будет понятнее для народа. Не надо ничего отбрасывать".')).toBe(1);
    expect(quotedShare('وقال الوزير: "سنواصل الحوار مع جميع الأطراف في المنطقة')).toBeGreaterThan(0.7);
  });

  it('reads nested straight quotes, and “ opening or closing, by their position', () => {
    expect(quotedShare('"Хотите вернуть понятие "тунеядство" - возвращайте.')).toBe(1);
    expect(quotedShare('Сотрудники компании „Газпром“ заявили о прибыли.')).toBeLessThan(0.3);
    expect(quotedShare('„Мы готовы к диалогу с Кувейтом по всем вопросам повестки“, — сказал он.')).toBeGreaterThan(0.8);
  });
});
