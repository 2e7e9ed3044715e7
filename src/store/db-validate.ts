import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { SeedFileSchema } from '../calendar/calendar-schema.js';
import { StoreError } from '../errors.js';
import { packagePath } from '../paths.js';
import { AuditEntrySchema } from './audit-schema.js';
import { CURRENT_SCHEMA_VERSION, type Db, DbSchema } from './db-schema.js';
import { migrate, versionOf } from './migrations.js';
import type { ValidatedTexts } from './validated-texts.js';

/**
 * Turning the data file's text into a valid `Db` and back, and checking a draft before it is
 * written: pure functions shared by the lowdb store's open, refresh and update.
 */

export const DEFAULT_SEED_FILE = packagePath('data', 'calendar.seed.json');

/**
 * Parses, version-checks, migrates and validates the text of a data file. `from` is the version it
 * had. With `current` (the data this process holds, when another process changed the file), items
 * and audit entries equal to the ones already held are kept as they are, not validated again: a
 * lease renewal or a delivery record written elsewhere costs a parse and a comparison, and the
 * calendar's per-version caches (src/calendar/memo.ts) survive it.
 * With `validated` (the CLI's list of texts already proved valid, src/store/validated-texts.ts), a text
 * on the list is taken as its JSON without validating it again, and a text that validates to exactly its
 * own JSON joins the list.
 */
export function parseDataText(text: string, file: string, current?: Readonly<Db>, validated?: ValidatedTexts): { db: Db; from: number } {
  const raw = parseJsonText(text, file);
  const from = versionOf(raw);
  if (validated && current === undefined && from === CURRENT_SCHEMA_VERSION && validated.has(text)) {
    const db = raw as Db;
    for (const entry of db.audit) deepFreeze(entry);
    return { db: freezeItems(db), from };
  }
  if (from > CURRENT_SCHEMA_VERSION) {
    throw new StoreError(
      'DATA_FILE_TOO_NEW',
      `${file} has schema version ${from}; this bot understands up to ${CURRENT_SCHEMA_VERSION}. Upgrade the bot.`,
      file,
    );
  }
  const data = migrate(raw).data;
  const keepItems = current !== undefined && sameList(data.items, current.items);
  const invalid = (issues: string) =>
    new StoreError('DATA_FILE_INVALID', `${file} does not match the data schema: ${issues}. The file was left unchanged.`, file);
  const parsed = DbSchema.safeParse({ ...data, items: keepItems ? [] : data.items, audit: [] });
  if (!parsed.success) throw invalid(describeIssues(parsed.error));
  const rawAudit = Array.isArray(data.audit) ? data.audit : [];
  const audit = rawAudit.map((entry: unknown, i: number) => {
    const known = current?.audit[i];
    if (known && isDeepStrictEqual(entry, known)) return known;
    const checked = AuditEntrySchema.safeParse(entry);
    if (!checked.success) throw invalid(describeIssues(checked.error, 3, ['audit', i]));
    return deepFreeze(checked.data);
  });
  const db: Db = { ...parsed.data, items: keepItems ? (current.items as Db['items']) : parsed.data.items, audit };
  // Remembered only when validation changed nothing (no default added, no key reordered, no migration):
  // then the text's JSON is this very result, and a later hit on the same bytes may skip the schema.
  if (validated && current === undefined && from === CURRENT_SCHEMA_VERSION && JSON.stringify(db) === JSON.stringify(raw)) validated.add(text);
  return { db: freezeItems(db), from };
}

