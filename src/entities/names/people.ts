import type { EntityEntry } from '../entity.ts';
import { PEOPLE_REGION } from './people-region.ts';
import { PEOPLE_WORLD } from './people-world.ts';

/**
 * The gazetteer's people, kept in two files to stay readable: people-region.ts (the Middle East and
 * North Africa, Iran, Israel, Turkey) and people-world.ts (Russia, the US, the UN, Europe, Asia).
 */
export const PEOPLE: readonly EntityEntry[] = [...PEOPLE_REGION, ...PEOPLE_WORLD];
