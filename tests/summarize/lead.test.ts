import { describe, expect, it } from 'vitest';
import { clipAtWord } from '../../src/summarize/clip.ts';
import { chooseLead, LEAD_WEIGHTS, MAX_LEAD_LENGTH } from '../../src/summarize/lead.ts';
import { splitSentences } from '../../src/text/segment.ts';

const ENGLISH = `Russia and Kuwait will discuss the Middle East conflict at talks in Moscow on Friday, the foreign ministry said. The ministers will also review trade and energy cooperation between the two countries. Kuwait has called for an immediate ceasefire in Gaza and the delivery of humanitarian aid. What happens next? Analysts expect little progress. Photo credits aside, the ministry published a long list of agenda items including Syria, Libya, Yemen and the Iran nuclear deal, which it said would be discussed over lunch.`;
const RUSSIAN = `Министр иностранных дел России Сергей Лавров проведёт переговоры с главой МИД Кувейта в Москве в пятницу. Стороны обсудят палестино-израильское урегулирование и двустороннее сотрудничество. Отдельно министры рассмотрят ситуацию в Персидском заливе и ядерную сделку с Ираном. Встреча пройдёт в особняке МИД на Спиридоновке.`;
const ARABIC = `يبحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الكويتي في موسكو اليوم الجمعة سبل التوصل إلى حلول سلمية للصراع في الشرق الأوسط. وسيتناول الوزيران التعاون التجاري والاقتصادي والاستثماري بين البلدين. كما يناقش الجانبان الأمن في منطقة الخليج العربي والاتفاق النووي الإيراني.`;

const cases = [
  { language: 'en' as const, title: 'Russian and Kuwaiti foreign ministers to discuss Middle East conflict', text: ENGLISH },
  { language: 'ru' as const, title: 'Лавров и глава МИД Кувейта обсудят ближневосточный конфликт', text: RUSSIAN },
  { language: 'ar' as const, title: 'وزيرا الخارجية في روسيا والكويت سيناقشان الصراع في الشرق الأوسط', text: ARABIC },
];

describe('chooseLead', () => {
  it('follows the weights it is given: with only the position prior, the first sentence alone', () => {
    const sentences = splitSentences(RUSSIAN, 'ru');
    const positionOnly = { ...LEAD_WEIGHTS, centrality: 0, titleCoverage: 0, titleSimilarity: 0, position: 1, secondSentenceShare: 1 };
    expect(chooseLead(sentences, 'Встреча пройдёт в особняке МИД на Спиридоновке', 'ru', positionOnly)).toBe(sentences[0]);
    const titleOnly = { ...positionOnly, position: 0, titleCoverage: 1 };
    expect(chooseLead(sentences, 'Персидский залив и ядерная сделка с Ираном', 'ru', titleOnly)).toBe(sentences[2]);
  });

  it.each(cases)('$language: one or two whole sentences of the article, at most the length cap', ({ language, title, text }) => {
    const sentences = splitSentences(text, language);
    const lead = chooseLead(sentences, title, language);
    expect(lead.length).toBeGreaterThan(0);
    expect(lead.length).toBeLessThanOrEqual(MAX_LEAD_LENGTH);
    const chosen = sentences.filter((sentence) => lead.includes(sentence));
    expect(chosen.length).toBeGreaterThanOrEqual(1);
    expect(chosen.length).toBeLessThanOrEqual(2);
    expect(chosen.join(' ')).toBe(lead);
  });

  it.each(cases)('$language: picks the sentence that states what the title says', ({ language, title, text }) => {
    const lead = chooseLead(splitSentences(text, language), title, language);
    expect(lead.startsWith(splitSentences(text, language)[0]!)).toBe(true);
  });

  it('never returns a question or the headline itself', () => {
    const title = 'Ministers meet in Moscow to discuss the Gulf';
    const lead = chooseLead(
      [
        title,
        'What happens next for the Gulf ministers in Moscow?',
        'Ministers from the Gulf and Russia met in Moscow on Friday for talks.',
      ],
      title,
      'en',
    );
    expect(lead).toBe('Ministers from the Gulf and Russia met in Moscow on Friday for talks.');
  });

  it('prefers a sentence to a caption without a stop, and a report to a quotation', () => {
    expect(
      chooseLead(
        [
          'Sergei Lavrov and Kuwaiti Foreign Minister Abdullah Al-Yahya at the talks in Moscow',
          'The ministers discussed security in the Gulf at talks in Moscow on Friday, the ministry said.',
        ],
        'Lavrov hosts Kuwaiti minister for Gulf security talks',
        'en',
      ),
    ).toBe('The ministers discussed security in the Gulf at talks in Moscow on Friday, the ministry said.');
    expect(
      chooseLead(
        [
          '«Безопасность в Персидском заливе мы обсудили с министром Кувейта в Москве очень подробно», — сказал Лавров.',
          'Лавров обсудил с министром Кувейта безопасность в Персидском заливе на переговорах в Москве.',
        ],
        'Лавров принял в Москве главу МИД Кувейта',
        'ru',
      ),
    ).toBe('Лавров обсудил с министром Кувейта безопасность в Персидском заливе на переговорах в Москве.');
  });

  it('shortens a single over-long sentence at a clause or a word, never inside a word', () => {
    const long = `${'وزير الخارجية الروسي سيرغي لافروف يبحث مع نظيره الكويتي العلاقات الثنائية '.repeat(3)}، ${'والتعاون في مجالات الطاقة والاستثمار والتجارة '.repeat(4)}.`;
    const lead = chooseLead([long], 'لافروف يستقبل نظيره الكويتي', 'ar');
    expect(lead.length).toBeLessThanOrEqual(MAX_LEAD_LENGTH);
    expect(lead.endsWith('…')).toBe(true);
    const kept = lead.slice(0, -1);
    expect(long.startsWith(kept)).toBe(true);
    expect(/[\s،,]/u.test(long[kept.length]!)).toBe(true);
  });

  it('returns an empty lead when there is nothing but the headline', () => {
    expect(chooseLead(['Talks in Moscow'], 'Talks in Moscow', 'en')).toBe('');
    expect(chooseLead([], 'Talks in Moscow', 'en')).toBe('');
  });
});

describe('clipAtWord', () => {
  it('leaves short text alone, collapsing its whitespace', () => {
    expect(clipAtWord('  a  short\ntext ', 50)).toBe('a short text');
  });

  it('cuts at a clause end when one keeps at least half the room, else at a space', () => {
    expect(clipAtWord('One clause here, another clause there; and much more text follows after that point', 60)).toBe(
      'One clause here, another clause there…',
    );
    expect(clipAtWord('Lavrov, then a very long stretch of words without any clause punctuation at all in it', 50)).toBe(
      'Lavrov, then a very long stretch of words without…',
    );
  });

  it('keeps a single word longer than the room whole', () => {
    expect(clipAtWord('Supercalifragilistic words', 10)).toBe('Supercalifragilistic…');
  });
});