/** Same length and every element deeply equal (plain JSON data). */
function sameList(a: unknown, b: readonly unknown[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((x, i) => isDeepStrictEqual(x, b[i]));
}

/**
 * The mutable copy a mutation works on. Items are copied (mutations may change them in place);
 * audit entries are append-only and deep-frozen, so the draft shares them and only copies the list
 * (on a year-old file the audit is the larger part, and copying it on every write cost the most).
 */
export function draftOf(data: Db): Db {
  const { items, audit, ...rest } = data;
  return { ...structuredClone(rest), items: JSON.parse(JSON.stringify(items)) as Db['items'], audit: [...audit] };
}

/**
 * Validates a draft with the data-file schema. Audit entries already in the file were validated when
 * they were added (or when the file was opened) and are frozen, so only new entries are parsed: the
 * cost of a write does not grow with the length of the audit trail. When the draft's items equal
 * `previous.items` (a ledger write, a lease renewal), those are kept as they are: not validated
 * again, and the calendar's per-version caches survive the write.
 */
export function validateDraft(draft: Db, previous: Pick<Db, 'items' | 'audit'>, location: string): Db {
  const refuse = (issues: string) => new StoreError('WRITE_REJECTED', `change refused, it would make the data invalid: ${issues}`, location);
  const keepItems = previous.items.length > 0 && sameList(draft.items, previous.items);
  const parsed = DbSchema.safeParse({ ...draft, items: keepItems ? [] : draft.items, audit: [] });
  if (!parsed.success) throw refuse(describeIssues(parsed.error));
  if (!Array.isArray(draft.audit)) throw refuse('audit: expected an array');
  const known = new Set(previous.audit);
  const audit = draft.audit.map((entry, i) => {
    if (known.has(entry)) return entry;
    const checked = AuditEntrySchema.safeParse(entry);
    if (!checked.success) throw refuse(describeIssues(checked.error, 3, ['audit', i]));
    return deepFreeze(checked.data);
  });
  return freezeItems({ ...parsed.data, items: keepItems ? previous.items : parsed.data.items, audit });
}

/**
 * Items handed out by `read()` are frozen: nobody can change the calendar behind the store's
 * back, and queries can cache their work per calendar version (src/calendar/memo.ts).
 */
export function freezeItems(data: Db): Db {
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

export function stringifyDb(data: Db): string {
  return `${JSON.stringify(data, null, 1)}\n`;
}

function parseJsonText(text: string, file: string): Record<string, unknown> {
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
  const raw = parseSeedText(readSeedText(seedFile), seedFile);
  const seed = SeedFileSchema.safeParse(raw);
  if (!seed.success) throw seedProblem(seedFile, `is not a valid seed calendar: ${describeIssues(seed.error)}`);
  return validateDb(migrate({ items: seed.data.items }).data, seedFile, 'SEED_INVALID');
}

/** The log line of a new store: seeded from a file, or (CWG_SEED_FILE=none) started with an empty calendar. */
export function seededLine(location: string, items: number, seedFile: string): string {
  if (seedFile === 'none') return `started ${location} with an empty calendar (CWG_SEED_FILE=none; /cwg import fills it)`;
  return `seeded ${location} with ${items} items from ${seedFile}`;
}

/** What to do about a seed that cannot be used: it is named by CWG_SEED_FILE (or is the package's own). */
function seedProblem(seedFile: string, what: string): StoreError {
  return new StoreError(
    'SEED_INVALID',
    `the seed calendar ${seedFile} (CWG_SEED_FILE) ${what}. Set CWG_SEED_FILE to a seed calendar file shaped like the package's data/calendar.seed.json, or to none to start with an empty calendar (then /cwg import fills it). Nothing was created.`,
    seedFile,
  );
}

function readSeedText(seedFile: string): string {
  try {
    return readFileSync(seedFile, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'cannot be read by this user'
            : `cannot be read (${code ?? (err as Error).message})`;
    throw seedProblem(seedFile, why);
  }
}

function parseSeedText(text: string, seedFile: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    // The parser quotes the text it choked on: keep the message short and printable.
    throw seedProblem(seedFile, `is not valid JSON (${printable((err as Error).message)})`);
  }
}

function printable(text: string): string {
  const clean = text.replace(/[^\x20-\x7e\u00a0-\u024f]/g, '?');
  return clean.length > 120 ? `${clean.slice(0, 119)}…` : clean;
}

export function describeIssues(error: z.ZodError, max = 3, prefix: PropertyKey[] = []): string {
  const parts = error.issues.slice(0, max).map((i) => {
    const path = [...prefix, ...i.path].map(String);
    return `${path.length ? path.join('.') : '(root)'}: ${i.message}`;
  });
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return parts.join('; ') + more;
}
