import type { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, type Db } from '../db-schema.js';
import { applyChanges, type CachedRow, EMPTY_LIST, type ListState } from './rows.js';
import { LIST_TABLES, type ListTable } from './tables.js';

/** What one process holds of the database: the version it reflects, each list's rows, the settings, and the data assembled from them. */
export interface Snapshot {
  readonly version: number;
  /** Removal records older than this were pruned: a copy older than it must be read afresh. */
  readonly removedFrom: number;
  readonly lists: Readonly<Record<ListTable['dbKey'], ListState>>;
  readonly settings: ReadonlyMap<string, { json: string; value: unknown }>;
  readonly db: Db;
}

export interface ChangeRow {
  t: string;
  key: string | null;
  pos: number;
  body: unknown;
}

export const EMPTY_SNAPSHOT: Snapshot = {
  version: -1,
  removedFrom: 0,
  lists: Object.fromEntries(LIST_TABLES.map((t) => [t.dbKey, EMPTY_LIST])) as Snapshot['lists'],
  settings: new Map(),
  db: { schemaVersion: CURRENT_SCHEMA_VERSION, items: [] } as unknown as Db,
};

/**
 * The snapshot after the rows `changesSinceSql` returned. Rows read back from jsonb are put in the
 * schema's key order (parsing them), so an unchanged row compares equal on the next write.
 */
export function applyChangeRows(prev: Snapshot, rows: readonly ChangeRow[], schema: z.ZodObject): Snapshot {
  const state = rows.find((r) => r.t === 'state');
  if (!state) throw new Error('cwg_state has no row: the database schema is incomplete');
  const removed = new Map<string, string[]>();
  const changed = new Map<string, ChangeRow[]>();
  for (const r of rows) {
    if (r.t === 'state') continue;
    if (r.t === 'removed') {
      const at = r.key!.indexOf(':');
      const tbl = r.key!.slice(0, at);
      removed.set(tbl, [...(removed.get(tbl) ?? []), r.key!.slice(at + 1)]);
    } else changed.set(r.t, [...(changed.get(r.t) ?? []), r]);
  }
  const lists = { ...prev.lists };
  for (const t of LIST_TABLES) {
    const cached = (changed.get(t.dbKey) ?? []).map((r): CachedRow => {
      const value = normalize(t.element, r.body, t.dbKey);
      return { key: r.key!, pos: r.pos, json: JSON.stringify(value), value };
    });
    lists[t.dbKey] = applyChanges(prev.lists[t.dbKey], cached, removed.get(t.dbKey) ?? []);
  }
  const settings = new Map(prev.settings);
  for (const k of removed.get('settings') ?? []) settings.delete(k);
  for (const r of changed.get('settings') ?? []) {
    const value = normalize(schema.shape[r.key!] as z.ZodType | undefined, r.body, r.key!);
    settings.set(r.key!, { json: JSON.stringify(value), value });
  }
  const version = state.pos;
  const removedFrom = Number((state.body as { removedFrom: number }).removedFrom);
  const unchanged = LIST_TABLES.every((t) => lists[t.dbKey] === prev.lists[t.dbKey]) && !changed.has('settings') && !removed.has('settings');
  if (unchanged) return { ...prev, version, removedFrom };
  return { version, removedFrom, lists, settings, db: assemble(lists, settings) };
}

function normalize(schema: z.ZodType | undefined, body: unknown, key: string): unknown {
  const parsed = schema?.safeParse(body);
  const value = parsed?.success ? parsed.data : body;
  return key === 'items' ? Object.freeze(value) : key === 'audit' ? deepFreeze(value) : value;
}

/** The data as `read()` hands it out: a new object (and a new frozen items array) whenever something changed. */
export function assemble(lists: Snapshot['lists'], settings: Snapshot['settings']): Db {
  const db: Record<string, unknown> = { schemaVersion: CURRENT_SCHEMA_VERSION };
  for (const [k, v] of settings) db[k] = v.value;
  for (const t of LIST_TABLES) db[t.dbKey] = lists[t.dbKey].ordered.map((r) => r.value);
  Object.freeze(db.items);
  return db as unknown as Db;
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
