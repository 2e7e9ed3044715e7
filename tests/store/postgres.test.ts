import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { changeItem, type EditMeta } from '../../src/editing/api.js';
import { ConflictError, StoreError } from '../../src/errors.js';
import type { Item } from '../../src/calendar/schema.js';
import { createBot } from '../../src/bot.js';
import { manualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { DbSchema } from '../../src/store/db-schema.js';
import { silentLogger } from '../../src/log.js';
import { DEFAULT_SEED_FILE } from '../../src/store/lowdb-store.js';
import { openStore } from '../../src/store/open-store.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { LATEST_SQL_VERSION } from '../../src/store/postgres/sql-migrations.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../support/fixtures.js';
import { createTestDatabase, sql } from '../support/postgres.js';

const meta = (id: string): EditMeta => ({ actor: { id, platform: 'slack' }, surface: 'slack', now: new Date('2025-01-15T09:00:00+01:00') });

async function withStores<T>(n: number, url: string, fn: (stores: Store[]) => Promise<T>, opts: Parameters<typeof openPostgresStore>[1] = {}): Promise<T> {
  const stores = await Promise.all(Array.from({ length: n }, () => openPostgresStore(url, opts)));
  try {
    return await fn(stores);
  } finally {
    for (const s of stores) await s.close();
  }
}

async function until(check: () => boolean, ms: number): Promise<number> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`not seen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return performance.now() - start;
}

describe('the PostgreSQL store', () => {
  it('replicas starting together migrate and seed once', async () => {
    const url = await createTestDatabase();
    await withStores(5, url, async (stores) => {
      for (const s of stores) expect(s.read().items).toHaveLength(63);
    });
    const steps = await sql<{ version: number }>(url, 'select version from cwg_schema_migrations order by version');
    expect(steps.map((s) => s.version)).toEqual([LATEST_SQL_VERSION]);
    expect(await sql(url, 'select count(*)::int as n from cwg_items')).toEqual([{ n: 63 }]);
    expect(await sql(url, 'select version::int as v from cwg_state')).toEqual([{ v: 1 }]);
  });

  it('seeds from CWG_SEED_FILE through openStore, and shows its location without the password', async () => {
    const url = await createTestDatabase();
    const seedFile = path.join(tempDir(), 'seed.json');
    const seed = JSON.parse(readFileSync(DEFAULT_SEED_FILE, 'utf8')) as { document: string; items: Item[] };
    writeFileSync(seedFile, JSON.stringify({ document: seed.document, items: seed.items.filter((i) => i.when.type !== 'relative').slice(0, 2) }));
    const config = loadConfig({ CWG_DATABASE_URL: url, CWG_SEED_FILE: seedFile });
    const store = await openStore(config);
    expect(store.read().items).toHaveLength(2);
    expect(store.location).toBe(url.replace(/:pw[^@]+@/, ':****@'));
    expect(store.location).toMatch(/^postgres:\/\/postgres:\*\*\*\*@127\.0\.0\.1:\d+\/cwg_test_/);
    await store.close();
  });

  it('refuses a database whose schema is newer than the code, and leaves it unchanged', async () => {
    const url = await createTestDatabase();
    await withStores(1, url, async () => {});
    await sql(url, 'insert into cwg_schema_migrations (version) values ($1)', [LATEST_SQL_VERSION + 1]);
    const error = await openPostgresStore(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('DATABASE_TOO_NEW');
    expect((error as StoreError).message).toMatch(
      new RegExp(`schema version ${LATEST_SQL_VERSION + 1}; this bot understands up to ${LATEST_SQL_VERSION}\\. Upgrade the bot`),
    );
    expect((error as StoreError).message).not.toMatch(/pw\d+/);
    expect(await sql(url, 'select count(*)::int as n from cwg_items')).toEqual([{ n: 63 }]);
  });

  it('migrates data of an older schema version at open, and refuses data of a newer one', async () => {
    const url = await createTestDatabase();
    await withStores(1, url, async () => {});
    await sql(url, "update cwg_settings set value = '1' where key = 'schemaVersion'");
    await sql(url, "delete from cwg_settings where key in ('leases', 'preferences')");
    await withStores(1, url, async ([store]) => {
      expect(store!.read().schemaVersion).toBe(2);
      expect(store!.read().leases).toEqual({});
      expect(store!.read().preferences).toEqual({ users: {}, channels: {} });
    });
    expect(await sql(url, "select value from cwg_settings where key = 'schemaVersion'")).toEqual([{ value: 2 }]);
    await sql(url, "update cwg_settings set value = '9' where key = 'schemaVersion'");
    const error = await openPostgresStore(url).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('DATA_FILE_TOO_NEW');
    expect((error as StoreError).message).toMatch(/schema version 9; this bot understands up to 2/);
  });

  it('a change made through one store is in the other within 1 s without asking (LISTEN/NOTIFY)', async () => {
    const url = await createTestDatabase();
    // polling every minute: only the notification can make it in time
    await withStores(
      2,
      url,
      async ([a, b]) => {
        const untouched = b!.read().items[5];
        const timings: number[] = [];
        for (let i = 0; i < 5; i++) {
          await a!.update((db) => void (db.items[0]!.title = `round ${i}`));
          timings.push(await until(() => b!.read().items[0]!.title === `round ${i}`, 1000));
        }
        expect(Math.max(...timings)).toBeLessThan(1000);
        // only the changed row was read again: the other items are the same objects
        expect(b!.read().items[5]).toBe(untouched);
      },
      { pollMs: 60_000 },
    );
  });

  it('a command is answered without a query while nothing newer was announced, and after a change with it', async () => {
    const url = await createTestDatabase();
    await withStores(
      2,
      url,
      async ([a, b]) => {
        const bot = createBot({ config: loadConfig({}), store: b!, clock: manualClock(new Date('2025-01-10T09:00:00+01:00')), log: silentLogger });
        const caller = { id: 'U0A', platform: 'slack' as const, tz: 'Europe/Zurich' };
        await new Promise((r) => setTimeout(r, 300)); // the listener's first look after connecting
        // Another session holds cwg_state: any query reading it waits. An answer must not.
        const locker = new pg.Client({ connectionString: url });
        await locker.connect();
        try {
          await locker.query('begin');
          await locker.query('lock table cwg_state in access exclusive mode');
          const t = performance.now();
          const reply = await bot.handle('show igf-2025', caller);
          expect(reply.tone).toBe('ok');
          expect(performance.now() - t).toBeLessThan(500);
          let asked = false;
          const caughtUp = b!.refresh().then(() => (asked = true));
          await new Promise((r) => setTimeout(r, 300));
          expect(asked).toBe(false); // refresh() does ask the server, so it waits for the lock
          await locker.query('rollback');
          await caughtUp;
        } finally {
          await locker.end();
        }
        await a!.update((db) => void (db.items.find((it) => it.id === 'igf-2025')!.place = 'Announced Hall'));
        await until(() => b!.read().items.some((it) => it.place === 'Announced Hall'), 1000);
        expect((await bot.handle('show igf-2025', caller)).text).toContain('Announced Hall');
      },
      { pollMs: 60_000 },
    );
  });

  it('an edit of one item writes only its row (and its audit entry)', async () => {
    const url = await createTestDatabase();
    await withStores(1, url, async ([store]) => {
      await changeItem(store!, 'igf-2025', { place: 'Oslo' }, meta('U0A'));
      const v = (await sql<{ v: number }>(url, 'select version::int as v from cwg_state'))[0]!.v;
      expect(await sql(url, 'select id from cwg_items where changed = $1', [v])).toEqual([{ id: 'igf-2025' }]);
      expect(await sql(url, 'select item_id from cwg_audit where changed = $1', [v])).toEqual([{ item_id: 'igf-2025' }]);
      expect(await sql(url, 'select key from cwg_settings where changed = $1', [v])).toEqual([]);
      const [row] = await sql<{ revision: number; body: { place: string } }>(url, "select revision, body from cwg_items where id = 'igf-2025'");
      expect(row!.revision).toBe(1);
      expect(row!.body.place).toBe('Oslo');
    });
  });

  it('the same item edited through two replicas at once: one wins, the other is told it changed since', async () => {
    const url = await createTestDatabase();
    await withStores(2, url, async ([a, b]) => {
      const rev = a!.read().items.find((i) => i.id === 'igf-2025')!.revision;
      const results = await Promise.allSettled([
        changeItem(a!, 'igf-2025', { place: 'Oslo' }, { ...meta('U0A'), expectedRevision: rev }),
        changeItem(b!, 'igf-2025', { place: 'Bergen' }, { ...meta('U0B'), expectedRevision: rev }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(ConflictError);
      await a!.refresh();
      await b!.refresh();
      const place = a!.read().items.find((i) => i.id === 'igf-2025')!.place;
      expect(['Oslo', 'Bergen']).toContain(place);
      expect(b!.read().items.find((i) => i.id === 'igf-2025')!.place).toBe(place);
      expect(a!.read().audit).toHaveLength(1);
    });
  });

  it('a top-level key added to the data schema later round-trips without an SQL change', async () => {
    const url = await createTestDatabase();
    const schema = z.object({ ...DbSchema.unwrap().shape, futureField: z.array(z.object({ code: z.string(), rows: z.number() })).default([]) }).strict();
    await withStores(
      1,
      url,
      async ([store]) => {
        await store!.update((db) => void (db as unknown as { futureField: unknown[] }).futureField.push({ code: 'X1', rows: 4 }));
      },
      { schema },
    );
    expect(await sql(url, "select value from cwg_settings where key = 'futureField'")).toEqual([{ value: [{ code: 'X1', rows: 4 }] }]);
    await withStores(
      1,
      url,
      async ([store]) => {
        expect((store!.read() as unknown as { futureField: unknown }).futureField).toEqual([{ code: 'X1', rows: 4 }]);
      },
      { schema },
    );
  });

  it('keeps the order of every list, also after removals and insertions in the middle', async () => {
    const url = await createTestDatabase();
    await withStores(2, url, async ([a, b]) => {
      await a!.update((db) => {
        const [first] = db.items.splice(0, 1);
        db.items.splice(10, 0, first!);
        db.items.splice(30, 1);
      });
      const expected = a!.read().items.map((i) => i.id);
      await b!.refresh();
      expect(b!.read().items.map((i) => i.id)).toEqual(expected);
      const reopened = await openPostgresStore(url);
      expect(reopened.read().items.map((i) => i.id)).toEqual(expected);
      await reopened.close();
    });
  });

  it('connects again after the server dropped its connections, and hears of changes again', async () => {
    const url = await createTestDatabase();
    await withStores(2, url, async ([a, b]) => {
      const dropped = await sql<{ n: number }>(
        url,
        'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      expect(dropped[0]!.n).toBe(4); // each store's connection and its listener
      await new Promise((r) => setTimeout(r, 100));
      await a!.update((db) => void (db.items[0]!.title = 'after the reconnect'));
      await until(() => b!.read().items[0]!.title === 'after the reconnect', 3000);
      await b!.update((db) => void (db.items[1]!.title = 'b too'));
      await until(() => a!.read().items[1]!.title === 'b too', 1000);
    });
  });

  it('an unreachable server is a StoreError naming the URL without its password', async () => {
    const error = await openPostgresStore('postgres://cwg:secret@127.0.0.1:1/cwg').catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('DATABASE_UNREACHABLE');
    expect((error as StoreError).message).toContain('postgres://cwg:****@127.0.0.1:1/cwg');
    expect((error as StoreError).message).not.toContain('secret');
  });
});
