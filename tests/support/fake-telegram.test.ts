import { Bot, GrammyError, HttpError, InlineKeyboard } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeTelegram } from './fake-telegram.ts';

const ann = { id: 1001, first_name: 'Ann', language_code: 'ru', username: 'ann' };
const bob = { id: 1002, first_name: 'Bob', language_code: 'ar' };

let fake: FakeTelegram;
let bot: Bot | undefined;

beforeEach(async () => {
  fake = await FakeTelegram.start();
  bot = undefined;
});

afterEach(async () => {
  if (bot?.isRunning()) await bot.stop();
  await fake.close();
});

function newBot(): Bot {
  bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot } });
  return bot;
}

/** Starts long polling and resolves once the bot sits in a held getUpdates. */
async function run(b: Bot): Promise<void> {
  b.catch((err) => {
    throw err.error;
  });
  void b.start();
  await fake.waitForPoll();
}

/** A raw Bot API call, to see status codes and bodies grammY does not show. */
async function raw(method: string, params: Record<string, unknown> = {}, token = fake.token) {
  const res = await fetch(`${fake.apiRoot}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function apiError(promise: Promise<unknown>): Promise<GrammyError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(GrammyError);
  return error as GrammyError;
}

describe('with a real grammY bot, long polling', () => {
  it('delivers /start and records the HTML reply as the user sees it', async () => {
    const b = newBot();
    b.command('start', (ctx) => ctx.reply('<b>hi</b>', { parse_mode: 'HTML' }));
    await run(b);
    const reply = await fake.ask(ann, '/start');
    expect(reply).toMatchObject({ chatId: ann.id, text: 'hi', source: '<b>hi</b>', parseMode: 'HTML' });
    expect(reply.entities).toEqual([{ type: 'bold', offset: 0, length: 2 }]);
    await expect(fake.ask(ann, '/start@diplobrief_test_bot')).resolves.toMatchObject({ text: 'hi' });
    expect((await fake.ask(bob, '/start')).messageId).toBe(2);
    expect(fake.messages(ann.id).map((m) => m.messageId)).toEqual([2, 4]);
    const getMe = fake.callsTo('getMe')[0];
    expect(getMe?.result).toMatchObject({ is_bot: true, username: 'diplobrief_test_bot' });
  });

  it('holds getUpdates open while nothing happens', async () => {
    await run(newBot());
    const before = fake.callsTo('getUpdates').length;
    const until = Date.now() + 1000;
    while (Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    // Answering [] at once would show hundreds of calls here.
    expect(fake.callsTo('getUpdates').length - before).toBeLessThanOrEqual(1);
    expect(fake.isPolling).toBe(true);
  });

  it('runs a button round trip: press, answer, edit', async () => {
    const b = newBot();
    b.command('menu', (ctx) => ctx.reply('Pick', { reply_markup: new InlineKeyboard().text('Gulf', 'topic:gulf') }));
    b.callbackQuery('topic:gulf', async (ctx) => {
      await ctx.answerCallbackQuery('Saved');
      await ctx.editMessageText('Gulf it is');
    });
    await run(b);
    const menu = await fake.ask(ann, '/menu');
    expect(() => fake.userPresses(ann, menu, 'topic:iran')).toThrow(/no button with callback_data "topic:iran"/);
    const answer = await fake.press(ann, menu, 'topic:gulf');
    expect(answer.params.text).toBe('Saved');
    const edited = await fake.waitForEdit(ann.id, menu.messageId);
    expect(edited.text).toBe('Gulf it is');
    expect(edited.replyMarkup).toBeUndefined();
    expect(edited.original).toMatchObject({ text: 'Pick' });
  });

  it('bot.stop() returns promptly and close() answers a held poll', async () => {
    await run(newBot());
    const started = Date.now();
    await bot?.stop();
    expect(Date.now() - started).toBeLessThan(1500);
    const held = raw('getUpdates', { timeout: 30 });
    await fake.waitForPoll();
    const closing = Date.now();
    await fake.close();
    expect((await held).body).toEqual({ ok: true, result: [] });
    expect(Date.now() - closing).toBeLessThan(1500);
  });
});

describe('getUpdates', () => {
  it('answers [] after `timeout` seconds, and at once when an update comes', async () => {
    let started = Date.now();
    expect((await raw('getUpdates', { timeout: 1 })).body.result).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    started = Date.now();
    const held = raw('getUpdates', { timeout: 10 });
    await fake.waitForPoll();
    const update = fake.userSends(ann, 'hello');
    expect((await held).body.result).toEqual([update]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('honours offset and limit, and tells pending from delivered', async () => {
    const u1 = fake.userSends(ann, 'one');
    const u2 = fake.userSends(ann, 'two');
    expect(fake.pendingUpdates()).toBe(2);
    expect((await raw('getUpdates', { limit: 1 })).body.result).toEqual([u1]);
    expect(fake.pendingUpdates()).toBe(1);
    expect((await raw('getUpdates', { offset: u1.update_id + 1 })).body.result).toEqual([u2]);
    expect((await raw('getUpdates', { offset: u2.update_id + 1 })).body.result).toEqual([]);
  });

  it('filters by allowed_updates', async () => {
    fake.userSends(ann, 'text');
    const from = { id: 1, is_bot: false, first_name: 'A' };
    const press = fake.queueUpdate({ callback_query: { id: '1', from, chat_instance: '1', data: 'x' } });
    expect((await raw('getUpdates', { allowed_updates: ['callback_query'] })).body.result).toEqual([press]);
  });

  it('ends the older of two concurrent polls with 409, as Telegram does', async () => {
    const older = raw('getUpdates', { timeout: 10 });
    await fake.waitForPoll();
    const newer = await raw('getUpdates', { timeout: 0 });
    expect(newer.body).toEqual({ ok: true, result: [] });
    const description =
      'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';
    expect(await older).toEqual({ status: 409, body: { ok: false, error_code: 409, description } });
  });

  it('shapes user updates like Telegram: command entity, private chat, user fields', () => {
    const update = fake.userSends(ann, '/topic@diplobrief_test_bot залив');
    expect(update.message).toMatchObject({
      message_id: 1,
      from: { id: ann.id, is_bot: false, first_name: 'Ann', language_code: 'ru', username: 'ann' },
      chat: { id: ann.id, type: 'private', first_name: 'Ann' },
      text: '/topic@diplobrief_test_bot залив',
      entities: [{ type: 'bot_command', offset: 0, length: 26 }],
    });
    expect(fake.userSends(ann, 'no command here').message?.entities).toBeUndefined();
  });
});

describe('validation, with Telegram error texts', () => {
  beforeEach(() => {
    fake.registerChat(ann.id);
  });

  it('counts length after parsing: 4096 is fine, 4097 is too long', async () => {
    const api = newBot().api;
    await expect(api.sendMessage(ann.id, 'a'.repeat(4096))).resolves.toMatchObject({ message_id: 1 });
    await expect(api.sendMessage(ann.id, '&amp;'.repeat(4096), { parse_mode: 'HTML' })).resolves.toBeTruthy();
    await expect(api.sendMessage(ann.id, '😀'.repeat(2048))).resolves.toBeTruthy();
    for (const text of ['a'.repeat(4097), '😀'.repeat(2049)]) {
      const error = await apiError(api.sendMessage(ann.id, text));
      expect([error.error_code, error.description]).toEqual([400, 'Bad Request: message is too long']);
    }
  });

  it('refuses empty text, bad HTML, unknown chats', async () => {
    const api = newBot().api;
    for (const [text, parse_mode] of [['', undefined], ['  \n', undefined], ['<b></b>', 'HTML']] as const) {
      const error = await apiError(api.sendMessage(ann.id, text, { parse_mode }));
      expect(error.description).toBe('Bad Request: message text is empty');
    }
    expect((await apiError(api.sendMessage(ann.id, 'Hi <foo>', { parse_mode: 'HTML' }))).description).toBe(
      'Bad Request: can\'t parse entities: Unsupported start tag "foo" at byte offset 3',
    );
    expect((await apiError(api.sendMessage(999, 'x'))).description).toBe('Bad Request: chat not found');
    expect(fake.calls.filter((c) => !c.ok)).toHaveLength(5);
  });

  it('checks callback_data size in bytes and button shape', async () => {
    const api = newBot().api;
    const send = (data: string) => api.sendMessage(ann.id, 'k', { reply_markup: new InlineKeyboard().text('b', data) });
    await expect(send('a'.repeat(64))).resolves.toBeTruthy();
    await expect(send('ж'.repeat(32))).resolves.toBeTruthy();
    for (const data of ['a'.repeat(65), 'ж'.repeat(33)]) {
      expect((await apiError(send(data))).description).toBe('Bad Request: BUTTON_DATA_INVALID');
    }
    const inline_keyboard = [[{ text: '', callback_data: 'x' }]];
    const empty = api.sendMessage(ann.id, 'k', { reply_markup: { inline_keyboard } });
    expect((await apiError(empty)).description).toBe('Bad Request: BUTTON_TEXT_INVALID');
  });

  it('keeps message state through edits and refuses no-op or unknown edits', async () => {
    const api = newBot().api;
    const kb = new InlineKeyboard().text('Send', 'send');
    const sent = await api.sendMessage(ann.id, '<i>draft</i>', { parse_mode: 'HTML', reply_markup: kb });
    const same = api.editMessageText(ann.id, sent.message_id, '<i>draft</i>', { parse_mode: 'HTML', reply_markup: kb });
    expect((await apiError(same)).description).toMatch(/^Bad Request: message is not modified: /);
    await api.editMessageText(ann.id, sent.message_id, 'sent 3/10', { reply_markup: kb });
    await api.editMessageText(ann.id, sent.message_id, 'done');
    const m = fake.message(ann.id, sent.message_id);
    expect(m).toMatchObject({ text: 'done', entities: [], edits: [{ text: 'sent 3/10' }, { text: 'done' }] });
    expect(m?.replyMarkup).toBeUndefined();
    const unknown = await apiError(api.editMessageText(ann.id, 77, 'x'));
    expect(unknown.description).toBe('Bad Request: message to edit not found');
    await api.deleteMessage(ann.id, sent.message_id);
    expect(fake.messages(ann.id)).toEqual([]);
    expect(fake.messages(ann.id, { includeDeleted: true })).toHaveLength(1);
  });

  it('records commands per scope and language', async () => {
    const api = newBot().api;
    await api.setMyCommands([{ command: 'latest', description: 'Последние' }], { language_code: 'ru' });
    const ru = await api.getMyCommands({ language_code: 'ru' });
    expect(ru).toEqual([{ command: 'latest', description: 'Последние' }]);
    expect(await api.getMyCommands()).toEqual([]);
    const bad = await apiError(api.setMyCommands([{ command: 'Bad-One', description: 'x' }]));
    expect(bad.description).toBe('Bad Request: BOT_COMMAND_INVALID');
  });
});

describe('failure injection', () => {
  beforeEach(() => {
    fake.registerChat(ann.id);
    fake.registerChat(bob.id);
  });

  it('429 reaches grammY with parameters.retry_after, once', async () => {
    const api = newBot().api;
    fake.failNext('sendMessage', { kind: 'flood', retryAfter: 7 });
    const error = await apiError(api.sendMessage(ann.id, 'x'));
    expect([error.error_code, error.description]).toEqual([429, 'Too Many Requests: retry after 7']);
    expect(error.parameters.retry_after).toBe(7);
    await expect(api.sendMessage(ann.id, 'x')).resolves.toBeTruthy();
    expect(fake.callsTo('sendMessage').map((c) => [c.ok, c.injected])).toEqual([[false, 'flood'], [true, undefined]]);
  });

  it('403 for a blocked chat until unblocked; deactivated only for the chosen chat', async () => {
    const api = newBot().api;
    fake.blockChat(ann.id);
    const blocked = await apiError(api.sendMessage(ann.id, 'x'));
    expect([blocked.error_code, blocked.description]).toEqual([403, 'Forbidden: bot was blocked by the user']);
    fake.unblockChat(ann.id);
    await expect(api.sendMessage(ann.id, 'x')).resolves.toBeTruthy();
    fake.failNext('sendMessage', { kind: 'deactivated' }, { chatId: bob.id, times: 2 });
    await expect(api.sendMessage(ann.id, 'x')).resolves.toBeTruthy();
    expect((await apiError(api.sendMessage(bob.id, 'x'))).description).toBe('Forbidden: user is deactivated');
    expect((await apiError(api.sendMessage(bob.id, 'x'))).error_code).toBe(403);
    await expect(api.sendMessage(bob.id, 'x')).resolves.toBeTruthy();
  });

  it('5xx, dropped connections and slow answers', async () => {
    const api = newBot().api;
    fake.failNext('sendMessage', { kind: 'server', status: 502 });
    expect((await apiError(api.sendMessage(ann.id, 'x'))).error_code).toBe(502);
    fake.failNext('*', { kind: 'network' });
    await expect(api.sendMessage(ann.id, 'x')).rejects.toBeInstanceOf(HttpError);
    fake.failNext('sendMessage', { kind: 'hang', ms: 300 });
    const started = Date.now();
    const slow = api.sendMessage(ann.id, 'slow');
    expect((await fake.waitForMessage(ann.id, { since: 0 })).text).toBe('slow');
    await slow;
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });
});

describe('the fake itself', () => {
  it('answers 401 for a wrong token and 404 for an unknown method', async () => {
    const unauthorized = { ok: false, error_code: 401, description: 'Unauthorized' };
    expect(await raw('getMe', {}, '1:wrong')).toEqual({ status: 401, body: unauthorized });
    expect((await raw('sendTelepathy')).status).toBe(404);
    expect((await raw('GETME')).body.result).toMatchObject({ username: 'diplobrief_test_bot' });
  });

  it('reads form-encoded bodies and query strings', async () => {
    fake.registerChat(ann.id);
    const markup = '{"inline_keyboard":[[{"text":"a","callback_data":"b"}]]}';
    const form = new URLSearchParams({ chat_id: String(ann.id), text: 'form', reply_markup: markup });
    const res = await fetch(`${fake.apiRoot}/bot${fake.token}/sendMessage`, { method: 'POST', body: form });
    expect(await res.json()).toMatchObject({
      ok: true,
      result: { text: 'form', reply_markup: { inline_keyboard: [[{ callback_data: 'b' }]] } },
    });
    const get = await fetch(`${fake.apiRoot}/bot${fake.token}/sendMessage?chat_id=${ann.id}&text=query`);
    expect(await get.json()).toMatchObject({
      ok: true,
      result: { chat: { id: ann.id, type: 'private' }, text: 'query' },
    });
  });

  it('answers the bookkeeping methods with Telegram shapes', async () => {
    const api = newBot().api;
    fake.userSends(ann, 'hi');
    await api.sendChatAction(ann.id, 'typing');
    await api.setChatMenuButton({ menu_button: { type: 'commands' } });
    expect(await api.getChatMenuButton()).toEqual({ type: 'commands' });
    expect(await api.getChat(ann.id)).toMatchObject({ id: ann.id, type: 'private', first_name: 'Ann', username: 'ann' });
    expect(await api.getWebhookInfo()).toMatchObject({ url: '', pending_update_count: 1 });
    await api.setWebhook('https://bot.example/hook');
    expect((await raw('getUpdates')).body.description).toMatch(/^Conflict: can't use getUpdates method while webhook/);
    await api.deleteWebhook({ drop_pending_updates: true });
    expect(fake.pendingUpdates()).toBe(0);
    expect(await api.close()).toBe(true);
  });

  it('a wait that times out says what was sent instead', async () => {
    fake.registerChat(ann.id);
    await newBot().api.sendMessage(ann.id, 'went to Ann');
    const error = await fake.waitForMessage(bob.id, { timeout: 100 }).catch((e: Error) => e);
    expect(String(error)).toMatch(/Timed out after 100 ms waiting for message #1 to chat 1002/);
    expect(String(error)).toContain('"went to Ann"');
  });
});
