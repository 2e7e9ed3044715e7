import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made to the Bot Connector service. */
export interface ConnectorCall {
  method: string;
  path: string;
  authorization?: string;
  body: any;
  /** What the stand-in answered. */
  status: number;
}

export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * A loopback stand-in for the Bot Connector REST API (serviceUrl of Teams activities): records
 * every call and answers like the service (201 + resource id), or with scripted answers (429 with
 * Retry-After, 5xx, 403) taken in order for the next send calls. Also stands in for the OneDrive
 * upload session a file consent card opens (PUT /upload/<name>).
 */
export async function startConnectorStandIn() {
  const calls: ConnectorCall[] = [];
  const script: ScriptedAnswer[] = [];
  const uploads: Array<{ path: string; headers: Record<string, string>; body: string; status: number }> = [];
  const uploadStatus: number[] = [];
  let nextId = 1;
  const server = createServer((req, res) => void answer(req, res));
  async function answer(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'PUT' && path.startsWith('/upload/')) {
      // A OneDrive upload session (file consent "Allow"): 201 once the last byte arrives.
      const status = uploadStatus.shift() ?? 201;
      uploads.push({ path, headers: { ...req.headers } as Record<string, string>, body: raw, status });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status < 300 ? { id: 'drive-item-1', name: path.split('/').pop() } : { error: { code: 'generalException' } }));
      return;
    }
    const isSend = req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(path);
    const scripted = isSend ? script.shift() : undefined;
    const status = scripted?.status ?? (isSend ? 201 : 200);
    calls.push({
      method: req.method ?? 'GET',
      path,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      body: raw ? JSON.parse(raw) : undefined,
      status,
    });
    res.writeHead(status, { 'content-type': 'application/json', ...scripted?.headers });
    const body =
      scripted?.body ??
      (status < 300
        ? { id: `activity-${nextId++}` }
        : { error: { code: status === 403 ? 'BotNotInConversationRoster' : 'ServiceError', message: `status ${status}` } });
    res.end(JSON.stringify(body));
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    calls,
    /** File bodies PUT to upload sessions (`${url}upload/<name>`), with their headers. */
    uploads,
    /** Statuses for the next uploads, in order; afterwards uploads succeed (201). */
    scriptUploads(...statuses: number[]) {
      uploadStatus.push(...statuses);
    },
    /** Answers for the next send calls, in order; afterwards sends succeed again. */
    script(...answers: ScriptedAnswer[]) {
      script.push(...answers);
    },
    /** Activities the service accepted (2xx) for a conversation. */
    delivered(conversationId?: string): any[] {
      return calls
        .filter((c) => c.status < 300 && c.method === 'POST' && c.path.startsWith('/v3/conversations/'))
        .filter((c) => conversationId === undefined || decodeURIComponent(c.path.split('/')[3]!) === conversationId)
        .map((c) => c.body);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
