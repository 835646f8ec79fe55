import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  time: number;
}

/** A real HTTP server on 127.0.0.1 for feed tests: routes by path, records every request. */
export class FeedServer {
  readonly requests: RecordedRequest[] = [];
  private readonly routes = new Map<string, Route>();
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FeedServer> {
    const server = createServer();
    const feeds = new FeedServer(server);
    server.on('request', (req, res) => feeds.handle(req, res));
    server.on('connection', (socket) => {
      feeds.sockets.add(socket);
      socket.on('close', () => feeds.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return feeds;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }

  route(path: string, handler: Route): this {
    this.routes.set(path, handler);
    return this;
  }

  /** Serves a body with a content type, honouring If-None-Match against its ETag when given. */
  serve(path: string, body: string | Uint8Array, options: { contentType?: string; etag?: string; lastModified?: string } = {}): this {
    return this.route(path, (req, res) => {
      if (options.etag && req.headers['if-none-match'] === options.etag) {
        res.writeHead(304, { etag: options.etag }).end();
        return;
      }
      const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/rss+xml; charset=utf-8' };
      if (options.etag) headers.etag = options.etag;
      if (options.lastModified) headers['last-modified'] = options.lastModified;
      res.writeHead(200, headers).end(body);
    });
  }

  requestsTo(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    this.requests.push({ path, headers: req.headers, time: Date.now() });
    const route = this.routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    void Promise.resolve(route(req, res)).catch((error: unknown) => {
      res.destroy(error as Error);
    });
  }
}
