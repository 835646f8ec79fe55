import type { AudienceKind } from './chat.ts';
import type { Language } from './language.ts';
import type { Topic } from './topics.ts';

/** Who an admin's broadcast goes to: every subscribed chat, narrowed by language, topic and kind of chat when given. */
export interface AudienceFilter {
  language?: Language;
  topic?: Topic;
  kind?: AudienceKind;
}
