import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Slack's Web API on loopback: records every call and answers like Slack
 * (`{ ok: true, … }`), with optional per-channel rate limiting (429 + Retry-After), scripted
 * failures and a channel history that honours message metadata. Point Bolt or a WebClient at
 * `url` (it ends with a slash, as `slackApiUrl` expects).
 */
export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  at: number;
}

export type Responder = (call: RecordedCall) => { status?: number; headers?: Record<string, string>; body: unknown } | undefined;

export interface SlackApiStandIn {
  url: string;
  calls: RecordedCall[];
  /** Messages accepted by chat.postMessage, per channel. */
  posted: Map<string, Array<{ ts: string; text?: string; blocks?: unknown; metadata?: unknown; args: Record<string, unknown> }>>;
  /** Add a responder consulted before the default answers (first non-undefined wins). */
  respond(responder: Responder): void;
  /** Calls for which this returns true are accepted and read, and never answered (a stalled socket). */
  stall(when: (call: RecordedCall) => boolean): void;
  /** The next `count` chat.postMessage calls are stored (they reach the channel) but answered `status` (a lost answer). */
  failAfterStoring(count: number, status?: number): void;
  /** Enforce Slack's ~1 message per second per channel on chat.postMessage, answering 429 with Retry-After. */
  limitPerChannel(intervalMs: number, retryAfterSeconds?: number): void;
  users: Map<string, { id: string; tz?: string; name?: string; is_admin?: boolean; locale?: string }>;
  /** Slack user groups: group id → member user ids (usergroups.users.list). */
  groups: Map<string, string[]>;
  callsTo(method: string): RecordedCall[];
  /** Files served at `${fileUrl(id)}` as Slack serves url_private_download: only with the bot token. */
  files: Map<string, Uint8Array>;
  fileUrl(id: string, name: string): string;
  /** Each file download: the file id and the authorization header it came with. */
  downloads: Array<{ id: string; authorization: string | undefined }>;
  close(): Promise<void>;
}

/** The bot token the stand-in expects on file downloads (what the Slack harness configures). */
export const STAND_IN_BOT_TOKEN = 'xoxb-test-token';

