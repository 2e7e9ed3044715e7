import type { z } from 'zod';
import { ItemSchema } from '../../calendar/schema.js';
import { AuditEntrySchema } from '../audit-schema.js';
import { HandledSchema } from '../coordination-schema.js';
import { LedgerEntrySchema, SubscriptionSchema } from '../reminders-schema.js';

/**
 * How the lists of the data map to tables: each element is one row keyed by its id, with the
 * columns the database checks taken out of it. Every other top-level key of the data (reminders,
 * platforms with the Teams conversation references, leases, preferences, the schema version, and
 * any key added to DbSchema later) is one row of `cwg_settings`, so a new field needs no SQL change.
 */
export interface ListTable {
  /** The key of the data this table holds. */
  readonly dbKey: 'items' | 'audit' | 'subscriptions' | 'ledger' | 'handled';
  readonly table: string;
  readonly keyColumn: string;
  readonly keyOf: (value: never) => string;
  /** The checked columns besides the key, with their SQL types and how to read them from an element. */
  readonly columns: readonly { name: string; type: string; of: (value: never) => unknown }[];
  /** Rows read back from jsonb come out in its key order; parsing puts them in the schema's, the order diffs compare in. */
  readonly element: z.ZodType;
}

type Rec = Record<string, unknown>;
const str = (k: string) => (v: never) => (v as Rec)[k] as string;

export const LIST_TABLES: readonly ListTable[] = [
  {
    dbKey: 'items',
    table: 'cwg_items',
    keyColumn: 'id',
    keyOf: str('id'),
    columns: [{ name: 'revision', type: 'int', of: (v: never) => (v as Rec).revision ?? 0 }],
    element: ItemSchema,
  },
  {
    dbKey: 'audit',
    table: 'cwg_audit',
    keyColumn: 'id',
    keyOf: str('id'),
    columns: [
      { name: 'at', type: 'timestamptz', of: str('at') },
      { name: 'item_id', type: 'text', of: str('itemId') },
    ],
    element: AuditEntrySchema,
  },
  {
    dbKey: 'subscriptions',
    table: 'cwg_subscriptions',
    keyColumn: 'id',
    keyOf: str('id'),
    columns: [{ name: 'platform', type: 'text', of: (v: never) => ((v as Rec).conversation as Rec | undefined)?.platform }],
    element: SubscriptionSchema,
  },
  {
    dbKey: 'ledger',
    table: 'cwg_ledger',
    keyColumn: 'key',
    keyOf: str('key'),
    columns: [
      { name: 'subscription_id', type: 'text', of: str('subscriptionId') },
      { name: 'state', type: 'text', of: str('state') },
      { name: 'due_at', type: 'timestamptz', of: str('dueAt') },
    ],
    element: LedgerEntrySchema,
  },
  {
    dbKey: 'handled',
    table: 'cwg_handled',
    keyColumn: 'key',
    keyOf: str('key'),
    columns: [{ name: 'expires_at', type: 'timestamptz', of: str('expiresAt') }],
    element: HandledSchema,
  },
];

export const LIST_KEYS: ReadonlySet<string> = new Set(LIST_TABLES.map((t) => t.dbKey));
export const SETTINGS_TABLE = 'cwg_settings';

/** One statement upserting rows given as a JSON array (one round trip however many rows). */
export function upsertSql(t: ListTable): string {
  const cols = [t.keyColumn, ...t.columns.map((c) => c.name), 'body', 'pos', 'changed'];
  const types = [`${t.keyColumn} text`, ...t.columns.map((c) => `${c.name} ${c.type}`), 'body jsonb', 'pos double precision', 'changed bigint'];
  const set = cols
    .slice(1)
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
  return `insert into ${t.table} (${cols.join(', ')}) select ${cols.join(', ')} from jsonb_to_recordset($1::jsonb) as x(${types.join(', ')}) on conflict (${t.keyColumn}) do update set ${set}`;
}

/** Every row changed since a version, and the state row, in one statement: one snapshot, so a replica never sees half a commit. */
export function changesSinceSql(): string {
  const parts = [
    `select 'state' as t, null::text as key, version::double precision as pos, jsonb_build_object('removedFrom', removed_from) as body from cwg_state`,
    `select 'removed', tbl || ':' || key, 0, null from cwg_removed where changed > $1`,
    ...LIST_TABLES.map((t) => `select '${t.dbKey}', ${t.keyColumn}, pos, body from ${t.table} where changed > $1`),
    `select 'settings', key, 0, value from ${SETTINGS_TABLE} where changed > $1`,
  ];
  return parts.join(' union all ');
}
