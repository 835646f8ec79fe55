import type { Logger } from 'pino';

/** A part of the bot that a start sets going: stop() ends it, finishing and recording what it has in hand. */
export interface RunningPart {
  stop(): Promise<unknown> | undefined;
  /** Settles when the part has let go of the database, which may be after stop() (long polling's last batch). */
  ended?: Promise<unknown>;
}

/**
 * What a start has set going so far, and the one way to stop it: the same for a stop asked for and
 * for a start that failed half-way, which then stops only what it had started.
 */
export class RunningParts {
  private readonly parts: RunningPart[] = [];
  private stopping: Promise<void> | undefined;

  /** `close` runs once every part has stopped: it closes the database they share. */
  constructor(
    private readonly close: () => void,
    private readonly logger: Logger,
  ) {}

  /** Stopped with the rest from now on; returns `part`. */
  add<T extends RunningPart>(part: T): T {
    this.parts.push(part);
    return part;
  }

  /** Stops every part, then closes the database. Safe to call twice: the second call gets the first's promise. */
  stop(reason: string): Promise<void> {
    this.stopping ??= (async () => {
      this.logger.info({ reason }, 'stopping');
      // All at once, so the 10 s shutdown deadline bounds the slowest, not the sum: no new updates
      // (webhook: 503, Telegram keeps them), schedules, runs, sends and fetches end, each finishing
      // and recording what it has in hand.
      await Promise.all(this.parts.map((part) => part.stop()));
      // bot.start() settles after the batch in hand has been handled: only then is the database free.
      await Promise.all(this.parts.map((part) => part.ended?.catch(() => undefined)));
      this.close();
      this.logger.info('stopped');
    })();
    return this.stopping;
  }
}
