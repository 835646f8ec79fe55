-- The optional language model: the briefs it wrote (made once per story content, language, model
-- and prompt, reused on every view), and each day's calls and tokens (the daily budget survives a
-- restart).

CREATE TABLE llm_briefs (
  key         TEXT    PRIMARY KEY,             -- src/briefing/briefs.ts: a hash of the story's reports, the language, model and prompt
  language    TEXT    NOT NULL,
  headline    TEXT,                            -- a translated headline, for a story from another language
  text        TEXT    NOT NULL,
  created_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX llm_briefs_by_date ON llm_briefs (created_at);

CREATE TABLE llm_usage (
  day               TEXT    PRIMARY KEY,       -- YYYY-MM-DD in TIMEZONE
  calls             INTEGER NOT NULL DEFAULT 0,
  prompt_tokens     INTEGER NOT NULL DEFAULT 0,
  completion_tokens INTEGER NOT NULL DEFAULT 0,
  failures          TEXT    NOT NULL DEFAULT '{}',  -- JSON: failures by kind
  last_error        TEXT,
  last_error_at     INTEGER
);
