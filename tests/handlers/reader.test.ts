import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import { seedArticles, type SeedArticle } from '../support/seed.ts';

const HOUR = 3_600_000;
let t: BotUnderTest;
let now: number;

const AR: Omit<SeedArticle, 'publishedAt'>[] = [
  {
    feed: 'KUNA',
    language: 'ar',
    title: 'وزيرا خارجية الكويت وروسيا يبحثان التسوية العربية الإسرائيلية',
    text: 'بحث وزير الخارجية الكويتي مع نظيره الروسي سيرغي لافروف في موسكو التسوية العربية الإسرائيلية والأمن في منطقة الخليج ووقف إطلاق النار في قطاع غزة.',
  },
  {
    feed: 'SPA',
    language: 'ar',
    title: 'أوبك+ تمدد خفض إنتاج النفط حتى نهاية العام',
    text: 'قرر تحالف أوبك+ تمديد خفض إنتاج النفط حتى نهاية العام لدعم أسعار النفط في الأسواق العالمية، وفق بيان صادر عن الاجتماع الوزاري.',
  },
];
const RU: Omit<SeedArticle, 'publishedAt'>[] = [
  {
    feed: 'ТАСС',
    language: 'ru',
    title: 'Лавров провёл переговоры с министром иностранных дел Кувейта',
    text: 'Министр иностранных дел России Сергей Лавров провёл в Москве переговоры с кувейтским коллегой. Стороны обсудили ближневосточное урегулирование и ситуацию в секторе Газа.',
  },
];
const EN: Omit<SeedArticle, 'publishedAt'>[] = [
  {
    feed: 'Gulf News <Daily> & Co',
    language: 'en',
    title: 'UN Security Council meets on Yemen as Houthi attacks on shipping continue',
    text: 'The United Nations Security Council met on Yemen on Tuesday. The UN envoy said Houthi attacks on shipping in the Red Sea threatened the peace process.',
  },
];

beforeEach(async () => {
  t = await startBotUnderTest({ TIMEZONE: 'Asia/Riyadh' });
  now = Date.now();
  seedArticles(
    t.config.databasePath,
    [...AR, ...RU, ...EN].map((item, i) => ({ ...item, publishedAt: now - (i + 1) * HOUR })),
  );
});
afterEach(() => t.stop());

const ar = { id: 6001, language_code: 'ar', first_name: 'Huda' };
const ru = { id: 6002, language_code: 'ru', first_name: 'Oleg' };
const en = { id: 6003, language_code: 'en', first_name: 'Ann' };

describe('/latest', () => {
  it('shows the newest stories in the reader’s language, linked, with sources and dates', async () => {
    await t.fake.ask(ar, '/start');
    const reply = await t.fake.ask(ar, '/latest');
    expect(reply.text.startsWith('🗞 أحدث الأخبار')).toBe(true);
    expect(reply.text).toContain('وزيرا خارجية الكويت وروسيا يبحثان التسوية العربية الإسرائيلية');
    expect(reply.text).toContain('أوبك+ تمدد خفض إنتاج النفط');
    expect(reply.text).not.toContain('Лавров');
    expect(reply.entities.filter((e) => e.type === 'text_link')).toHaveLength(2);
    expect((await t.fake.ask(ru, '/latest')).text).toContain('Лавров провёл переговоры');
  });

  it('pages with a "more" button that still works, and says when there is nothing earlier', async () => {
    const first = await t.fake.ask(ar, '/latest 1');
    expect(first.text).toContain('وزيرا خارجية');
    expect(first.text).not.toContain('أوبك+');
    const button = first.replyMarkup!.inline_keyboard[0]![0]!;
    expect(button.text).toBe('المزيد ›');
    const since = t.fake.sentCount(ar.id);
    await t.fake.press(ar, first, (button as { callback_data: string }).callback_data);
    const second = await t.fake.waitForMessage(ar.id, { since });
    expect(second.text).toContain('أوبك+');
    expect(second.text.startsWith('🗞 أخبار سابقة')).toBe(true);
  });

  it('explains a wrong count, and says "nothing yet" with a hint in an empty language', async () => {
    expect((await t.fake.ask(en, '/latest 500')).text).toBe('Usage: /latest or /latest N, with N from 1 to 30.');
    expect((await t.fake.ask(en, '/latest abc')).text).toContain('Usage');
    await t.fake.ask(en, '/start');
    // English has one UN/Yemen story; a reader following only Libya gets the hint.
    const { SubscriberStore } = await import('../../src/store/subscribers.ts');
    const { openDatabase } = await import('../../src/store/db.ts');
    const db = openDatabase(t.config.databasePath);
    new SubscriberStore(db).replaceTopics(en.id, ['libya']);
    db.close();
    expect((await t.fake.ask(en, '/latest')).text).toContain('Nothing yet in your language on your topics this week');
  });
});

