import { existsSync } from 'node:fs';
import { validateDetailed } from 'node-cron';
import { z } from 'zod';
import { LANGUAGES, type Language } from './model/language.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Thrown when the environment does not describe a runnable bot; the message is one line naming the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

/** Treats an empty string like an unset variable, so `FOO=` in .env means "use the default". */
const unsetIfEmpty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const optionalText = z.preprocess(unsetIfEmpty, z.string().trim().optional());

const cronExpression = (fallback: string) =>
  z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .trim()
      .default(fallback)
      .superRefine((expression, ctx) => {
        const result = validateDetailed(expression);
        if (!result.valid) {
          const why = result.errors.map((e) => e.message).join('; ');
          ctx.addIssue({ code: 'custom', message: `"${expression}" is not a valid cron expression (${why})` });
        }
      }),
  );

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const schema = z
  .object({
    BOT_TOKEN: optionalText,
    TELEGRAM_API_ROOT: z.preprocess(
      unsetIfEmpty,
      httpUrl.default('https://api.telegram.org').transform((url) => url.replace(/\/+$/, '')),
    ),
    ADMIN_IDS: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .default('')
        .transform((raw, ctx) => {
          const ids: number[] = [];
          for (const part of raw
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean)) {
            if (!/^-?\d{1,20}$/.test(part) || !Number.isSafeInteger(Number(part))) {
              ctx.addIssue({ code: 'custom', message: `"${part}" is not a numeric Telegram user id` });
              return z.NEVER;
            }
            ids.push(Number(part));
          }
          return ids;
        }),
    ),
    DATABASE_PATH: z.preprocess(unsetIfEmpty, z.string().default('data/diplobrief.db')),
    FEEDS_FILE: z.preprocess(unsetIfEmpty, z.string().default('feeds.json')),
    POLL_CRON: cronExpression('*/10 * * * *'),
    DIGEST_CRON: cronExpression('0 8 * * *'),
    TIMEZONE: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .default('UTC')
        .superRefine((zone, ctx) => {
          if (!isTimeZone(zone)) {
            ctx.addIssue({ code: 'custom', message: `"${zone}" is not an IANA time zone (e.g. UTC, Europe/Moscow, Asia/Riyadh)` });
          }
        }),
    ),
    DEFAULT_LANGUAGE: z.preprocess(
      unsetIfEmpty,
      z.enum(LANGUAGES, { error: (issue) => `"${String(issue.input)}" is not one of ${LANGUAGES.join(', ')}` }).default('en'),
    ),
    SEND_RATE: z.preprocess(
      unsetIfEmpty,
      z.coerce
        .number({ error: 'must be a number' })
        .positive('must be above 0')
        .max(1000, "must be at most 1000 (Telegram's ceiling is about 30 messages a second, 1000 with paid broadcasts)")
        .default(25),
    ),
    HTTP_PORT: z.preprocess(
      unsetIfEmpty,
      z.coerce
        .number({ error: 'must be a port number' })
        .int('must be a whole number')
        .min(0, 'must be a port number from 0 to 65535')
        .max(65535, 'must be a port number from 0 to 65535')
        .optional(),
    ),
    HTTP_HOST: optionalText,
    // http only with a self-hosted Bot API server (--local), checked below; Telegram's own needs https.
    WEBHOOK_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/, error: 'must be an https URL' }).optional()),
    WEBHOOK_SECRET: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,256}$/, "must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)")
        .optional(),
    ),
    RETENTION_DAYS: z.preprocess(
      unsetIfEmpty,
      z.coerce
        .number({ error: 'must be a number of days' })
        .int('must be a whole number of days')
        // Below a week, /topic's weekly counts and "already sent" for a story told again two days later would suffer.
        .min(7, 'must be at least 7 (briefings, stories and /topic look back up to a week)')
        .max(36500, 'must be at most 36500 (a hundred years)')
        .default(90),
    ),
    // The optional language model (an OpenAI-compatible API): off unless LLM_URL is set.
    LLM_URL: z.preprocess(unsetIfEmpty, httpUrl.optional()),
    LLM_MODEL: optionalText,
    LLM_API_KEY: optionalText,
    LLM_DAILY_TOKENS: z.preprocess(
      unsetIfEmpty,
      z.coerce
        .number({ error: 'must be a number of tokens' })
        .int('must be a whole number of tokens')
        .min(1000, 'must be at least 1000 (one brief takes a few hundred)')
        .max(1_000_000_000, 'must be at most 1000000000')
        .default(200_000),
    ),
    LLM_TIMEOUT: z.preprocess(
      unsetIfEmpty,
      z.coerce
        .number({ error: 'must be a number of seconds' })
        .min(1, 'must be at least 1 second')
        .max(600, 'must be at most 600 seconds')
        .default(30),
    ),
    LLM_CONCURRENCY: z.preprocess(
      unsetIfEmpty,
      z.coerce
        .number({ error: 'must be a number' })
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .max(16, 'must be at most 16')
        .default(2),
    ),
    LOG_LEVEL: z.preprocess(
      (v) => (typeof v === 'string' ? unsetIfEmpty(v.toLowerCase()) : v),
      z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.WEBHOOK_URL && !env.WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET'], message: 'is required when WEBHOOK_URL is set' });
    }
    if (env.LLM_URL && !env.LLM_MODEL) {
      ctx.addIssue({
        code: 'custom',
        path: ['LLM_MODEL'],
        message: "is required when LLM_URL is set (the model's name, e.g. llama3.1:8b)",
      });
    }
    if (env.WEBHOOK_URL && env.HTTP_PORT === undefined) {
      ctx.addIssue({ code: 'custom', path: ['HTTP_PORT'], message: 'is required when WEBHOOK_URL is set (the webhook is served on it)' });
    }
    // (Refinements run even when a field failed above: its value may be anything, hence canParse.)
    const apiHost =
      typeof env.TELEGRAM_API_ROOT === 'string' && URL.canParse(env.TELEGRAM_API_ROOT)
        ? new URL(env.TELEGRAM_API_ROOT).hostname
        : undefined;
    if (env.WEBHOOK_URL?.startsWith('http:') && apiHost === 'api.telegram.org') {
      ctx.addIssue({
        code: 'custom',
        path: ['WEBHOOK_URL'],
        message: 'must be an https URL (plain http works only with a self-hosted Bot API server in TELEGRAM_API_ROOT)',
      });
    }
    const webhookPath =
      typeof env.WEBHOOK_URL === 'string' && URL.canParse(env.WEBHOOK_URL) ? new URL(env.WEBHOOK_URL).pathname : undefined;
    if (webhookPath === '/healthz' || webhookPath === '/metrics') {
      ctx.addIssue({
        code: 'custom',
        path: ['WEBHOOK_URL'],
        message: `its path ${webhookPath} is taken by the endpoint of that name; use another, e.g. /telegram`,
      });
    }
  });

