/**
 * Reminders across replicas on PostgreSQL (`npm run bench -- fanout-replicas`): three real bot
 * processes (src/main.ts, Slack HTTP mode) on one database send one reminder to 1,000 channels
 * through the Slack stand-in, which enforces 1 msg/s per channel and, as in
 * reminders-fanout.bench.ts (the single-process case), a workspace-wide 100 msg/s (token bucket,
 * one second of burst); the replicas' CWG_SLACK_POSTS_PER_SECOND is 100 to match. One replica holds
 * the `reminders` lease and sends; the others stand by. The reminder falls due at a minute
 * boundary at least 20 s after seeding, so the replicas are warm when their minute tick sends it,
 * as in production (each scenario waits up to 80 s for it).
 * The bound is what the limits allow: (1,000 - 1) / 100 s. Measured: from the run's start (its
 * deliveries' `intendedAt`: planning and the claim write count) to every ledger entry confirmed.
 * A second, informational run SIGKILLs the sender at half-way: its successor takes over after the
 * lease (3 s here) and checks the channel history for what the dead one had claimed.
 * The server: CWG_TEST_DATABASE_URL, else an embedded PostgreSQL started here.
 */
import pg from 'pg';
import { startEmbeddedPostgres } from '../tests/support/embedded-postgres.js';
import { startSlackApiStandIn } from '../tests/support/slack-api-stand-in.js';
import {
  connect,
  deliveredKeys,
  holderPid,
  ledgerRows,
  limitWorkspace,
  nextMinute,
  postedCount,
  type Replica,
  seedDueReminder,
  startReplica,
  stopReplica,
  WORKSPACE_PER_SECOND,
  waitFor,
} from '../tests/store/support/replica-fan-out.js';

const CHANNELS = 1000;

interface Result {
  spanMs: number;
  confirmedMs: number;
  boundMs: number;
  lost: number;
  doubled: number;
  status429: number;
  history: number;
  /** The run's start (its deliveries' `intendedAt`) → the first post: planning and the claim write of 1,000 rows. */
  claimMs: number;
}

async function newDatabase(admin: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function scenario(admin: string, name: string, killAt?: number): Promise<Result> {
  const api = await startSlackApiStandIn();
  const url = await newDatabase(admin, name);
  let replicas: Replica[] = [];
  const db = await connect(url);
  try {
    api.limitPerChannel(1000, 1);
    limitWorkspace(api);
    // Due at a coming minute, so the warm replicas' minute tick sends it, as in production (not the start-up run).
    const { subs } = await seedDueReminder(url, CHANNELS, nextMinute(20_000));
    replicas = await Promise.all([0, 1, 2].map(() => startReplica(url, api)));
    if (killAt !== undefined) {
      await waitFor('half the messages', () => postedCount(api) >= CHANNELS * killAt || undefined, 150_000, 5);
      const holders = new Set((await ledgerRows(db)).filter((r) => r.state === 'intended' && r.holder).map((r) => r.holder));
      const pid = holderPid([...holders][0]);
      const target = replicas.find((r) => r.child.pid === pid);
      if (!target || holders.size !== 1) throw new Error('could not tell which replica is sending');
      await stopReplica(target, 'SIGKILL');
      replicas = replicas.filter((r) => r !== target);
    }
    await waitFor(
      'every delivery confirmed',
      async () => {
        const rows = await ledgerRows(db);
        return rows.length === CHANNELS && rows.every((r) => r.state === 'confirmed') ? true : undefined;
      },
      120_000,
      10,
    );
    const confirmedAt = Date.now();
    const posts = api.callsTo('chat.postMessage');
    const first = posts[0]!.at;
    const accepted = [...api.posted.values()].flat().length;
    const last = Math.max(...posts.map((c) => c.at));
    const { lost, doubled } = deliveredKeys(api, subs);
    const started = (await db.query<{ at: string }>("select min(body->>'intendedAt') as at from cwg_ledger")).rows[0]!.at;
    return {
      spanMs: last - first,
      confirmedMs: confirmedAt - first,
      boundMs: ((CHANNELS - 1) / WORKSPACE_PER_SECOND) * 1000,
      lost,
      doubled,
      status429: posts.length - accepted,
      history: api.callsTo('conversations.history').length,
      claimMs: first - Date.parse(started),
    };
  } finally {
    await Promise.all(replicas.map((r) => stopReplica(r)));
    await db.end();
    await api.close();
  }
}

export async function run(): Promise<{ report: string; ok: boolean }> {
  const own = process.env.CWG_TEST_DATABASE_URL ? undefined : await startEmbeddedPostgres();
  const admin = process.env.CWG_TEST_DATABASE_URL ?? own!.adminUrl;
  const tag = `${process.pid}_${Date.now().toString(36)}`;
  try {
    const plain = await scenario(admin, `cwg_bench_fan_${tag}`);
    const killed = await scenario(admin, `cwg_bench_fan_kill_${tag}`, 0.5);
    // Strict: from the run's start (planning and the claim write count) to the last confirmation.
    const total = (r: Result) => r.claimMs + r.confirmedMs;
    const ratio = total(plain) / plain.boundMs;
    const line = (label: string, r: Result, goal: string) =>
      `${label}: run start → all confirmed ${(total(r) / 1000).toFixed(2)} s (start → first post ${r.claimMs} ms, first → last post ${(r.spanMs / 1000).toFixed(2)} s); the limits allow ${(r.boundMs / 1000).toFixed(2)} s → ${(total(r) / r.boundMs).toFixed(3)}×${goal}; lost ${r.lost}, doubled ${r.doubled}, 429s ${r.status429}, history reads ${r.history}`;
    return {
      report: [
        line(`fan-out ${CHANNELS} channels, 3 replicas on PostgreSQL`, plain, ' (goal ≤ 1.1)'),
        line(`the same, sender SIGKILLed at half-way (lease 3 s)`, killed, ' (informational: includes the takeover)'),
      ].join('\n'),
      ok: ratio <= 1.1 && plain.lost === 0 && plain.doubled === 0 && killed.lost === 0 && killed.doubled === 0,
    };
  } finally {
    await own?.stop();
  }
}
