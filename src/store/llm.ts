import type { Language } from '../model/language.ts';
import type { LlmFailure, UsageLedger } from '../llm/client.ts';
import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';

/** A brief the model wrote for a story, in one language. */
export interface StoredBrief {
  headline: string | null;
  text: string;
}

/** One day's use of the model. */
export interface LlmDay {
  calls: number;
  promptTokens: number;
  completionTokens: number;
  failures: Partial<Record<LlmFailure, number>>;
  lastError: { message: string; at: number } | undefined;
}

/** The model's briefs and its daily ledger. */
export class LlmStore implements UsageLedger {
  private readonly sql: StatementCache;

  constructor(db: Db) {
    this.sql = new StatementCache(db);
  }

  briefs(keys: readonly string[]): Map<string, StoredBrief> {
    if (keys.length === 0) return new Map();
    const rows = this.sql
      .get('SELECT key, headline, text FROM llm_briefs WHERE key IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(keys)) as ({ key: string } & StoredBrief)[];
    return new Map(rows.map(({ key, ...brief }) => [key, brief]));
  }

  saveBrief(key: string, language: Language, brief: StoredBrief, at: number): void {
    this.sql
      .get('INSERT OR REPLACE INTO llm_briefs (key, language, headline, text, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(key, language, brief.headline, brief.text, at);
  }

  tokensOn(day: string): number {
    const row = this.sql.get('SELECT prompt_tokens + completion_tokens AS n FROM llm_usage WHERE day = ?').get(day) as
      { n: number } | undefined;
    return row?.n ?? 0;
  }

  recordCall(day: string, outcome: { prompt: number; completion: number } | { failure: LlmFailure; message: string; at: number }): void {
    this.sql.get('INSERT OR IGNORE INTO llm_usage (day) VALUES (?)').run(day);
    if ('failure' in outcome) {
      this.sql
        .get(
          `UPDATE llm_usage SET calls = calls + 1,
             failures = json_set(failures, '$.' || ?, COALESCE(json_extract(failures, '$.' || ?), 0) + 1),
             last_error = ?, last_error_at = ? WHERE day = ?`,
        )
        .run(outcome.failure, outcome.failure, `${outcome.failure}: ${outcome.message}`, outcome.at, day);
    } else {
      this.sql
        .get(
          'UPDATE llm_usage SET calls = calls + 1, prompt_tokens = prompt_tokens + ?, completion_tokens = completion_tokens + ? WHERE day = ?',
        )
        .run(outcome.prompt, outcome.completion, day);
    }
  }

  day(day: string): LlmDay {
    const row = this.sql.get('SELECT * FROM llm_usage WHERE day = ?').get(day) as
      | {
          calls: number;
          prompt_tokens: number;
          completion_tokens: number;
          failures: string;
          last_error: string | null;
          last_error_at: number | null;
        }
      | undefined;
    const last = this.sql
      .get('SELECT last_error, last_error_at FROM llm_usage WHERE last_error IS NOT NULL ORDER BY day DESC LIMIT 1')
      .get() as { last_error: string; last_error_at: number } | undefined;
    return {
      calls: row?.calls ?? 0,
      promptTokens: row?.prompt_tokens ?? 0,
      completionTokens: row?.completion_tokens ?? 0,
      failures: row ? (JSON.parse(row.failures) as LlmDay['failures']) : {},
      lastError: last ? { message: last.last_error, at: last.last_error_at } : undefined,
    };
  }
}
