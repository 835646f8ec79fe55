-- The queue stores each message text once and refers to it from every row that sends it: a scheduled
-- minute gives thousands of chats the same briefing, and writing it once per chat was most of the
-- cost of queuing them. Retention deletes the texts no row refers to any more. (No foreign key:
-- checking it took a quarter of the time of queuing a row; the queue's code is its only writer.)
--
-- A message is unique by (run, chat, part, kind) in an index of those columns instead of a text key
-- built from them: chats sort by number, so the rows of one batch of chats share index pages
-- (as text, chat 10 sorted next to 100 and 1000, and every batch wrote pages all over the index).
-- The same index finds a run's messages, so the queue keeps no index of runs of its own.
CREATE TABLE outbox_texts (
  id    INTEGER PRIMARY KEY,
  text  TEXT    NOT NULL
);

-- Rows already queued keep their own text, under their own id.
INSERT INTO outbox_texts (id, text) SELECT id, text FROM outbox;

CREATE TABLE outbox_new (
  id               INTEGER PRIMARY KEY,
  kind             TEXT    NOT NULL CHECK (kind IN ('briefing', 'broadcast', 'alert')),  -- alert: a watch or a breaking story
  run_id           TEXT    NOT NULL,
  broadcast_id     INTEGER REFERENCES broadcasts(id),
  chat_id          INTEGER NOT NULL,
  part             INTEGER NOT NULL DEFAULT 0,
  text_id          INTEGER NOT NULL,              -- outbox_texts.id
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

INSERT INTO outbox_new (id, kind, run_id, broadcast_id, chat_id, part, text_id, parse_mode, reply_markup, article_ids,
                        status, attempts, next_attempt_at, last_error, message_id, created_at, updated_at)
  SELECT id, kind, run_id, broadcast_id, chat_id, part, id, parse_mode, reply_markup, article_ids,
         status, attempts, next_attempt_at, last_error, message_id, created_at, updated_at
  FROM outbox;

DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;

-- A run cannot queue the same part for a chat twice; a run's messages, by run.
CREATE UNIQUE INDEX outbox_message ON outbox (run_id, chat_id, part, kind);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at, id);
CREATE INDEX outbox_by_chat ON outbox (chat_id, status, id);

-- Each queued message with its text, for reading (the sender joins the two itself).
CREATE VIEW outbox_messages AS
  SELECT o.*, t.text FROM outbox o JOIN outbox_texts t ON t.id = o.text_id;
