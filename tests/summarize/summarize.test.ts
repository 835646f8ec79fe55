import { describe, expect, it } from 'vitest';
import { articleFromInput, summarizeArticle, SummarizeInputError } from '../../src/summarize/index.ts';

describe('articleFromInput', () => {
  it('takes the first line of plain text as the title, skipping a language switcher', () => {
    expect(articleFromInput('Ru En\n\nЛавров прибыл в Кувейт\n\nГлава МИД России прибыл в Эль-Кувейт.\n')).toEqual({
      title: 'Лавров прибыл в Кувейт',
      text: 'Глава МИД России прибыл в Эль-Кувейт.',
    });
  });

  it('takes the title of HTML from its h1, else its <title>, and keeps the sanitised body', () => {
    const withH1 = articleFromInput(
      '<html><head><title>Talks | MFA</title></head><body><h1>Talks in Moscow</h1><p>Lavrov met Kuwait&#39;s minister.</p><script>x()</script></body></html>',
    );
    expect(withH1.title).toBe('Talks in Moscow');
    expect(withH1.html).toContain("<p>Lavrov met Kuwait's minister.</p>");
    expect(withH1.html).not.toContain('script');
    expect(articleFromInput('<title>Talks | MFA</title><p>Lavrov met his counterpart.</p>').title).toBe('Talks | MFA');
    expect(articleFromInput('<p>First paragraph as title</p><p>Body text here.</p>')).toMatchObject({
      title: 'First paragraph as title',
      text: 'Body text here.',
    });
  });

  it.each([
    ['empty', ''],
    ['blank', ' \n\u00A0\n '],
    ['binary', 'PK\u0003\u0004\u0000\u0000binary'],
    ['without words', '12345 --- !!!'],
    ['only credits', 'Photo: Reuters\nSource: TASS'],
  ])('refuses %s input', (_name, input) => {
    expect(() => articleFromInput(input)).toThrow(SummarizeInputError);
  });
});

describe('summarizeArticle', () => {
  const article = {
    title: 'ТАСС: Лавров и глава МИД Кувейта обсудят ближневосточный конфликт',
    text: 'Лавров и глава МИД Кувейта обсудят ближневосточный конфликт\n\nМинистр иностранных дел России Сергей Лавров проведёт в пятницу переговоры с главой МИД Кувейта. Стороны обсудят урегулирование конфликта на Ближнем Востоке.\n\nФото: МИД России',
    language: 'ru' as const,
  };

  it('cleans the headline, drops the repeated title and credits from the lead, finds no sections in flat text', () => {
    const summary = summarizeArticle(article);
    expect(summary.headline).toBe('Лавров и глава МИД Кувейта обсудят ближневосточный конфликт');
    expect(summary.lead).toMatch(/^Министр иностранных дел России Сергей Лавров проведёт/);
    expect(summary.lead).not.toContain('Фото');
    expect(summary.lead).not.toBe(summary.headline);
    expect(summary.sections).toEqual([]);
  });

  it('is pure: the same input gives the same summary', () => {
    expect(summarizeArticle(article)).toEqual(summarizeArticle({ ...article }));
  });

  it('summarises an article that is only a title as its headline', () => {
    expect(summarizeArticle({ title: 'Kuwait FM in Moscow - KUNA', text: '', language: 'en' })).toEqual({
      headline: 'Kuwait FM in Moscow',
      lead: '',
      sections: [],
    });
  });

  it('summarises a one-line body that looks like a heading rather than dropping it', () => {
    expect(summarizeArticle({ title: 'Talks', text: 'Lavrov arrives in Kuwait for talks with the emir', language: 'en' }).lead).toBe(
      'Lavrov arrives in Kuwait for talks with the emir',
    );
  });
});

describe('summarizeArticle — captions, crossheads and link runs in flattened text', () => {
  it.each([
    {
      language: 'ru' as const,
      title: 'В Белоруссии намерены ловить тунеядцев',
      text: 'В Белоруссии тунеядцев намерены вернуть к работе "Пора прекращать это иждивенчество! Бездельников не должно быть в стране!" - сказал он. Президент Белоруссии Александр Лукашенко поручил правительству до конца года вернуть к работе граждан, которые умышленно не работают. Советская система борьбы с тунеядством действовала тридцать лет. По данным Минтруда, безработица в стране составляет полпроцента.',
      lead: 'Президент Белоруссии Александр Лукашенко поручил правительству до конца года вернуть к работе граждан, которые умышленно не работают.',
    },
    {
      language: 'en' as const,
      title: 'Trump inauguration speech sets an angry tone',
      text: "Trump vows to end 'American carnage' Trump's angry call to arms Full text of Trump's inauguration speech It's unclear whether the president wrote the inauguration speech himself. President Trump's inauguration speech struck an angry, populist tone that resonated with his supporters. Critics said the speech painted a picture of a broken country.",
      lead: "President Trump's inauguration speech struck an angry, populist tone that resonated with his supporters.",
    },
    {
      language: 'ar' as const,
      title: 'ألمانيا تسعى للحد من الهجرة بإعلان الجزائر وتونس والمغرب دولا آمنة',
      text: 'ألمانيا تواجه مصاعب في التعامل مع الأعداد المتزايدة من طالبي اللجوء وقال وزير الاقتصاد إن مواطني هذه الدول لن يمنحوا حق اللجوء. مواضيع قد تهمك نهاية وكشفت ألمانيا عن خطط لإضافة الجزائر والمغرب وتونس إلى قائمة الدول الآمنة للحد من الهجرة. وتأتي هذه الخطوة ضمن إجراءات جديدة لتشديد قيود اللجوء.',
      lead: 'وكشفت ألمانيا عن خطط لإضافة الجزائر والمغرب وتونس إلى قائمة الدول الآمنة للحد من الهجرة.',
    },
  ])(
    '$language: the lead is a sentence of the story, not a caption, a quotation or a widget run into it',
    ({ language, title, text, lead }) => {
      expect(summarizeArticle({ title, text, language }).lead).toBe(lead);
    },
  );
});
