-- Across languages: what each recent article says happened in language-free terms, the links
-- between reports of one event in two languages, and each chat's choice of sources.

-- Kept for the linking window only (src/feeds/language-links.ts prunes older rows): a new article
-- is compared with the reports of the 48 hours around it, through an index the linker keeps in
-- memory and rebuilds from these rows.
CREATE TABLE article_features (
  article_id   INTEGER PRIMARY KEY,                 -- articles.id; removed with its feed (store/feeds.ts)
  language     TEXT    NOT NULL,
  published_at INTEGER NOT NULL,
  features     TEXT    NOT NULL                     -- JSON: src/entities/event-features.ts
);
CREATE INDEX article_features_by_date ON article_features (published_at);

-- Articles waiting to be linked: stored or changed since the linker last looked (store/articles.ts
-- adds them; the linker takes them off when done). Those of the last 48 hours start in it.
CREATE TABLE link_queue (
  article_id   INTEGER PRIMARY KEY
);
INSERT INTO link_queue (article_id)
  SELECT id FROM articles
  WHERE language IN ('ar', 'ru', 'en') AND published_at >= CAST(strftime('%s', 'now') AS INTEGER) * 1000 - 172800000;

-- Two reports of one event in different languages; stored both ways, so either finds the other.
CREATE TABLE article_links (
  article_id   INTEGER NOT NULL,
  linked_id    INTEGER NOT NULL,
  score        REAL    NOT NULL,
  PRIMARY KEY (article_id, linked_id)
) WITHOUT ROWID;

-- 'all': stories that exist only in another language reach the chat too (/sources). The chats
-- that read all three, for the alert job's watches followed across languages.
ALTER TABLE subscribers ADD COLUMN sources TEXT NOT NULL DEFAULT 'mine' CHECK (sources IN ('mine', 'all'));
CREATE INDEX subscribers_reading_all ON subscribers (chat_id, updated_at) WHERE sources = 'all';

-- A search run with /sources all looks in every language; its "more" button pages the same way.
ALTER TABLE searches ADD COLUMN sources TEXT NOT NULL DEFAULT 'mine';
