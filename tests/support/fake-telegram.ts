// A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests: grammY talks to it over real
// HTTP (`new Bot(token, { client: { apiRoot: fake.apiRoot } })`), tests play the users and wait
// for what the bot sends. Long polling is held open like Telegram's, so an idle bot stays idle.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update, UserFromGetMe } from 'grammy/types';
import { failure, type Outcome, readParams, respond, success } from './fake-telegram-http.ts';
import { type FloodLimit, FloodLimiter, type FloodRefusals, floodError, type RateLimitOptions } from './fake-telegram-limits.ts';
import { canonicalMethod, METHODS, type MethodContext } from './fake-telegram-methods.ts';
import { FakeChats } from './fake-telegram-chats.ts';
import { ChatRooms } from './fake-telegram-rooms.ts';
import {
  ApiError,
  type ChatInfo,
  type FakeUser,
  FakeTelegramState,
  type MessageRef,
  type SentMessage,
  type UserSendOptions,
} from './fake-telegram-state.ts';
import { UpdateFeed } from './fake-telegram-poll.ts';
import { describeCalls, Waiters, type WaitOptions } from './fake-telegram-wait.ts';

export type { ChatInfo, FakeUser, MessageRef, SentMessage, UserSendOptions } from './fake-telegram-state.ts';
export type { MessageVersion } from './fake-telegram-state.ts';
export type { FloodLimit, FloodRefusals, RateLimitOptions } from './fake-telegram-limits.ts';
export { RATE_LIMITED_METHODS } from './fake-telegram-limits.ts';
export type { ActOptions, ChatOptions, FakeChats, MemberEntry } from './fake-telegram-chats.ts';
export { GROUP_ANONYMOUS_BOT } from './fake-telegram-chats.ts';
export type { ChatMemberUser, MemberInput, MemberSpec, MemberStatus } from './fake-telegram-members.ts';
export type { ForumTopic } from './fake-telegram-rooms.ts';
export { GENERAL_TOPIC } from './fake-telegram-rooms.ts';

export type Failure =
  | { kind: 'flood'; retryAfter: number }
  | { kind: 'blocked' }
  | { kind: 'deactivated' }
  | { kind: 'server'; status?: 500 | 502 }
  | { kind: 'chat-not-found' }
  /** answers (after doing the work) only `ms` later: a slow or lost answer */
  | { kind: 'hang'; ms: number }
  /** drops the connection without an answer */
  | { kind: 'network' };

export interface RecordedCall {
  index: number;
  method: string;
  params: Record<string, unknown>;
  ok: boolean;
  result?: unknown;
  errorCode?: number;
  description?: string;
  /** set when a failNext rule produced this answer */
  injected?: Failure['kind'];
  /** set when a flood limit (StartOptions.rateLimit) refused the call with 429: which one */
  limited?: FloodLimit;
  /** parameters.retry_after of a 429 answer (injected or limited) */
  retryAfter?: number;
  /** the client went away before the answer (an aborted long poll) */
  aborted?: boolean;
  /** Date.now() when the request arrived */
  time: number;
}

export interface StartOptions {
  token?: string;
  botUsername?: string;
  botName?: string;
  /** refuse bare `&` and unknown entities in HTML, which Telegram prints literally (default true) */
  strictHtml?: boolean;
  /** default timeout of the wait helpers, ms (default 5000) */
  timeout?: number;
  /**
   * Telegram-like flood limits on sending calls (RATE_LIMITED_METHODS); default none. A call past
   * a limit is answered 429 "Too Many Requests: retry after N" with parameters.retry_after, does
   * nothing, and is recorded with `limited`. Only accepted calls (answered ok) fill the windows.
   */
  rateLimit?: RateLimitOptions;
}

interface Rule {
  method: string;
  failure: Failure;
  remaining: number;
  chatId?: string;
}

const DEFAULT_TOKEN = '7000000001:AAFakeTokenForDiplobriefTests_000000000';

function injected(f: Exclude<Failure, { kind: 'hang' | 'network' }>): ApiError {
  switch (f.kind) {
    case 'flood':
      return floodError(f.retryAfter);
    case 'blocked':
      return new ApiError(403, 'Forbidden: bot was blocked by the user');
    case 'deactivated':
      return new ApiError(403, 'Forbidden: user is deactivated');
    case 'chat-not-found':
      return new ApiError(400, 'Bad Request: chat not found');
    case 'server':
      return f.status === 502 ? new ApiError(502, 'Bad Gateway') : new ApiError(500, 'Internal Server Error');
  }
}

