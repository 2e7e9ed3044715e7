import type pg from 'pg';
import { StoreError } from '../../errors.js';

/**
 * The database's own schema, as numbered SQL steps. Applied at start under an advisory lock, so
 * replicas starting together apply each step once; a database already past the last step known
 * here was migrated by a newer bot and is refused rather than misread.
 *
 * Rows keep the data's own JSON as `body` (the source of truth for what the bot reads) beside the
 * columns the database checks (keys, revision, times, states). `pos` keeps each list's order;
 * `changed` is the store version that last wrote the row, so a replica reads only what changed
 * since its copy. Deleted rows leave a `cwg_removed` entry for the same reason.
 */
export const SQL_MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
create table cwg_state (
  id int primary key check (id = 1),
  version bigint not null,
  removed_from bigint not null default 0
);
insert into cwg_state (id, version) values (1, 0);
create table cwg_items (
  id text primary key check (length(id) between 1 and 64),
  revision int not null check (revision >= 0),
  body jsonb not null,
  pos double precision not null,
  changed bigint not null
);
create table cwg_audit (
  id text primary key,
  at timestamptz not null,
  item_id text not null,
  body jsonb not null,
  pos double precision not null,
  changed bigint not null
);
create index cwg_audit_item on cwg_audit (item_id);
create table cwg_subscriptions (
  id text primary key,
  platform text not null,
  body jsonb not null,
  pos double precision not null,
  changed bigint not null
);
create table cwg_ledger (
  key text primary key,
  subscription_id text not null,
  state text not null check (state in ('intended', 'confirmed', 'dead', 'gone')),
  due_at timestamptz not null,
  body jsonb not null,
  pos double precision not null,
  changed bigint not null
);
create table cwg_handled (
  key text primary key,
  expires_at timestamptz not null,
  body jsonb not null,
  pos double precision not null,
  changed bigint not null
);
create index cwg_handled_expiry on cwg_handled (expires_at);
create table cwg_settings (
  key text primary key,
  value jsonb not null,
  changed bigint not null
);
create table cwg_removed (
  tbl text not null,
  key text not null,
  changed bigint not null,
  primary key (tbl, key)
);
create index cwg_removed_changed on cwg_removed (changed);
`,
  },
];

export const LATEST_SQL_VERSION = SQL_MIGRATIONS[SQL_MIGRATIONS.length - 1]!.version;

/** Arbitrary but fixed: the advisory lock ids every replica agrees on ("cwg" + purpose). */
export const MIGRATE_LOCK = 0x637767_01;
export const WRITE_LOCK = 0x637767_02;

/**
 * Brings the database's schema to LATEST_SQL_VERSION, each step in its own transaction, under a
 * session advisory lock: a second replica waits, then finds nothing left to do. Returns the
 * version found before (0 = a new database).
 */
export async function migrateSchema(client: pg.ClientBase, location: string, log: (line: string) => void): Promise<number> {
  await client.query('select pg_advisory_lock($1)', [MIGRATE_LOCK]);
  try {
    await client.query('create table if not exists cwg_schema_migrations (version int primary key, applied_at timestamptz not null default now())');
    const found = Number((await client.query('select coalesce(max(version), 0) as v from cwg_schema_migrations')).rows[0].v);
    if (found > LATEST_SQL_VERSION) {
      throw new StoreError(
        'DATABASE_TOO_NEW',
        `${location} has database schema version ${found}; this bot understands up to ${LATEST_SQL_VERSION}. Upgrade the bot (the database was left unchanged).`,
        location,
      );
    }
    for (const step of SQL_MIGRATIONS) {
      if (step.version <= found) continue;
      await client.query('begin');
      try {
        await client.query(step.sql);
        await client.query('insert into cwg_schema_migrations (version) values ($1)', [step.version]);
        await client.query('commit');
      } catch (e) {
        await client.query('rollback');
        throw e;
      }
      log(`migrated the database schema of ${location} to version ${step.version}`);
    }
    return found;
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATE_LOCK]);
  }
}
