import type { Feature } from '../src/bot/feature.ts';
import { briefing } from './briefing.ts';
import { alerts } from './alerts.ts';
import { broadcast } from './broadcast.ts';
import { channels } from './channels.ts';
import { fallback } from './fallback.ts';
import { feeds } from './feeds.ts';
import { help } from './help.ts';
import { here } from './here.ts';
import { language } from './language.ts';
import { latest } from './latest.ts';
import { membership } from './membership.ts';
import { mutes } from './mutes.ts';
import { schedule } from './schedule.ts';
import { search } from './search.ts';
import { sources } from './sources.ts';
import { settings } from './settings.ts';
import { stats } from './stats.ts';
import { start } from './start.ts';
import { subscription } from './subscription.ts';
import { topic } from './topic.ts';
import { topics } from './topics.ts';
import { watches } from './watches.ts';

/** Every command family, in the order they see updates; the fallback comes last. */
export const features: readonly Feature[] = [
  start,
  help,
  latest,
  topic,
  topics,
  briefing,
  search,
  language,
  settings,
  schedule,
  watches,
  mutes,
  alerts,
  sources,
  subscription,
  here,
  channels,
  membership,
  feeds,
  broadcast,
  stats,
  fallback,
];