export class FakeTelegram {
  readonly calls: RecordedCall[] = [];
  readonly state: FakeTelegramState;
  /** groups, supergroups and channels: create them, add or remove the bot, topics, migration */
  readonly chats: FakeChats;
  private readonly rooms: ChatRooms;
  private readonly waiters: Waiters;
  private readonly ctx: MethodContext;
  private rules: Rule[] = [];
  private readonly feed: UpdateFeed;
  private readonly hangs = new Set<() => void>();
  private limiter: FloodLimiter | undefined;
  private readonly refused = { global: 0, perChat: 0, perGroup: 0 };
  private groupLimitSet = false;
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly server: Server,
    readonly apiRoot: string,
    readonly token: string,
    bot: UserFromGetMe,
    opts: StartOptions,
  ) {
    this.state = new FakeTelegramState(bot);
    this.rooms = new ChatRooms(this.state);
    this.chats = new FakeChats(this.state, this.rooms, (update) => this.queued(this.state.queue(update)));
    this.ctx = {
      state: this.state,
      rooms: this.rooms,
      strictHtml: opts.strictHtml ?? true,
      delivered: () => this.queued(),
    };
    this.waiters = new Waiters(opts.timeout ?? 5000, () => this.describe());
    this.feed = new UpdateFeed(this.state, () => this.waiters.check());
    this.setRateLimit(opts.rateLimit);
  }

  static async start(opts: StartOptions = {}): Promise<FakeTelegram> {
    const token = opts.token ?? DEFAULT_TOKEN;
    const bot = {
      id: Number(/^(\d+):/.exec(token)?.[1] ?? 7000000001),
      is_bot: true,
      first_name: opts.botName ?? 'Diplobrief Test',
      username: opts.botUsername ?? 'diplobrief_test_bot',
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
    } as UserFromGetMe;
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address() as AddressInfo;
    const fake = new FakeTelegram(server, `http://127.0.0.1:${port}`, token, bot, opts);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void fake.onRequest(req, res));
    return fake;
  }

  get botInfo(): UserFromGetMe {
    return this.state.bot;
  }

  /**
   * Turns flood limits on, changes them (the windows start empty) or, with undefined, turns them
   * off; for a fake someone else started, as the bot harness does.
   */
  setRateLimit(limits: RateLimitOptions | undefined): void {
    this.limiter = limits ? new FloodLimiter(limits) : undefined;
    if (limits?.perGroup) this.groupLimitSet = true;
  }

  /** How many calls the flood limits have refused so far, by limit (perGroup once such a limit was set). */
  floodRefusals(): FloodRefusals {
    const { global, perChat, perGroup } = this.refused;
    return { global, perChat, ...(this.groupLimitSet && { perGroup }), total: global + perChat + perGroup };
  }

  /** Calls of the method, answered or not, oldest first; with `chatId`, only those naming that chat_id. */
  callsTo(method: string, chatId?: number | string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && (chatId === undefined || String(c.params.chat_id) === String(chatId)));
  }

  /** What the bot sent (current text after edits), oldest first; deleted ones only on request. */
  messages(chatId?: number, opts: { includeDeleted?: boolean } = {}): SentMessage[] {
    const from = chatId === undefined ? this.state.sent : this.state.sentTo(chatId);
    return from.filter((m) => opts.includeDeleted || !m.deleted);
  }

  message(chatId: number, messageId: number): SentMessage | undefined {
    return this.state.find(chatId, messageId);
  }

  lastMessage(chatId: number): SentMessage | undefined {
    return this.messages(chatId).at(-1);
  }

  /** How many messages the bot has sent to the chat, deleted ones included: a `since` baseline. */
  sentCount(chatId: number): number {
    return this.state.sentTo(chatId).length;
  }

  /**
   * Every chat the bot has sent to, with how many messages (accepted sendMessage calls; deleted
   * messages included, refused calls not). A fresh Map each time.
   */
  sentCountByChat(): Map<number, number> {
    return this.state.sentCountByChat();
  }

  registerChat(id: number, info: Partial<ChatInfo> = {}): ChatInfo {
    return this.state.registerChat(id, info);
  }

  /** Every later send or edit to the chat answers 403 "bot was blocked by the user". */
  blockChat(id: number): void {
    this.state.blocked.add(id);
  }

  unblockChat(id: number): void {
    this.state.blocked.delete(id);
  }

  /** The next `times` calls of `method` ('*' for any), to `chatId` if given, fail this way. */
  failNext(method: string, failure: Failure, opts: { times?: number; chatId?: number | string } = {}): void {
    this.rules.push({
      method: method === '*' ? '*' : method.toLowerCase(),
      failure,
      remaining: opts.times ?? 1,
      ...(opts.chatId !== undefined && { chatId: String(opts.chatId) }),
    });
  }

  /** Forgets the failures failNext set up that have not happened yet: Telegram works again. */
  clearFailures(): void {
    this.rules = [];
  }

  /**
   * The user writes `text` in their private chat or, with `chatId`, in a group or supergroup (in
   * `threadId`'s forum topic). Throws if Telegram would not deliver it to the bot.
   */
  userSends(user: FakeUser, text: string, opts: UserSendOptions = {}): Update {
    const chatId = opts.chatId ?? user.id;
    if (chatId !== user.id && !this.state.chats.has(chatId)) this.state.registerChat(chatId);
    const fields = this.chats.messageFields(user, chatId, opts.threadId);
    return this.queued(this.state.userSends(user, text, opts, fields));
  }

  userPresses(user: FakeUser, message: MessageRef, data: string, opts?: { force?: boolean }): Update {
    return this.queued(this.state.userPresses(user, message, data, opts));
  }

  /** Any other update, as Telegram would send it (update_id is added). */
  queueUpdate(update: Omit<Update, 'update_id'>): Update {
    return this.queued(this.state.queue(update));
  }

  /** Updates queued that no getUpdates answer has carried yet. */
  pendingUpdates(): number {
    return this.feed.pending();
  }

  /** True while a getUpdates long poll is being held open (the bot is idle and listening). */
  get isPolling(): boolean {
    return this.feed.isPolling;
  }

  /**
   * Resolves once a getUpdates is held open. grammY's bot.start() handles each batch before it
   * polls again, so after userSends this also means "the bot has handled it" (not its background
   * work, and not with @grammyjs/runner).
   */
  waitForPoll(timeout?: number): Promise<void> {
    const polling = () => (this.feed.isPolling ? true : undefined);
    return this.waiters.wait(polling, 'the bot to long-poll getUpdates', timeout).then(() => {});
  }

  /** The next message the bot sends to the chat (after `since` messages, default: those sent so far). */
  waitForMessage(chatId: number, opts: WaitOptions & { match?: (m: SentMessage) => boolean } = {}): Promise<SentMessage> {
    const since = opts.since ?? this.sentCount(chatId);
    const match = opts.match;
    return this.waiters.wait(
      () =>
        this.state
          .sentTo(chatId)
          .slice(since)
          .find((m) => !match || match(m)),
      `message #${since + 1}${match ? ' (matching)' : ''} to chat ${chatId}`,
      opts.timeout,
    );
  }

  /** The next `count` messages the bot sends to the chat. */
  waitForMessages(chatId: number, count: number, opts: WaitOptions = {}): Promise<SentMessage[]> {
    const since = opts.since ?? this.sentCount(chatId);
    return this.waiters.wait(
      () => {
        const sent = this.state.sentTo(chatId).slice(since);
        return sent.length >= count ? sent.slice(0, count) : undefined;
      },
      `${count} message(s) to chat ${chatId} after the first ${since}`,
      opts.timeout,
    );
  }

  /** The next call of `method` (after `since` calls, default: those made so far) that matches. */
  waitForCall(method: string, predicate?: (c: RecordedCall) => boolean, opts: number | WaitOptions = {}): Promise<RecordedCall> {
    const o = typeof opts === 'number' ? { timeout: opts } : opts;
    const since = o.since ?? this.calls.length;
    return this.waiters.wait(
      () => this.calls.slice(since).find((c) => c.method === method && (!predicate || predicate(c))),
      `a call to ${method}${predicate ? ' (matching)' : ''}`,
      o.timeout,
    );
  }

  /** The message once it has been edited (after `since` edits, default: those made so far) and matches. */
  waitForEdit(
    chatId: number,
    messageId: number,
    predicate?: (m: SentMessage) => boolean,
    opts: number | WaitOptions = {},
  ): Promise<SentMessage> {
    const o = typeof opts === 'number' ? { timeout: opts } : opts;
    const since = o.since ?? this.state.find(chatId, messageId)?.edits.length ?? 0;
    return this.waiters.wait(
      () => {
        const m = this.state.find(chatId, messageId);
        return m && m.edits.length > since && (!predicate || predicate(m)) ? m : undefined;
      },
      `edit #${since + 1}${predicate ? ' (matching)' : ''} of message ${messageId} in chat ${chatId}`,
      o.timeout,
    );
  }

  /** Any condition over the fake's state, re-checked whenever something happens; resolves with its first truthy value. */
  waitFor<T>(check: () => T | undefined | false, what: string, timeout?: number): Promise<T> {
    return this.waiters.wait(() => check() || undefined, what, timeout);
  }

  /** The user writes `text`; resolves with the bot's first reply in that chat. */
  ask(user: FakeUser, text: string, opts: { timeout?: number; match?: (m: SentMessage) => boolean } = {}): Promise<SentMessage> {
    const since = this.sentCount(user.id);
    this.userSends(user, text);
    return this.waitForMessage(user.id, { ...opts, since });
  }

  /** The user presses the button; resolves with the bot's answerCallbackQuery call. */
  press(user: FakeUser, message: MessageRef, data: string, opts: { timeout?: number; force?: boolean } = {}): Promise<RecordedCall> {
    const since = this.calls.length;
    const id = this.userPresses(user, message, data, opts).callback_query?.id;
    return this.waitForCall('answerCallbackQuery', (c) => String(c.params.callback_query_id) === id, { since, ...opts });
  }

  describe(): string {
    return describeCalls(this.calls, this.state.sent, this.pendingUpdates(), this.isPolling);
  }

  /** Answers pending long polls, stops the server; waits still pending reject. Stop the bot first. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.feed.close();
      for (const wake of this.hangs) wake();
      this.waiters.closeAll('the fake Telegram server was closed');
      const force = setTimeout(() => this.server.closeAllConnections(), 500);
      await new Promise<void>((resolve) => {
        this.server.close(() => resolve());
        this.server.closeIdleConnections();
      });
      clearTimeout(force);
    })();
    return this.closing;
  }

  private queued(): void;
  private queued(update: Update): Update;
  private queued(update?: Update): Update | undefined {
    this.feed.deliver();
    this.waiters.check();
    return update;
  }

  private record(call: Omit<RecordedCall, 'index'>): void {
    this.calls.push({ index: this.calls.length, ...call });
    this.waiters.check();
  }

  private takeRule(method: string, params: Record<string, unknown>): Rule | undefined {
    const lower = method.toLowerCase();
    const rule = this.rules.find(
      (r) => (r.method === '*' || r.method === lower) && (r.chatId === undefined || r.chatId === String(params.chat_id)),
    );
    if (rule && --rule.remaining <= 0) this.rules = this.rules.filter((r) => r !== rule);
    return rule;
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const time = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = /^\/bot([^/]*)\/([^/]+)$/.exec(url.pathname);
    const name = path?.[2] ?? url.pathname;
    let params: Record<string, unknown> = {};
    let outcome: Outcome | null;
    let rule: Rule | undefined;
    let limited: FloodLimit | undefined;
    const method = canonicalMethod(name) ?? name;
    try {
      params = await readParams(req, url);
      if (!path) throw new ApiError(404, 'Not Found');
      if (decodeURIComponent(path[1] as string) !== this.token) throw new ApiError(401, 'Unauthorized');
      if (canonicalMethod(name) === undefined) throw new ApiError(404, 'Not Found: method not found');
      rule = this.takeRule(method, params);
      if (rule?.failure.kind === 'network') {
        this.record({ method, params, ok: false, injected: 'network', description: '(connection dropped)', time });
        req.socket.destroy();
        return;
      }
      if (rule && rule.failure.kind !== 'hang') throw injected(rule.failure);
      // Admitted, run and accepted in one tick, so concurrent requests cannot overfill a window.
      const admission = this.limiter?.admit(method, params, performance.now());
      if (admission && !admission.ok) {
        limited = admission.limit;
        this.refused[limited === 'chat' ? 'perChat' : limited === 'group' ? 'perGroup' : 'global']++;
        throw admission.error;
      }
      outcome = method === 'getUpdates' ? await this.feed.getUpdates(params, res) : success(METHODS[method]?.(this.ctx, params));
      if (admission?.ok) admission.accept();
    } catch (error) {
      if (!(error instanceof ApiError)) {
        outcome = failure(new ApiError(500, `Internal Server Error: fake failed: ${String(error)}`));
      } else outcome = failure(error);
    }
    const kind = rule?.failure.kind;
    const base = {
      method,
      params,
      time,
      ...(kind !== undefined && { injected: kind }),
      ...(limited !== undefined && { limited }),
    };
    if (outcome === null) {
      this.record({ ...base, ok: false, aborted: true, description: '(client closed the connection)' });
      return;
    }
    const body = outcome.body;
    this.record(
      body.ok
        ? { ...base, ok: true, result: body.result }
        : {
            ...base,
            ok: false,
            errorCode: body.error_code,
            description: body.description,
            ...(typeof body.parameters?.retry_after === 'number' && { retryAfter: body.parameters.retry_after }),
          },
    );
    if (rule?.failure.kind === 'hang') await this.sleep(rule.failure.ms);
    respond(res, outcome, this.closing !== undefined);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.hangs.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.hangs.add(wake);
    });
  }
}
