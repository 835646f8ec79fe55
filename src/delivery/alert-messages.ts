import type { Logger } from 'pino';
import { renderStory } from '../briefing/render.ts';
import { packBlocks } from '../briefing/split.ts';
import type { Language } from '../model/language.ts';
import type { Story } from '../model/story.ts';
import type { Localizer } from '../model/translate.ts';
import type { AlertKind, AlertStore } from '../store/alerts.ts';
import type { OutboxStore } from '../store/outbox.ts';
import type { OutgoingMessage } from '../store/outbox-records.ts';
import type { SubscriberStore } from '../store/subscribers.ts';
import { escapeMarkup } from '../text/escape.ts';

/** An alert as Telegram HTML: why (the watch's words, or how many sources carry it), then the story as /latest shows it. */
export function renderAlert(
  t: ReturnType<Localizer['for']>,
  alert: { kind: AlertKind; story: Story; watchText?: string },
  language: Language,
  timeZone: string,
): string {
  const header =
    alert.kind === 'watch'
      ? t('alert-watch', { watch: escapeMarkup(alert.watchText ?? '') })
      : t('alert-breaking', { sources: 1 + alert.story.otherSources.length });
  return `${header}\n${renderStory(alert.story, { t, language, timeZone }, { showDate: true })}`;
}

export interface HeldAlertDeps {
  alerts: AlertStore;
  outbox: OutboxStore;
  subscribers: SubscriberStore;
  i18n: Localizer;
  /** For a chat gone meanwhile: the bot's default language. */
  defaultLanguage: Language;
  logger: Logger;
}

/**
 * Queues the alerts whose quiet hours are over, each chat's as one message (more if they do not
 * fit), in one transaction with their removal. An alert whose stories the chat has been sent or has
 * queued meanwhile (a scheduled briefing in the quiet hours) is dropped: nothing comes twice.
 * Returns how many alerts went.
 */
export function releaseHeldAlerts(deps: HeldAlertDeps, now: number): number {
  const { alerts, outbox, subscribers, i18n } = deps;
  let released = 0;
  alerts.transaction(() => {
    const messages: OutgoingMessage[] = [];
    for (const [chatId, held] of alerts.heldDue(now)) {
      alerts.removeHeld(held.map((alert) => alert.id));
      const fresh = held.filter((alert) => alerts.sentOrQueuedAmong(chatId, alert.articleIds).length === 0);
      if (fresh.length === 0) continue;
      const t = i18n.for(subscribers.get(chatId)?.language ?? deps.defaultLanguage);
      const parts = packBlocks([t('alert-held-header', { count: fresh.length }), ...fresh.map((alert) => alert.html)]);
      parts.forEach((text, part) =>
        messages.push({
          kind: 'alert',
          runId: `held:${held[0]!.id}`,
          chatId,
          part,
          text,
          parseMode: 'HTML',
          articleIds: part === 0 ? fresh.flatMap((alert) => alert.articleIds) : [],
        }),
      );
      released += fresh.length;
    }
    outbox.enqueue(messages);
  });
  if (released > 0) deps.logger.info({ released }, 'alerts held in quiet hours queued');
  return released;
}
