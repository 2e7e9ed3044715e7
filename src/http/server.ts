import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.js';
import { DEFAULT_MAX_BODY_BYTES, type HttpRoute } from './routes.js';

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
  /** Open connections at most (default MAX_CONNECTIONS); more are dropped as they arrive. */
  maxConnections?: number;
  /** A request must be complete, headers and body, within this many ms (default REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number;
  /** Headers must be complete within this many ms (default HEADERS_TIMEOUT_MS). */
  headersTimeoutMs?: number;
}

/**
 * Limits of the shared server. Slack and the Bot Connector send small requests quickly and few at a
 * time; these bound what a client that is neither can make the process hold: slow headers or bodies
 * (timeouts), header floods (count), idle sockets (connections), big bodies (per route, see HttpRoute).
 */
export const REQUEST_TIMEOUT_MS = 30_000;
export const HEADERS_TIMEOUT_MS = 15_000;
export const MAX_HEADERS_COUNT = 100;
export const MAX_CONNECTIONS = 512;
/** How long a refused request's socket lingers before it is destroyed. */
const LINGER_MS = 2000;

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
  server.requestTimeout = opts.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  // Node requires headersTimeout <= requestTimeout.
  server.headersTimeout = Math.min(opts.headersTimeoutMs ?? HEADERS_TIMEOUT_MS, server.requestTimeout);
  server.maxHeadersCount = MAX_HEADERS_COUNT;
  server.maxConnections = opts.maxConnections ?? MAX_CONNECTIONS;
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
  const refused = bodyRefusal(req, route.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  if (refused) {
    // Answered before anything reads the body: the connection closes instead of receiving it.
    res.writeHead(refused, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    // Lingering close: after the answer the server stops writing (FIN) but keeps reading and dropping
    // (never keeping) what the client still sends for a moment, so the client reads the 413 instead of
    // a reset; then the socket goes whatever the client does.
    const socket = req.socket;
    socket.destroySoon = () => void socket.end();
    res.end(refused === 413 ? 'request body too large\n' : 'length required\n');
    req.resume();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
    opts.log.warn('http: request body refused', { path, status: refused, contentLength: req.headers['content-length'] ?? null });
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

/**
 * 413 when the declared body is over the route's limit, 411 when a body comes without a length
 * (chunked): Slack and the Bot Connector always send Content-Length, and only a declared length can
 * be refused before reading. Node's parser never delivers more than the declared length.
 */
function bodyRefusal(req: IncomingMessage, limit: number): 411 | 413 | undefined {
  const declared = req.headers['content-length'];
  if (declared !== undefined) return Number(declared) > limit ? 413 : undefined;
  return req.headers['transfer-encoding'] !== undefined ? 411 : undefined;
}
