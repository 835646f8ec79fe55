import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { SECRET_HEADER } from '../../src/http/webhook.ts';
import type { FakeUser } from '../support/fake-telegram.ts';
import { sampleValue, scrape, startWebhookBot, WEBHOOK_SECRET, WEBHOOK_URL, type WebhookBot } from './support.ts';

let t: WebhookBot | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const PATH = new URL(WEBHOOK_URL).pathname;
const reader: FakeUser = { id: 4_100_001, language_code: 'en', first_name: 'Rania' };

/** POSTs to the bot as Telegram would (a JSON update), with the secret header if given. */
async function post(base: string, body: unknown, secret?: string, path = PATH): Promise<{ status: number; body: string }> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret !== undefined ? { [SECRET_HEADER]: secret } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.text() };
}

/** An update as Telegram would send it; the fake registers the chat so the bot can answer in it. */
function startUpdate(bot: WebhookBot, user: FakeUser, text = '/start'): unknown {
  const update = bot.fake.userSends(user, text);
  // Webhook mode: the fake never hands this out by getUpdates; the test delivers it by POST.
  bot.fake.state.updates = bot.fake.state.updates.filter((queued) => queued !== update);
  return update;
}

describe('webhook mode', () => {
  it('registers the webhook with the secret and the update types long polling asks for, and never long-polls', async () => {
    t = await startWebhookBot();
    const [call] = t.fake.callsTo('setWebhook');
    expect(call?.ok).toBe(true);
    expect(call?.params).toMatchObject({
      url: WEBHOOK_URL,
      secret_token: WEBHOOK_SECRET,
      allowed_updates: ['message', 'callback_query', 'my_chat_member'],
    });
    expect(t.fake.state.webhook?.url).toBe(WEBHOOK_URL);
    expect(t.fake.callsTo('getUpdates')).toHaveLength(0);
  });

  it('answers an update only with the right secret: none or a wrong one gets 401 and is not handled', async () => {
    t = await startWebhookBot();
    const bot = t;
    const refusedWithout = await post(bot.base, startUpdate(bot, reader));
    const refusedWrong = await post(bot.base, startUpdate(bot, reader), `${WEBHOOK_SECRET}x`);
    const refusedEmpty = await post(bot.base, startUpdate(bot, reader), '');
    expect([refusedWithout.status, refusedWrong.status, refusedEmpty.status]).toEqual([401, 401, 401]);

    const accepted = await post(bot.base, startUpdate(bot, reader, '/help'), WEBHOOK_SECRET);
    expect(accepted.status).toBe(200);
    // The chat's updates are handled in order: had a refused /start been handled, its reply would come first.
    const [reply] = await bot.fake.waitForMessages(reader.id, 1, { since: 0 });
    expect(bot.fake.sentCount(reader.id)).toBe(1);
    expect(reply!.text).toMatch(/\/latest/);
    expect(bot.fake.callsTo('sendMessage').every((call) => call.params.chat_id === reader.id)).toBe(true);

    // Telegram sending the same update again (our 200 lost on the way) does not handle it twice.
    const again = startUpdate(bot, reader, '/help');
    expect((await post(bot.base, again, WEBHOOK_SECRET)).status).toBe(200);
    await bot.fake.waitForMessages(reader.id, 1, { since: 1 });
    expect((await post(bot.base, again, WEBHOOK_SECRET)).status).toBe(200);

    const metrics = await scrape(bot.base);
    expect(sampleValue(metrics, 'diplobrief_webhook_requests_total', { result: 'unauthorized' })).toBe(3);
    expect(sampleValue(metrics, 'diplobrief_webhook_requests_total', { result: 'accepted' })).toBe(2);
    expect(sampleValue(metrics, 'diplobrief_webhook_requests_total', { result: 'duplicate' })).toBe(1);
    expect(bot.fake.sentCount(reader.id)).toBe(2);
  });

  it('refuses what is not an update: bad JSON 400, an oversized body 413, another method 405, another path 404', async () => {
    t = await startWebhookBot();
    expect((await post(t.base, '{"update_id": ', WEBHOOK_SECRET)).status).toBe(400);
    expect((await post(t.base, { hello: 'world' }, WEBHOOK_SECRET)).status).toBe(400);
    expect((await post(t.base, { update_id: 1, padding: 'x'.repeat(1_100_000) }, WEBHOOK_SECRET)).status).toBe(413);
    expect((await fetch(`${t.base}${PATH}`)).status).toBe(405);
    expect((await post(t.base, startUpdate(t, reader), WEBHOOK_SECRET, '/elsewhere')).status).toBe(404);
    // A body streamed without Content-Length is cut off at the cap too.
    const streamed = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${t!.base}${PATH}`);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { [SECRET_HEADER]: WEBHOOK_SECRET, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 40; i++) req.write('x'.repeat(64 * 1024));
      req.end();
    });
    expect(streamed).toBe(413);
    expect(t.fake.callsTo('sendMessage')).toHaveLength(0);
  });

  it('on stop: the update in hand is finished and answered, the port is closed, the webhook stays for the next start', async () => {
    t = await startWebhookBot();
    const bot = t;
    // The reply hangs for a moment at Telegram: stop() comes while the update is being handled.
    bot.fake.failNext('sendMessage', { kind: 'hang', ms: 300 });
    const answered = post(bot.base, startUpdate(bot, reader, '/help'), WEBHOOK_SECRET);
    await bot.fake.waitForCall('sendMessage');
    await bot.bot.stop('test');
    expect((await answered).status).toBe(200);
    expect(bot.fake.sentCount(reader.id)).toBe(1);
    await expect(fetch(`${bot.base}/healthz`)).rejects.toThrow();
    expect(bot.fake.callsTo('deleteWebhook')).toHaveLength(0);
    expect(bot.fake.state.webhook?.url).toBe(WEBHOOK_URL);
  });
});
