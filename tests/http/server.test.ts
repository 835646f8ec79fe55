import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.ts';
import type { HealthReport } from '../../src/http/health.ts';
import { startHttpServer, type RunningHttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';

const logger = createLogger('silent');
const healthy: HealthReport = {
  status: 'ok',
  problems: [],
  database: { reachable: true },
  poll: { lastSuccessAt: null, intervalSeconds: 600, staleAfterSeconds: 1800, enabledFeeds: 0, failingFeeds: 0 },
  queue: { depth: 0 },
  uptimeSeconds: 1,
};
const routes = {
  health: () => healthy,
  metrics: async () => ({ contentType: 'text/plain; version=0.0.4; charset=utf-8', body: 'up 1\n' }),
};

let server: RunningHttpServer | undefined;
afterEach(async () => {
  await server?.close(0);
  server = undefined;
});

describe('the HTTP server', () => {
  it('routes GET and HEAD, answers 405 for another method on a known path and 404 elsewhere', async () => {
    server = await startHttpServer({ port: 0, host: '127.0.0.1', routes, logger });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const get = await fetch(`${server.url}/healthz`);
    expect(get.status).toBe(200);
    expect(get.headers.get('cache-control')).toBe('no-store');
    expect(await get.json()).toEqual(healthy);
    const head = await fetch(`${server.url}/healthz`, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
    expect(await (await fetch(`${server.url}/metrics`)).text()).toBe('up 1\n');
    const post = await fetch(`${server.url}/metrics`, { method: 'POST' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    expect((await fetch(`${server.url}/anything`)).status).toBe(404);
    // Not in webhook mode: no POST path at all.
    expect((await fetch(`${server.url}/telegram`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('a port in use is a one-line error naming HTTP_PORT', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const error = await startHttpServer({ port, host: '127.0.0.1', routes, logger }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toBe(
        `HTTP_PORT: 127.0.0.1:${port} is already in use (another diplobrief, or another server?)`,
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('after close(), kept-alive connections included, nothing answers on the port', async () => {
    server = await startHttpServer({ port: 0, host: '127.0.0.1', routes, logger });
    const url = server.url;
    await fetch(`${url}/healthz`);
    await server.close(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
