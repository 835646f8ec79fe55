-- Delivery runs: one row per scheduled briefing run, so a restart resumes enqueuing where it stopped.
CREATE TABLE delivery_runs (
  id             TEXT    PRIMARY KEY,                -- 'briefing:2026-11-30T08:00:00.000Z': one run per schedule tick
  kind           TEXT    NOT NULL CHECK (kind IN ('briefing', 'broadcast')),
  status         TEXT    NOT NULL DEFAULT 'enqueuing' CHECK (status IN ('enqueuing', 'enqueued')),
  scheduled_for  INTEGER NOT NULL,                   -- the tick; the briefing's window ends here
  cursor         INTEGER,                            -- last chat_id enqueued (subscribers go in chat_id order)
  subscribers    INTEGER NOT NULL DEFAULT 0,         -- chats looked at so far
  briefings      INTEGER NOT NULL DEFAULT 0,         -- chats that had something new
  messages       INTEGER NOT NULL DEFAULT 0,         -- outbox rows enqueued
  started_at     INTEGER NOT NULL,
  enqueued_at    INTEGER
);

-- A chat's queued messages: kept in order, dropped at once when the chat blocks the bot.
CREATE INDEX outbox_by_chat ON outbox (chat_id, status, id);
