import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SeedFileSchema } from '../../src/calendar/calendar-schema.js';
import { StoreError } from '../../src/errors.js';
import { DEFAULT_SEED_FILE, openLowdbStore } from '../../src/store/lowdb-store.js';
import { CURRENT_SCHEMA_VERSION } from '../../src/store/db-schema.js';
import { tempDir } from '../support/fixtures.js';

const seed = SeedFileSchema.parse(JSON.parse(readFileSync(DEFAULT_SEED_FILE, 'utf8')));

describe('lowdb store', () => {
  it('seeds a new file on first run and every seed item round-trips through the file', async () => {
    const file = path.join(tempDir(), 'nested', 'cwg.db.json');
    const first = await openLowdbStore(file);
    expect(existsSync(file)).toBe(true);
    await first.close();
    const again = await openLowdbStore(file);
    expect(again.read().schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(again.read().items).toEqual(seed.items);
    expect(JSON.parse(readFileSync(file, 'utf8')).items).toEqual(seed.items);
    await again.close();
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1, "items": [', 'DATA_FILE_NOT_JSON', /is not valid JSON/],
    ['not an object', '[1,2,3]', 'DATA_FILE_INVALID', /does not hold a JSON object/],
    ['schema mismatch', JSON.stringify({ schemaVersion: 1, items: [{ id: 'x' }] }), 'DATA_FILE_INVALID', /does not match the data schema: items\.0/],
    [
      'impossible date',
      JSON.stringify({ schemaVersion: 1, items: [{ ...seed.items[0], when: { type: 'date', start: '2025-02-30' } }] }),
      'DATA_FILE_INVALID',
      /not a real calendar date/,
    ],
    ['too new', JSON.stringify({ schemaVersion: 99, items: [] }), 'DATA_FILE_TOO_NEW', /schema version 99/],
  ])('refuses a data file that is %s, naming the file, and leaves it byte-for-byte unchanged', async (_label, content, code, message) => {
    const file = path.join(tempDir(), 'cwg.db.json');
    writeFileSync(file, content);
    const error = await openLowdbStore(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe(code);
    expect((error as StoreError).message).toContain(file);
    expect((error as StoreError).message).toMatch(message);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('says in its log line which calendar a new file starts with: the seed file, or an empty one for CWG_SEED_FILE=none', async () => {
    const lines: string[] = [];
    const seededFile = path.join(tempDir(), 'cwg.db.json');
    await (await openLowdbStore(seededFile, { log: (l) => lines.push(l) })).close();
    expect(lines).toEqual([`seeded ${seededFile} with ${seed.items.length} items from ${DEFAULT_SEED_FILE}`]);
    lines.length = 0;
    const emptyFile = path.join(tempDir(), 'cwg.db.json');
    const empty = await openLowdbStore(emptyFile, { seedFile: 'none', log: (l) => lines.push(l) });
    expect(empty.read().items).toEqual([]);
    await empty.close();
    expect(lines).toEqual([`started ${emptyFile} with an empty calendar (CWG_SEED_FILE=none; /cwg import fills it)`]);
    expect(lines.join('\n')).not.toContain('from none');
  });

  it('migrates a version-0 file (a bare items list), keeping the original as a backup', async () => {
    const file = path.join(tempDir(), 'cwg.db.json');
    const original = JSON.stringify({ items: seed.items.slice(0, 3) });
    writeFileSync(file, original);
    const store = await openLowdbStore(file);
    expect(store.read().items).toHaveLength(3);
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(readFileSync(`${file}.v0.bak`, 'utf8')).toBe(original);
    await store.close();
  });

  it('serializes concurrent updates: none is lost', async () => {
    const file = path.join(tempDir(), 'cwg.db.json');
    const store = await openLowdbStore(file);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        store.update(async (db) => {
          await new Promise((r) => setTimeout(r, 1));
          db.items[i]!.title = `changed ${i}`;
        }),
      ),
    );
    await store.close();
    const reopened = await openLowdbStore(file);
    expect(reopened.read().items.filter((it) => /^changed \d+$/.test(it.title))).toHaveLength(40);
    await reopened.close();
  });

  it('a mutation that throws or makes the data invalid changes neither memory nor disk', async () => {
    const file = path.join(tempDir(), 'cwg.db.json');
    const store = await openLowdbStore(file);
    const before = readFileSync(file, 'utf8');
    await expect(
      store.update((db) => {
        db.items[0]!.title = 'changed';
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(
      store.update((db) => {
        db.items[0]!.when = { type: 'date', start: '2025-13-01' };
      }),
    ).rejects.toThrow(/change refused/);
    await expect(
      store.update((db) => {
        db.items.push({ ...db.items[0]! });
      }),
    ).rejects.toThrow(/duplicate id/);
    expect(store.read().items[0]!.title).toBe(seed.items[0]!.title);
    expect(readFileSync(file, 'utf8')).toBe(before);
    await store.update((db) => {
      db.items[0]!.title = 'after a refused change, the next one still works';
    });
    expect(JSON.parse(readFileSync(file, 'utf8')).items[0].title).toMatch(/still works/);
    await store.close();
  });

  it('audit entries are append-only: a new entry is validated, a written one cannot be changed in place', async () => {
    const file = path.join(tempDir(), 'cwg.db.json');
    const store = await openLowdbStore(file);
    const entry = {
      id: 'a1',
      at: '2025-01-15T08:00:00.000Z',
      actor: { id: 'operator', platform: 'cli' as const },
      surface: 'cli' as const,
      action: 'edit',
      itemId: seed.items[0]!.id,
      before: seed.items[0]!,
      after: seed.items[0]!,
    };
    await expect(store.update((db) => void db.audit.push({ ...entry, at: 'yesterday' }))).rejects.toThrow(/change refused.*audit\.0\.at/);
    expect(store.read().audit).toHaveLength(0);
    await store.update((db) => void db.audit.push(entry));
    const before = readFileSync(file, 'utf8');
    await expect(store.update((db) => void (db.audit[0]!.reason = 'rewritten history'))).rejects.toThrow(TypeError);
    await expect(store.update((db) => void (db.audit[0]!.after!.title = 'rewritten'))).rejects.toThrow(TypeError);
    expect(store.read().audit[0]).toEqual(entry);
    expect(readFileSync(file, 'utf8')).toBe(before);
    // replacing an entry (as undo marks one undone) is a new entry, validated like one
    await expect(store.update((db) => void (db.audit[0] = { ...db.audit[0]!, undoneBy: 42 as unknown as string }))).rejects.toThrow(/audit\.0\.undoneBy/);
    await store.update((db) => void (db.audit[0] = { ...db.audit[0]!, undoneBy: 'a2' }));
    await store.close();
    const reopened = await openLowdbStore(file);
    expect(reopened.read().audit[0]!.undoneBy).toBe('a2');
    await reopened.close();
  });
});
