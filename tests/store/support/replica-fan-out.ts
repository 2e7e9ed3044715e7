import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStore } from '../../../src/store/open-store.js';
import type { Subscription } from '../../../src/store/reminders-schema.js';
import { freePort } from '../../support/embedded-postgres.js';
import type { SlackApiStandIn } from '../../support/slack-api-stand-in.js';

/**
 * Replicas (real `src/main.ts` processes in Slack HTTP mode against the Web API stand-in) sending
 * one real-time reminder to many channels from one PostgreSQL database: shared by
 * tests/store/replica-fan-out.test.ts and bench/fanout-replicas.bench.ts.
 */

/** The stand-in's workspace-wide pace in the tests and the bench (the bot's CWG_SLACK_POSTS_PER_SECOND matches it). */
export const WORKSPACE_PER_SECOND = 100;

// Not from tests/support/fixtures.ts: that module registers vitest hooks, and the bench runs outside vitest.
const REPO_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

export interface Replica {
  child: ChildProcess;
  port: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
}

export async function startReplica(databaseUrl: string, api: SlackApiStandIn, env: NodeJS.ProcessEnv = {}): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      CWG_ENV_FILE: '',
      CWG_DATABASE_URL: databaseUrl,
      CWG_SECRETARIAT: 'U0SEC0001',
      CWG_LOG_LEVEL: 'warn',
      // A dead sender's lease (and its claims) lapse after 3 s; its successor takes over within 4.5 s.
      CWG_REMINDER_LEASE_SECONDS: '3',
      CWG_SLACK_POSTS_PER_SECOND: String(WORKSPACE_PER_SECOND),
      SLACK_BOT_TOKEN: 'xoxb-replica',
      SLACK_SIGNING_SECRET: 'replica-signing-secret',
      SLACK_API_URL: api.url,
      SLACK_APP_TOKEN: '',
      BOT_ID: '',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`replica exited: ${out}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`replica did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, port, exited, output: () => out };
}

export async function stopReplica(r: Replica, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill(signal);
  await r.exited;
}

const zurich = (at: Date) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Zurich',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
};

/**
 * Seeds a new database with one event whose 7-day reminder is due at `due` (default: fell due a
 * minute or two ago; real time: replicas refuse a rehearsal clock on a shared database) and
 * `channels` Slack channels subscribed to it, the last run recorded before it was due. A reminder
 * already due is sent by the first replica started; one due at a coming minute, by the replicas'
 * minute tick then.
 */
export async function seedDueReminder(databaseUrl: string, channels: number, at?: Date): Promise<{ subs: Subscription[]; eventDate: string }> {
  const due = at ?? new Date(Math.floor((Date.now() - 60_000) / 60_000) * 60_000);
  const { date, time } = zurich(due);
  const eventDate = new Date(Date.parse(`${date}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  const dir = mkdtempSync(path.join(tmpdir(), 'cwg-replica-seed-'));
  try {
    const seedFile = path.join(dir, 'seed.json');
    const source = { document: 'replica fan-out', paragraph: '1' };
    writeFileSync(
      seedFile,
      JSON.stringify({
        document: 'replica fan-out',
        items: [{ id: 'ev-fan', kind: 'event', title: 'Fan-out event', status: 'confirmed', when: { type: 'date', start: eventDate }, source }],
      }),
    );
    const subs: Subscription[] = Array.from({ length: channels }, (_, i) => {
      const id = `C${String(i + 1).padStart(4, '0')}`;
      return {
        id: `slack:${id}`,
        conversation: { platform: 'slack', id, name: id },
        scope: 'all',
        tags: [],
        actors: [],
        at: time,
        tz: 'Europe/Zurich',
        digest: false,
        createdAt: '2025-01-01T00:00:00Z',
      };
    });
    const store = await openStore({ dataFile: '', databaseUrl, seedFile });
    try {
      await store.update((d) => {
        d.subscriptions.push(...subs);
        d.reminders.lastTickAt = new Date(Math.min(due.getTime() - 60_000, Date.now() - 1000)).toISOString();
        // Nothing in the audit trail is news: only the reminder goes out.
        d.reminders.auditCursorAt = new Date().toISOString();
      });
    } finally {
      await store.close();
    }
    return { subs, eventDate };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The stand-in's workspace-wide limit (a token bucket with one second of burst), on top of its 1 msg/s/channel. */
export function limitWorkspace(api: SlackApiStandIn, perSecond = WORKSPACE_PER_SECOND): void {
  let tokens = perSecond;
  let refilled = performance.now();
  api.respond((call) => {
    if (call.method !== 'chat.postMessage') return undefined;
    const t = performance.now();
    tokens = Math.min(perSecond, tokens + ((t - refilled) / 1000) * perSecond);
    refilled = t;
    if (tokens < 1) return { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } };
    tokens -= 1;
    return undefined;
  });
}

/** Messages per channel by ledger key (the metadata every reminder carries). */
export function deliveredKeys(api: SlackApiStandIn, subs: readonly Subscription[]): { lost: number; doubled: number; keys: Map<string, string[]> } {
  let lost = 0;
  let doubled = 0;
  const keys = new Map<string, string[]>();
  for (const s of subs) {
    const list = (api.posted.get(s.conversation.id) ?? []).map(
      (m) => (m.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key ?? '',
    );
    keys.set(s.conversation.id, list);
    if (!list.length) lost++;
    doubled += Math.max(0, list.length - 1);
  }
  return { lost, doubled, keys };
}

/** The first minute boundary at least `leadMs` away: long enough for replicas to start and warm up before it. */
export function nextMinute(leadMs: number): Date {
  return new Date(Math.ceil((Date.now() + leadMs) / 60_000) * 60_000);
}

export const postedCount = (api: SlackApiStandIn) => [...api.posted.values()].reduce((n, l) => n + l.length, 0);

export interface LedgerRow {
  key: string;
  state: string;
  holder: string | null;
}

export async function ledgerRows(client: pg.Client): Promise<LedgerRow[]> {
  return (await client.query<LedgerRow>("select key, state, body->>'holder' as holder from cwg_ledger order by key")).rows;
}

/** Who holds the `reminders` lease now (`host:pid:random`), as stored. */
export async function leaseHolder(client: pg.Client): Promise<string | undefined> {
  const rows = (await client.query<{ holder: string | null }>("select value->'reminders'->>'holder' as holder from cwg_settings where key = 'leases'")).rows;
  return rows[0]?.holder ?? undefined;
}

export const holderPid = (holder: string | null | undefined) => (holder ? Number(holder.split(':').at(-2)) : undefined);

export async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs: number, every = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

export const connect = async (url: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
};
