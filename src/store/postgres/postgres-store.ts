import type pg from 'pg';
import type { z } from 'zod';
import { StoreError } from '../../errors.js';
import { CURRENT_SCHEMA_VERSION, type Db, DbSchema } from '../db-schema.js';
import { DEFAULT_SEED_FILE, describeIssues, loadSeed, seededLine } from '../lowdb-store.js';
import { migrate, versionOf } from '../migrations.js';
import type { Store } from '../store.js';
import { connect, redactUrl } from './connection.js';
import { migrateSchema, WRITE_LOCK } from './sql-migrations.js';
import { applyChangeRows, type ChangeRow, EMPTY_SNAPSHOT, type Snapshot } from './snapshot.js';
import { changesSinceSql } from './tables.js';
import { draftOf, executeWrite, planWrite, validateDraft } from './write-plan.js';

export interface PostgresOpenOptions {
  /** Seed used when the database holds no data yet. */
  seedFile?: string;
  /** false: leave a new database empty (restore, migrate-data). */
  seed?: boolean;
  log?: (line: string) => void;
  /** The data schema (tests pass one with a field DbSchema does not have yet). */
  schema?: z.ZodObject;
  /** How often to check the version when no notification came (a lost LISTEN connection); default 2 s. */
  pollMs?: number;
}

const CHANNEL = 'cwg_changed';
/** Removal records are kept for this many versions; a copy further behind is read afresh. */
const REMOVED_KEPT = 1000;

/**
 * The PostgreSQL store: rows in tables (src/store/postgres/sql-migrations.ts), a copy in memory for
 * `read()`, kept current by LISTEN/NOTIFY. `update` runs in one transaction under an advisory
 * transaction lock shared by every replica: it first reads the rows changed since its copy's
 * version, runs the mutation on a draft, validates the draft as the lowdb store does, writes only
 * the rows that changed, bumps the version and notifies the other replicas.
 */
export async function openPostgresStore(url: string, opts: PostgresOpenOptions = {}): Promise<Store> {
  const location = redactUrl(url);
  const log = opts.log ?? (() => {});
  const schema = opts.schema ?? (DbSchema.unwrap() as unknown as z.ZodObject);
  let broken: Error | undefined;
  const onError = (e: Error) => {
    broken = e;
  };
  let client = await connect(url, location, onError);
  let snap: Snapshot = EMPTY_SNAPSHOT;
  try {
    await migrateSchema(client, location, log);
    snap = await transaction(client, location, async () => {
      const loaded = await catchUp(client, EMPTY_SNAPSHOT, schema);
      return prepareData(client, loaded, { ...opts, schema, location, log });
    });
  } catch (e) {
    await client.end().catch(() => {});
    throw e;
  }

  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const guarded = async () => {
      if (closed) throw new StoreError('STORE_CLOSED', 'the store is closed', location);
      // The server restarted or dropped the connection: connect again (or say it cannot be reached), then catch up.
      if (broken) {
        await client.end().catch(() => {});
        client = await connect(url, location, onError);
        broken = undefined;
      }
      return run();
    };
    const next = queue.then(guarded, guarded);
    queue = next.catch(() => {});
    return next;
  };
  const refresh = () =>
    serial(async () => {
      snap = await catchUp(client, snap, schema);
    });

  let listener: pg.Client | undefined;
  /** The newest version a notification announced: while hearing, a snapshot at least this new is current. */
  let announced = 0;
  /** Listening, and caught up with what was committed before the listener was (re)connected. */
  let hearing = false;
  const startListening = async (): Promise<void> => {
    const retry = () => {
      hearing = false;
      listener = undefined;
      if (!closed) setTimeout(() => void startListening(), 1000).unref();
    };
    try {
      listener = await listen(
        url,
        location,
        (version) => {
          announced = Math.max(announced, version);
          if (version > snap.version && !closed) refresh().catch(() => {});
        },
        retry,
      );
      // notifications sent while it was down are lost: look once, and only then trust the notifications
      const heard = listener;
      if (!closed)
        refresh()
          .then(() => void (hearing = listener === heard))
          .catch(() => {});
    } catch {
      retry();
    }
  };
  await startListening();
  const poll = setInterval(() => {
    if (!closed) refresh().catch(() => {});
  }, opts.pollMs ?? 2000);
  poll.unref();

  return {
    location,
    read: () => snap.db,
    refresh,
    // Listening, nothing newer announced: the copy is current (a notification arrives within milliseconds of
    // its commit), so an answer needs no query; without the listener (reconnecting), ask the server.
    refreshBeforeAnswer: () => (hearing && announced <= snap.version ? Promise.resolve() : refresh()),
    update<T>(mutate: (draft: Db) => T | Promise<T>): Promise<T> {
      return serial(() =>
        transaction(client, location, async () => {
          await client.query('select pg_advisory_xact_lock($1)', [WRITE_LOCK]);
          snap = await catchUp(client, snap, schema);
          const draft = draftOf(snap);
          const result = await mutate(draft.db);
          const next = validateDraft(draft, snap, schema, location);
          snap = await commitData(client, snap, next, location);
          return result;
        }),
      );
    },
    async close() {
      if (closed) return;
      await queue;
      closed = true;
      clearInterval(poll);
      await listener?.end().catch(() => {});
      await client.end().catch(() => {});
    },
  };
}