export async function startSlackApiStandIn(): Promise<SlackApiStandIn> {
  const calls: RecordedCall[] = [];
  const posted: SlackApiStandIn['posted'] = new Map();
  const responders: Responder[] = [];
  const stalls: Array<(call: RecordedCall) => boolean> = [];
  const users: SlackApiStandIn['users'] = new Map();
  const groups: SlackApiStandIn['groups'] = new Map();
  const lastPost = new Map<string, number>();
  const files: SlackApiStandIn['files'] = new Map();
  const downloads: SlackApiStandIn['downloads'] = [];
  let limit: { interval: number; retryAfter: number } | undefined;
  let tsCounter = 1_700_000_000_000;
  let storedThenFailed = { count: 0, status: 500 };

  const answer = (call: RecordedCall): { status: number; headers: Record<string, string>; body: unknown } => {
    for (const r of responders) {
      const res = r(call);
      if (res) return { status: res.status ?? 200, headers: res.headers ?? {}, body: res.body };
    }
    const a = call.args;
    const channel = String(a.channel ?? '');
    switch (call.method) {
      case 'auth.test':
        return ok({ url: 'https://stand-in.slack.com/', team: 'Stand-in', user: 'cwg', team_id: 'T0STANDIN', user_id: 'U0BOT', bot_id: 'B0BOT' });
      case 'chat.postMessage': {
        if (limit) {
          const last = lastPost.get(channel);
          if (last !== undefined && call.at - last < limit.interval) {
            return { status: 429, headers: { 'retry-after': String(limit.retryAfter) }, body: { ok: false, error: 'ratelimited' } };
          }
          lastPost.set(channel, call.at);
        }
        const ts = `${Math.floor(++tsCounter / 1000)}.${String(tsCounter % 1_000_000).padStart(6, '0')}`;
        const list = posted.get(channel) ?? [];
        const metadata = typeof a.metadata === 'string' ? JSON.parse(a.metadata) : a.metadata;
        list.push({ ts, text: a.text as string | undefined, blocks: a.blocks, metadata, args: a });
        posted.set(channel, list);
        if (storedThenFailed.count > 0) {
          storedThenFailed.count--;
          return { status: storedThenFailed.status, headers: {}, body: { ok: false, error: 'internal_error' } };
        }
        return ok({ channel, ts, message: { text: a.text, ts } });
      }
      case 'chat.postEphemeral':
        return ok({ message_ts: `${Math.floor(++tsCounter / 1000)}.000100` });
      case 'conversations.history': {
        const list = [...(posted.get(channel) ?? [])].reverse();
        return ok({ messages: list.map((m) => ({ type: 'message', ts: m.ts, text: m.text, metadata: m.metadata })), has_more: false });
      }
      case 'conversations.open':
        // the bot's IM with one person: D + the user id, stable as Slack's is
        return ok({ channel: { id: `D${String(a.users ?? '').replace(/^[UW]/, '')}` } });
      case 'users.info': {
        const u = users.get(String(a.user));
        return u
          ? ok({
              user: { id: u.id, name: u.name ?? u.id, tz: u.tz, is_admin: u.is_admin ?? false, ...(a.include_locale && u.locale ? { locale: u.locale } : {}) },
            })
          : { status: 200, headers: {}, body: { ok: false, error: 'user_not_found' } };
      }
      case 'usergroups.users.list':
        return ok({ users: groups.get(String(a.usergroup)) ?? [] });
      case 'chat.update':
        return ok({ channel, ts: a.ts });
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return ok({ view: { id: `V${++tsCounter}` } });
      default:
        return ok({});
    }
  };

  const server: Server = createServer(async (req, res) => {
    const download = /^\/files-pri\/([^/]+)\//.exec(req.url ?? '');
    if (download && req.method === 'GET') {
      const id = decodeURIComponent(download[1]!);
      const authorization = req.headers.authorization;
      downloads.push({ id, authorization });
      const bytes = files.get(id);
      // Slack answers a download without the token with its login page (HTML), not the file.
      if (!bytes || authorization !== `Bearer ${STAND_IN_BOT_TOKEN}`) {
        res.writeHead(bytes ? 302 : 404, { location: 'https://stand-in.slack.com/?redir=login' }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.byteLength) });
      res.end(Buffer.from(bytes));
      return;
    }
    const method = decodeURIComponent(
      (req.url ?? '/')
        .split('?')[0]!
        .replace(/^\/+/, '')
        .replace(/^api\//, ''),
    );
    const args = await readArgs(req);
    const call: RecordedCall = { method, args, at: Date.now() };
    calls.push(call);
    if (stalls.some((s) => s(call))) return;
    const { status, headers, body } = answer(call);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    files,
    downloads,
    fileUrl: (id, name) => `http://127.0.0.1:${port}/files-pri/${encodeURIComponent(id)}/${encodeURIComponent(name)}`,
    calls,
    posted,
    users,
    groups,
    respond: (r) => responders.push(r),
    stall: (when) => stalls.push(when),
    failAfterStoring: (count, status = 500) => {
      storedThenFailed = { count, status };
    },
    limitPerChannel: (interval, retryAfter = 1) => {
      limit = { interval, retryAfter };
    },
    callsTo: (m) => calls.filter((c) => c.method === m),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function ok(body: Record<string, unknown>) {
  return { status: 200, headers: {}, body: { ok: true, ...body } };
}

async function readArgs(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const params = new URLSearchParams(raw);
  const out: Record<string, unknown> = {};
  for (const [k, v] of params) {
    // The Web API client form-encodes objects as JSON strings.
    out[k] = /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return out;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}
