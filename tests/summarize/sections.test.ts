import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksFromHtml, blocksFromText } from '../../src/summarize/blocks.ts';
import { articleFromInput, summarizeArticle } from '../../src/summarize/index.ts';
import { looksLikeHeading, outlineArticle } from '../../src/summarize/sections.ts';
import { sharedDir } from '../support/shared-corpus.ts';

/** A small ministry-style Arabic article laid out like the shared fixture: intro, then headed sections. */
const ARABIC_ARTICLE = `وزير الخارجية الكويتي يزور موسكو

يبحث وزير الخارجية الكويتي مع نظيره الروسي في موسكو اليوم سبل تعزيز التعاون الثنائي والأوضاع في المنطقة.

\u00A0

الطاقة والاستثمار

ناقش الجانبان التنسيق في سوق النفط ضمن إطار أوبك+ وآفاق الاستثمار المشترك في قطاع الطاقة.

وأكد الوزيران أهمية استقرار أسعار النفط للاقتصاد العالمي.

\u00A0

الوضع في غزة

دعا الوزيران إلى وقف فوري لإطلاق النار في قطاع غزة وإيصال المساعدات الإنسانية دون عوائق.

الصورة: وزارة الخارجية الكويتية

المصدر: كونا`;

describe('looksLikeHeading', () => {
  it('takes a short unpunctuated line for a heading, and not a sentence, a list item or a long line', () => {
    expect(looksLikeHeading('الأمن في المنطقة')).toBe(true);
    expect(looksLikeHeading('Security in the region')).toBe(true);
    expect(looksLikeHeading('Двусторонний диалог')).toBe(true);
    expect(looksLikeHeading('ناقش الجانبان التنسيق.')).toBe(false);
    expect(looksLikeHeading('What comes next?')).toBe(false);
    expect(looksLikeHeading('- energy cooperation')).toBe(false);
    expect(looksLikeHeading('one two three four five six seven eight nine ten eleven twelve thirteen')).toBe(false);
    expect(looksLikeHeading('2023')).toBe(false);
  });
});

describe('section detection in plain text', () => {
  it('finds the headed sections of a small Arabic article, each with its key sentence', () => {
    const summary = summarizeArticle({ ...articleFromInput(ARABIC_ARTICLE), language: 'ar' });
    expect(summary.headline).toBe('وزير الخارجية الكويتي يزور موسكو');
    expect(summary.sections.map((section) => section.heading)).toEqual(['الطاقة والاستثمار', 'الوضع في غزة']);
    expect(summary.sections[0]!.summary).toContain('أوبك+');
    expect(summary.sections[1]!.summary).toContain('وقف فوري لإطلاق النار');
    expect(summary.lead).toContain('يبحث وزير الخارجية الكويتي');
    expect(JSON.stringify(summary)).not.toMatch(/الصورة|المصدر|كونا/);
  });

  it('finds no sections in running text without sub-headings', () => {
    const outline = outlineArticle(blocksFromText('First paragraph of the story.\n\nSecond paragraph, with more.\n\nThird one.'));
    expect(outline.sections).toEqual([]);
    expect(outline.intro).toHaveLength(3);
  });

  it('finds Russian sub-headings the same way', () => {
    const text =
      'Лавров проведёт переговоры с коллегой из Кувейта.\n\nБлижний Восток\n\nСтороны обсудят урегулирование конфликта.\n\nДвусторонний диалог\n\nОбсудят торговлю и инвестиции.';
    const outline = outlineArticle(blocksFromText(text));
    expect(outline.sections.map((section) => section.heading)).toEqual(['Ближний Восток', 'Двусторонний диалог']);
  });
});

describe('section detection on the shared Arabic article', () => {
  const file = join(sharedDir(), 'fixtures/articles/ar-russia-kuwait-ministers.txt');
  const present = existsSync(file);
  if (!present) console.warn(`skipping the shared Arabic article: ${file} is absent`);

  it.skipIf(!present)('finds its three sections with their headings, and none of its credits', () => {
    const summary = summarizeArticle({ ...articleFromInput(readFileSync(file, 'utf8')), language: 'ar' });
    expect(summary.headline).toBe('وزيرا الخارجية في روسيا والكويت سيناقشان الصراع في الشرق الأوسط');
    expect(summary.sections.map((section) => section.heading)).toEqual([
      'التسوية العربية - الإسرائيلية',
      'الأمن في المنطقة',
      'حوار ثنائي الاتجاه',
    ]);
    expect(summary.sections[1]!.summary).toContain('الخليج العربي');
    expect(summary.sections[2]!.summary).toMatch(/الطاقة|التجاري/);
    for (const section of summary.sections) expect(section.summary.length).toBeGreaterThan(20);
    expect(summary.lead).toContain('لافروف');
    expect(JSON.stringify(summary)).not.toMatch(/الصورة:|المصدر:|Ru En|٢٠٢٣|مجموعة الرؤية/);
  });
});

describe('section detection in HTML', () => {
  const html = `<article><h1>Lavrov meets Kuwaiti counterpart</h1>
    <p>Russian Foreign Minister Sergey Lavrov met his Kuwaiti counterpart in Moscow on Friday to discuss the Middle East.</p>
    <h2>Arab–Israeli settlement</h2><p>The ministers called for an immediate ceasefire in Gaza and talks on a Palestinian state.</p>
    <h3>Security in the region</h3><p>They exchanged views on security in the Gulf and on the Iran nuclear deal.</p>
    <p><strong>Two-way dialogue</strong></p><p>Trade, investment and energy cooperation were also on the agenda.</p>
    <p><b>Lavrov</b> said the talks were useful, and <b>Kuwait</b> agreed.</p>
    <p>Photo: MFA of Russia</p></article>`;

  it('reads h2–h4 and bold-only paragraphs as headings, and not a paragraph with bold words in it', () => {
    const blocks = blocksFromHtml(html);
    expect(blocks.filter((block) => block.heading).map((block) => block.text)).toEqual([
      'Arab–Israeli settlement',
      'Security in the region',
      'Two-way dialogue',
    ]);
    expect(blocks.some((block) => block.text.startsWith('Photo'))).toBe(false);
    expect(blocks.some((block) => block.text.includes('Lavrov meets'))).toBe(false); // h1 is the title
  });

  it('gives each HTML section its key sentence', () => {
    const summary = summarizeArticle({ ...articleFromInput(html), language: 'en' });
    expect(summary.headline).toBe('Lavrov meets Kuwaiti counterpart');
    expect(summary.lead).toMatch(/^Russian Foreign Minister Sergey Lavrov met/);
    expect(summary.sections).toEqual([
      {
        heading: 'Arab–Israeli settlement',
        summary: 'The ministers called for an immediate ceasefire in Gaza and talks on a Palestinian state.',
      },
      { heading: 'Security in the region', summary: 'They exchanged views on security in the Gulf and on the Iran nuclear deal.' },
      { heading: 'Two-way dialogue', summary: 'Trade, investment and energy cooperation were also on the agenda.' },
    ]);
  });

  it('uses markup headings only, when the markup has any', () => {
    const outline = outlineArticle(
      blocksFromHtml(
        '<p>Intro sentence of the story here.</p><p>Short unpunctuated line</p><p>More text follows here.</p><h2>Real heading</h2><p>Body of the section.</p>',
      ),
    );
    expect(outline.sections.map((section) => section.heading)).toEqual(['Real heading']);
    expect(outline.intro).toContain('Short unpunctuated line');
  });
});
