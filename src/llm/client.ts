import OpenAI from 'openai';
import type { Logger } from 'pino';
import type { ChatMessage } from './prompt.ts';

/**
 * The client of an OpenAI-compatible `/chat/completions` endpoint (a local Ollama or llama.cpp
 * server, vLLM, a hosted API), through the official `openai` package: it speaks that wire format
 * for any base URL and reads its answers and errors. The package's 6.x line is pinned: 7.x needs
 * Node 22. Its own retries are off: they obey any retry-after however long, and their sleep cannot
 * be cancelled, so a 429 asking for an hour would hold the bot's shutdown. Here instead: bounded,
 * cancellable retries; a limit on calls at once; a circuit breaker; and a daily token budget read
 * from the answers' `usage`, kept in the database so that a restart does not reset it, and
 * reserved before each call so that calls in flight together cannot overspend it.
 */

export type LlmFailure = 'timeout' | 'rate-limited' | 'server' | 'network' | 'refused' | 'budget' | 'circuit-open' | 'empty' | 'stopped';

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
  /** Retries of one call after a 429, a 5xx or a lost connection (default MAX_RETRIES). */
  maxRetries?: number;
}

/** This many failures in a row open the circuit: no calls for CIRCUIT_OPEN_MS, then one to try. */
export const CIRCUIT_FAILURES = 5;
export const CIRCUIT_OPEN_MS = 5 * 60_000;
const MAX_RETRIES = 2;
/** Waits between retries, doubling; a retry-after is obeyed up to LLM_TIMEOUT, beyond that the call fails. */
const RETRY_BASE_MS = 1_000;
/** Most tokens an answer may use: a brief and a headline are short, and a runaway answer costs no more. */
export const MAX_ANSWER_TOKENS = 400;
/** Tokens a prompt is taken to cost before the answer says: about four characters each. */
const CHARACTERS_PER_TOKEN = 4;

type CircuitState = { state: 'closed'; failures: number } | { state: 'open'; until: number } | { state: 'trying' };

export class LlmClient {
  private readonly api: OpenAI;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private circuit: CircuitState = { state: 'closed', failures: 0 };
  /** Tokens reserved by the calls in flight, until their answers say what they cost. */
  private reserved = 0;
  private stopped = false;
  /** Each call in flight's own abort, so that stopping cancels them and a finished one leaves nothing behind. */
  private readonly inFlight = new Set<AbortController>();

