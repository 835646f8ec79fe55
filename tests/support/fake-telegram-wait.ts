// Waiting for conditions instead of sleeping: each waiter is re-checked whenever the fake records
// something, and a timeout says what was actually sent so a failing test explains itself.
import type { RecordedCall } from './fake-telegram.ts';
import type { SentMessage } from './fake-telegram-state.ts';

export interface WaitOptions {
  /** ms; the fake's default (5000 unless started otherwise) */
  timeout?: number;
  /** count of earlier messages / calls / edits to skip; default: all there are now */
  since?: number;
}

interface Waiter {
  what: string;
  check(): void;
  fail(error: Error): void;
}

export class Waiters {
  private readonly waiting = new Set<Waiter>();
  private closedBecause: string | undefined;

  constructor(
    private readonly defaultTimeout: number,
    private readonly describe: () => string,
  ) {}

  wait<T>(check: () => T | undefined, what: string, timeout = this.defaultTimeout): Promise<T> {
    // Made here so that the stack of a timeout points at the test line that waited.
    const error = new Error(`waiting for ${what}`);
    return new Promise<T>((resolve, reject) => {
      if (this.closedBecause !== undefined) {
        error.message = `Cannot wait for ${what}: ${this.closedBecause}`;
        reject(error);
        return;
      }
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(waiter);
      };
      const waiter: Waiter = {
        what,
        check: () => {
          let value: T | undefined;
          try {
            value = check();
          } catch (thrown) {
            done();
            reject(thrown);
            return;
          }
          if (value !== undefined) {
            done();
            resolve(value);
          }
        },
        fail: (reason) => {
          done();
          reject(reason);
        },
      };
      const timer = setTimeout(() => {
        error.message = `Timed out after ${timeout} ms waiting for ${what}.\n${this.describe()}`;
        waiter.fail(error);
      }, timeout);
      this.waiting.add(waiter);
      waiter.check();
    });
  }

  check(): void {
    for (const waiter of [...this.waiting]) waiter.check();
  }

  closeAll(reason: string): void {
    this.closedBecause = reason;
    for (const waiter of [...this.waiting]) {
      waiter.fail(new Error(`Gave up waiting for ${waiter.what}: ${reason}`));
    }
  }
}

const short = (s: string, n = 80) => JSON.stringify(s.length > n ? `${s.slice(0, n)}…` : s);

function describeCall(c: RecordedCall): string {
  const p = c.params;
  const parts = [`#${c.index} ${c.method}`];
  if (p.chat_id !== undefined) parts.push(`chat=${String(p.chat_id)}`);
  if (p.message_id !== undefined) parts.push(`msg=${String(p.message_id)}`);
  if (typeof p.text === 'string') parts.push(short(p.text));
  if (p.callback_query_id !== undefined) parts.push(`query=${String(p.callback_query_id)}`);
  if (c.method === 'getUpdates' && Array.isArray(c.result)) parts.push(`(${c.result.length} update(s))`);
  const outcome = c.ok ? 'ok' : c.aborted ? 'aborted' : `${c.errorCode} ${c.description}`;
  const tags = `${c.injected ? ` [injected ${c.injected}]` : ''}${c.limited ? ` [flood limit: ${c.limited}]` : ''}`;
  return `  ${parts.join(' ')} -> ${outcome}${tags}`;
}

export function describeCalls(calls: RecordedCall[], sent: SentMessage[], pending: number, polling: boolean): string {
  const idle = (c: RecordedCall) => c.method === 'getUpdates' && c.ok && Array.isArray(c.result) && c.result.length === 0;
  const idlePolls = calls.filter(idle);
  const shown = calls.filter((c) => !idle(c)).slice(-30);
  const limited = calls.filter((c) => c.limited !== undefined);
  const perChatRefused = limited.filter((c) => c.limited === 'chat').length;
  const perGroupRefused = limited.filter((c) => c.limited === 'group').length;
  const groupNote = perGroupRefused > 0 ? `, ${perGroupRefused} by a per-group limit` : '';
  const perChat = new Map<number, SentMessage[]>();
  const lastSent = new Map<number, number>();
  sent.forEach((m, i) => {
    const list = perChat.get(m.chatId);
    if (list) list.push(m);
    else perChat.set(m.chatId, [m]);
    lastSent.set(m.chatId, i);
  });
  // the 20 chats most recently sent to, listed in the order first sent to
  const byRecency = [...lastSent.keys()].sort((a, b) => (lastSent.get(b) as number) - (lastSent.get(a) as number));
  const recent = new Set(byRecency.slice(0, 20));
  const chats = [...perChat.keys()].filter((chat) => recent.has(chat));
  const byChat = chats.map((chat) => {
    const list = (perChat.get(chat) as SentMessage[]).slice(-8);
    const lines = list.map((m) => {
      const notes = `${m.edits.length ? ` (edited ${m.edits.length}x)` : ''}${m.deleted ? ' (deleted)' : ''}`;
      return `    [${m.messageId}] ${short(m.text)}${notes}`;
    });
    return `  chat ${chat}:\n${lines.join('\n')}`;
  });
  return [
    `Calls (${calls.length}; last ${shown.length} shown, ${idlePolls.length} empty getUpdates left out):`,
    ...(shown.length ? shown.map(describeCall) : ['  (none)']),
    `Messages the bot sent, by chat:`,
    ...(byChat.length ? byChat : ['  (none)']),
    ...(perChat.size > chats.length ? [`  (and ${perChat.size - chats.length} chat(s) sent to less recently)`] : []),
    ...(limited.length > 0 ? [`Calls refused by flood limits: ${limited.length} (${perChatRefused} by a per-chat limit${groupNote})`] : []),
    `Updates queued but not yet fetched: ${pending}; bot long-polling now: ${polling}`,
  ].join('\n');
}