export interface Config {
  botToken: string | undefined;
  telegramApiRoot: string;
  adminIds: readonly number[];
  databasePath: string;
  feedsFile: string;
  pollCron: string;
  digestCron: string;
  timezone: string;
  defaultLanguage: Language;
  sendRate: number;
  httpPort: number | undefined;
  /** The address HTTP_PORT listens on; undefined: every interface. */
  httpHost: string | undefined;
  webhookUrl: string | undefined;
  webhookSecret: string | undefined;
  /** Articles older than this many days lose their text (kept: what dedup needs); old queue rows go. */
  retentionDays: number;
  logLevel: (typeof LOG_LEVELS)[number];
  /** The optional language model; undefined without LLM_URL (nothing changes then). */
  llm: LlmConfig | undefined;
}

export interface LlmConfig {
  /** The API's base URL, the part before /chat/completions (`http://127.0.0.1:11434/v1`). */
  url: string;
  model: string;
  apiKey: string | undefined;
  /** Tokens (prompt and completion) a day, counted in TIMEZONE; spent, no calls until the next day. */
  dailyTokens: number;
  timeoutMs: number;
  concurrency: number;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Reads and validates the configuration from an environment; throws ConfigError on the first bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    throw new ConfigError(variable, issue.message);
  }
  const v = result.data;
  return {
    botToken: v.BOT_TOKEN,
    telegramApiRoot: v.TELEGRAM_API_ROOT,
    adminIds: v.ADMIN_IDS,
    databasePath: v.DATABASE_PATH,
    feedsFile: v.FEEDS_FILE,
    pollCron: v.POLL_CRON,
    digestCron: v.DIGEST_CRON,
    timezone: v.TIMEZONE,
    defaultLanguage: v.DEFAULT_LANGUAGE,
    sendRate: v.SEND_RATE,
    httpPort: v.HTTP_PORT,
    httpHost: v.HTTP_HOST,
    webhookUrl: v.WEBHOOK_URL,
    webhookSecret: v.WEBHOOK_SECRET,
    retentionDays: v.RETENTION_DAYS,
    logLevel: v.LOG_LEVEL,
    llm: v.LLM_URL
      ? {
          url: v.LLM_URL.replace(/\/+$/u, ''),
          model: v.LLM_MODEL!,
          apiKey: v.LLM_API_KEY,
          dailyTokens: v.LLM_DAILY_TOKENS,
          timeoutMs: Math.round(v.LLM_TIMEOUT * 1000),
          concurrency: v.LLM_CONCURRENCY,
        }
      : undefined,
  };
}

/** The token is required only to run the bot; other commands (poll, briefing…) work without it. */
export function requireBotToken(config: Config): string {
  if (!config.botToken) {
    throw new ConfigError('BOT_TOKEN', 'is required to run the bot (get one from @BotFather; see .env.example)');
  }
  return config.botToken;
}

/**
 * Loads `.env` from the working directory into process.env when present.
 * Variables already set in the environment win, as with every dotenv tool.
 */
export function loadDotEnv(cwd: string = process.cwd()): void {
  const path = `${cwd}/.env`;
  if (!existsSync(path)) return;
  try {
    process.loadEnvFile(path);
  } catch (error) {
    throw new ConfigError('.env', `cannot be read: ${(error as Error).message}`);
  }
}
