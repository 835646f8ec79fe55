import pino, { type Logger } from 'pino';

/** Structured JSON logs on stdout; the level comes from LOG_LEVEL (tests run silent unless asked). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ name: 'diplobrief', level, base: { pid: process.pid } }, destination);
}
export type { Logger };
