import { afterEach, describe, expect, it } from 'vitest';
import { checkBrief } from '../../src/llm/check.ts';
import { FakeLlm, type ChatRequest } from './fake-llm.ts';
import { waitUntil } from './wait-until.ts';

let llm: FakeLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

function messages(language: string, wantHeadline = false) {
  const task = wantHeadline ? 'Answer with exactly two lines: "HEADLINE: " and then "BRIEF: ".' : 'Answer with the brief only.';
  return [
    { role: 'system', content: `Write in ${language}. You write news briefs. ${task}` },
    {
      role: 'user',
      content: '<articles>\n<article source="Reuters" language="English">\nTalks in Geneva\nMinisters met.\n</article>\n</articles>',
    },
  ];
}

async function post(body: unknown, options: { path?: string; method?: string; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${llm!.baseUrl}${options.path ?? '/chat/completions'}`, {
    method: options.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    ...(options.method === 'GET' ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

async function complete(body: unknown, options?: Parameters<typeof post>[1]) {
  const response = await post(body, options);
  return { ...response, json: JSON.parse(response.text) as Record<string, unknown> };
}

/** OpenAI's error shape, exactly these four fields. */
function expectOpenAiError(json: Record<string, unknown>, message: string | RegExp, code: string | null = null) {
  expect(Object.keys(json)).toEqual(['error']);
  const error = json.error as Record<string, unknown>;
  expect(Object.keys(error).sort()).toEqual(['code', 'message', 'param', 'type']);
  expect(error.type).toBe('invalid_request_error');
  expect(error.code).toBe(code);
  if (typeof message === 'string') expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
}

describe('FakeLlm — answers', () => {
  it('answers in OpenAI’s shape with an English sentence by default, usage computed', async () => {
    llm = await FakeLlm.start();
    expect(llm.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/u);
    const response = await complete({ model: 'qwen3:8b', messages: messages('English') });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.json).toMatchObject({
      object: 'chat.completion',
      model: 'qwen3:8b',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: expect.stringMatching(/^Foreign ministers met in Geneva/u) },
          finish_reason: 'stop',
        },
      ],
    });
    expect(response.json.id).toMatch(/^chatcmpl-/u);
    expect(typeof response.json.created).toBe('number');
    const usage = response.json.usage as { prompt_tokens: number; completion_tokens: number; total_tokens: number };
    expect(usage.prompt_tokens).toBeGreaterThan(10);
    expect(usage.completion_tokens).toBeGreaterThan(10);
    expect(usage.total_tokens).toBe(usage.prompt_tokens + usage.completion_tokens);
  });

  it('answers in the language the system message asks for, with a headline when HEADLINE: is asked for, and the answers pass the checks', async () => {
    llm = await FakeLlm.start();
    const cases = [
      { name: 'Arabic', language: 'ar', script: /^HEADLINE: [\u0600-\u06FF][^\n]*\nBRIEF: [\u0600-\u06FF]/u },
      { name: 'Russian', language: 'ru', script: /^HEADLINE: [А-Яа-я][^\n]*\nBRIEF: [А-Яа-я]/u },
      { name: 'English', language: 'en', script: /^HEADLINE: [A-Za-z][^\n]*\nBRIEF: [A-Za-z]/u },
    ] as const;
    for (const { name, language, script } of cases) {
      const response = await complete({ model: 'm', messages: messages(name, true) });
      const content = (response.json as { choices: { message: { content: string } }[] }).choices[0]!.message.content;
      expect(content, name).toMatch(script);
      expect(checkBrief({ answer: content, language, wantHeadline: true, sources: '' }), name).toMatchObject({ ok: true });
      const brief = await complete({ model: 'm', messages: messages(name) });
      const text = (brief.json as { choices: { message: { content: string } }[] }).choices[0]!.message.content;
      expect(text, name).not.toContain('HEADLINE');
      expect(checkBrief({ answer: text, language, wantHeadline: false, sources: '' }), name).toMatchObject({ ok: true });
    }
  });

  it('reads the target language from the system message only', () => {
    const request = (system: string, user = ''): ChatRequest => ({
      model: 'm',
      messages: [
        { role: 'system', content: system },
        { role: 'user', content: user },
      ],
      body: {},
      headers: {},
    });
    expect(FakeLlm.targetLanguage(request('Write in Russian. Be brief.'))).toBe('ru');
    expect(FakeLlm.targetLanguage(request('Be brief.', 'Write in Arabic.'))).toBeUndefined();
  });

  it('records every accepted request with its body and headers, and reset() clears them', async () => {
    llm = await FakeLlm.start();
    await complete({ model: 'a', messages: messages('English'), temperature: 0.2 }, { headers: { 'x-trace': 'one' } });
    await complete({ model: 'b', messages: messages('Arabic') });
    await complete({ messages: messages('Arabic') }); // refused: not recorded
    expect(llm.requests.map((request) => request.model)).toEqual(['a', 'b']);
    expect(llm.requests[0]!.messages[0]).toEqual({ role: 'system', content: expect.stringContaining('Write in English.') });
    expect(llm.requests[0]!.body.temperature).toBe(0.2);
    expect(llm.requests[0]!.headers['x-trace']).toBe('one');
    llm.reset();
    expect(llm.requests).toEqual([]);
  });

  it('sends what a script says: content, usage, and back to the default after reset()', async () => {
    llm = await FakeLlm.start();
    llm.script((request) => ({ content: `echo ${request.model}`, usage: { prompt_tokens: 7, completion_tokens: 3 } }));
    const scripted = await complete({ model: 'x', messages: messages('English') });
    expect(scripted.json).toMatchObject({
      choices: [{ message: { content: 'echo x' } }],
      usage: { prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 },
    });
    llm.reset();
    const again = await complete({ model: 'x', messages: messages('English') });
    expect(again.json).toMatchObject({ choices: [{ message: { content: expect.stringMatching(/^Foreign ministers/u) } }] });
  });

  it('passes a scripted 429 and its retry-after header through', async () => {
    llm = await FakeLlm.start();
    const limit = { error: { message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded' } };
    llm.script(() => ({ status: 429, headers: { 'retry-after': '2' }, body: limit }));
    const response = await complete({ model: 'm', messages: messages('English') });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.json).toEqual(limit);
  });

  it('sends a raw string body as it is', async () => {
    llm = await FakeLlm.start();
    llm.script(() => ({ body: '{"id": "chatcmpl-1", "choices": [' }));
    const response = await post({ model: 'm', messages: messages('English') });
    expect(response.status).toBe(200);
    expect(response.text).toBe('{"id": "chatcmpl-1", "choices": [');
  });

  it('waits delayMs before answering', async () => {
    llm = await FakeLlm.start();
    llm.script(() => ({ delayMs: 150 }));
    const started = Date.now();
    expect((await post({ model: 'm', messages: messages('English') })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('never answers a hanging request, and close() ends it promptly', async () => {
    llm = await FakeLlm.start();
    llm.script(() => ({ hang: true }));
    const pending = fetch(`${llm.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', messages: messages('English') }),
    });
    const outcome = pending.then(
      () => 'answered',
      () => 'failed',
    );
    await waitUntil(() => llm!.requests.length === 1, 'the request to arrive');
    const started = Date.now();
    await llm.close();
    llm = undefined;
    expect(await outcome).toBe('failed');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('FakeLlm — what OpenAI refuses', () => {
  it('refuses another path with 404 Invalid URL', async () => {
    llm = await FakeLlm.start();
    const response = await complete({ model: 'm', messages: messages('English') }, { path: '/completions' });
    expect(response.status).toBe(404);
    expectOpenAiError(response.json, 'Invalid URL (POST /v1/completions)');
  });

  it('refuses another method with 405', async () => {
    llm = await FakeLlm.start();
    const response = await complete(undefined, { method: 'GET' });
    expect(response.status).toBe(405);
    expectOpenAiError(response.json, 'Invalid method for URL (GET /v1/chat/completions)');
  });

  it('refuses a body that is not JSON with 400 in OpenAI’s words', async () => {
    llm = await FakeLlm.start();
    const response = await complete('{"model": "m", "messages": [');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json');
    expectOpenAiError(response.json, /^We could not parse the JSON body of your request\./u);
  });

  it('refuses a request without a model', async () => {
    llm = await FakeLlm.start();
    const response = await complete({ messages: messages('English') });
    expect(response.status).toBe(400);
    expectOpenAiError(response.json, 'you must provide a model parameter');
  });

  it('refuses a request without messages, or with none in them', async () => {
    llm = await FakeLlm.start();
    const missing = await complete({ model: 'm' });
    expect(missing.status).toBe(400);
    expectOpenAiError(missing.json, "'messages' is a required property");
    const empty = await complete({ model: 'm', messages: [] });
    expect(empty.status).toBe(400);
    expectOpenAiError(empty.json, "[] is too short - 'messages'");
    expect(llm.requests).toEqual([]);
  });

  it('with an API key, refuses a request without one or with another one, and accepts the right one', async () => {
    llm = await FakeLlm.start({ apiKey: 'sk-test-right-key-1234' });
    const body = { model: 'm', messages: messages('English') };
    const none = await complete(body);
    expect(none.status).toBe(401);
    expectOpenAiError(none.json, /^You didn't provide an API key\./u);
    const wrong = await complete(body, { headers: { authorization: 'Bearer sk-test-wrong-key-9876' } });
    expect(wrong.status).toBe(401);
    expectOpenAiError(wrong.json, /^Incorrect API key provided: sk-\*+9876\. You can find your API key at /u, 'invalid_api_key');
    const right = await complete(body, { headers: { authorization: 'Bearer sk-test-right-key-1234' } });
    expect(right.status).toBe(200);
    expect(llm.requests).toHaveLength(1);
  });
});
