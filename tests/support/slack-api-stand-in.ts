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
  /** The next `count` chat.postMessage calls are stored (they reach the channel) but answered `status` (a lost answer). */
  failAfterStoring(count: number, status?: number): void;
  /** Enforce Slack's ~1 message per second per channel on chat.postMessage, answering 429 with Retry-After. */
  limitPerChannel(intervalMs: number, retryAfterSeconds?: number): void;
  users: Map<string, { id: string; tz?: string; name?: string; is_admin?: boolean }>;
  /** Slack user groups: group id → member user ids (usergroups.users.list). */
  groups: Map<string, string[]>;
  callsTo(method: string): RecordedCall[];
  close(): Promise<void>;
}

export async function startSlackApiStandIn(): Promise<SlackApiStandIn> {
  const calls: RecordedCall[] = [];
  const posted: SlackApiStandIn['posted'] = new Map();
  const responders: Responder[] = [];
  const users: SlackApiStandIn['users'] = new Map();
  const groups: SlackApiStandIn['groups'] = new Map();
  const lastPost = new Map<string, number>();
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
      case 'users.info': {
        const u = users.get(String(a.user));
        return u
          ? ok({ user: { id: u.id, name: u.name ?? u.id, tz: u.tz, is_admin: u.is_admin ?? false } })
          : { status: 200, headers: {}, body: { ok: false, error: 'user_not_found' } };
      }
      case 'usergroups.users.list':
        return ok({ users: groups.get(String(a.usergroup)) ?? [] });
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return ok({ view: { id: `V${++tsCounter}` } });
      default:
        return ok({});
    }
  };

  const server: Server = createServer(async (req, res) => {
    const method = decodeURIComponent(
      (req.url ?? '/')
        .split('?')[0]!
        .replace(/^\/+/, '')
        .replace(/^api\//, ''),
    );
    const args = await readArgs(req);
    const call: RecordedCall = { method, args, at: Date.now() };
    calls.push(call);
    const { status, headers, body } = answer(call);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    posted,
    users,
    groups,
    respond: (r) => responders.push(r),
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
