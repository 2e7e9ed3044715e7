import type pg from 'pg';
import type { z } from 'zod';
import { calendarIssues } from '../../calendar/calendar-schema.js';
import { type Item, ItemSchema } from '../../calendar/schema.js';
import { StoreError } from '../../errors.js';
import { AuditEntrySchema } from '../audit-schema.js';
import type { Db } from '../db-schema.js';
import { describeIssues } from '../lowdb-store.js';
import { type CachedRow, diffList, type ListState } from './rows.js';
import { assemble, deepFreeze, type Snapshot } from './snapshot.js';
import { LIST_KEYS, LIST_TABLES, SETTINGS_TABLE, upsertSql } from './tables.js';

/** A draft, and the lists its mutation has not looked at (nothing to copy, check or compare). */
export interface Draft {
  db: Db;
  /** True while the list was neither read nor assigned. */
  untouched(key: ListKey): boolean;
}

type ListKey = (typeof LIST_TABLES)[number]['dbKey'];

/**
 * The mutable copy a mutation works on, as lowdb makes it: items and the other lists are copied
 * (mutations change them in place), audit entries are frozen and shared (only the list is copied).
 * Each list is copied when the mutation first reads it: a change to the ledger alone (the reminder
 * job) does not copy and check 10,000 items.
 */
export function draftOf(s: Snapshot): Draft {
  const db: Record<string, unknown> = {};
  for (const [k, v] of s.settings) db[k] = structuredClone(v.value);
  for (const [k, v] of Object.entries(s.db)) if (!(k in db) && !LIST_KEYS.has(k)) db[k] = structuredClone(v);
  const getters = new Map<string, () => unknown>();
  const touched = new Set<string>();
  for (const t of LIST_TABLES) {
    const list = s.lists[t.dbKey];
    let value: unknown;
    const get = () => {
      touched.add(t.dbKey);
      value ??= t.dbKey === 'audit' ? list.ordered.map((r) => r.value) : list.ordered.map((r) => JSON.parse(r.json));
      return value;
    };
    getters.set(t.dbKey, get);
    Object.defineProperty(db, t.dbKey, {
      enumerable: true,
      configurable: true,
      get,
      set(v: unknown) {
        touched.add(t.dbKey);
        value = v;
      },
    });
  }
  return {
    db: db as unknown as Db,
    // still our accessor (not deleted and redefined), and never read nor assigned
    untouched: (key) => Object.getOwnPropertyDescriptor(db, key)?.get === getters.get(key) && !touched.has(key),
  };
}

/**
 * Validates a draft with the data schema, as lowdb does, but without parsing again what cannot have
 * changed: a list the mutation never read is the cached one; an item whose JSON is the cached row's
 * was checked when written, so only changed items are parsed (then the cross-item rules run on all:
 * ids, anchors, cycles); audit entries already known are frozen and kept. On 10,000 items this is
 * most of what an update costs.
 */
export function validateDraft(d: Draft, s: Snapshot, schema: z.ZodObject, location: string): Db {
  const refuse = (issues: string) => new StoreError('WRITE_REJECTED', `change refused, it would make the data invalid: ${issues}`, location);
  const draft = d.db as unknown as Record<string, unknown>;
  const cachedList = (key: ListKey) => s.lists[key].ordered.map((r) => r.value);
  const lists = new Map<ListKey, unknown[] | undefined>(LIST_TABLES.map((t) => [t.dbKey, d.untouched(t.dbKey) ? undefined : (draft[t.dbKey] as unknown[])]));
  for (const [key, value] of lists) if (value !== undefined && !Array.isArray(value)) throw refuse(`${key}: expected an array`);
  const draftItems = lists.get('items');
  const cachedItems = s.lists.items.rows;
  const items = draftItems
    ? (draftItems as Item[]).map((item, i) => {
        const row = item && typeof item === 'object' ? cachedItems.get(item.id) : undefined;
        if (row && row.json === JSON.stringify(item)) return row.value as Item;
        const checked = ItemSchema.safeParse(item);
        if (!checked.success) throw refuse(describeIssues(checked.error, 3, ['items', i]));
        return checked.data;
      })
    : (cachedList('items') as Item[]);
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(Object.getOwnPropertyDescriptors(draft))) if (!LIST_KEYS.has(k)) rest[k] = v.value ?? v.get?.();
  for (const [key, value] of lists) rest[key] = key === 'items' || key === 'audit' || value === undefined ? [] : value;
  const parsed = schema.safeParse(rest);
  if (!parsed.success) throw refuse(describeIssues(parsed.error));
  if (draftItems) {
    const cross = calendarIssues(items);
    if (cross.length)
      throw refuse(
        cross
          .slice(0, 3)
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; '),
      );
  }
  const draftAudit = lists.get('audit');
  const known = new Set(s.lists.audit.ordered.map((r) => r.value));
  const audit = draftAudit
    ? draftAudit.map((entry, i) => {
        if (known.has(entry)) return entry;
        const checked = AuditEntrySchema.safeParse(entry);
        if (!checked.success) throw refuse(describeIssues(checked.error, 3, ['audit', i]));
        return deepFreeze(checked.data);
      })
    : cachedList('audit');
  const out: Record<string, unknown> = { ...(parsed.data as Record<string, unknown>), items, audit };
  for (const [key, value] of lists) if (value === undefined && key !== 'items' && key !== 'audit') out[key] = cachedList(key);
  return out as unknown as Db;
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
    const prev = s.lists[t.dbKey];
    // validateDraft hands back the cached objects for a list not read, an unchanged item, a known audit entry
    if (values.length === prev.ordered.length && values.every((v, i) => v === prev.ordered[i]!.value)) continue;
    const d = diffList(prev, values, t.keyOf, location, (row, v) => row.value === v);
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
