import type { Language } from './language.ts';
import type { Topic } from './topics.ts';

/** A chat that receives briefings, with its language, subscription state and followed topics. */
export interface Subscriber {
  chatId: number;
  userId: number | null;
  chatType: string;
  firstName: string | null;
  username: string | null;
  language: Language;
  subscribed: boolean;
  active: boolean;
  topics: Topic[];
  createdAt: number;
}

/** Who a chat is, as Telegram tells it: what registering the chat records. */
export interface ChatIdentity {
  chatId: number;
  userId: number | null;
  chatType: string;
  firstName: string | null;
  username: string | null;
}
