import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { ConfigError } from '../config.ts';
import type { HealthReport } from './health.ts';
import type { WebhookReceiver } from './webhook.ts';

/** A slow or stuck client (slowloris) cannot hold a connection longer than this. */
const REQUEST_TIMEOUT_MS = 15_000;

export interface HttpRoutes {
  health: () => HealthReport;
  metrics: () => Promise<{ contentType: string; body: string }>;
  /** POST `path` goes to the receiver (webhook mode only). */
  webhook?: { path: string; receiver: WebhookReceiver };
}

export interface RunningHttpServer {
  /** Where it listens, e.g. http://127.0.0.1:8080 (the port chosen when HTTP_PORT is 0). */
  url: string;
  /** Settles when the server has closed; rejects if it fails while running. */
  closed: Promise<void>;
  /**
   * Stops taking requests and connections, lets the webhook updates in hand finish (at most
   * `drainMs`), then closes every connection. Safe to call twice.
   */
  close(drainMs: number): Promise<void>;
}

/** Serves GET /healthz, GET /metrics and, in webhook mode, POST to the webhook's path. */
export async function startHttpServer(options: {
  port: number;
  host: string | undefined;
  routes: HttpRoutes;
  logger: Logger;
}): Promise<RunningHttpServer> {
  const log = options.logger.child({ component: 'http' });
  let stopping = false;
  const server = createServer((req, res) => {
    route(req, res, options.routes, stopping, log).catch((error: unknown) => {
      log.error({ err: error, path: req.url }, 'HTTP request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error\n');
    });
  });
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.headersTimeout = REQUEST_TIMEOUT_MS;
  await listen(server, options.port, options.host);
  const address = server.address() as AddressInfo;
  // Listening on every interface: this machine reaches it on the loopback address.
  const wildcard = address.address === '::' || address.address === '0.0.0.0';
  const host = wildcard ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  log.info(
    { port: address.port, host: options.host ?? 'all interfaces', webhookPath: options.routes.webhook?.path },
    'HTTP server listening',
  );

  const closed = new Promise<void>((resolve, reject) => {
    server.once('close', resolve);
    server.once('error', (error) => {
      log.fatal({ err: error }, 'HTTP server failed');
      reject(error);
    });
  });
  closed.catch(() => undefined);
  let closing: Promise<void> | undefined;
  return {
    url,
    closed,
    close(drainMs) {
      closing ??= (async () => {
        stopping = true;
        // No new connections; idle keep-alive ones go now, busy ones once their answer is out.
        server.close();
        server.closeIdleConnections();
        await options.routes.webhook?.receiver.close(drainMs);
        server.closeAllConnections();
        await closed.catch(() => undefined);
        log.info('HTTP server closed');
      })();
      return closing;
    },
  };
}

async function route(req: IncomingMessage, res: ServerResponse, routes: HttpRoutes, stopping: boolean, log: Logger): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const method = req.method ?? 'GET';
  if (routes.webhook && path === routes.webhook.path && method === 'POST') {
    routes.webhook.receiver.handle(req, res);
    return;
  }
  if (path === '/healthz' && (method === 'GET' || method === 'HEAD')) {
    const report = routes.health();
    // While stopping, say so: a load balancer should send nothing more here.
    const status = stopping ? 503 : report.status === 'ok' ? 200 : 503;
    if (status !== 200) log.debug({ problems: report.problems, stopping }, 'healthz: unhealthy');
    send(
      res,
      status,
      'application/json; charset=utf-8',
      JSON.stringify(stopping ? { ...report, status: 'stopping' } : report),
      method === 'HEAD',
    );
    return;
  }
  if (path === '/metrics' && (method === 'GET' || method === 'HEAD')) {
    const { contentType, body } = await routes.metrics();
    send(res, 200, contentType, body, method === 'HEAD');
    return;
  }
  const allowed =
    path === '/healthz' || path === '/metrics' ? 'GET, HEAD' : routes.webhook && path === routes.webhook.path ? 'POST' : undefined;
  if (allowed) {
    res.writeHead(405, { allow: allowed, 'content-type': 'text/plain' }).end('method not allowed\n');
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
}

function send(res: ServerResponse, status: number, contentType: string, body: string, headOnly: boolean): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  res.end(headOnly ? undefined : body);
}

/** Listens, turning the usual failures into one-line configuration errors that name the variable. */
function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const where = `${host ?? '*'}:${port}`;
      if (error.code === 'EADDRINUSE')
        reject(new ConfigError('HTTP_PORT', `${where} is already in use (another diplobrief, or another server?)`));
      else if (error.code === 'EACCES')
        reject(new ConfigError('HTTP_PORT', `${where} needs privileges this process lacks (use a port above 1023 behind a reverse proxy)`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
        reject(new ConfigError('HTTP_HOST', `"${host}" is not an address of this machine`));
      else reject(error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
