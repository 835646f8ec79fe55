import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { CIRCUIT_FAILURES, CIRCUIT_OPEN_MS, LlmClient, MAX_ANSWER_TOKENS } from '../../src/llm/client.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { LlmStore } from '../../src/store/llm.ts';
import { FakeLlm } from '../support/fake-llm.ts';

const MESSAGES = [
  { role: 'system' as const, content: 'Write in English. Answer with the brief only.' },
  {
    role: 'user' as const,
    content:
      '<articles>\n<article source="Reuters" language="English">\nOPEC+ extends cuts\nOPEC+ agreed on Sunday to extend cuts.\n</article>\n</articles>',
  },
];

let llm: FakeLlm | undefined;
let db: Db | undefined;
afterEach(async () => {
  await llm?.close();
  db?.close();
  llm = undefined;
  db = undefined;
});

function client(options: { dailyTokens?: number; timeoutMs?: number; apiKey?: string }, clock: { now: number }) {
  db = openDatabase(join(mkdtempSync(join(tmpdir(), 'diplobrief-llm-')), 'bot.db'));
  const store = new LlmStore(db);
  const llmClient = new LlmClient(
    {
      baseUrl: llm!.baseUrl,
      model: 'test-model',
      apiKey: options.apiKey,
      dailyTokens: options.dailyTokens ?? 200_000,
      timeoutMs: options.timeoutMs ?? 5_000,
      concurrency: 2,
      timeZone: 'Asia/Riyadh',
      maxRetries: 0,
    },
    { ledger: store, now: () => clock.now, logger: pino({ level: 'silent' }) },
  );
  return { llmClient, store };
}

