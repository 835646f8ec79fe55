import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadDotEnv, parseConfig, requireBotToken } from '../src/config.ts';

function errorOf(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

describe('parseConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      botToken: undefined,
      telegramApiRoot: 'https://api.telegram.org',
      adminIds: [],
      databasePath: 'data/diplobrief.db',
      feedsFile: 'feeds.json',
      pollCron: '*/10 * * * *',
      digestCron: '0 8 * * *',
      timezone: 'UTC',
      defaultLanguage: 'en',
      sendRate: 25,
      httpPort: undefined,
      httpHost: undefined,
      webhookUrl: undefined,
      retentionDays: 90,
      logLevel: 'info',
      llm: undefined,
    });
  });

  it('reads the language model, with its defaults, only when LLM_URL is set', () => {
    expect(parseConfig({ LLM_URL: 'http://127.0.0.1:11434/v1/', LLM_MODEL: 'llama3.1:8b' }).llm).toEqual({
      url: 'http://127.0.0.1:11434/v1',
      model: 'llama3.1:8b',
      apiKey: undefined,
      dailyTokens: 200_000,
      timeoutMs: 30_000,
      concurrency: 2,
    });
    expect(parseConfig({ LLM_MODEL: 'llama3.1:8b', LLM_TIMEOUT: '5' }).llm).toBeUndefined();
  });

  it('reads every variable', () => {
    const config = parseConfig({
      BOT_TOKEN: '123:abc',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      ADMIN_IDS: ' 42, 7 ,',
      DATABASE_PATH: '/tmp/x.db',
      FEEDS_FILE: 'my-feeds.json',
      POLL_CRON: '*/30 * * * * *',
      DIGEST_CRON: '30 7 * * 1-5',
      TIMEZONE: 'Asia/Riyadh',
      DEFAULT_LANGUAGE: 'ar',
      SEND_RATE: '10',
      HTTP_PORT: '8080',
      WEBHOOK_URL: 'https://bot.example.org/hook',
      WEBHOOK_SECRET: 's3cret_token-1',
      HTTP_HOST: '127.0.0.1',
      RETENTION_DAYS: '30',
      LOG_LEVEL: 'DEBUG',
    });
    expect(config).toMatchObject({
      botToken: '123:abc',
      telegramApiRoot: 'http://127.0.0.1:8081',
      adminIds: [42, 7],
      pollCron: '*/30 * * * * *',
      timezone: 'Asia/Riyadh',
      defaultLanguage: 'ar',
      sendRate: 10,
      httpPort: 8080,
      webhookSecret: 's3cret_token-1',
      httpHost: '127.0.0.1',
      retentionDays: 30,
      logLevel: 'debug',
    });
  });

  it('treats an empty value as unset', () => {
    expect(parseConfig({ DEFAULT_LANGUAGE: '', SEND_RATE: ' ', ADMIN_IDS: '' })).toMatchObject({
      defaultLanguage: 'en',
      sendRate: 25,
      adminIds: [],
    });
  });

  it.each([
    [{ DEFAULT_LANGUAGE: 'fr' }, 'DEFAULT_LANGUAGE', /"fr" is not one of ar, ru, en/],
    [{ POLL_CRON: 'banana' }, 'POLL_CRON', /"banana" is not a valid cron expression/],
    [{ DIGEST_CRON: '61 8 * * *' }, 'DIGEST_CRON', /not a valid cron/],
    [{ ADMIN_IDS: '12,abc' }, 'ADMIN_IDS', /"abc" is not a numeric Telegram user id/],
    [{ ADMIN_IDS: '1.5' }, 'ADMIN_IDS', /numeric/],
    [{ TIMEZONE: 'Mars/Olympus' }, 'TIMEZONE', /not an IANA time zone/],
    [{ SEND_RATE: 'fast' }, 'SEND_RATE', /must be a number/],
    [{ SEND_RATE: '0' }, 'SEND_RATE', /above 0/],
    [{ SEND_RATE: '1001' }, 'SEND_RATE', /at most 1000/],
    [{ HTTP_PORT: '70000' }, 'HTTP_PORT', /0 to 65535/],
    [{ TELEGRAM_API_ROOT: 'not a url' }, 'TELEGRAM_API_ROOT', /http\(s\) URL/],
    [{ WEBHOOK_URL: 'http://plain.example.org/hook', WEBHOOK_SECRET: 'x', HTTP_PORT: '8080' }, 'WEBHOOK_URL', /https/],
    [{ WEBHOOK_URL: 'https://bot.example.org/hook', HTTP_PORT: '8080' }, 'WEBHOOK_SECRET', /required when WEBHOOK_URL/],
    [{ WEBHOOK_URL: 'https://bot.example.org/hook', WEBHOOK_SECRET: 'abc' }, 'HTTP_PORT', /required when WEBHOOK_URL/],
    [{ WEBHOOK_SECRET: 'has spaces' }, 'WEBHOOK_SECRET', /A-Z/],
    [
      { WEBHOOK_URL: 'https://bot.example.org/metrics', WEBHOOK_SECRET: 'abc', HTTP_PORT: '8080' },
      'WEBHOOK_URL',
      /path \/metrics is taken/,
    ],
    [{ WEBHOOK_URL: 'ftp://bot.example.org/hook', WEBHOOK_SECRET: 'abc', HTTP_PORT: '8080' }, 'WEBHOOK_URL', /https URL/],
    [{ RETENTION_DAYS: 'forever' }, 'RETENTION_DAYS', /must be a number of days/],
    [{ RETENTION_DAYS: '3' }, 'RETENTION_DAYS', /at least 7/],
    [{ RETENTION_DAYS: '30.5' }, 'RETENTION_DAYS', /whole number/],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /must be one of/],
    [{ LLM_URL: 'http://127.0.0.1:11434/v1' }, 'LLM_MODEL', /required when LLM_URL is set/],
    [{ LLM_URL: 'localhost:11434', LLM_MODEL: 'm' }, 'LLM_URL', /http\(s\) URL/],
    [{ LLM_TIMEOUT: '0' }, 'LLM_TIMEOUT', /at least 1 second/],
    [{ LLM_DAILY_TOKENS: 'lots' }, 'LLM_DAILY_TOKENS', /number of tokens/],
    [{ LLM_CONCURRENCY: '100' }, 'LLM_CONCURRENCY', /at most 16/],
  ])('rejects %j naming %s', (env, variable, problem) => {
    const error = errorOf(env as Record<string, string>);
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(new RegExp(`^${variable}: `));
    expect(error.message).toMatch(problem);
    expect(error.message).not.toContain('\n');
  });

  it('takes an http webhook only with a self-hosted Bot API server', () => {
    const local = parseConfig({
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081',
      WEBHOOK_URL: 'http://10.0.0.5:8443/hook',
      WEBHOOK_SECRET: 'abc',
      HTTP_PORT: '8443',
    });
    expect(local.webhookUrl).toBe('http://10.0.0.5:8443/hook');
  });

  it('requires the token only to run the bot', () => {
    expect(() => requireBotToken(parseConfig({}))).toThrow(/^BOT_TOKEN: is required/);
    expect(requireBotToken(parseConfig({ BOT_TOKEN: '1:a' }))).toBe('1:a');
  });
});

describe('loadDotEnv', () => {
  it('reads .env from the folder without overriding the real environment', () => {
    const folder = mkdtempSync(join(tmpdir(), 'diplobrief-env-'));
    writeFileSync(join(folder, '.env'), 'DIPLOBRIEF_TEST_A=from-file\nDIPLOBRIEF_TEST_B=from-file\n');
    process.env.DIPLOBRIEF_TEST_B = 'from-env';
    loadDotEnv(folder);
    expect(process.env.DIPLOBRIEF_TEST_A).toBe('from-file');
    expect(process.env.DIPLOBRIEF_TEST_B).toBe('from-env');
  });

  it('does nothing without a .env file', () => {
    expect(() => loadDotEnv(mkdtempSync(join(tmpdir(), 'diplobrief-env-')))).not.toThrow();
  });
});