describe('/topic', () => {
  it('resolves slugs and aliases in all three languages', async () => {
    expect((await t.fake.ask(ar, '/topic الخليج')).text).toContain('وزيرا خارجية الكويت');
    expect((await t.fake.ask(ar, '/topic energy')).text).toContain('أوبك+');
    expect((await t.fake.ask(ru, '/topic Залив')).text).toContain('Лавров');
    const yemen = await t.fake.ask(en, '/topic yemen');
    expect(yemen.text.startsWith('Yemen — latest stories')).toBe(true);
    expect(yemen.text).toContain('Gulf News <Daily> & Co');
  });

  it('without a word offers the topics as buttons with counts; a button shows that topic', async () => {
    const menu = await t.fake.ask(en, '/topic');
    const buttons = menu.replyMarkup!.inline_keyboard.flat();
    expect(buttons).toHaveLength(10);
    expect(buttons.find((b) => (b as { callback_data: string }).callback_data === 'topic:yemen')!.text).toBe('Yemen · 1');
    const since = t.fake.sentCount(en.id);
    await t.fake.press(en, menu, 'topic:yemen');
    expect((await t.fake.waitForMessage(en.id, { since })).text).toContain('UN Security Council meets on Yemen');
  });

  it('answers an unknown word with the list, and an empty topic with a hint', async () => {
    const unknown = await t.fake.ask(ru, '/topic футбол');
    expect(unknown.text).toBe('Тема «футбол» мне неизвестна. Выберите из списка:');
    expect(unknown.replyMarkup!.inline_keyboard.flat()).toHaveLength(10);
    expect((await t.fake.ask(ru, '/topic libya')).text).toContain('По теме «Ливия» на вашем языке на этой неделе пока ничего нет');
  });
});

describe('/briefing', () => {
  it('sends the sectioned briefing of the last 24 hours in the reader’s language', async () => {
    await t.fake.ask(ar, '/start');
    const reply = await t.fake.ask(ar, '/briefing');
    expect(reply.text.startsWith('📰 diplobrief · ')).toBe(true);
    const gulf = reply.text.indexOf('الخليج\n');
    const energy = reply.text.indexOf('الطاقة\n');
    expect(gulf).toBeGreaterThan(0);
    expect(energy).toBeGreaterThan(gulf);
  });

  it('says "nothing new" when the last day is empty', async () => {
    const { openDatabase } = await import('../../src/store/db.ts');
    const db = openDatabase(t.config.databasePath);
    db.prepare('UPDATE articles SET published_at = published_at - ?').run(3 * 24 * HOUR);
    db.close();
    expect((await t.fake.ask(en, '/briefing')).text).toBe(
      'Nothing new on your topics in the last 24 hours. /latest shows the newest stories of the week.',
    );
  });
});

describe('/search', () => {
  it('finds word forms in the reader’s language and pages results', async () => {
    const reply = await t.fake.ask(ru, '/search Лаврова');
    expect(reply.text).toContain('🔎 Лаврова — 1 результат');
    expect(reply.text).toContain('Лавров провёл переговоры');
    expect((await t.fake.ask(ar, '/search والخارجية')).text).toContain('وزيرا خارجية الكويت');
  });

  it('shows the text around the match rather than the lead', async () => {
    const text = `${'Министры обсудили ситуацию на Ближнем Востоке в Москве. '.repeat(6)}Отдельно стороны обсудили поставки пшеницы в Кувейт через Каспий. ${'Визит продлится два дня. '.repeat(4)}`;
    seedArticles(t.config.databasePath, [
      { feed: 'РИА', language: 'ru', title: 'Министры России и Кувейта провели переговоры', text, publishedAt: now - 10 * HOUR },
    ]);
    const reply = await t.fake.ask(ru, '/search пшеница');
    expect(reply.text).toContain('…Отдельно стороны обсудили поставки пшеницы в Кувейт через Каспий.');
  });

  it('never fails on hostile input, and says when nothing is found', async () => {
    for (const query of ['"', 'AND OR NOT', '*', '(', '- ^ :', 'title:x', '😀', "'; DROP TABLE articles; --", 'x'.repeat(3_000)]) {
      const reply = await t.fake.ask(en, `/search ${query}`);
      expect(reply.text).not.toContain('Sorry, something went wrong');
    }
    expect((await t.fake.ask(en, '/search zzzqqq')).text).toBe(
      'Nothing found for “zzzqqq” in your language. Try fewer words, or other ones.',
    );
    expect((await t.fake.ask(en, '/search')).text).toBe('Usage: /search WORDS — for example /search Lavrov Kuwait.');
  });
});

describe('every reader command in every language', () => {
  it.each([
    [ar, 'الخليج'],
    [ru, 'Залив'],
    [en, 'yemen'],
  ])('%j: replies are Telegram-valid HTML and never the apology', async (user, topic) => {
    await t.fake.ask(user, '/start');
    for (const command of ['/latest', '/latest 30', `/topic ${topic}`, '/topic', '/briefing', '/search الخارجية Лавров Yemen']) {
      const since = t.fake.sentCount(user.id);
      const reply = await t.fake.ask(user, command);
      expect(reply.text.length).toBeGreaterThan(0);
      expect(reply.text).not.toMatch(/something went wrong|что-то пошло не так|حدث خطأ/);
      // The fake refuses HTML Telegram cannot parse: every call the bot made for this chat was accepted.
      const refused = t.fake.calls.filter((c) => c.params.chat_id === user.id && !c.ok && c.method !== 'getUpdates');
      expect(refused).toEqual([]);
      expect(t.fake.sentCount(user.id)).toBeGreaterThan(since);
    }
  });
});