  constructor(
    private readonly options: LlmClientOptions,
    private readonly deps: { ledger: UsageLedger; now: () => number; logger: Logger },
  ) {
    this.api = new OpenAI({
      baseURL: options.baseUrl,
      // Local servers take no key; the package insists on one, and sends this placeholder.
      apiKey: options.apiKey ?? 'no-key',
      timeout: options.timeoutMs,
      maxRetries: 0,
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

  /** Cancels the calls in flight and refuses new ones. */
  stop(): void {
    this.stopped = true;
    for (const controller of this.inFlight) controller.abort();
    for (const wake of this.waiting.splice(0)) wake();
  }

  async complete(messages: readonly ChatMessage[]): Promise<Completion> {
    await this.slot();
    try {
      const estimate = Math.ceil(messages.reduce((sum, m) => sum + m.content.length, 0) / CHARACTERS_PER_TOKEN) + MAX_ANSWER_TOKENS;
      const maxRetries = this.options.maxRetries ?? MAX_RETRIES;
      for (let attempt = 0; ; attempt++) {
        // Checked with a slot in hand and before every try: calls that waited see what the others spent.
        const refusal = this.refusal(estimate);
        if (refusal) return refusal;
        this.reserved += estimate;
        let outcome: Completion & { retryAfterMs?: number };
        try {
          outcome = await this.call(messages, estimate);
        } finally {
          this.reserved -= estimate;
        }
        if (outcome.ok || !retryable(outcome.failure) || attempt >= maxRetries || this.stopped) return outcome;
        const wait = outcome.retryAfterMs ?? RETRY_BASE_MS * 2 ** attempt;
        if (wait > this.options.timeoutMs) return outcome;
        if (!(await this.sleep(wait))) return { ok: false, failure: 'stopped', message: 'stopping' };
      }
    } finally {
      this.release();
    }
  }

  /** Why no call may go now, or undefined: stopping, the circuit open (one call tries when it ends), the budget. */
  private refusal(estimate: number): Completion | undefined {
    if (this.stopped) return { ok: false, failure: 'stopped', message: 'stopping' };
    if (this.circuit.state === 'trying')
      return { ok: false, failure: 'circuit-open', message: 'paused after repeated failures; one call is trying' };
    if (this.circuit.state === 'open') {
      if (this.deps.now() < this.circuit.until) return { ok: false, failure: 'circuit-open', message: 'paused after repeated failures' };
      this.circuit = { state: 'trying' };
    }
    if (this.budgetLeft() - this.reserved < estimate) {
      if (this.circuit.state === 'trying') this.circuit = { state: 'closed', failures: 0 };
      return { ok: false, failure: 'budget', message: 'the daily token budget (LLM_DAILY_TOKENS) is spent' };
    }
    return undefined;
  }

  private async call(messages: readonly ChatMessage[], estimate: number): Promise<Completion & { retryAfterMs?: number }> {
    const day = this.today();
    const controller = new AbortController();
    this.inFlight.add(controller);
    try {
      const answer = await this.api.chat.completions.create(
        {
          model: this.options.model,
          messages: messages.map((message) => ({ role: message.role, content: message.content })),
          max_tokens: MAX_ANSWER_TOKENS,
          temperature: 0.2,
        },
        { signal: controller.signal },
      );
      // An answer that does not say what it cost is taken to cost the estimate: the budget still ends.
      const usage = answer.usage
        ? { prompt: answer.usage.prompt_tokens ?? 0, completion: answer.usage.completion_tokens ?? 0 }
        : { prompt: estimate - MAX_ANSWER_TOKENS, completion: MAX_ANSWER_TOKENS };
      this.deps.ledger.recordCall(day, usage);
      this.circuit = { state: 'closed', failures: 0 };
      const content = answer.choices?.[0]?.message?.content ?? '';
      if (content.trim() === '') return { ok: false, failure: 'empty', message: 'the answer was empty' };
      return { ok: true, content, usage };
    } catch (error) {
      if (this.stopped) return { ok: false, failure: 'stopped', message: 'stopping' };
      const failure = classify(error);
      const message = ((error as Error)?.message ?? String(error)).slice(0, 300);
      this.deps.ledger.recordCall(day, { failure, message, at: this.deps.now() });
      this.countFailure(failure);
      this.deps.logger.warn({ failure, err: message }, 'language model call failed; the extractive lead is shown');
      return { ok: false, failure, message, ...retryAfter(error) };
    } finally {
      this.inFlight.delete(controller);
    }
  }

  private countFailure(failure: LlmFailure): void {
    if (failure === 'refused') {
      if (this.circuit.state === 'trying') this.circuit = { state: 'closed', failures: 0 };
      return;
    }
    const failures = this.circuit.state === 'closed' ? this.circuit.failures + 1 : CIRCUIT_FAILURES;
    if (failures < CIRCUIT_FAILURES) {
      this.circuit = { state: 'closed', failures };
      return;
    }
    this.circuit = { state: 'open', until: this.deps.now() + CIRCUIT_OPEN_MS };
    this.deps.logger.warn({ until: new Date(this.circuit.until).toISOString() }, 'language model failing: no calls for a while');
  }

  /** Waits, unless the client stops meanwhile (then false). */
  private sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const controller = new AbortController();
      this.inFlight.add(controller);
      const timer = setTimeout(() => {
        this.inFlight.delete(controller);
        resolve(true);
      }, ms);
      controller.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        this.inFlight.delete(controller);
        resolve(false);
      });
    });
  }

  private async slot(): Promise<void> {
    if (this.running < this.options.concurrency || this.stopped) {
      this.running += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running += 1;
  }

  private release(): void {
    this.running -= 1;
    this.waiting.shift()?.();
  }
}

function retryable(failure: LlmFailure): boolean {
  return failure === 'rate-limited' || failure === 'server' || failure === 'network';
}

/** A 429's retry-after (seconds or a date), in milliseconds. */
function retryAfter(error: unknown): { retryAfterMs?: number } {
  if (!(error instanceof OpenAI.APIError) || error.status !== 429) return {};
  const header = error.headers?.get?.('retry-after');
  if (!header) return {};
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) && ms >= 0 ? { retryAfterMs: ms } : {};
}

function classify(error: unknown): LlmFailure {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'timeout';
  if (error instanceof OpenAI.APIUserAbortError) return 'stopped';
  if (error instanceof OpenAI.APIConnectionError) return 'network';
  if (error instanceof OpenAI.APIError) {
    if (error.status === 429) return 'rate-limited';
    if (error.status !== undefined && error.status >= 500) return 'server';
    return 'refused';
  }
  return 'network';
}
