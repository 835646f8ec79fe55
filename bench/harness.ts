/** One measured figure of a benchmark, printed beside its goal. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The goal, e.g. ">= 5000"; a figure without a goal is shown for information. */
  goal?: { atLeast?: number; atMost?: number };
}

export interface Benchmark {
  name: string;
  run: () => Promise<Figure[]> | Figure[];
}

/** Times fn once and returns milliseconds (high resolution). */
export function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function verdict(figure: Figure): string {
  const { goal } = figure;
  if (!goal) return '';
  const ok = (goal.atLeast === undefined || figure.value >= goal.atLeast) && (goal.atMost === undefined || figure.value <= goal.atMost);
  const text = goal.atLeast !== undefined ? `>= ${goal.atLeast}` : `<= ${goal.atMost}`;
  return `${text} ${ok ? 'ok' : 'MISSED'}`;
}
