import type { EventFeatures } from './event-features.ts';
import { entityCountry } from './gazetteer.ts';

/**
 * Whether two reports in different languages are one event, from their EventFeatures alone: no
 * words are shared across the languages, so the gazetteer's entities stand in for them, the
 * concepts for the verbs, and the particulars (numbers, weekdays, the kind of event) veto the same
 * actors on another occasion. Precision first, as within a language (similarity.ts). Chosen on the
 * dev half of the labelled cross-language pairs (tests/fixtures/stories/cross-pairs.jsonl) and
 * checked on the held-out half: `npm run eval:stories` prints both. Vetoes by place (both name
 * cities, none shared) and by person (both headlines name people, none shared) were measured and
 * left out: on agency copy they cost more same-event pairs than they stopped others, since one
 * report names the host and the other the guest, or the city of the event and the capital.
 */

/** Reports of one event are at most this far apart, in any language (as within one: stories.ts). */
export const LINK_WINDOW_MS = 48 * 3600_000;

/** At least this many distinct entities (an entity counting for its state too) must be named by both. */
export const MIN_SHARED_ENTITIES = 1;
/**
 * Each headline's entities must be named by the other report more than this share (its lead's when
 * the headline names none): two of three is not enough, so a third actor one report adds (Sudan
 * against Yemen in two Security Council votes) keeps them apart.
 */
export const MIN_ENTITY_COVERAGE = 2 / 3;
/**
 * How much the two must agree on, in points: each shared entity, a shared kind of event, each
 * shared number (two at most) and a shared weekday count one. The OPEC+ decision of a Sunday on
 * 2.2 million barrels by eight states has five in Arabic and English; the same body on another
 * matter has one.
 */
export const MIN_AGREEMENT = 3;
const MAX_NUMBER_POINTS = 2;

export type CrossConflict = 'weekday' | 'number' | 'concept';

/** The points of agreement (above) when the two are one event, else null. */
export function crossLanguageSimilarity(a: EventFeatures, b: EventFeatures): number | null {
  if (a.language === b.language) return null;
  const entitiesA = widened(a.entities);
  const entitiesB = widened(b.entities);
  let shared = 0;
  for (const id of entitiesA) if (entitiesB.has(id)) shared++;
  if (shared < MIN_SHARED_ENTITIES) return null;
  if (coverage(a, entitiesB) <= MIN_ENTITY_COVERAGE || coverage(b, entitiesA) <= MIN_ENTITY_COVERAGE) return null;
  if (crossConflict(a, b) !== null) return null;
  const concepts = a.concepts.some((concept) => b.concepts.includes(concept)) ? 1 : 0;
  const numbers = Math.min(MAX_NUMBER_POINTS, a.numbers.filter((number) => b.numbers.includes(number)).length);
  const weekday = a.weekdays.some((day) => b.weekdays.includes(day)) ? 1 : 0;
  const points = shared + concepts + numbers + weekday;
  return points >= MIN_AGREEMENT ? points : null;
}

/**
 * Why two reports that share actors cannot be one event, or null: both name weekdays and share
 * none (Monday's call, Wednesday's meeting); both give numbers and share none (25 killed, 41
 * killed); both say what kind of event and share none (roads reopened, prisoners exchanged).
 */
export function crossConflict(a: EventFeatures, b: EventFeatures): CrossConflict | null {
  if (a.weekdays.length > 0 && b.weekdays.length > 0 && !a.weekdays.some((day) => b.weekdays.includes(day))) return 'weekday';
  if (a.numbers.length > 0 && b.numbers.length > 0 && !a.numbers.some((number) => b.numbers.includes(number))) return 'number';
  if (a.concepts.length > 0 && b.concepts.length > 0 && !a.concepts.some((concept) => b.concepts.includes(concept))) return 'concept';
  return null;
}

/** The entity ids an article is found by: its own and their states. */
export function filingEntities(features: EventFeatures): string[] {
  return [...widened(features.entities)];
}

/**
 * The entities and their states: "in Riyadh", "the crown prince Mohammed bin Salman" and "the
 * White House" name Saudi Arabia and the United States as much as "Saudi" and "American" do, and
 * agencies name the one where the other names the other.
 */
function widened(ids: readonly string[]): Set<string> {
  const all = new Set(ids);
  for (const id of ids) {
    const country = entityCountry(id);
    if (country) all.add(country);
  }
  return all;
}

/** The share of a report's headline entities (its lead's when the headline names none) that the other names, or their state. */
function coverage(a: EventFeatures, other: ReadonlySet<string>): number {
  const own = a.headlineEntities.length > 0 ? a.headlineEntities : a.entities;
  if (own.length === 0) return 0;
  return own.filter((id) => other.has(id) || other.has(entityCountry(id) ?? '')).length / own.length;
}
