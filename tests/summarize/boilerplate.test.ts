import { describe, expect, it } from 'vitest';
import { isBoilerplateLine, withoutBoilerplate } from '../../src/summarize/boilerplate.ts';

describe('isBoilerplateLine', () => {
  it.each([
    'الصورة: وزارة الخارجية الروسية',
    'المصدر: تاس',
    'اقرأ أيضاً: لافروف يلتقي نظيره السعودي',
    'تابعونا على تلغرام',
    'Фото: МИД России',
    'Источник: ТАСС',
    'Читайте также: Лавров провёл переговоры в Эр-Рияде',
    'Подписывайтесь на наш канал в Telegram',
    'Photo: Reuters',
    'Source: Ministry of Foreign Affairs',
    'Read more: Lavrov meets Gulf ministers',
    'Subscribe to our newsletter',
    '© 2023 Strategic Vision Group',
    'Ru En',
    '٠٣ نوفمبر ٢٠٢٣',
    '3 ноября 2023 года',
    'Nov 3, 2023',
    ' ',
  ])('%s is boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'المصدر الرئيسي للقلق هو التصعيد في غزة.',
    'شارك الوزير في الاجتماع الوزاري المشترك.',
    'Источник в МИД сообщил, что переговоры продолжатся.',
    'Source of the dispute remains the nuclear deal.',
    'Photographs of the meeting were released on Friday, the ministry said.',
    'الأمن في المنطقة',
  ])('%s is content', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('withoutBoilerplate', () => {
  it('drops the furniture lines of a block and keeps the rest', () => {
    expect(withoutBoilerplate('Лавров прибыл в Кувейт.\nФото: ТАСС\nПереговоры начнутся завтра.')).toBe(
      'Лавров прибыл в Кувейт.\nПереговоры начнутся завтра.',
    );
    expect(withoutBoilerplate('الصورة: وزارة الخارجية الروسية\nالمصدر: تاس')).toBe('');
  });
});

describe('withoutBoilerplate — widgets flattened into the text', () => {
  it('takes out the "topics that may interest you" box and ends the line where it stood', () => {
    expect(withoutBoilerplate('قال الوزير إن المحادثات ناجحة. مواضيع قد تهمك نهاية وأضاف أن الجولة المقبلة في الكويت.')).toBe(
      'قال الوزير إن المحادثات ناجحة.\nوأضاف أن الجولة المقبلة في الكويت.',
    );
    expect(withoutBoilerplate('مواضيع قد تهمك\nوأضاف الوزير أن الجولة المقبلة في الكويت.')).toBe(
      'وأضاف الوزير أن الجولة المقبلة في الكويت.',
    );
  });
});
