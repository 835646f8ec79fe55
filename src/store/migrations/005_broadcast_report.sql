-- What became of a broadcast, kept when its outbox rows are long gone.
ALTER TABLE broadcasts ADD COLUMN preview_message_id INTEGER;
ALTER TABLE broadcasts ADD COLUMN sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE broadcasts ADD COLUMN failed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE broadcasts ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0;
ALTER TABLE broadcasts ADD COLUMN not_sent INTEGER NOT NULL DEFAULT 0;  -- stopped, or the reader unsubscribed meanwhile
ALTER TABLE broadcasts ADD COLUMN queued_at INTEGER;
ALTER TABLE broadcasts ADD COLUMN finished_at INTEGER;
CREATE INDEX broadcasts_by_status ON broadcasts (status, id);
