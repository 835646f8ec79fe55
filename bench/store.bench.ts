import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/store/db.ts';
import { SubscriberStore } from '../src/store/subscribers.ts';
import { timeMs, type Benchmark } from './harness.ts';

const SUBSCRIBERS = 5_000;

/** The store on a real file (WAL, synchronous=FULL): opening with migrations, registering and reading subscribers. */
export const storeBenchmark: Benchmark = {
  name: 'store',
  run() {
    const path = join(mkdtempSync(join(tmpdir(), 'diplobrief-bench-')), 'bench.db');
    let db = openDatabase(path);
    const subscribers = new SubscriberStore(db);
    const registerMs = timeMs(() => {
      for (let i = 1; i <= SUBSCRIBERS; i++) {
        subscribers.register({ chatId: i, userId: i, chatType: 'private', firstName: 'Reader', username: null }, 'ar');
      }
    });
    const readMs = timeMs(() => {
      for (let i = 1; i <= SUBSCRIBERS; i++) subscribers.get(i);
    });
    db.close();
    const reopenMs = timeMs(() => {
      db = openDatabase(path);
    });
    db.close();
    return [
      {
        name: '/start registrations per second (file, fsync per commit)',
        value: Math.round(SUBSCRIBERS / (registerMs / 1000)),
        unit: '/s',
        goal: { atLeast: 200 },
      },
      {
        name: 'subscriber reads per second (each update reads one)',
        value: Math.round(SUBSCRIBERS / (readMs / 1000)),
        unit: '/s',
        goal: { atLeast: 20_000 },
      },
      { name: 'reopen and check migrations', value: Math.round(reopenMs * 10) / 10, unit: 'ms', goal: { atMost: 200 } },
    ];
  },
};
