import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18n } from '../../src/bot/i18n.ts';
import { PassBriefings } from '../../src/delivery/pass-briefings.ts';
import { LanguageLinker } from '../../src/feeds/language-links.ts';
import { TOPICS } from '../../src/model/topics.ts';
import { ArticleLinkStore } from '../../src/store/article-links.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { DeliveryRunStore, type Recipient } from '../../src/store/delivery-runs.ts';
import { OutboxStore } from '../../src/store/outbox.ts';
import { StoryArticleStore } from '../../src/store/story-articles.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';
import { crossLanguageReports } from '../support/cross-language.ts';
import { BriefShelf, briefKey } from '../../src/briefing/briefs.ts';
import { ReaderService } from '../../src/briefing/reader-service.ts';
import { LlmStore } from '../../src/store/llm.ts';
import { SavedSearchStore } from '../../src/store/saved-searches.ts';
import { seedArticles } from '../support/seed.ts';

const NOW = Date.parse('2026-12-06T12:00:00Z');
let db: Db;
let ids: Record<string, number>;

beforeEach(() => {
  const path = join(mkdtempSync(join(tmpdir(), 'diplobrief-pass-languages-')), 'bot.db');
  ids = Object.fromEntries(
    Object.entries(crossLanguageReports(NOW - 6 * 3_600_000)).map(([name, report]) => [name, seedArticles(path, [report])[0]!]),
  );
  db = openDatabase(path);
  new LanguageLinker({ links: new ArticleLinkStore(db), now: () => NOW }).linkPending();
});
afterEach(() => db.close());

function briefingText(recipient: Recipient, briefs?: BriefShelf): string {
  new SubscriberStore(db, () => NOW).register(
    { chatId: recipient.chatId, userId: 1, chatType: 'private', firstName: null, username: null },
    recipient.language,
  );
  const pass = new PassBriefings(
    {
      runs: new DeliveryRunStore(db, () => NOW),
      outbox: new OutboxStore(db, () => NOW),
      articles: new StoryArticleStore(db),
      links: new ArticleLinkStore(db),
      ...(briefs ? { briefs } : {}),
      i18n: new I18n(),
      timeZone: 'UTC',
      logger: pino({ level: 'silent' }),
    },
    NOW,
  );
  return pass
    .briefingFor(recipient, undefined)
    .map((message) => message.html)
    .join('\n');
}

const reader = (chatId: number, sources: 'mine' | 'all'): Recipient => ({
  chatId,
  chatType: 'private',
  language: 'en',
  topics: [...TOPICS],
  sources,
});

describe('scheduled briefings across languages', () => {
  it("a reader of its own language gets the English OPEC+ story with a line naming the Arabic agency, and nothing else's", () => {
    const html = briefingText(reader(1, 'mine'));
    expect(html).toContain('OPEC+ extends 2.2 million bpd output cuts');
    expect(html).toContain('Also in Arabic: <a href="https://kuna.example/');
    expect(html).not.toContain('Лавров');
    expect(html).not.toContain('تعز');
  });

  it('a reader of every language also gets the Russian and Arabic stories, each once and marked, and OPEC+ once, in English', () => {
    const html = briefingText(reader(2, 'all'));
    expect(html).toContain('OPEC+ extends 2.2 million bpd output cuts');
    expect(html).not.toContain('أوبك+ تقرر تمديد');
    expect(html).toContain('Лавров обсудил с главой МИД Кувейта');
    expect(html).toContain('🌐 Russian · ТАСС');
    expect(html).toContain('🌐 Arabic · KUNA');
    expect(html.match(/Лавров обсудил/g)).toHaveLength(1);
  });

  it('a reader that got the event in Arabic the day before is not sent it again in English', () => {
    // The Arabic report is older than the briefing's day; the English one within it.
    db.prepare('UPDATE articles SET published_at = ? WHERE id = ?').run(NOW - 30 * 3_600_000, ids.opecAr!);
    db.prepare('UPDATE articles SET published_at = ? WHERE id = ?').run(NOW - 20 * 3_600_000, ids.opecEn!);
    db.prepare('INSERT INTO subscribers (chat_id, chat_type, language, created_at, updated_at) VALUES (4, ?, ?, 0, 0)').run(
      'private',
      'en',
    );
    db.prepare('INSERT INTO sent_articles (chat_id, article_id, sent_at) VALUES (4, ?, 0)').run(ids.opecAr!);
    expect(briefingText(reader(4, 'all'))).not.toContain('OPEC+ extends');
    expect(briefingText(reader(5, 'all'))).toContain('OPEC+ extends');
  });

  it('a reader that got the event in Arabic is not sent it again in English', () => {
    db.prepare('INSERT INTO subscribers (chat_id, chat_type, language, created_at, updated_at) VALUES (3, ?, ?, 0, 0)').run(
      'private',
      'en',
    );
    db.prepare('INSERT INTO sent_articles (chat_id, article_id, sent_at) VALUES (3, ?, 0)').run(ids.opecAr!);
    expect(briefingText(reader(3, 'all'))).not.toContain('OPEC+ extends');
  });

  it("a reader of all three is never shown another language's brief: the Russian story's Russian brief stays with Russian readers", () => {
    const store = new LlmStore(db);
    const shelf = new BriefShelf({ store, model: 'm' });
    const russian = new ReaderService({ db, articles: new StoryArticleStore(db), searches: new SavedSearchStore(db), now: () => NOW })
      .latest({ language: 'ru', topics: [...TOPICS], count: 10 })
      .stories.find((story) => story.main.id === ids.lavrovRu)!;
    store.saveBrief(briefKey(russian, 'ru', 'm'), 'ru', { headline: null, text: 'РУССКИЙ БРИФ МОДЕЛИ.' }, NOW);
    expect(briefingText({ ...reader(6, 'mine'), language: 'ru' }, shelf)).toContain('РУССКИЙ БРИФ МОДЕЛИ.');
    const english = briefingText(reader(7, 'all'), shelf);
    expect(english).toContain('Лавров обсудил с главой МИД Кувейта');
    expect(english).not.toContain('РУССКИЙ БРИФ МОДЕЛИ.');
  });
});
