/** Thrown for a command line that does not fit the command; the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Reads `--name value` and `--name=value` options; every option must be known and given once,
 * and nothing else may stand on the line.
 */
export function parseOptions(args: readonly string[], known: readonly string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unexpected argument "${arg}"`);
    const name = match[1]!;
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
    if (options.has(name)) throw new UsageError(`--${name} is given twice`);
    const value = match[2] ?? args[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    options.set(name, value);
  }
  return options;
}

/** "24h", "90m", "2d", "1w" → milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d{1,5})([mhdw])$/.exec(text.trim());
  if (!match) return undefined;
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[match[2] as 'm' | 'h' | 'd' | 'w'];
  const value = Number(match[1]) * unit;
  return value > 0 ? value : undefined;
}
