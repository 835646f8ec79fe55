-- Every kind of chat subscribes: private chats, groups, supergroups (with forum topics) and channels,
-- each with its own briefing hours. Existing rows (private chats) keep their values: every new
-- column is empty for them, which means "as before".
ALTER TABLE subscribers ADD COLUMN title TEXT;                 -- a group's or channel's title
ALTER TABLE subscribers ADD COLUMN thread_id INTEGER;          -- forum topic briefings go to; NULL: the chat itself (General)
ALTER TABLE subscribers ADD COLUMN added_by INTEGER;           -- the user who subscribed a group or connected a channel
ALTER TABLE subscribers ADD COLUMN schedule_times TEXT;        -- JSON minutes after local midnight; NULL: DIGEST_CRON
ALTER TABLE subscribers ADD COLUMN schedule_zone TEXT;         -- its time zone: an IANA name or UTC±H[:MM]
ALTER TABLE subscribers ADD COLUMN next_briefing_at INTEGER;   -- the next of the chat's own times (Unix ms)

-- The chats whose own briefing time has come, found without reading the others.
CREATE INDEX subscribers_due ON subscribers (next_briefing_at) WHERE next_briefing_at IS NOT NULL;

-- A broadcast may go to one kind of chat only: private chats, groups (and supergroups), or channels.
ALTER TABLE broadcasts ADD COLUMN filter_kind TEXT;

-- When each schedule next fires, so a time missed while the bot was down is found at start.
CREATE TABLE schedule_state (
  name     TEXT    PRIMARY KEY,
  next_at  INTEGER NOT NULL
) WITHOUT ROWID;
