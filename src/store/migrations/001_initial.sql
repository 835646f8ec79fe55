-- First schema. Times are Unix milliseconds (INTEGER); language codes are 'ar' | 'ru' | 'en' | 'other'.

CREATE TABLE feeds (
  id                   INTEGER PRIMARY KEY,
  url                  TEXT    NOT NULL UNIQUE,
  name                 TEXT,
  language             TEXT,                       -- declared by the operator; NULL = take the feed's own
  topics               TEXT    NOT NULL DEFAULT '[]', -- JSON array of topic slugs declared for every article
  enabled              INTEGER NOT NULL DEFAULT 1,
  title                TEXT,                       -- the feed's own title, from its last good fetch
  site_link            TEXT,
  feed_language        TEXT,                       -- the feed's own <language>
  etag                 TEXT,
  last_modified        TEXT,
  last_fetch_at        INTEGER,
  last_success_at      INTEGER,
  consecutive_errors   INTEGER NOT NULL DEFAULT 0,
  last_error           TEXT,
  next_poll_at         INTEGER NOT NULL DEFAULT 0,
  created_at           INTEGER NOT NULL,
  updated_at           INTEGER NOT NULL
);

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  feed_id       INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  stable_id     TEXT    NOT NULL,                  -- guid, else Atom id, else link, else content hash
  title         TEXT    NOT NULL,
  link          TEXT,
  author        TEXT,
  language      TEXT    NOT NULL,
  html          TEXT    NOT NULL DEFAULT '',       -- sanitised
  text          TEXT    NOT NULL DEFAULT '',       -- plain, paragraphs and sub-headings kept
  content_hash  TEXT    NOT NULL,
  summary       TEXT,                              -- JSON {headline, lead, sections}
  published_at  INTEGER NOT NULL,
  fetched_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  UNIQUE (feed_id, stable_id)
);
CREATE INDEX articles_by_language_date ON articles (language, published_at DESC);
CREATE INDEX articles_by_hash ON articles (content_hash);

-- Full-text index over text normalised in code (Arabic and Russian forms are folded before indexing),
-- so it holds its own copy; rowid = articles.id.
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE article_topics (
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  topic       TEXT    NOT NULL,
  source      TEXT    NOT NULL CHECK (source IN ('feed', 'text')),
  PRIMARY KEY (article_id, topic)
) WITHOUT ROWID;
CREATE INDEX article_topics_by_topic ON article_topics (topic, article_id);

CREATE TABLE subscribers (
  chat_id        INTEGER PRIMARY KEY,
  user_id        INTEGER,
  chat_type      TEXT    NOT NULL DEFAULT 'private',
  first_name     TEXT,
  username       TEXT,
  language       TEXT    NOT NULL,
  subscribed     INTEGER NOT NULL DEFAULT 1,   -- the reader's choice (/subscribe, /unsubscribe)
  active         INTEGER NOT NULL DEFAULT 1,   -- 0 once Telegram says blocked/deactivated/chat not found
  deactivated_at INTEGER,
  deactivated_reason TEXT,
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL
);

CREATE TABLE subscriber_topics (
  chat_id  INTEGER NOT NULL REFERENCES subscribers(chat_id) ON DELETE CASCADE,
  topic    TEXT    NOT NULL,
  PRIMARY KEY (chat_id, topic)
) WITHOUT ROWID;

-- Which article reached whom: scheduled briefings never repeat a story.
CREATE TABLE sent_articles (
  chat_id     INTEGER NOT NULL REFERENCES subscribers(chat_id) ON DELETE CASCADE,
  article_id  INTEGER NOT NULL,
  sent_at     INTEGER NOT NULL,
  PRIMARY KEY (chat_id, article_id)
) WITHOUT ROWID;

CREATE TABLE broadcasts (
  id                 INTEGER PRIMARY KEY,
  admin_id           INTEGER NOT NULL,
  admin_chat_id      INTEGER NOT NULL,
  text               TEXT    NOT NULL,           -- Telegram HTML, as subscribers will see it
  filter_language    TEXT,
  filter_topic       TEXT,
  status             TEXT    NOT NULL DEFAULT 'preview'
                     CHECK (status IN ('preview', 'queued', 'sending', 'done', 'cancelled', 'stopped')),
  audience           INTEGER NOT NULL DEFAULT 0,
  status_message_id  INTEGER,
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL
);

-- Every bulk message goes through here: pending -> sending -> sent | failed | dropped.
CREATE TABLE outbox (
  id               INTEGER PRIMARY KEY,
  dedupe_key       TEXT    NOT NULL UNIQUE,       -- (kind, run, chat, part): a run cannot enqueue twice
  kind             TEXT    NOT NULL CHECK (kind IN ('briefing', 'broadcast')),
  run_id           TEXT    NOT NULL,
  broadcast_id     INTEGER REFERENCES broadcasts(id),
  chat_id          INTEGER NOT NULL,
  part             INTEGER NOT NULL DEFAULT 0,
  text             TEXT    NOT NULL,
  parse_mode       TEXT,
  reply_markup     TEXT,                          -- JSON
  article_ids      TEXT    NOT NULL DEFAULT '[]', -- JSON: recorded in sent_articles when this message is sent
  status           TEXT    NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'dropped')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  INTEGER NOT NULL DEFAULT 0,
  last_error       TEXT,
  message_id       INTEGER,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at, id);
CREATE INDEX outbox_by_run ON outbox (run_id, status);
