import { InlineKeyboard, type Api } from 'grammy';
import type { Language } from '../model/language.ts';
import type { BroadcastProgress } from '../delivery/broadcast.ts';
import { broadcastButtons } from './buttons.ts';
import type { I18n } from './i18n.ts';
import type { Translate } from '../model/translate.ts';
import { isNotModified } from './edits.ts';

const BAR_CELLS = 10;

/** `▰▰▰▰▰▰▱▱▱▱`: done cells out of ten, rounded down so a bar is full only when all is done. */
export function progressBar(done: number, total: number): string {
  const cells = total <= 0 ? BAR_CELLS : Math.min(BAR_CELLS, Math.floor((done / total) * BAR_CELLS));
  return '▰'.repeat(cells) + '▱'.repeat(BAR_CELLS - cells);
}

/** The broadcast's status message: progress with a Stop button while it goes out, the final report after. */
export function renderBroadcastStatus(progress: BroadcastProgress, t: Translate): { html: string; keyboard: InlineKeyboard | undefined } {
  const { broadcast, counts, finished } = progress;
  const settled = counts.sent + counts.failed + counts.blocked + counts.cancelled + counts.stopped;
  const total = Math.max(broadcast.audience, settled);
  const args = {
    id: String(broadcast.id),
    sent: counts.sent,
    failed: counts.failed,
    blocked: counts.blocked,
    notSent: counts.cancelled + counts.stopped,
    total,
    done: settled,
    percent: total === 0 ? 100 : Math.floor((settled / total) * 100),
    bar: progressBar(settled, total),
  };
  if (!finished) {
    const key = broadcast.status === 'stopped' ? 'broadcast-stopping' : 'broadcast-progress';
    const keyboard =
      broadcast.status === 'sending'
        ? new InlineKeyboard().text(t('broadcast-button-stop'), broadcastButtons.encode({ action: 'stop', id: broadcast.id }))
        : undefined;
    return { html: t(key, args), keyboard };
  }
  return { html: t(broadcast.status === 'stopped' ? 'broadcast-report-stopped' : 'broadcast-report', args), keyboard: undefined };
}

/** Edits a broadcast's status message in its admin's language; "not modified" is not an error. */
export async function showBroadcastStatus(api: Api, i18n: I18n, language: Language, progress: BroadcastProgress): Promise<void> {
  const { broadcast } = progress;
  if (broadcast.statusMessageId === null) return;
  const { html, keyboard } = renderBroadcastStatus(progress, i18n.for(language));
  try {
    await api.editMessageText(broadcast.adminChatId, broadcast.statusMessageId, html, {
      parse_mode: 'HTML',
      ...(keyboard ? { reply_markup: keyboard } : {}),
    });
  } catch (error) {
    if (isNotModified(error)) return;
    throw error;
  }
}
