-- Watches, mutes and alerts: words a chat follows (an alert when a new article names them), words
-- it keeps out, breaking stories and quiet hours. Every table keys on chat_id, so a group upgraded
-- to a supergroup takes them along (store/chat-migration.ts moves every such table).

CREATE TABLE watches (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,   -- never reused: the alert job's index knows watches by id
  chat_id     INTEGER NOT NULL REFERENCES subscribers(chat_id) ON DELETE CASCADE,
  text        TEXT    NOT NULL,                    -- as the chat typed it (tidied), shown back in /watches and alerts
  query       TEXT    NOT NULL,                    -- JSON: the parsed watch (src/watch/query.ts)
  created_at  INTEGER NOT NULL
);
CREATE INDEX watches_by_chat ON watches (chat_id, id);

CREATE TABLE mutes (
  chat_id     INTEGER NOT NULL REFERENCES subscribers(chat_id) ON DELETE CASCADE,
  word        TEXT    NOT NULL,                    -- folded: one row per word, whatever form it was typed in
  shown       TEXT    NOT NULL,                    -- as typed, for /settings
  terms       TEXT    NOT NULL,                    -- JSON: its folded words with their forms (src/watch/query.ts)
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (chat_id, word)
) WITHOUT ROWID;

-- Breaking stories and quiet hours; a chat without a row has neither.
CREATE TABLE alert_settings (
  chat_id     INTEGER PRIMARY KEY REFERENCES subscribers(chat_id) ON DELETE CASCADE,
  breaking    INTEGER NOT NULL DEFAULT 0,
  quiet_from  INTEGER,                             -- minutes after the chat's local midnight
  quiet_to    INTEGER
);
CREATE INDEX alert_settings_breaking ON alert_settings (chat_id) WHERE breaking = 1;

-- What each chat was alerted to: one row per article of the story, so an article that joins the
-- story later is known as alerted already.
CREATE TABLE alerted_articles (
  chat_id     INTEGER NOT NULL REFERENCES subscribers(chat_id) ON DELETE CASCADE,
  article_id  INTEGER NOT NULL,
  kind        TEXT    NOT NULL CHECK (kind IN ('watch', 'breaking')),
  alerted_at  INTEGER NOT NULL,
  PRIMARY KEY (chat_id, kind, article_id)
) WITHOUT ROWID;

-- Alerts that came in a chat's quiet hours, sent as one message when they end.
CREATE TABLE held_alerts (
  id           INTEGER PRIMARY KEY,
  chat_id      INTEGER NOT NULL REFERENCES subscribers(chat_id) ON DELETE CASCADE,
  kind         TEXT    NOT NULL CHECK (kind IN ('watch', 'breaking')),
  html         TEXT    NOT NULL,
  article_ids  TEXT    NOT NULL DEFAULT '[]',      -- JSON
  release_at   INTEGER NOT NULL,                   -- when the quiet hours end
  created_at   INTEGER NOT NULL
);
CREATE INDEX held_alerts_due ON held_alerts (release_at, chat_id, id);

-- The last article the alert job has looked at: articles are matched once, in id order, in the
-- transaction that queues their alerts, so a restart neither loses nor repeats one.
CREATE TABLE alert_cursor (
  name             TEXT    PRIMARY KEY,
  last_article_id  INTEGER NOT NULL
) WITHOUT ROWID;
-- Articles stored before watches existed are not alerts.
INSERT INTO alert_cursor (name, last_article_id) SELECT 'alerts', COALESCE(MAX(id), 0) FROM articles;
