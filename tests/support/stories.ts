import type { Language } from '../../src/model/language.ts';
import type { Story, StoryArticle } from '../../src/model/story.ts';
import type { Topic } from '../../src/model/topics.ts';

let nextId = 1;

/** An article as the store gives it, with sensible defaults. */
export function article(fields: Partial<StoryArticle> & { title?: string }): StoryArticle {
  const id = fields.id ?? nextId++;
  const title = fields.title ?? `Headline ${id}`;
  return {
    id,
    feedId: fields.feedId ?? 1,
    feedName: fields.feedName ?? 'KUNA',
    title,
    link: fields.link === undefined ? `https://news.example/${id}` : fields.link,
    language: fields.language ?? ('en' as Language),
    publishedAt: fields.publishedAt ?? Date.parse('2026-11-29T06:00:00Z'),
    summary: fields.summary ?? { headline: title, lead: `Lead of story ${id}.`, sections: [] },
    topics: fields.topics ?? (['gulf'] as Topic[]),
  };
}

/** A story of one article, or of a main article and others. */
export function story(main: StoryArticle, others: StoryArticle[] = []): Story {
  return {
    main,
    others,
    topics: [...new Set([...main.topics, ...others.flatMap((o) => o.topics)])],
    otherSources: [...new Set(others.map((o) => o.feedName))],
    latestAt: Math.max(main.publishedAt, ...others.map((o) => o.publishedAt)),
  };
}
