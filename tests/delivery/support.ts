import pino from 'pino';
import { I18n } from '../../src/bot/i18n.ts';
import { DigestRunner } from '../../src/delivery/digest.ts';
import { DeliveryRunStore } from '../../src/store/delivery-runs.ts';
import { OutboxStore } from '../../src/store/outbox.ts';
import { StoryArticleStore } from '../../src/store/story-articles.ts';
import type { Language } from '../../src/model/language.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';
import type { FakeTelegram } from '../support/fake-telegram.ts';
import type { SeedArticle } from '../support/seed.ts';

export const HOUR = 3_600_000;

/** One article per language, each on a topic its words match. */
export const DAY_ONE: Record<Language, Omit<SeedArticle, 'publishedAt'>> = {
  ar: {
    feed: 'KUNA',
    language: 'ar',
    title: 'وزيرا خارجية الكويت وروسيا يبحثان التسوية العربية الإسرائيلية',
    text: 'بحث وزير الخارجية الكويتي مع نظيره الروسي سيرغي لافروف في موسكو التسوية العربية الإسرائيلية والأمن في منطقة الخليج ووقف إطلاق النار في قطاع غزة.',
  },
  ru: {
    feed: 'ТАСС',
    language: 'ru',
    title: 'Лавров провёл переговоры с министром иностранных дел Кувейта',
    text: 'Министр иностранных дел России Сергей Лавров провёл в Москве переговоры с кувейтским коллегой. Стороны обсудили ближневосточное урегулирование и ситуацию в секторе Газа.',
  },
  en: {
    feed: 'Gulf News',
    language: 'en',
    title: 'UN Security Council meets on Yemen as Houthi attacks on shipping continue',
    text: 'The United Nations Security Council met on Yemen on Tuesday. The UN envoy said Houthi attacks on shipping in the Red Sea threatened the peace process.',
  },
};

/** A later, different event in each language. */
export const DAY_TWO: Record<Language, Omit<SeedArticle, 'publishedAt'>> = {
  ar: {
    feed: 'SPA',
    language: 'ar',
    title: 'أوبك+ تمدد خفض إنتاج النفط حتى نهاية العام',
    text: 'قرر تحالف أوبك+ تمديد خفض إنتاج النفط حتى نهاية العام لدعم أسعار النفط في الأسواق العالمية، وفق بيان صادر عن الاجتماع الوزاري.',
  },
  ru: {
    feed: 'РИА Новости',
    language: 'ru',
    title: 'ОПЕК+ продлила сокращение добычи нефти до конца года',
    text: 'Страны ОПЕК+ договорились продлить сокращение добычи нефти до конца года, чтобы поддержать цены на нефть на мировом рынке.',
  },
  en: {
    feed: 'WAM',
    language: 'en',
    title: 'OPEC+ extends oil output cuts to the end of the year',
    text: 'OPEC+ agreed to extend its oil production cuts to the end of the year to support oil prices, ministers said after their meeting.',
  },
};

export const LANGUAGES: Language[] = ['ar', 'ru', 'en'];

/**
 * Registers `count` subscribers (chat ids from `firstChatId`, languages in turn) straight in the
 * database, as /start would, and makes their chats known to the fake Telegram.
 */
export function addSubscribers(
  databasePath: string,
  fake: FakeTelegram,
  count: number,
  firstChatId = 500_000,
): { chatId: number; language: Language }[] {
  const db = openDatabase(databasePath);
  try {
    const subscribers = new SubscriberStore(db);
    const added: { chatId: number; language: Language }[] = [];
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const chatId = firstChatId + i;
        const language = LANGUAGES[i % LANGUAGES.length]!;
        subscribers.register({ chatId, userId: chatId, chatType: 'private', firstName: `Reader ${i}`, username: null }, language);
        fake.registerChat(chatId, { type: 'private', first_name: `Reader ${i}` });
        added.push({ chatId, language });
      }
    })();
    return added;
  } finally {
    db.close();
  }
}

/** The scheduled-briefing runner over a test database, on the test's clock, with silent logs. */
export function digestRunner(db: Db, now: () => number): DigestRunner {
  return new DigestRunner({
    db,
    runs: new DeliveryRunStore(db, now),
    outbox: new OutboxStore(db, now),
    articles: new StoryArticleStore(db),
    i18n: new I18n(),
    timeZone: 'UTC',
    logger: pino({ level: 'silent' }),
    now,
  });
}
