import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.js';
import type { HttpRoute } from './routes.js';

export interface HttpServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /**
   * Looked up on every request, so adapters that register after the server starts (Teams, the
   * calendar feed) are served as soon as they push their route.
   */
  routes: readonly HttpRoute[];
  log: Logger;
}

export interface HttpServer {
  server: Server;
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** One small node:http server for every neutral HttpRoute (Slack events, Teams, /healthz, /calendar.ics). */
export async function startHttpServer(opts: HttpServerOptions): Promise<HttpServer> {
  const server = createServer((req, res) => {
    void serve(req, res, opts);
  });
  // Slack and Teams keep connections alive; a long idle timeout stops proxies seeing resets.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  opts.log.info(`http: listening on port ${port}`, { paths: opts.routes.map((r) => `${r.method} ${r.path}`) });
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

async function serve(req: IncomingMessage, res: ServerResponse, opts: HttpServerOptions): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const method = (req.method ?? 'GET').toUpperCase();
  const samePath = opts.routes.filter((r) => r.path === path);
  const route = samePath.find((r) => r.method === method) ?? (method === 'HEAD' ? samePath.find((r) => r.method === 'GET') : undefined);
  if (!route) {
    const status = samePath.length ? 405 : 404;
    if (samePath.length) res.setHeader('allow', [...new Set(samePath.map((r) => r.method))].join(', '));
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(status === 404 ? 'not found\n' : 'method not allowed\n');
    return;
  }
  try {
    await route.handle(req, res);
  } catch (err) {
    opts.log.error('http: route failed', { path, error: String(err) });
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    if (!res.writableEnded) res.end('internal error\n');
  }
}
