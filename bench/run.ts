import { verdict, type Benchmark, type Figure } from './harness.ts';
import { alertLatencyBenchmark } from './alert-latency.bench.ts';
import { chatHoursBenchmark } from './chat-hours.bench.ts';
import { fanoutBenchmark, fanoutGroupsBenchmark } from './fanout.bench.ts';
import { ingestParseBenchmark } from './ingest-parse.bench.ts';
import { ingestStoreBenchmark } from './ingest-store.bench.ts';
import { languageLinksBenchmark } from './language-links.bench.ts';
import { queriesBenchmark } from './queries.bench.ts';
import { storeBenchmark } from './store.bench.ts';
import { summarizeBenchmark } from './summarize.bench.ts';
import { watchesBenchmark } from './watches.bench.ts';

/** Every benchmark of the project; `npm run bench -- NAME…` runs only those named. */
const benchmarks: Benchmark[] = [
  storeBenchmark,
  ingestParseBenchmark,
  ingestStoreBenchmark,
  summarizeBenchmark,
  queriesBenchmark,
  fanoutBenchmark,
  fanoutGroupsBenchmark,
  chatHoursBenchmark,
  watchesBenchmark,
  alertLatencyBenchmark,
  languageLinksBenchmark,
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !benchmarks.some((b) => b.name === name));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`);
  process.exit(2);
}

const rows: { bench: string; figure: Figure }[] = [];
for (const benchmark of benchmarks.filter((b) => wanted.length === 0 || wanted.includes(b.name))) {
  for (const figure of await benchmark.run()) rows.push({ bench: benchmark.name, figure });
}
const table = rows.map(({ bench, figure }) => [bench, figure.name, `${figure.value.toLocaleString('en')} ${figure.unit}`, verdict(figure)]);
const widths = [0, 1, 2].map((i) => Math.max(...table.map((row) => row[i]!.length), ['bench', 'figure', 'value'][i]!.length));
const line = (cells: string[]) => cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ');
console.log(line(['bench', 'figure', 'value', 'goal']));
for (const row of table) console.log(line(row));
console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
