import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { z } from 'zod';
import { SeedFileSchema } from '../calendar/schema.js';
import { StoreError } from '../errors.js';
import { packagePath } from '../paths.js';
import { type AuditEntry, AuditEntrySchema } from './audit-schema.js';
import { checkDataPath } from './data-path.js';
import { CURRENT_SCHEMA_VERSION, type Db, DbSchema } from './db-schema.js';
import { migrate, versionOf } from './migrations.js';
import type { Store } from './store.js';

export const DEFAULT_SEED_FILE = packagePath('data', 'calendar.seed.json');

export interface OpenOptions {
  /** Seed used when the data file does not exist yet. */
  seedFile?: string;
  /** Log a line (seeding, migrating). */
  log?: (line: string) => void;
}

/**
 * The embedded store: one JSON file written through lowdb (steno: temp file + rename, so a crash
 * never leaves half a file). A file that is not JSON or does not match the schema is refused
 * and never overwritten.
 */
export async function openLowdbStore(file: string, opts: OpenOptions = {}): Promise<Store> {
  const log = opts.log ?? (() => {});
  checkDataPath(file);
  const abs = path.resolve(file);
  let initial: Db;
  let mustWrite = false;
  if (!existsSync(abs)) {
    initial = loadSeed(opts.seedFile ?? DEFAULT_SEED_FILE);
    mkdirSync(path.dirname(abs), { recursive: true });
    mustWrite = true;
    log(`seeded ${abs} with ${initial.items.length} items from ${opts.seedFile ?? DEFAULT_SEED_FILE}`);
  } else {
    const raw = parseJsonFile(abs);
    const from = versionOf(raw);
    if (from > CURRENT_SCHEMA_VERSION) {
      throw new StoreError(
        'DATA_FILE_TOO_NEW',
        `${abs} has schema version ${from}; this bot understands up to ${CURRENT_SCHEMA_VERSION}. Upgrade the bot.`,
        abs,
      );
    }
    const migrated = migrate(raw);
    initial = validateDb(migrated.data, abs, 'DATA_FILE_INVALID');
    if (migrated.from !== migrated.to) {
      const backup = `${abs}.v${migrated.from}.bak`;
      await copyFile(abs, backup);
      mustWrite = true;
      log(`migrated ${abs} from schema version ${migrated.from} to ${migrated.to} (original kept as ${backup})`);
    }
  }
  const db = new Low<Db>(new DataFile<Db>(abs, { parse: JSON.parse, stringify: stringifyDb }), initial);
  for (const entry of initial.audit) deepFreeze(entry);
  db.data = freezeItems(initial);
  if (mustWrite) await db.write();
  return createSerializedStore(abs, db);
}

function createSerializedStore(location: string, db: Low<Db>): Store {
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  return {
    location,
    read: () => db.data,
    // Single-process until the lock-and-reread work lands: nothing else writes this file's data.
    refresh: async () => {},
    update<T>(mutate: (draft: Db) => T | Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        if (closed) throw new StoreError('STORE_CLOSED', 'the store is closed', location);
        const previous = db.data;
        const draft = draftOf(previous);
        const result = await mutate(draft);
        const next = validateDraft(draft, previous.audit, location);
        db.data = freezeItems(next);
        try {
          await db.write();
        } catch (err) {
          db.data = previous;
          throw err;
        }
        return result;
      };
      const next = queue.then(run, run);
      queue = next.catch(() => {});
      return next;
    },
    async close() {
      await queue;
      closed = true;
    },
  };
}

/**
 * The mutable copy a mutation works on. Items are copied (mutations may change them in place);
 * audit entries are append-only and deep-frozen, so the draft shares them and only copies the list
 * (on a year-old file the audit is the larger part, and copying it on every write cost the most).
 */
function draftOf(data: Db): Db {
  const { items, audit, ...rest } = data;
  return { ...structuredClone(rest), items: JSON.parse(JSON.stringify(items)) as Db['items'], audit: [...audit] };
}

/**
 * Validates a draft with the data-file schema. Audit entries already in the file were validated when
 * they were added (or when the file was opened) and are frozen, so only new entries are parsed: the
 * cost of a write does not grow with the length of the audit trail.
 */
function validateDraft(draft: Db, knownAudit: readonly AuditEntry[], location: string): Db {
  const refuse = (issues: string) => new StoreError('WRITE_REJECTED', `change refused, it would make the data invalid: ${issues}`, location);
  const parsed = DbSchema.safeParse({ ...draft, audit: [] });
  if (!parsed.success) throw refuse(describeIssues(parsed.error));
  if (!Array.isArray(draft.audit)) throw refuse('audit: expected an array');
  const known = new Set(knownAudit);
  const audit = draft.audit.map((entry, i) => {
    if (known.has(entry)) return entry;
    const checked = AuditEntrySchema.safeParse(entry);
    if (!checked.success) throw refuse(describeIssues(checked.error, 3, ['audit', i]));
    return deepFreeze(checked.data);
  });
  return { ...parsed.data, audit };
}

/**
 * Items handed out by `read()` are frozen: nobody can change the calendar behind the store's
 * back, and queries can cache their work per calendar version (src/calendar/memo.ts).
 */
function freezeItems(data: Db): Db {
  for (const item of data.items) Object.freeze(item);
  Object.freeze(data.items);
  return data;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function stringifyDb(data: Db): string {
  return `${JSON.stringify(data, null, 1)}\n`;
}

function parseJsonFile(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new StoreError(
      'DATA_FILE_NOT_JSON',
      `${file} is not valid JSON (${(err as Error).message}). The file was left unchanged; restore it from a backup or move it aside to start from the seed.`,
      file,
    );
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new StoreError('DATA_FILE_INVALID', `${file} does not hold a JSON object. The file was left unchanged.`, file);
  }
  return raw as Record<string, unknown>;
}

function validateDb(raw: unknown, file: string, code: 'DATA_FILE_INVALID' | 'SEED_INVALID'): Db {
  const parsed = DbSchema.safeParse(raw);
  if (!parsed.success) {
    throw new StoreError(code, `${file} does not match the data schema: ${describeIssues(parsed.error)}. The file was left unchanged.`, file);
  }
  return parsed.data;
}

export function loadSeed(seedFile: string): Db {
  // CWG_SEED_FILE=none (src/config.ts NO_SEED; the store does not import config): an empty calendar.
  if (seedFile === 'none') return validateDb(migrate({ items: [] }).data, seedFile, 'SEED_INVALID');
  const raw = parseJsonFile(seedFile);
  const seed = SeedFileSchema.safeParse(raw);
  if (!seed.success) throw new StoreError('SEED_INVALID', `${seedFile} is not a valid seed calendar: ${describeIssues(seed.error)}`, seedFile);
  return validateDb(migrate({ items: seed.data.items }).data, seedFile, 'SEED_INVALID');
}

export function describeIssues(error: z.ZodError, max = 3, prefix: PropertyKey[] = []): string {
  const parts = error.issues.slice(0, max).map((i) => {
    const path = [...prefix, ...i.path].map(String);
    return `${path.length ? path.join('.') : '(root)'}: ${i.message}`;
  });
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return parts.join('; ') + more;
}
