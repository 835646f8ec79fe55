// A minimal Bot API for the fan-out benchmark, run in its own process so the bot's CPU and memory
// are measured alone: answers sendMessage like Telegram, and with --limit N refuses calls past N in
// any sliding second with Telegram's 429. GET /stats gives the counts. Prints its port on stdout.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const limitArg = process.argv.indexOf('--limit');
const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : 0;
const accepted = limit > 0 ? new Float64Array(limit).fill(Number.NEGATIVE_INFINITY) : undefined;
let head = 0;
let sent = 0;
let refused = 0;
let firstAt = 0;
let lastAt = 0;

const server = createServer((req, res) => {
  if (req.url === '/stats') {
    res.end(JSON.stringify({ sent, refused, firstAt, lastAt }));
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
      refused += 1;
      res.statusCode = 429;
      res.end(
        JSON.stringify({ ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }),
      );
      return;
    }
    if (accepted) {
      accepted[head] = now;
      head = (head + 1) % accepted.length;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { chat_id: number; text: string };
    sent += 1;
    if (firstAt === 0) firstAt = Date.now();
    lastAt = Date.now();
    res.end(
      JSON.stringify({
        ok: true,
        result: {
          message_id: sent,
          date: Math.floor(Date.now() / 1000),
          chat: { id: body.chat_id, type: 'private', first_name: 'R' },
          text: body.text,
        },
      }),
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${(server.address() as AddressInfo).port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