/** Runs `fn` in a transaction: committed when it returns, rolled back (nothing changed) when it throws. */
async function transaction<T>(client: pg.ClientBase, location: string, fn: () => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    const result = await fn();
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    if ((e as { code?: string }).code === '23505') {
      throw new StoreError('WRITE_REJECTED', `change refused by the database: ${(e as Error).message}`, location);
    }
    throw e;
  }
}

/** The copy brought up to date: rows changed since its version (or everything, when it is too far behind). */
async function catchUp(client: pg.ClientBase, prev: Snapshot, schema: z.ZodObject): Promise<Snapshot> {
  const head = (await client.query('select version, removed_from from cwg_state')).rows[0] as { version: string; removed_from: string };
  if (Number(head.version) === prev.version) return prev;
  const base = prev.version < Number(head.removed_from) ? EMPTY_SNAPSHOT : prev;
  const rows = (await client.query(changesSinceSql(), [base.version])).rows as ChangeRow[];
  return applyChangeRows(base, rows, schema);
}

/** Inside the caller's transaction (with the write lock): writes what changed, bumps the version, notifies. */
async function commitData(client: pg.ClientBase, snap: Snapshot, next: Db, location: string): Promise<Snapshot> {
  const plan = planWrite(snap, next, location);
  if (plan.empty) return snap;
  const version = snap.version + 1;
  await executeWrite(client, plan, version);
  let removedFrom = snap.removedFrom;
  if (version % 100 === 0 && version > REMOVED_KEPT) {
    removedFrom = version - REMOVED_KEPT;
    await client.query('delete from cwg_removed where changed < $1', [removedFrom]);
  }
  await client.query('update cwg_state set version = $1, removed_from = $2', [version, removedFrom]);
  await client.query('select pg_notify($1, $2)', [CHANNEL, String(version)]);
  return { ...plan.next, version, removedFrom };
}

/**
 * At open, under the write lock: a database never written gets the seed (unless `seed: false`);
 * data of an older schema version is migrated; data of a newer one is refused.
 */
async function prepareData(
  client: pg.ClientBase,
  loaded: Snapshot,
  opts: PostgresOpenOptions & { schema: z.ZodObject; location: string; log: (line: string) => void },
): Promise<Snapshot> {
  await client.query('select pg_advisory_xact_lock($1)', [WRITE_LOCK]);
  const snap = await catchUp(client, loaded, opts.schema);
  if (snap.version === 0) {
    if (opts.seed === false) return { ...snap, db: opts.schema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, items: [] }) as Db };
    const seedFile = opts.seedFile ?? DEFAULT_SEED_FILE;
    const seeded = loadSeed(seedFile);
    opts.log(seededLine(opts.location, seeded.items.length, seedFile));
    return commitData(client, snap, opts.schema.parse(seeded) as Db, opts.location);
  }
  const raw = snap.db as unknown as Record<string, unknown>;
  const from = versionOf(raw);
  if (from > CURRENT_SCHEMA_VERSION) {
    throw new StoreError(
      'DATA_FILE_TOO_NEW',
      `${opts.location} holds data of schema version ${from}; this bot understands up to ${CURRENT_SCHEMA_VERSION}. Upgrade the bot.`,
      opts.location,
    );
  }
  const parsed = opts.schema.safeParse(migrate(raw).data);
  if (!parsed.success) {
    throw new StoreError(
      'DATA_FILE_INVALID',
      `${opts.location} does not match the data schema: ${describeIssues(parsed.error)}. It was left unchanged.`,
      opts.location,
    );
  }
  if (from !== CURRENT_SCHEMA_VERSION) opts.log(`migrated the data in ${opts.location} from schema version ${from} to ${CURRENT_SCHEMA_VERSION}`);
  // Writes only what parsing changed: nothing for data this version wrote, defaults for keys added since.
  return commitData(client, snap, parsed.data as Db, opts.location);
}

/** A second connection that only listens: each commit's version arrives within milliseconds. */
async function listen(url: string, location: string, onVersion: (version: number) => void, onLost: () => void): Promise<pg.Client> {
  let lost = false;
  const client = await connect(url, location, () => {
    if (lost) return;
    lost = true;
    client.end().catch(() => {});
    onLost();
  });
  client.on('notification', (n) => {
    if (n.channel === CHANNEL) onVersion(Number(n.payload));
  });
  await client.query(`listen ${CHANNEL}`);
  return client;
}
