import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/**
 * GETs a file a chat platform hands over (Slack's url_private_download, a Teams attachment's downloadUrl),
 * stopping as soon as it passes `maxBytes` (Error "tooBig", with `size` when the server declared it) or `timeoutMs`. No redirects are followed.
 */
export function downloadBounded(url: string, opts: { maxBytes: number; timeoutMs: number; headers?: Record<string, string> }): Promise<Uint8Array> {
  const u = new URL(url);
  const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(u, { headers: opts.headers ?? {}, signal: AbortSignal.timeout(opts.timeoutMs) }, (res) => {
      if ((res.statusCode ?? 0) !== 200) {
        res.resume();
        reject(new Error(`status ${res.statusCode}`));
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > opts.maxBytes) {
        req.destroy();
        reject(Object.assign(new Error('tooBig'), { size: declared }));
        return;
      }
      const chunks: Buffer[] = [];
      let total = 0;
      res.on('data', (c: Buffer) => {
        total += c.length;
        if (total > opts.maxBytes) {
          req.destroy();
          reject(new Error('tooBig'));
          return;
        }
        chunks.push(c);
      });
      res.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A loopback address (tests serve files there; production downloads need https). */
export function isLoopback(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}
