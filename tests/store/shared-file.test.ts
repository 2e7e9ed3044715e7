import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { DbSchema } from '../../src/store/db-schema.js';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import { tempDir } from '../support/fixtures.js';

/** Two stores opened on one file in one process hold separate copies, exactly as two processes would. */
describe('lowdb store shared by several openers', () => {
  it('a change made through one is seen by the other after refresh, and the other keeps it when it writes', async () => {
    const file = path.join(tempDir(), 'cwg.db.json');
    const a = await openLowdbStore(file);
    const b = await openLowdbStore(file);
    const id = a.read().items[0]!.id;
    await a.update((db) => {
      db.items[0]!.title = 'changed by A';
    });
    expect(b.read().items[0]!.title).not.toBe('changed by A');
    await b.refresh();
    expect(b.read().items[0]!.title).toBe('changed by A');
    await a.update((db) => {
      db.items[1]!.title = 'changed by A again';
    });
    // B writes without refreshing first: the update re-reads the file, so A's second change survives.
    await b.update((db) => {
      db.items[2]!.title = 'changed by B';
    });
    const disk = DbSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(disk.items.find((i) => i.id === id)!.title).toBe('changed by A');
    expect(disk.items.map((i) => i.title)).toEqual(expect.arrayContaining(['changed by A again', 'changed by B']));
    await a.close();
    await b.close();
  });

  it('interleaved updates from two openers: none is lost and no temp file is left', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'cwg.db.json');
    const a = await openLowdbStore(file);
    const b = await openLowdbStore(file);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? a : b).update(async (db) => {
          await new Promise((r) => setTimeout(r, 1));
          db.items[i]!.title = `changed ${i}`;
        }),
      ),
    );
    const disk = DbSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(disk.items.filter((it) => /^changed \d+$/.test(it.title))).toHaveLength(30);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
    await a.close();
    await b.close();
  });

  it('a write that leaves the items alone (a lease, a delivery record) keeps the same items, in the writer and in a reader', async () => {
    const file = path.join(tempDir(), 'cwg.db.json');
    const a = await openLowdbStore(file);
    const b = await openLowdbStore(file);
    const [itemsA, itemsB] = [a.read().items, b.read().items];
    await a.update((db) => void (db.leases.reminders = { holder: 'h', until: '2030-01-01T00:00:00.000Z' }));
    await b.refresh();
    expect(b.read().leases.reminders?.holder).toBe('h');
    // Same arrays: the calendar's per-version caches (src/calendar/memo.ts) survive.
    expect(a.read().items).toBe(itemsA);
    expect(b.read().items).toBe(itemsB);
    await a.update((db) => void (db.items[0]!.title = 'changed'));
    await b.refresh();
    expect(a.read().items).not.toBe(itemsA);
    expect(b.read().items).not.toBe(itemsB);
    expect(b.read().items[0]!.title).toBe('changed');
    await a.close();
    await b.close();
  });

  it('an item or audit entry another process made invalid is still refused on refresh', async () => {
    const file = path.join(tempDir(), 'cwg.db.json');
    const store = await openLowdbStore(file);
    await store.update((db) => {
      db.items[0]!.title = 'audited';
    });
    const good = JSON.parse(readFileSync(file, 'utf8'));
    const badItem = structuredClone(good);
    badItem.items[1].when = { type: 'date', start: '2025-02-30' };
    writeFileSync(file, JSON.stringify(badItem));
    await expect(store.refresh()).rejects.toMatchObject({ code: 'DATA_FILE_INVALID' });
    const badAudit = structuredClone(good);
    badAudit.audit = [{ id: 'forged' }];
    writeFileSync(file, JSON.stringify(badAudit));
    await expect(store.refresh()).rejects.toMatchObject({ code: 'DATA_FILE_INVALID', message: expect.stringContaining('audit.0') });
    await store.close();
  });

  it('a symlinked data file stays a link and its target receives every change', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'real'));
    const target = path.join(dir, 'real', 'cwg.db.json');
    const link = path.join(dir, 'cwg.db.json');
    symlinkSync(target, link); // dangling at first: the store seeds the target
    const store = await openLowdbStore(link);
    await store.update((db) => {
      db.items[0]!.title = 'through the link';
    });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8')).items[0].title).toBe('through the link');
    await store.close();
  });

  it('removes the temp files a killed writer left, once they are old, and nothing else', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'cwg.db.json');
    await (await openLowdbStore(file)).close();
    const old = path.join(dir, '.cwg.db.json.4242.0123456789ab.tmp');
    const fresh = path.join(dir, '.cwg.db.json.4243.0123456789ab.tmp');
    const other = path.join(dir, '.cwg.db.json.notes.tmp');
    for (const f of [old, fresh, other]) writeFileSync(f, '{');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(old, hourAgo, hourAgo);
    utimesSync(other, hourAgo, hourAgo);
    const lines: string[] = [];
    await (await openLowdbStore(file, { log: (l) => lines.push(l) })).close();
    expect(readdirSync(dir).sort()).toEqual(['.cwg.db.json.4243.0123456789ab.tmp', '.cwg.db.json.notes.tmp', 'cwg.db.json']);
    expect(lines).toEqual([expect.stringContaining('removed 1 temp file(s)')]);
  });

  it('takes over the stale lock of a killed process within the stale time', async () => {
    const file = path.join(tempDir(), 'cwg.db.json');
    const store = await openLowdbStore(file, { lock: { staleMs: 2000, waitMs: 10_000 } });
    // What a SIGKILLed holder leaves behind: the lock folder, no longer refreshed.
    mkdirSync(`${file}.lock`);
    const old = new Date(Date.now() - 1000);
    utimesSync(`${file}.lock`, old, old);
    const started = Date.now();
    await store.update((db) => {
      db.items[0]!.title = 'after takeover';
    });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(JSON.parse(readFileSync(file, 'utf8')).items[0].title).toBe('after takeover');
    await store.close();
  });

  it('a lock held by a live process past the wait refuses the change with DATA_FILE_LOCKED and leaves the file unchanged', async () => {
    const file = path.join(tempDir(), 'cwg.db.json');
    const store = await openLowdbStore(file, { lock: { staleMs: 2000, waitMs: 800 } });
    const before = readFileSync(file, 'utf8');
    const release = await lockfile.lock(file, { realpath: false, stale: 2000, update: 1000 });
    const error = await store
      .update((db) => {
        db.items[0]!.title = 'never';
      })
      .catch((e: unknown) => e);
    await release();
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('DATA_FILE_LOCKED');
    expect((error as StoreError).message).toMatch(/stayed locked by another process/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    await store.close();
  });

  it('a file another process left corrupt is refused by refresh and update, and left byte-for-byte untouched', async () => {
    const file = path.join(tempDir(), 'cwg.db.json');
    const store = await openLowdbStore(file);
    const broken = '{"schemaVersion": 2, "items": [';
    writeFileSync(file, broken);
    await expect(store.refresh()).rejects.toMatchObject({ code: 'DATA_FILE_NOT_JSON' });
    await expect(
      store.update((db) => {
        db.items[0]!.title = 'never';
      }),
    ).rejects.toMatchObject({ code: 'DATA_FILE_NOT_JSON' });
    expect(readFileSync(file, 'utf8')).toBe(broken);
    await store.close();
  });
});
