import { ConfigError, loadDotEnv, parseConfig, requireBotToken, type Config } from './config.ts';
import { FeedsFileError } from './feeds/feeds-file.ts';
import pino from 'pino';
import type { App } from './app.ts';
import { UsageError } from './cli/args.ts';
import { runBackup } from './cli/backup.ts';
import { runBriefing } from './cli/briefing.ts';
import { runDigest } from './cli/digest.ts';
import { runFeedsExport, runFeedsImport } from './cli/feeds.ts';
import { runPoll } from './cli/poll.ts';
import { runResummarize } from './cli/resummarize.ts';
import { runRetag } from './cli/retag.ts';
import { runSummarize } from './cli/summarize.ts';
import { createLogger } from './logger.ts';

export const USAGE = `Usage: diplobrief <command> [options]

Commands:
  start                     run the bot (long polling, or a webhook with WEBHOOK_URL); what \`npm start\` runs
  poll                      poll every enabled feed once, print what was added, exit
  briefing --lang ar|ru|en [--topic SLUG] [--since 24h] [--sources mine|all] [--format text|html]
                            print the briefing a subscriber would get now, from the database
                            (--sources all: with the stories that exist only in the other languages)
  digest                    queue the scheduled briefing now (what DIGEST_CRON does); the running
                            bot sends it, or sends it when it starts
  feeds import FILE.opml    add or update the feeds listed in an OPML file
  feeds export              print every feed as OPML 2.0
  retag                     recompute every stored article's topics (after term lists change)
  summarize --lang ar|ru|en [--format json|text] [--llm]
                            summarise one article (plain text or HTML) read on stdin
  resummarize               recompute every stored article's summary
  backup FILE               copy the database to FILE (a new file), safe while the bot runs
  help                      show this text (also --help, -h)

Configuration comes from the environment and from .env in the working directory;
see .env.example and README.md.`;

/** How long SIGTERM/SIGINT may take before the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 10_000;

/** Runs `diplobrief <args>` and returns the exit code. */
export async function runCli(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'start':
      if (rest.length > 0) return usageError(`"start" takes no arguments (got ${rest.join(' ')})`);
      return runStart();
    case 'poll':
      if (rest.length > 0) return usageError(`"poll" takes no arguments (got ${rest.join(' ')})`);
      return withApp((app) => runPoll(app, process.stdout));
    case 'feeds':
      return runFeedsCommand(rest);
    case 'briefing':
      return withApp((app) => runBriefing(app, rest, process.stdout, process.stderr));
    case 'digest':
      if (rest.length > 0) return usageError(`"digest" takes no arguments (got ${rest.join(' ')})`);
      return withApp((app) => runDigest(app, process.stdout));
    case 'summarize':
      // With --llm the model's client (and its daily budget, in the database) is needed.
      if (rest.includes('--llm'))
        return withApp((app) =>
          runSummarize([...rest], process.stdin, process.stdout, process.stderr, { llm: app.llm?.client ?? 'unset' }),
        );
      return runSummarize([...rest], process.stdin, process.stdout, process.stderr);
    case 'resummarize':
      if (rest.length > 0) return usageError(`"resummarize" takes no arguments (got ${rest.join(' ')})`);
      return withApp((app) => runResummarize(app, process.stdout));
    case 'retag':
      if (rest.length > 0) return usageError(`"retag" takes no arguments (got ${rest.join(' ')})`);
      return withApp((app) => runRetag(app, process.stdout));
    case 'backup':
      return withConfig((config) => runBackup(config, rest, process.stdout, process.stderr));
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case undefined:
      return usageError('no command given');
    default:
      return usageError(`unknown command "${command}"`);
  }
}

function runFeedsCommand(args: readonly string[]): Promise<number> | number {
  const [action, ...rest] = args;
  if (action === 'import' && rest.length === 1) return withApp((app) => runFeedsImport(app, rest[0]!, process.stdout, process.stderr));
  if (action === 'export' && rest.length === 0) return withApp((app) => runFeedsExport(app, process.stdout));
  return usageError(action === 'import' ? '"feeds import" takes one OPML file' : `"feeds" takes "import FILE.opml" or "export"`);
}

/**
 * Runs a command that works on the database without Telegram. Its logs go to stderr (stdout is the
 * command's output), at "warn" unless LOG_LEVEL asks for more.
 */
async function withApp(command: (app: App) => Promise<number> | number): Promise<number> {
  return withConfig(async (config) => {
    const logger = createLogger(process.env.LOG_LEVEL ? config.logLevel : 'warn', pino.destination(2));
    const { createApp } = await import('./app.ts');
    let app: App;
    try {
      app = createApp(config, { logger });
    } catch (error) {
      return startupError(error);
    }
    try {
      return await command(app);
    } finally {
      app.close();
    }
  });
}

/** Runs a command that needs the configuration but must not open (and so migrate) the database or read FEEDS_FILE. */
async function withConfig(command: (config: Config) => Promise<number>): Promise<number> {
  let config: Config;
  try {
    loadDotEnv();
    config = parseConfig(process.env);
  } catch (error) {
    return startupError(error);
  }
  try {
    return await command(config);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message);
    throw error;
  }
}

function usageError(problem: string): number {
  process.stderr.write(`diplobrief: ${problem}\n\n${USAGE}\n`);
  return 2;
}

/** A problem the operator must fix: one line, naming what is wrong, and exit code 1. */
function startupError(error: unknown): number {
  if (error instanceof ConfigError || error instanceof FeedsFileError) {
    process.stderr.write(`diplobrief: ${error.message}\n`);
    return 1;
  }
  throw error;
}

async function runStart(): Promise<number> {
  let config: Config;
  try {
    loadDotEnv();
    config = parseConfig(process.env);
    requireBotToken(config);
  } catch (error) {
    return startupError(error);
  }
  const logger = createLogger(config.logLevel);
  // Logged, never silent; the bot goes on (every part of it handles its own failures; this is a bug to fix).
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  // Node still exits on an uncaught exception (state may be broken); the monitor only gets it into the logs first.
  process.on('uncaughtExceptionMonitor', (error, origin) => logger.fatal({ err: error, origin }, 'uncaught exception; exiting'));

  // Loaded only now, so a bad configuration is reported before the bot's modules are read.
  const { startBot } = await import('./main.ts');
  let bot;
  try {
    bot = await startBot(config, { logger });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof FeedsFileError) return startupError(error);
    logger.fatal({ err: error }, 'could not start');
    return 1;
  }
  const running = bot;
  const onSignal = (signal: NodeJS.Signals) => {
    const deadline = setTimeout(() => {
      logger.error({ signal }, `did not stop within ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    void running.stop(signal);
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    await running.stopped;
    await running.stop('polling ended');
    return 0;
  } catch {
    await running.stop('polling failed');
    return 1;
  }
}
