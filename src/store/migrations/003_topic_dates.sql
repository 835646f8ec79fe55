-- /topic asks for the newest articles of one topic in one language. Walking the language's date index
-- and probing each article's topics is slow for a rare topic (it reads a week of articles to find
-- ten), so each topic row carries its article's language and date, kept by a trigger, and has an
-- index that answers the question directly.
ALTER TABLE article_topics ADD COLUMN language TEXT;
ALTER TABLE article_topics ADD COLUMN published_at INTEGER;
UPDATE article_topics
   SET language = (SELECT a.language FROM articles a WHERE a.id = article_topics.article_id),
       published_at = (SELECT a.published_at FROM articles a WHERE a.id = article_topics.article_id);
CREATE INDEX article_topics_by_topic_date ON article_topics (topic, language, published_at DESC);
CREATE TRIGGER article_topics_dates AFTER INSERT ON article_topics
BEGIN
  UPDATE article_topics
     SET language = (SELECT a.language FROM articles a WHERE a.id = NEW.article_id),
         published_at = (SELECT a.published_at FROM articles a WHERE a.id = NEW.article_id)
   WHERE article_id = NEW.article_id AND topic = NEW.topic;
END;
