import OpenAI from 'openai';
import type { Logger } from 'pino';
import type { ChatMessage } from './prompt.ts';

/**
 * The client of an OpenAI-compatible `/chat/completions` endpoint (a local Ollama or llama.cpp
 * server, vLLM, a hosted API), through the official `openai` package: it speaks that wire format
 * for any base URL, with a timeout and bounded retries with back-off on 429 and 5xx (it obeys
 * retry-after). The package's 6.x line is pinned: 7.x needs Node 22. Around it, what the package
 * does not do: a limit on calls at once, a circuit breaker, and a daily token budget read from the
 * answers' `usage`, kept in the database so that a restart does not reset it.
 */

export type LlmFailure = 'timeout' | 'rate-limited' | 'server' | 'network' | 'refused' | 'budget' | 'circuit-open' | 'empty';

export type Completion =
  { ok: true; content: string; usage: { prompt: number; completion: number } } | { ok: false; failure: LlmFailure; message: string };

/** The day's token spending and the model's outcomes, where they outlive a restart (store/llm.ts). */
export interface UsageLedger {
  tokensOn(day: string): number;
  recordCall(day: string, outcome: { prompt: number; completion: number } | { failure: LlmFailure; message: string; at: number }): void;
}

export interface LlmClientOptions {
  baseUrl: string;
  model: string;
  apiKey: string | undefined;
  dailyTokens: number;
  timeoutMs: number;
  concurrency: number;
  /** TIMEZONE: the budget's day begins at its midnight. */
  timeZone: string;
  /** Retries of one call (default MAX_RETRIES); tests that count requests set 0. */
  maxRetries?: number;
}

/** This many failures in a row open the circuit: no calls for CIRCUIT_OPEN_MS, then one to try. */
export const CIRCUIT_FAILURES = 5;
export const CIRCUIT_OPEN_MS = 5 * 60_000;
/** Retries of one call after a 429, a 5xx or a lost connection (the package's back-off between them). */
const MAX_RETRIES = 2;
/** Most tokens an answer may use: a brief and a headline are short, and a runaway answer costs no more. */
const MAX_ANSWER_TOKENS = 400;

export class LlmClient {
  private readonly api: OpenAI;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private failuresInRow = 0;
  private openUntil = 0;
  /** Cancels the calls in flight when the bot stops. */
  private readonly shutdown = new AbortController();

  constructor(
    private readonly options: LlmClientOptions,
    private readonly deps: { ledger: UsageLedger; now: () => number; logger: Logger; fetch?: typeof fetch },
  ) {
    this.api = new OpenAI({
      baseURL: options.baseUrl,
      // Local servers take no key; the package insists on one, and sends this placeholder.
      apiKey: options.apiKey ?? 'no-key',
      timeout: options.timeoutMs,
      maxRetries: options.maxRetries ?? MAX_RETRIES,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
  }

  get model(): string {
    return this.options.model;
  }

  /** The budget's current day ("2026-12-08" in TIMEZONE). */
  today(): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.options.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      this.deps.now(),
    );
  }

  /** Tokens left today. */
  budgetLeft(): number {
    return Math.max(0, this.options.dailyTokens - this.deps.ledger.tokensOn(this.today()));
  }

  /** Cancels the calls in flight; later ones fail at once. */
  stop(): void {
    this.shutdown.abort();
  }

  async complete(messages: readonly ChatMessage[]): Promise<Completion> {
    if (this.shutdown.signal.aborted) return { ok: false, failure: 'network', message: 'stopping' };
    if (this.budgetLeft() <= 0) return { ok: false, failure: 'budget', message: 'the daily token budget (LLM_DAILY_TOKENS) is spent' };
    if (this.deps.now() < this.openUntil) return { ok: false, failure: 'circuit-open', message: 'paused after repeated failures' };
    await this.slot();
    try {
      return await this.call(messages);
    } finally {
      this.release();
    }
  }

  private async call(messages: readonly ChatMessage[]): Promise<Completion> {
    const day = this.today();
    try {
      const answer = await this.api.chat.completions.create(
        {
          model: this.options.model,
          messages: messages.map((message) => ({ role: message.role, content: message.content })),
          max_tokens: MAX_ANSWER_TOKENS,
          temperature: 0.2,
        },
        { signal: this.shutdown.signal },
      );
      const usage = { prompt: answer.usage?.prompt_tokens ?? 0, completion: answer.usage?.completion_tokens ?? 0 };
      this.deps.ledger.recordCall(day, usage);
      this.failuresInRow = 0;
      const content = answer.choices?.[0]?.message?.content ?? '';
      if (content.trim() === '') return { ok: false, failure: 'empty', message: 'the answer was empty' };
      return { ok: true, content, usage };
    } catch (error) {
      const failure = classify(error);
      const message = ((error as Error)?.message ?? String(error)).slice(0, 300);
      this.deps.ledger.recordCall(day, { failure, message, at: this.deps.now() });
      if (failure !== 'refused') this.failuresInRow += 1;
      if (this.failuresInRow >= CIRCUIT_FAILURES) {
        this.openUntil = this.deps.now() + CIRCUIT_OPEN_MS;
        this.failuresInRow = 0;
        this.deps.logger.warn({ until: new Date(this.openUntil).toISOString() }, 'language model failing: no calls for a while');
      }
      this.deps.logger.warn({ failure, err: message }, 'language model call failed; the extractive lead is shown');
      return { ok: false, failure, message };
    }
  }

  private async slot(): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}

function classify(error: unknown): LlmFailure {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'timeout';
  if (error instanceof OpenAI.APIConnectionError) return 'network';
  if (error instanceof OpenAI.APIError) {
    if (error.status === 429) return 'rate-limited';
    if (error.status !== undefined && error.status >= 500) return 'server';
    return 'refused';
  }
  return 'network';
}
