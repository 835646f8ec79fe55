import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, type Config } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startBot, type RunningBot, type StartOptions } from '../../src/main.ts';
import { FakeTelegram } from '../support/fake-telegram.ts';

export const WEBHOOK_URL = 'https://bot.example.test/telegram/hook';
export const WEBHOOK_SECRET = 'test_secret-0123456789';

export interface WebhookBot {
  fake: FakeTelegram;
  bot: RunningBot;
  config: Config;
  /** http://127.0.0.1:PORT — the bot's HTTP server. */
  base: string;
  stop: () => Promise<void>;
}

/**
 * The real bot in webhook mode against the fake Bot API: no long polling (the harness in
 * tests/support waits for one), updates come by POST to `base` + the webhook's path.
 */
export async function startWebhookBot(env: Record<string, string> = {}, options: Partial<StartOptions> = {}): Promise<WebhookBot> {
  const fake = await FakeTelegram.start();
  const folder = mkdtempSync(join(tmpdir(), 'diplobrief-webhook-'));
  const config = parseConfig({
    BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_PATH: join(folder, 'data', 'bot.db'),
    FEEDS_FILE: join(folder, 'feeds.json'),
    HTTP_PORT: '0',
    HTTP_HOST: '127.0.0.1',
    WEBHOOK_URL,
    WEBHOOK_SECRET,
    ...env,
  });
  const bot = await startBot(config, { logger: createLogger(process.env.LOG_LEVEL ?? 'silent'), pollAtStart: false, ...options });
  return {
    fake,
    bot,
    config,
    base: bot.httpUrl!,
    stop: async () => {
      await bot.stop('test finished');
      await fake.close();
    },
  };
}

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface MetricFamily {
  help?: string;
  type?: string;
  samples: Sample[];
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const SAMPLE = new RegExp(`^(${NAME})(?:\\{(.*)\\})? (\\S+)(?: -?\\d+)?$`);
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(?:,|$)/gy;
const VALUE = /^(?:[+-]?(?:\d+\.?\d*(?:e[+-]?\d+)?|\.\d+)|[+-]?Inf|NaN)$/i;
const SUFFIXES = ['_bucket', '_count', '_sum', '_total', '_created'];

/**
 * Parses Prometheus text exposition (format 0.0.4) strictly: every line is a HELP, a TYPE or a
 * sample with well-formed labels and a number; throws on the first line that is not.
 */
export function parsePrometheusText(text: string): Map<string, MetricFamily> {
  const families = new Map<string, MetricFamily>();
  const family = (name: string) => {
    let found = families.get(name);
    if (!found) families.set(name, (found = { samples: [] }));
    return found;
  };
  for (const [index, line] of text.split('\n').entries()) {
    if (line === '') continue;
    const comment = /^# (HELP|TYPE) (\S+) (.*)$/.exec(line);
    if (comment) {
      if (!new RegExp(`^${NAME}$`).test(comment[2]!)) throw new Error(`line ${index + 1}: bad metric name in ${line}`);
      if (comment[1] === 'HELP') family(comment[2]!).help = comment[3]!;
      else if (['counter', 'gauge', 'histogram', 'summary', 'untyped'].includes(comment[3]!)) family(comment[2]!).type = comment[3]!;
      else throw new Error(`line ${index + 1}: unknown type in ${line}`);
      continue;
    }
    if (line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match || !VALUE.test(match[3]!)) throw new Error(`line ${index + 1} is not a Prometheus sample: ${line}`);
    const labels: Record<string, string> = {};
    if (match[2]) {
      LABEL.lastIndex = 0;
      let consumed = 0;
      for (let label = LABEL.exec(match[2]); label; label = LABEL.exec(match[2])) {
        labels[label[1]!] = label[2]!;
        consumed = LABEL.lastIndex;
      }
      if (consumed !== match[2].length) throw new Error(`line ${index + 1}: malformed labels in ${line}`);
    }
    const name = match[1]!;
    const base = SUFFIXES.map((suffix) => (name.endsWith(suffix) ? name.slice(0, -suffix.length) : undefined)).find(
      (b) => b !== undefined && families.has(b),
    );
    family(base ?? name).samples.push({
      name,
      labels,
      value: Number(match[3]!.replace(/^\+?Inf$/i, 'Infinity').replace(/^-Inf$/i, '-Infinity')),
    });
  }
  return families;
}

/** The value of one sample (name and labels exactly), or undefined. */
export function sampleValue(families: Map<string, MetricFamily>, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const family of families.values()) {
    for (const sample of family.samples) {
      if (sample.name !== name) continue;
      const keys = Object.keys(labels);
      if (keys.every((key) => sample.labels[key] === labels[key]) && Object.keys(sample.labels).length === keys.length) return sample.value;
    }
  }
  return undefined;
}

export async function scrape(base: string): Promise<Map<string, MetricFamily>> {
  const response = await fetch(`${base}/metrics`);
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  return parsePrometheusText(await response.text());
}

/** Checks an asynchronous condition (an HTTP answer) every few milliseconds until it holds; rejects with `what` after `timeout`. */
export async function waitForAsync<T>(check: () => Promise<T | undefined | false>, what: string, timeout = 5_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

export interface HealthAnswer {
  status: number;
  body: {
    status: string;
    problems: string[];
    database: { reachable: boolean; error?: string };
    poll: Record<string, unknown>;
    queue: { depth: number | null };
  };
}

export async function getHealth(base: string): Promise<HealthAnswer> {
  const response = await fetch(`${base}/healthz`);
  return { status: response.status, body: (await response.json()) as HealthAnswer['body'] };
}
