/**
 * The PostgreSQL backend with 10,000 calendar items (npm run bench -- postgres):
 *  - signed `/cwg next-deadline` round trip, the real app on PostgreSQL vs a bare Bolt app acking a
 *    constant string, each in its own process, rounds interleaved: goal p99 ≤ 1.3× (answers come
 *    from the in-memory copy; the database is read only when another replica changed something);
 *  - `edit <id> place=…` on 10,000 items, PostgreSQL vs the lowdb file (median of 9, in process,
 *    through the dispatcher): reported. Most of a command's time is the editing API's own work on
 *    the calendar (the same for both), so the bare store.update of one field is reported too, goal
 *    < 1: PostgreSQL writes one row and one audit entry where lowdb rewrites the whole file; both
 *    copy and validate the whole data in memory.
 * The server is CWG_TEST_DATABASE_URL's, or an embedded PostgreSQL started here.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createBot } from '../src/bot.js';
import { rehearsalClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import type { Caller } from '../src/dispatch/context.js';
import { silentLogger } from '../src/log.js';
import type { Db } from '../src/store/db-schema.js';
import { openLowdbStore } from '../src/store/lowdb-store.js';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import type { Store } from '../src/store/store.js';
import { startEmbeddedPostgres } from '../tests/support/embedded-postgres.js';
import { startSlackApiStandIn } from '../tests/support/slack-api-stand-in.js';
import { load, makeDb, pct, spawn, startAnswerSink } from './slack-roundtrip.bench.js';

const ITEMS = 10_000;
const WARMUP = 200;
const MEASURED = 2000;
const OPERATOR: Caller = { id: 'operator', platform: 'cli', name: 'bench', isLocalOperator: true };

async function newDatabase(admin: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`drop database if exists ${name}`);
  await c.query(`create database ${name}`);
  await c.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A database holding `data`, written through the store (so exactly as the bot writes it). */
async function loadDatabase(url: string, data: unknown): Promise<void> {
  const store = await openPostgresStore(url, { seed: false });
  await store.update((draft) => void Object.assign(draft, structuredClone(data)));
  await store.close();
}

async function roundTrip(url: string): Promise<{ lines: string[]; ratio: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwg-bench-'));
  const api = await startSlackApiStandIn();
  api.users.set('U0BENCH', { id: 'U0BENCH', tz: 'America/New_York' });
  const answers = await startAnswerSink();
  const children: ChildProcess[] = [];
  try {
    const bare = await spawn('bare', path.join(dir, 'unused.json'), api.url, children);
    const cwg = await spawn('cwg', url, api.url, children);
    const times = { bare: [] as number[], pg: [] as number[] };
    let inAck = 0;
    for (let round = 0; round < 4; round++) {
      const skip = round === 0 ? WARMUP : 0;
      const b = await load(bare.port, skip + MEASURED / 4, answers, false);
      times.bare.push(...b.ack.slice(skip));
      const c = await load(cwg.port, skip + MEASURED / 4, answers, true);
      times.pg.push(...c.answer.slice(skip));
      inAck += c.inAck.slice(skip).filter(Boolean).length;
    }
    const ratio = pct(times.pg, 99) / pct(times.bare, 99);
    const row = (name: string, xs: number[]) => `  ${name.padEnd(44)} p50 ${pct(xs, 50).toFixed(2)} ms   p99 ${pct(xs, 99).toFixed(2)} ms   (n=${xs.length})`;
    return {
      ratio,
      lines: [
        row('bare Bolt round trip (constant string)', times.bare),
        row('cwg on PostgreSQL: next-deadline answer', times.pg),
        `  answers carried in the ack: ${inAck}/${MEASURED}`,
        `  answer p99 ratio ${ratio.toFixed(2)}× (goal ≤ 1.3×)`,
      ],
    };
  } finally {
    for (const c of children) c.send('stop');
    await answers.close();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * Median ms of 9 edits of one item (after 2 warm-up edits): through the dispatcher (the whole
 * command), and as a bare store.update changing one field (the store's own share).
 */
async function timeEdits(store: Store): Promise<{ command: number; update: number }> {
  const bot = createBot({ config: loadConfig({}), store, clock: rehearsalClock(new Date('2025-01-10T09:00:00+01:00')), log: silentLogger });
  const command: number[] = [];
  const update: number[] = [];
  for (let i = 0; i < 11; i++) {
    let t = performance.now();
    const reply = await bot.handle(`edit gen-107 place="Room ${i}"`, OPERATOR);
    if (reply.tone !== 'ok') throw new Error(`edit failed: ${reply.text}`);
    if (i >= 2) command.push(performance.now() - t);
    t = performance.now();
    await store.update((db) => void (db.items.find((it) => it.id === 'gen-108')!.place = `Room ${i}`));
    if (i >= 2) update.push(performance.now() - t);
  }
  await store.close();
  return { command: median(command), update: median(update) };
}

export async function run(): Promise<{ report: string; ok: boolean }> {
  const own = process.env.CWG_TEST_DATABASE_URL ? undefined : await startEmbeddedPostgres();
  const admin = process.env.CWG_TEST_DATABASE_URL ?? own!.adminUrl;
  const dir = mkdtempSync(path.join(tmpdir(), 'cwg-bench-'));
  try {
    const data = makeDb(ITEMS) as Db;
    const roundTripDb = await newDatabase(admin, 'cwg_bench_roundtrip');
    await loadDatabase(roundTripDb, data);
    const trip = await roundTrip(roundTripDb);
    const editDb = await newDatabase(admin, 'cwg_bench_edit');
    await loadDatabase(editDb, data);
    const onPg = await timeEdits(await openPostgresStore(editDb));
    const file = path.join(dir, 'cwg.db.json');
    writeFileSync(file, JSON.stringify(data));
    const onLowdb = await timeEdits(await openLowdbStore(file));
    const editRatio = onPg.command / onLowdb.command;
    const updateRatio = onPg.update / onLowdb.update;
    return {
      ok: trip.ratio <= 1.3 && updateRatio < 1,
      report: [
        `${ITEMS} items, ${MEASURED} measured requests per app (after ${WARMUP} warm-up), loopback, Node ${process.version}`,
        ...trip.lines,
        `  edit command on ${ITEMS} items: PostgreSQL ${onPg.command.toFixed(1)} ms, lowdb ${onLowdb.command.toFixed(1)} ms (median of 9): ratio ${editRatio.toFixed(2)} (reported)`,
        `  its store.update alone: PostgreSQL ${onPg.update.toFixed(1)} ms, lowdb ${onLowdb.update.toFixed(1)} ms: ratio ${updateRatio.toFixed(2)} (goal < 1)`,
      ].join('\n'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await own?.stop();
  }
}
