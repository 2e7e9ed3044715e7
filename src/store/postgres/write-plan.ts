import type pg from 'pg';
import type { z } from 'zod';
import { calendarIssues, type Item, ItemSchema } from '../../calendar/schema.js';
import { StoreError } from '../../errors.js';
import { AuditEntrySchema } from '../audit-schema.js';
import type { Db } from '../db-schema.js';
import { describeIssues } from '../lowdb-store.js';
import { type CachedRow, diffList, type ListState } from './rows.js';
import { assemble, deepFreeze, type Snapshot } from './snapshot.js';
import { LIST_KEYS, LIST_TABLES, SETTINGS_TABLE, upsertSql } from './tables.js';

/**
 * The mutable copy a mutation works on, as lowdb makes it: items and the other lists are copied
 * (mutations change them in place), audit entries are frozen and shared (only the list is copied).
 */
export function draftOf(s: Snapshot): Db {
  const db: Record<string, unknown> = {};
  for (const [k, v] of s.settings) db[k] = structuredClone(v.value);
  for (const [k, v] of Object.entries(s.db)) if (!(k in db) && !LIST_KEYS.has(k)) db[k] = structuredClone(v);
  for (const t of LIST_TABLES) {
    const list = s.lists[t.dbKey];
    db[t.dbKey] = t.dbKey === 'audit' ? list.ordered.map((r) => r.value) : list.ordered.map((r) => JSON.parse(r.json));
  }
  return db as unknown as Db;
}

/**
 * Validates a draft with the data schema, as lowdb does, but without parsing again what cannot have
 * changed: an item whose JSON is the cached row's was checked when written, so only changed items
 * are parsed (then the cross-item rules run on all: ids, anchors, cycles); audit entries already
 * known are frozen and kept. On 10,000 items this is most of what an update costs.
 */
export function validateDraft(draft: Db, s: Snapshot, schema: z.ZodObject, location: string): Db {
  const refuse = (issues: string) => new StoreError('WRITE_REJECTED', `change refused, it would make the data invalid: ${issues}`, location);
  if (!Array.isArray(draft.items)) throw refuse('items: expected an array');
  if (!Array.isArray(draft.audit)) throw refuse('audit: expected an array');
  const cachedItems = s.lists.items.rows;
  const items = draft.items.map((item, i) => {
    const row = item && typeof item === 'object' ? cachedItems.get(item.id) : undefined;
    if (row && row.json === JSON.stringify(item)) return row.value as Item;
    const checked = ItemSchema.safeParse(item);
    if (!checked.success) throw refuse(describeIssues(checked.error, 3, ['items', i]));
    return checked.data;
  });
  const parsed = schema.safeParse({ ...draft, items: [], audit: [] });
  if (!parsed.success) throw refuse(describeIssues(parsed.error));
  const cross = calendarIssues(items);
  if (cross.length)
    throw refuse(
      cross
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; '),
    );
  const known = new Set(s.lists.audit.ordered.map((r) => r.value));
  const audit = draft.audit.map((entry, i) => {
    if (known.has(entry)) return entry;
    const checked = AuditEntrySchema.safeParse(entry);
    if (!checked.success) throw refuse(describeIssues(checked.error, 3, ['audit', i]));
    return deepFreeze(checked.data);
  });
  return { ...(parsed.data as Db), items, audit };
}

export interface WritePlan {
  lists: { dbKey: string; upserts: CachedRow[]; removed: string[] }[];
  settings: { key: string; json: string }[];
  settingsRemoved: string[];
  /** The snapshot once written (its version set by the caller). */
  next: Omit<Snapshot, 'version' | 'removedFrom'>;
  empty: boolean;
}

/** What to write for `next`: only rows whose JSON or place changed, and keys that went. */
export function planWrite(s: Snapshot, next: Db, location: string): WritePlan {
  const lists: WritePlan['lists'] = [];
  const nextLists = { ...s.lists } as Record<string, ListState>;
  for (const t of LIST_TABLES) {
    const values = next[t.dbKey] as readonly unknown[];
    // validateDraft hands back the cached (frozen) object for an unchanged item or audit entry
    const frozenSame = t.dbKey === 'audit' || t.dbKey === 'items' ? (row: CachedRow, v: unknown) => row.value === v : undefined;
    const d = diffList(s.lists[t.dbKey], values, t.keyOf, location, frozenSame);
    if (t.dbKey === 'items') for (const r of d.upserts) Object.freeze(r.value);
    nextLists[t.dbKey] = d.next;
    if (d.upserts.length || d.removed.length) lists.push({ dbKey: t.dbKey, upserts: d.upserts, removed: d.removed });
  }
  const settings: WritePlan['settings'] = [];
  const nextSettings = new Map<string, { json: string; value: unknown }>();
  for (const [key, value] of Object.entries(next)) {
    if (LIST_KEYS.has(key) || value === undefined) continue;
    const json = JSON.stringify(value);
    const old = s.settings.get(key);
    if (old && old.json === json) nextSettings.set(key, old);
    else {
      nextSettings.set(key, { json, value });
      settings.push({ key, json });
    }
  }
  const settingsRemoved = [...s.settings.keys()].filter((k) => !nextSettings.has(k));
  const empty = !lists.length && !settings.length && !settingsRemoved.length;
  const full = nextLists as Snapshot['lists'];
  return { lists, settings, settingsRemoved, empty, next: { lists: full, settings: nextSettings, db: empty ? s.db : assemble(full, nextSettings) } };
}

/** Writes a plan inside the caller's transaction: one upsert per table, one delete per table, one removal record statement. */
export async function executeWrite(client: pg.ClientBase, plan: WritePlan, version: number): Promise<void> {
  for (const change of plan.lists) {
    const t = LIST_TABLES.find((x) => x.dbKey === change.dbKey)!;
    if (change.upserts.length) {
      const records = change.upserts.map((r) => {
        const rec: Record<string, unknown> = { [t.keyColumn]: r.key, pos: r.pos, changed: version };
        for (const c of t.columns) rec[c.name] = c.of(r.value as never);
        return `${JSON.stringify(rec).slice(0, -1)},"body":${r.json}}`;
      });
      await client.query(upsertSql(t), [`[${records.join(',')}]`]);
    }
    if (change.removed.length) await remove(client, t.table, t.keyColumn, t.dbKey, change.removed, version);
  }
  if (plan.settings.length) {
    const records = plan.settings.map((s) => `{"key":${JSON.stringify(s.key)},"value":${s.json}}`);
    await client.query(
      `insert into ${SETTINGS_TABLE} (key, value, changed) select key, value, $2 from jsonb_to_recordset($1::jsonb) as x(key text, value jsonb) on conflict (key) do update set value = excluded.value, changed = excluded.changed`,
      [`[${records.join(',')}]`, version],
    );
  }
  if (plan.settingsRemoved.length) await remove(client, SETTINGS_TABLE, 'key', 'settings', plan.settingsRemoved, version);
}

async function remove(client: pg.ClientBase, table: string, keyColumn: string, tbl: string, keys: string[], version: number): Promise<void> {
  await client.query(`delete from ${table} where ${keyColumn} = any($1::text[])`, [keys]);
  await client.query(
    'insert into cwg_removed (tbl, key, changed) select $1, k, $3 from unnest($2::text[]) as k on conflict (tbl, key) do update set changed = excluded.changed',
    [tbl, keys, version],
  );
}
