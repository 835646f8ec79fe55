import type { ChatIdentity, ChatSchedule, Subscriber } from '../model/chat.ts';
import type { Language } from '../model/language.ts';
import { nextBriefingAt } from '../schedule/chat-schedule.ts';
import { dailyTimes, nextCronRun } from '../schedule/describe.ts';
import type { SubscriberStore } from '../store/subscribers.ts';

/** When a chat's scheduled briefings come, as a reader is told it (never as a cron string). */
export type ChatHoursView =
  /** The chat's own hours. */
  | { kind: 'own'; times: number[]; zone: string; nextAt: number }
  /** The default schedule (DIGEST_CRON), when it is daily at fixed times. */
  | { kind: 'default'; times: number[]; zone: string; nextAt: number | undefined }
  /** The default schedule in any other shape: only when it next fires can be said simply. */
  | { kind: 'default-other'; zone: string; nextAt: number | undefined };

export interface ChatHoursDeps {
  subscribers: SubscriberStore;
  now: () => number;
  /** DIGEST_CRON and TIMEZONE: what a chat without hours of its own follows. */
  defaultCron: string;
  defaultZone: string;
}

/** A chat's briefing hours: shown, set, given back to the default, switched off. */
export class ChatHours {
  constructor(private readonly deps: ChatHoursDeps) {}

  /** The chat's hours; a chat without a record (or without hours of its own) follows the default. */
  view(subscriber: Pick<Subscriber, 'schedule'> | undefined): ChatHoursView {
    const own = subscriber?.schedule;
    if (own) return { kind: 'own', ...own, nextAt: nextBriefingAt(own, this.deps.now()) };
    const zone = this.deps.defaultZone;
    const nextAt = nextCronRun(this.deps.defaultCron, zone);
    const times = dailyTimes(this.deps.defaultCron);
    return times ? { kind: 'default', times, zone, nextAt } : { kind: 'default-other', zone, nextAt };
  }

  /** The zone a chat's new hours are in when none is given: the one it chose before, else the default. */
  zoneOf(subscriber: Pick<Subscriber, 'schedule'> | undefined): string {
    return subscriber?.schedule?.zone ?? this.deps.defaultZone;
  }

  /**
   * Sets the chat's own hours (registering and subscribing it, as choosing hours means wanting the
   * briefings); the next one is the first of them from now, so changing hours or zone never sends a
   * briefing twice for one time, nor skips the next.
   */
  set(identity: ChatIdentity, language: Language, times: number[], zone: string): { subscriber: Subscriber; view: ChatHoursView } {
    this.deps.subscribers.register(identity, language);
    return this.setFor(identity.chatId, times, zone);
  }

  /** Sets a known chat's own hours (a channel's, from its panel), leaving its subscription as it is. */
  setFor(chatId: number, times: number[], zone: string): { subscriber: Subscriber; view: ChatHoursView } {
    const { subscribers } = this.deps;
    const schedule: ChatSchedule = { times, zone };
    subscribers.setSchedule(chatId, schedule, nextBriefingAt(schedule, this.deps.now()));
    const subscriber = subscribers.get(chatId)!;
    return { subscriber, view: this.view(subscriber) };
  }

  /** Back to the default schedule; false when the chat is unknown. */
  useDefault(chatId: number): ChatHoursView | undefined {
    const subscriber = this.deps.subscribers.get(chatId);
    if (!subscriber) return undefined;
    this.deps.subscribers.setSchedule(chatId, null, null);
    return this.view(undefined);
  }

  /** No more scheduled briefings (as /unsubscribe); the hours are kept for when they are turned on again. */
  off(chatId: number): boolean {
    return this.deps.subscribers.setSubscribed(chatId, false);
  }
}
