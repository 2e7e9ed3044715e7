import { readFileSync } from 'node:fs';
import { StoreError } from '../errors.js';
import { CURRENT_SCHEMA_VERSION, type Db, DbSchema } from './db-schema.js';
import { describeIssues } from './lowdb-store.js';
import { migrate, versionOf } from './migrations.js';
import type { Store } from './store.js';

/**
 * One JSON file with everything a store holds: the calendar, the audit trail, subscriptions (with
 * the Teams conversation references), the delivery ledger, handled requests, leases, preferences,
 * settings and any key a later version adds. The same file comes from either backend and goes
 * into either, so it is also how data moves between them (`cwg migrate-data`).
 */
export const BACKUP_FORMAT = 'cwg-backup';

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: 1;
  createdAt: string;
  /** Where it came from (a path, or a URL without its password). */
  source: string;
  data: Db;
}

export function backupOf(store: Store, createdAt: Date): BackupFile {
  return { format: BACKUP_FORMAT, formatVersion: 1, createdAt: createdAt.toISOString(), source: store.location, data: structuredClone(store.read()) as Db };
}

/** Reads and checks a backup file; data of an older schema version is migrated, a newer one refused. */
export function readBackup(file: string): Db {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new StoreError('BACKUP_INVALID', `${file} cannot be read as JSON (${(e as Error).message})`, file);
  }
  const b = raw as Partial<BackupFile> | null;
  if (!b || typeof b !== 'object' || b.format !== BACKUP_FORMAT || !b.data || typeof b.data !== 'object') {
    throw new StoreError('BACKUP_INVALID', `${file} is not a cwg backup (made by "npx cwg backup")`, file);
  }
  const data = b.data as unknown as Record<string, unknown>;
  if (versionOf(data) > CURRENT_SCHEMA_VERSION) {
    throw new StoreError(
      'DATA_FILE_TOO_NEW',
      `${file} holds data of schema version ${versionOf(data)}; this bot understands up to ${CURRENT_SCHEMA_VERSION}. Upgrade the bot.`,
      file,
    );
  }
  const parsed = DbSchema.safeParse(migrate(data).data);
  if (!parsed.success) throw new StoreError('BACKUP_INVALID', `${file} does not match the data schema: ${describeIssues(parsed.error)}`, file);
  return parsed.data;
}

/** What a store holds, counted for messages ("would replace 63 items, …"). */
export interface Contents {
  items: number;
  audit: number;
  subscriptions: number;
  deliveries: number;
}

export function contentsOf(db: Readonly<Db>): Contents {
  return { items: db.items.length, audit: db.audit.length, subscriptions: db.subscriptions.length, deliveries: db.ledger.length };
}

export function isEmpty(db: Readonly<Db>): boolean {
  const c = contentsOf(db);
  return !c.items && !c.audit && !c.subscriptions && !c.deliveries;
}

/**
 * Replaces everything in `store` with `data`, in one update (all or nothing). A store that holds
 * data is refused unless `force`: RESTORE_NOT_EMPTY, with what it holds in `details.contents`.
 * The check runs inside the update, on the latest data, so a process writing meanwhile is seen.
 */
export async function restoreInto(store: Store, data: Db, force: boolean): Promise<Contents> {
  return store.update((draft) => {
    if (!force && !isEmpty(draft)) {
      const error = new StoreError('RESTORE_NOT_EMPTY', `${store.location} is not empty`, store.location);
      Object.assign(error.details, { contents: contentsOf(draft) });
      throw error;
    }
    const target = draft as unknown as Record<string, unknown>;
    for (const key of Object.keys(target)) delete target[key];
    Object.assign(target, structuredClone(data));
    return contentsOf(data);
  });
}
