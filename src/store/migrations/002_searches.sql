-- Searches readers ran, so that a "more" button (64 bytes of callback data) can name one by id and
-- still work after a restart. Old ones are pruned; a pruned search's button says so.
CREATE TABLE searches (
  id          INTEGER PRIMARY KEY,
  chat_id     INTEGER NOT NULL,
  language    TEXT    NOT NULL,
  query       TEXT    NOT NULL,
  created_at  INTEGER NOT NULL
);
CREATE INDEX searches_by_age ON searches (created_at);