describe('LlmClient', () => {
  it('sends the model and messages, and records the tokens the answer says it used', async () => {
    llm = await FakeLlm.start();
    llm.script(() => ({ content: 'OPEC+ agreed on Sunday to extend its cuts.', usage: { prompt_tokens: 120, completion_tokens: 15 } }));
    const clock = { now: Date.parse('2026-12-08T09:00:00Z') };
    const { llmClient, store } = client({}, clock);
    const answer = await llmClient.complete(MESSAGES);
    expect(answer).toEqual({ ok: true, content: 'OPEC+ agreed on Sunday to extend its cuts.', usage: { prompt: 120, completion: 15 } });
    expect(llm.requests[0]!.model).toBe('test-model');
    expect(llm.requests[0]!.messages[0]!.content).toContain('Write in English.');
    expect(store.day(llmClient.today())).toMatchObject({ calls: 1, promptTokens: 120, completionTokens: 15 });
  });

  it('stops calling once the day’s budget is spent, and calls again the next day in TIMEZONE', async () => {
    llm = await FakeLlm.start();
    llm.script(() => ({ content: 'A brief.', usage: { prompt_tokens: 500, completion_tokens: 100 } }));
    // 20:30 UTC is 23:30 in Riyadh: the budget's day ends half an hour later.
    const clock = { now: Date.parse('2026-12-08T20:30:00Z') };
    // Each answer costs 600; a call goes only while what is left covers its prompt and the longest answer.
    const { llmClient } = client({ dailyTokens: 1_600 }, clock);
    expect((await llmClient.complete(MESSAGES)).ok).toBe(true);
    expect((await llmClient.complete(MESSAGES)).ok).toBe(true);
    expect(await llmClient.complete(MESSAGES)).toMatchObject({ ok: false, failure: 'budget' });
    expect(llm.requests).toHaveLength(2);
    clock.now = Date.parse('2026-12-08T21:01:00Z');
    expect((await llmClient.complete(MESSAGES)).ok).toBe(true);
    expect(llm.requests).toHaveLength(3);
  });

  it('falls back at once on a 429, a 500 or a refusal, naming the kind', async () => {
    llm = await FakeLlm.start();
    const clock = { now: Date.parse('2026-12-08T09:00:00Z') };
    const { llmClient, store } = client({}, clock);
    llm.script(() => ({
      status: 429,
      headers: { 'retry-after': '1' },
      body: { error: { message: 'Rate limit reached', type: 'requests', param: null, code: 'rate_limit_exceeded' } },
    }));
    expect(await llmClient.complete(MESSAGES)).toMatchObject({ ok: false, failure: 'rate-limited' });
    llm.script(() => ({
      status: 500,
      body: { error: { message: 'The server had an error', type: 'server_error', param: null, code: null } },
    }));
    expect(await llmClient.complete(MESSAGES)).toMatchObject({ ok: false, failure: 'server' });
    expect(store.day(llmClient.today()).failures).toEqual({ 'rate-limited': 1, server: 1 });
    expect(store.day(llmClient.today()).lastError?.message).toMatch(/^server: /u);
  });

  it('gives up on a silent endpoint after LLM_TIMEOUT', async () => {
    llm = await FakeLlm.start();
    llm.script(() => ({ hang: true }));
    const clock = { now: Date.parse('2026-12-08T09:00:00Z') };
    const { llmClient } = client({ timeoutMs: 300 }, clock);
    const started = Date.now();
    expect(await llmClient.complete(MESSAGES)).toMatchObject({ ok: false, failure: 'timeout' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it(`after ${CIRCUIT_FAILURES} failures in a row makes no calls for a while, then tries again`, async () => {
    llm = await FakeLlm.start();
    llm.script(() => ({ status: 503, body: { error: { message: 'Service unavailable', type: 'server_error', param: null, code: null } } }));
    const clock = { now: Date.parse('2026-12-08T09:00:00Z') };
    const { llmClient } = client({}, clock);
    for (let k = 0; k < CIRCUIT_FAILURES; k++) await llmClient.complete(MESSAGES);
    expect(await llmClient.complete(MESSAGES)).toMatchObject({ ok: false, failure: 'circuit-open' });
    expect(llm.requests).toHaveLength(CIRCUIT_FAILURES);
    llm.script(() => ({ content: 'Back.' }));
    clock.now += CIRCUIT_OPEN_MS + 1;
    expect(await llmClient.complete(MESSAGES)).toMatchObject({ ok: true, content: 'Back.' });
  });

  it('sends the API key when one is set, and a wrong one is a refusal', async () => {
    llm = await FakeLlm.start({ apiKey: 'sk-right' });
    const clock = { now: Date.parse('2026-12-08T09:00:00Z') };
    expect(await client({ apiKey: 'sk-wrong' }, clock).llmClient.complete(MESSAGES)).toMatchObject({ ok: false, failure: 'refused' });
    db?.close();
    expect((await client({ apiKey: 'sk-right' }, clock).llmClient.complete(MESSAGES)).ok).toBe(true);
  });

  it('does not overspend the budget with calls in flight together: each reserves its cost before it goes', async () => {
    llm = await FakeLlm.start();
    // Answers that cost what a call reserves: the prompt at four characters a token, and the longest answer.
    const prompt = Math.ceil(MESSAGES.reduce((sum, m) => sum + m.content.length, 0) / 4);
    llm.script(() => ({ content: 'A brief.', usage: { prompt_tokens: prompt, completion_tokens: MAX_ANSWER_TOKENS }, delayMs: 50 }));
    const clock = { now: Date.parse('2026-12-08T09:00:00Z') };
    const { llmClient } = client({ dailyTokens: 2 * (prompt + MAX_ANSWER_TOKENS) + 10 }, clock);
    const answers = await Promise.all(Array.from({ length: 6 }, () => llmClient.complete(MESSAGES)));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(2);
    expect(answers.filter((answer) => !answer.ok && answer.failure === 'budget')).toHaveLength(4);
    expect(llm.requests).toHaveLength(2);
  });

  it('stops a call that waits out a long retry-after at once when the bot stops, recording no failure for it', async () => {
    llm = await FakeLlm.start();
    llm.script(() => ({ status: 503, body: { error: { message: 'Overloaded', type: 'server_error', param: null, code: null } } }));
    const clock = { now: Date.parse('2026-12-08T09:00:00Z') };
    db = openDatabase(join(mkdtempSync(join(tmpdir(), 'diplobrief-llm-')), 'bot.db'));
    const store = new LlmStore(db);
    const slow = new LlmClient(
      { baseUrl: llm.baseUrl, model: 'm', apiKey: undefined, dailyTokens: 200_000, timeoutMs: 60_000, concurrency: 1, timeZone: 'UTC' },
      { ledger: store, now: () => clock.now, logger: pino({ level: 'silent' }) },
    );
    const pending = slow.complete(MESSAGES);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    slow.stop();
    expect(await pending).toMatchObject({ ok: false, failure: 'stopped' });
    expect(Date.now() - started).toBeLessThan(500);
    expect(store.day(slow.today()).failures).toEqual({ server: 1 });
  });
});
