import type { Language } from '../model/language.ts';
import type { EventFeatures } from './event-features.ts';
import { entityCountry } from './gazetteer.ts';
import { crossLanguageSimilarity, filingEntities, LINK_WINDOW_MS, MIN_ENTITY_COVERAGE } from './same-event.ts';

interface Entry {
  articleId: number;
  publishedAt: number;
  features: EventFeatures;
}

export interface LinkFound {
  articleId: number;
  score: number;
}

/**
 * The recent articles' features in memory, by the entities they name (and those entities' states),
 * to find a new article's reports in the other languages without comparing it with every one. The
 * rule (same-event.ts) needs more than two thirds of a headline's entities named by the other
 * report, so a candidate is looked up by the new article's headline entities and must be filed
 * under enough of them: exact, as no pair the rule accepts is missed, and the frequent names (the
 * United States, Russia) do not bring the whole window in.
 */
export class LinkIndex {
  private readonly entries = new Map<number, Entry>();
  private readonly byEntity = new Map<string, Entry[]>();

  get size(): number {
    return this.entries.size;
  }

  /** Files an article; an article filed again (changed, linked anew) replaces what it was. */
  add(articleId: number, publishedAt: number, features: EventFeatures): void {
    const entry = { articleId, publishedAt, features };
    this.entries.set(articleId, entry);
    for (const entity of filingEntities(features)) {
      const list = this.byEntity.get(entity);
      if (list) list.push(entry);
      else this.byEntity.set(entity, [entry]);
    }
  }

  /** Forgets the articles published before a time: no new article can be compared with them any more. */
  prune(before: number): void {
    let removed = false;
    for (const [id, entry] of this.entries) {
      if (entry.publishedAt >= before) continue;
      this.entries.delete(id);
      removed = true;
    }
    if (!removed) return;
    for (const [entity, list] of this.byEntity) {
      const kept = list.filter((entry) => this.current(entry));
      if (kept.length > 0) this.byEntity.set(entity, kept);
      else this.byEntity.delete(entity);
    }
  }

  /** The articles of other languages within the window that the rule takes for the same event, best first. */
  linksOf(features: EventFeatures, publishedAt: number): LinkFound[] {
    const slots = features.headlineEntities.length > 0 ? features.headlineEntities : features.entities;
    if (slots.length === 0) return [];
    // More than MIN_ENTITY_COVERAGE of the slots must be named (the entity or its state) by a candidate.
    const needed = Math.floor(slots.length * MIN_ENTITY_COVERAGE + 1e-9) + 1;
    const hits = new Map<Entry, number>();
    slots.forEach((entity, slot) => {
      const seen = new Set<Entry>();
      for (const key of new Set([entity, entityCountry(entity) ?? entity])) {
        for (const entry of this.byEntity.get(key) ?? []) {
          if (seen.has(entry) || !this.current(entry) || !this.within(entry, features.language, publishedAt)) continue;
          seen.add(entry);
          hits.set(entry, (hits.get(entry) ?? 0) | (1 << Math.min(slot, 30)));
        }
      }
    });
    const found: LinkFound[] = [];
    for (const [entry, mask] of hits) {
      if (bitCount(mask) < Math.min(needed, 31)) continue;
      const score = crossLanguageSimilarity(features, entry.features);
      if (score !== null) found.push({ articleId: entry.articleId, score });
    }
    return found.sort((a, b) => b.score - a.score || a.articleId - b.articleId);
  }

  /** Whether an entry is the article's latest filing (older ones stay in the lists until pruned). */
  private current(entry: Entry): boolean {
    return this.entries.get(entry.articleId) === entry;
  }

  private within(entry: Entry, language: Language, publishedAt: number): boolean {
    return entry.features.language !== language && Math.abs(entry.publishedAt - publishedAt) <= LINK_WINDOW_MS;
  }
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}
