import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { type HttpServer, startHttpServer } from '../../src/http/server.js';
import type { HttpRoute } from '../../src/http/routes.js';
import { memoryLogger } from '../../src/log.js';

/**
 * The shared server's limits, on a real server on loopback with raw sockets (a client that does
 * not behave): bodies over a route's limit are refused before the handler runs, a body without a
 * length is refused, header floods and connection floods are bounded.
 */
async function withServer(routes: HttpRoute[], opts: { maxConnections?: number } = {}): Promise<HttpServer & { log: ReturnType<typeof memoryLogger> }> {
  const log = memoryLogger();
  const http = await startHttpServer({ port: 0, host: '127.0.0.1', routes, log, ...opts });
  return Object.assign(http, { log });
}

/** Sends the head, then dribbles `bodyBytes` of body in 16 KiB pieces until the server answers or closes. */
function rawRequest(port: number, head: string, bodyBytes = 0): Promise<{ response: string; closed: boolean; sent: number }> {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    let response = '';
    let sent = 0;
    const timer = setInterval(() => {
      if (sock.destroyed || sent >= bodyBytes) return;
      const n = Math.min(16384, bodyBytes - sent);
      sock.write(Buffer.alloc(n, 0x61));
      sent += n;
    }, 5);
    sock.on('data', (d) => (response += d.toString('latin1')));
    sock.on('error', () => {});
    sock.on('close', () => {
      clearInterval(timer);
      resolve({ response, closed: true, sent });
    });
    sock.write(head);
  });
}

function recordingRoute(path: string, maxBodyBytes?: number): HttpRoute & { seen: number[] } {
  const seen: number[] = [];
  return {
    method: 'POST',
    path,
    ...(maxBodyBytes !== undefined ? { maxBodyBytes } : {}),
    seen,
    async handle(req, res) {
      let size = 0;
      for await (const c of req) size += (c as Buffer).length;
      seen.push(size);
      res.writeHead(200, { connection: 'close' }).end('ok');
    },
  };
}

describe('server limits (src/http/server.ts)', () => {
  it('refuses a slow 4 MB body with 413 before the handler sees it, and closes the socket', async () => {
    const route = recordingRoute('/slack/events', 64 * 1024);
    const http = await withServer([route]);
    try {
      const head = 'POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 4000000\r\n\r\n';
      const { response, closed, sent } = await rawRequest(http.port, head, 4_000_000);
      expect(response).toMatch(/^HTTP\/1\.1 413 /);
      expect(closed).toBe(true);
      expect(sent).toBeLessThan(4_000_000);
      expect(route.seen).toEqual([]);
      expect(http.log.lines.some((l) => l.includes('request body refused'))).toBe(true);
    } finally {
      await http.stop();
    }
  });

  it('passes a body within the limit to the handler', async () => {
    const route = recordingRoute('/slack/events', 64 * 1024);
    const http = await withServer([route]);
    try {
      const res = await fetch(`${http.url}/slack/events`, { method: 'POST', body: 'x'.repeat(60_000) });
      expect(res.status).toBe(200);
      expect(route.seen).toEqual([60_000]);
    } finally {
      await http.stop();
    }
  });

  it('applies the default 64 KB limit to a route that declares none, and a larger declared one', async () => {
    const small = recordingRoute('/small');
    const big = recordingRoute('/api/messages', 1_000_000);
    const http = await withServer([small, big]);
    try {
      expect((await fetch(`${http.url}/small`, { method: 'POST', body: 'x'.repeat(70_000) })).status).toBe(413);
      expect((await fetch(`${http.url}/api/messages`, { method: 'POST', body: 'x'.repeat(500_000) })).status).toBe(200);
      expect((await fetch(`${http.url}/api/messages`, { method: 'POST', body: 'x'.repeat(1_000_001) })).status).toBe(413);
      expect(small.seen).toEqual([]);
      expect(big.seen).toEqual([500_000]);
    } finally {
      await http.stop();
    }
  });

  it('refuses a chunked body (no Content-Length) with 411, unread', async () => {
    const route = recordingRoute('/slack/events', 64 * 1024);
    const http = await withServer([route]);
    try {
      const head = 'POST /slack/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4000\r\n';
      const { response } = await rawRequest(http.port, head, 100_000);
      expect(response).toMatch(/^HTTP\/1\.1 411 /);
      expect(route.seen).toEqual([]);
    } finally {
      await http.stop();
    }
  });

  it('refuses a flood of headers (431) without calling the handler', async () => {
    const route = recordingRoute('/slack/events');
    const http = await withServer([route]);
    try {
      const many = Array.from({ length: 2000 }, (_, i) => `X-H${i}: ${'v'.repeat(20)}`).join('\r\n');
      const { response } = await rawRequest(http.port, `POST /slack/events HTTP/1.1\r\nHost: x\r\n${many}\r\nContent-Length: 0\r\n\r\n`);
      expect(response).toMatch(/^HTTP\/1\.1 431 /);
      expect(route.seen).toEqual([]);
    } finally {
      await http.stop();
    }
  });

  it('caps open connections: sockets beyond the cap are dropped, and it serves again once they close', async () => {
    const health: HttpRoute = { method: 'GET', path: '/healthz', handle: (_req, res) => void res.end('ok') };
    const http = await withServer([health], { maxConnections: 3 });
    try {
      const idle = await Promise.all(
        Array.from(
          { length: 3 },
          () =>
            new Promise<net.Socket>((resolve) => {
              const s = net.connect(http.port, '127.0.0.1', () => resolve(s));
              s.on('error', () => {});
            }),
        ),
      );
      await new Promise((r) => setTimeout(r, 50));
      const extra = await rawRequest(http.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
      expect(extra.response).toBe('');
      for (const s of idle) s.destroy();
      await new Promise((r) => setTimeout(r, 50));
      expect((await fetch(`${http.url}/healthz`)).status).toBe(200);
    } finally {
      await http.stop();
    }
  });

  it('sets request and header timeouts and a header count on the server', async () => {
    const http = await withServer([]);
    try {
      expect(http.server.requestTimeout).toBeGreaterThan(0);
      expect(http.server.requestTimeout).toBeLessThanOrEqual(60_000);
      expect(http.server.headersTimeout).toBeLessThanOrEqual(http.server.requestTimeout);
      expect(http.server.maxHeadersCount).toBeLessThanOrEqual(200);
    } finally {
      await http.stop();
    }
  });
});
