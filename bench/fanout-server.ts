// A minimal Bot API for the fan-out benchmark, run in its own process so the bot's CPU and memory
// are measured alone: answers sendMessage like Telegram. With --limit N it refuses calls past N in
// any sliding second with Telegram's 429; with --group-limit N, a call past N to one group or
// channel (a negative chat id) in any sliding minute, as Telegram does past about 20 a minute there.
// GET /stats gives the counts. Prints its port on stdout.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const GROUP_WINDOW_MS = 60_000;

function numberArg(name: string): number {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : 0;
}

const limit = numberArg('--limit');
const groupLimit = numberArg('--group-limit');
const accepted = limit > 0 ? new Float64Array(limit).fill(Number.NEGATIVE_INFINITY) : undefined;
let head = 0;
/** Per group: the times of its last `groupLimit` accepted messages, a ring whose oldest is at `head`. */
const groups = new Map<number, { times: Float64Array; head: number }>();
let sent = 0;
/** Every 429, and those of them the per-group limit gave. */
let refused = 0;
let refusedGroup = 0;
/** The most messages one group accepted in any sliding minute. */
let busiestGroupMinute = 0;
/** The shortest time in which one group accepted groupLimit + 1 messages: the margin is this less a minute. */
let tightestGroupSpanMs = Number.POSITIVE_INFINITY;
let firstAt = 0;
let lastAt = 0;

function tooMany(res: ServerResponse, retryAfter: number): void {
  refused += 1;
  res.statusCode = 429;
  res.end(
    JSON.stringify({
      ok: false,
      error_code: 429,
      description: `Too Many Requests: retry after ${retryAfter}`,
      parameters: { retry_after: retryAfter },
    }),
  );
}

const server = createServer((req, res) => {
  if (req.url === '/stats') {
    res.end(
      JSON.stringify({
        sent,
        refused,
        refusedGroup,
        busiestGroupMinute,
        tightestGroupSpanMs: Number.isFinite(tightestGroupSpanMs) ? tightestGroupSpanMs : null,
        firstAt,
        lastAt,
      }),
    );
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    if (!req.url?.endsWith('/sendMessage')) {
      res.end(JSON.stringify({ ok: true, result: true }));
      return;
    }
    const now = performance.now();
    if (accepted && now - accepted[head]! < 1000) {
      tooMany(res, 1);
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { chat_id: number; text: string };
    let group: { times: Float64Array; head: number } | undefined;
    if (groupLimit > 0 && body.chat_id < 0) {
      group = groups.get(body.chat_id);
      if (!group) groups.set(body.chat_id, (group = { times: new Float64Array(groupLimit).fill(Number.NEGATIVE_INFINITY), head: 0 }));
      const oldest = group.times[group.head]!;
      if (now - oldest < GROUP_WINDOW_MS) {
        refusedGroup += 1;
        tooMany(res, Math.max(1, Math.ceil((oldest + GROUP_WINDOW_MS - now) / 1000)));
        return;
      }
    }
    if (accepted) {
      accepted[head] = now;
      head = (head + 1) % accepted.length;
    }
    if (group) {
      tightestGroupSpanMs = Math.min(tightestGroupSpanMs, now - group.times[group.head]!);
      group.times[group.head] = now;
      group.head = (group.head + 1) % group.times.length;
      let inMinute = 0;
      for (const at of group.times) if (now - at < GROUP_WINDOW_MS) inMinute += 1;
      busiestGroupMinute = Math.max(busiestGroupMinute, inMinute);
    }
    sent += 1;
    if (firstAt === 0) firstAt = Date.now();
    lastAt = Date.now();
    res.end(
      JSON.stringify({
        ok: true,
        result: {
          message_id: sent,
          date: Math.floor(Date.now() / 1000),
          chat:
            body.chat_id < 0
              ? { id: body.chat_id, type: 'supergroup', title: 'Desk' }
              : { id: body.chat_id, type: 'private', first_name: 'R' },
          text: body.text,
        },
      }),
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${(server.address() as AddressInfo).port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
