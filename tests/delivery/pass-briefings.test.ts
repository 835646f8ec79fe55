import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18n } from '../../src/bot/i18n.ts';
import { composeBriefing, STORIES_PER_SECTION } from '../../src/briefing/compose.ts';
import { BRIEFING_WINDOW_MS } from '../../src/briefing/reader-service.ts';
import { renderBriefingMessages } from '../../src/briefing/render.ts';
import { groupStories } from '../../src/briefing/stories.ts';
import { PassBriefings } from '../../src/delivery/pass-briefings.ts';
import { TOPICS, type Topic } from '../../src/model/topics.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { DeliveryRunStore, type Recipient } from '../../src/store/delivery-runs.ts';
import { OutboxStore } from '../../src/store/outbox.ts';
import { StoryArticleStore } from '../../src/store/story-articles.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';
import { seedArticles, type SeedArticle } from '../support/seed.ts';

const NOW = Date.parse('2026-03-02T08:00:00Z');
const HOUR = 3_600_000;

/** Forty-eight stories on six topics, more than a section shows, so the cap and the order matter. */
function articles(): SeedArticle[] {
  const subjects = [
    ['Kuwait and Saudi Arabia sign a Gulf border accord', 'The GCC states Kuwait and Saudi Arabia signed an accord in Riyadh.'],
    ['OPEC+ ministers extend oil output cuts', 'OPEC+ agreed to extend oil production cuts to support prices.'],
    ['UN Security Council meets on Yemen', 'The United Nations Security Council met on Yemen and the Houthi attacks.'],
    ['Iran and the IAEA discuss the nuclear deal', 'Iran and the IAEA discussed inspections under the nuclear deal in Tehran.'],
    ['Gaza ceasefire talks resume in Cairo', 'Palestinian and Israeli negotiators resumed ceasefire talks on Gaza in Cairo.'],
    ['Syria and Jordan reopen a border crossing', 'Syria and Jordan reopened the Nassib border crossing for trade.'],
  ];
  return Array.from({ length: 48 }, (_, i) => {
    const [title, text] = subjects[i % subjects.length]!;
    return {
      feed: `Agency ${i % 5}`,
      language: 'en' as const,
      title: `${title} (${i + 1})`,
      text: `${text} Round ${i + 1}, day ${i}.`,
      publishedAt: NOW - (i + 1) * 0.4 * HOUR,
    };
  });
}

let db: Db;
let ids: number[];

beforeEach(() => {
  const path = join(mkdtempSync(join(tmpdir(), 'diplobrief-pass-')), 'bot.db');
  ids = seedArticles(path, articles());
  db = openDatabase(path);
});
afterEach(() => db.close());

const logger = pino({ level: 'silent' });
const i18n = new I18n();

/** What a chat's briefing is by definition: composeBriefing over the stories it has not seen, rendered. */
function expected(recipient: Recipient, seen: ReadonlySet<number>) {
  const stories = groupStories(
    new StoryArticleStore(db).recent({ language: 'en', topics: TOPICS, since: NOW - BRIEFING_WINDOW_MS, limit: 2_000 }),
  );
  const fresh = stories.filter((story) => !seen.has(story.main.id) && !story.others.some((other) => seen.has(other.id)));
  const briefing = composeBriefing({ stories: fresh, topics: recipient.topics, language: 'en', at: NOW });
  if (briefing.sections.length === 0) return [];
  const t = i18n.for('en');
  return renderBriefingMessages(
    briefing,
    { t, language: 'en', timeZone: 'UTC' },
    { ...(recipient.chatType === 'channel' ? {} : { footer: t('digest-footer') }) },
  );
}

describe('PassBriefings', () => {
  it('gives every chat exactly what composing and rendering its fresh stories gives, whatever it has seen and follows', () => {
    const pass = new PassBriefings(
      {
        runs: new DeliveryRunStore(db, () => NOW),
        outbox: new OutboxStore(db, () => NOW),
        articles: new StoryArticleStore(db),
        i18n,
        timeZone: 'UTC',
        logger,
      },
      NOW,
    );
    const topicSets: Topic[][] = [
      [...TOPICS],
      ['gulf', 'energy'],
      ['un', 'yemen', 'security'],
      ['iran'],
      ['palestine', 'syria', 'economy'],
    ];
    // A seeded, varied history: chat n has seen every article whose index is a multiple of (n % 7) + 2, and some none.
    const chats: Recipient[] = Array.from({ length: 40 }, (_, n) => ({
      chatId: 1_000 + n,
      chatType: n % 9 === 0 ? 'channel' : 'private',
      language: 'en',
      topics: topicSets[n % topicSets.length]!,
    }));
    const subscribers = new SubscriberStore(db, () => NOW);
    for (const chat of chats) {
      subscribers.register({ chatId: chat.chatId, userId: 1, chatType: chat.chatType, firstName: null, username: null }, 'en');
      const step = (chat.chatId % 7) + 2;
      for (const [index, id] of ids.entries()) {
        if (chat.chatId % 5 !== 0 && index % step === 0)
          db.prepare('INSERT INTO sent_articles (chat_id, article_id, sent_at) VALUES (?, ?, 0)').run(chat.chatId, id);
      }
    }
    const seenOf = (chatId: number) =>
      new Set(
        (db.prepare('SELECT article_id FROM sent_articles WHERE chat_id = ?').all(chatId) as { article_id: number }[]).map(
          (row) => row.article_id,
        ),
      );
    // Once through the batch lookup, once chat by chat (what happens when the batch lookup fails).
    const batch = pass.seenInBatch(chats);
    for (const chat of chats) {
      const want = expected(chat, seenOf(chat.chatId));
      expect(pass.briefingFor(chat, batch), `chat ${chat.chatId}`).toEqual(want);
      expect(pass.briefingFor(chat, undefined), `chat ${chat.chatId}, on its own`).toEqual(want);
    }
    expect(chats.some((chat) => expected(chat, seenOf(chat.chatId)).length > 0)).toBe(true);
    // The data fills a section past its cap, so the cap is exercised.
    const all = groupStories(
      new StoryArticleStore(db).recent({ language: 'en', topics: TOPICS, since: NOW - BRIEFING_WINDOW_MS, limit: 2_000 }),
    );
    const full = composeBriefing({ stories: all, topics: [...TOPICS], language: 'en', at: NOW, perSection: Infinity });
    expect(Math.max(...full.sections.map((section) => section.stories.length))).toBeGreaterThan(STORIES_PER_SECTION);
  });
});
