import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { type Item, ItemSchema } from '../calendar/schema.js';
import { ConfirmationNeededError, type FieldProblem, ValidationError } from '../errors.js';
import type { Db } from '../store/db-schema.js';
import type { Store } from '../store/store.js';
import { commitChanges, type EditMeta, type ItemChange, sameJson } from './commit.js';
import type { ChangeResult } from './api.js';
import { neutraliseText } from '../calendar/sanitize-text.js';
import { cleanItemText, unsafeUrlOf } from './clean-text.js';

/**
 * Importing a calendar JSON (what `export` writes, a seed file, a data file, or a bare array of
 * items): items in the file are added or replace the item with the same id; items absent from the
 * file are kept. Nothing is applied without the confirmation code of the preview, which is a hash of
 * the file's items and of the current revisions they would replace, so a code confirms exactly the
 * diff that was shown.
 */
export interface ImportPreview {
  code: string;
  added: Item[];
  changed: Array<{ before: Item; after: Item; fields: string[] }>;
  unchanged: number;
  /** Ids in the calendar that the file does not mention (kept as they are). */
  kept: string[];
}

export const MAX_IMPORT_BYTES = 2_000_000;
const FILE_PART = 3;

export function previewImport(store: Store, json: string | unknown): ImportPreview {
  return diff(store.read(), readItems(json));
}

export async function applyImport(store: Store, json: string | unknown, code: string, meta: EditMeta): Promise<ChangeResult & { preview: ImportPreview }> {
  const incoming = readItems(json);
  return store.update((draft) => {
    const preview = diff(draft, incoming);
    const given = code.trim().toLowerCase();
    if (preview.code !== given) {
      // The code's first half is the file's alone: when it matches, the file is the previewed one and the calendar moved on.
      const stale = given.length === preview.code.length && given.slice(0, FILE_PART) === preview.code.slice(0, FILE_PART);
      throw new ConfirmationNeededError(
        stale
          ? { code: 'importCodeStale', importCode: preview.code }
          : { code: 'importCodeWrong', importCode: preview.code, given: neutraliseText(given).slice(0, 12) },
        'code',
      );
    }
    const changes: ItemChange[] = [
      ...preview.added.map((after) => ({ before: null, after: { ...after, revision: 0, dateVersion: 0 }, action: 'import' as const })),
      ...preview.changed.map(({ before, after }) => ({ before, after, action: 'import' as const })),
    ];
    if (!changes.length) return { item: null, before: null, entries: [], moved: [], unchanged: true, preview };
    const { entries, moved } = commitChanges(draft, changes, meta);
    return { item: entries[0]?.after ?? null, before: entries[0]?.before ?? null, entries, moved, preview };
  });
}

/** Calendar JSON → its items, checked and cleaned (ValidationError per entry); also the draft import's JSON reader. */
export function readCalendarItems(json: string | unknown): Item[] {
  return readItems(json);
}

function readItems(json: string | unknown): Item[] {
  let raw = json;
  if (typeof json === 'string') {
    if (json.length > MAX_IMPORT_BYTES) throw new ValidationError({ file: { code: 'fileTooBig', data: { mb: MAX_IMPORT_BYTES / 1_000_000 } } });
    try {
      raw = JSON.parse(json);
    } catch (err) {
      // Where it breaks, not the engine's English sentence.
      const position = /position (\d+)/.exec((err as Error).message)?.[1];
      throw new ValidationError({ file: { code: 'fileNotJson', data: position ? { position: Number(position) + 1 } : {} } });
    }
  }
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? (raw as { items?: unknown }).items : undefined;
  if (!Array.isArray(list)) throw new ValidationError({ file: { code: 'fileShape' } });
  if (list.length > 5000) throw new ValidationError({ file: { code: 'fileTooManyItems' } });
  const errors: Record<string, FieldProblem> = {};
  const items: Item[] = [];
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    const parsed = ItemSchema.safeParse(entry);
    const id = entry && typeof (entry as Item).id === 'string' ? neutraliseText(String((entry as Item).id)).slice(0, 64) : undefined;
    const key = `items.${i + 1}`;
    const entryOf = { n: i + 1, ...(id ? { id } : {}) };
    if (!parsed.success) {
      // Which field and what it accepts, not zod's English: up to 5 problems per item, 10 in all.
      for (const issue of parsed.error.issues.slice(0, 5)) {
        if (Object.keys(errors).length >= 10) break;
        const problem = describeIssue(issue, entry);
        errors[`${key}.${problem.data.path}`] = { code: 'importField', data: problem.data, entry: entryOf };
      }
      return;
    }
    const unsafe = unsafeUrlOf(parsed.data);
    if (unsafe) {
      if (Object.keys(errors).length < 10) errors[key] = { code: 'unsafeUrl', data: { field: unsafe }, entry: entryOf };
      return;
    }
    if (seen.has(parsed.data.id)) errors[key] = { code: 'duplicateId', data: { id: parsed.data.id }, entry: entryOf };
    seen.add(parsed.data.id);
    items.push(cleanItemText(parsed.data));
  });
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return items;
}

type ZodIssue = z.core.$ZodIssue;

/**
 * One schema problem of an imported item as data the catalogue words: the field's path and what it
 * accepts (`form`: oneOf + values, missing, type + expected, unknownKeys + keys, tooLong + max, or a
 * named format: date, datetime, zone, id, tag, approx, url, statusForWhen, endBeforeStart, text).
 */
function describeIssue(issue: ZodIssue, entry: unknown): { data: Record<string, string | number | readonly string[]> } {
  const segments = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const path = segments.join('.') || 'item';
  const last = String(segments.filter((p) => typeof p === 'string').at(-1) ?? '');
  const at = (value: unknown, parts: (string | number)[]): unknown =>
    parts.reduce<unknown>((v, p) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined), value);
  switch (issue.code) {
    case 'invalid_value':
      return { data: { path, form: 'oneOf', values: issue.values.map(String) } };
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) return { data: { path, form: 'oneOf', values: issue.options.map(String) } };
      return { data: { path, form: 'text' } };
    case 'unrecognized_keys':
      return { data: { path, form: 'unknownKeys', keys: issue.keys.map((k) => neutraliseText(k).slice(0, 40)).slice(0, 5) } };
    case 'too_big':
      return { data: { path, form: 'tooLong', max: Number(issue.maximum) } };
    case 'invalid_type':
      if (at(entry, segments) === undefined) return { data: { path, form: 'missing' } };
      return { data: { path, form: 'type', expected: String(issue.expected) } };
    default: {
      const when = at(entry, ['when']) as { type?: unknown } | undefined;
      const forms: Record<string, string> = {
        id: 'id',
        anchor: 'id',
        tz: 'zone',
        approx: 'approx',
        url: 'url',
        link: 'url',
        status: 'statusForWhen',
        start: when?.type === 'datetime' ? 'datetime' : 'date',
        end: issue.message.includes('before') ? 'endBeforeStart' : when?.type === 'datetime' ? 'datetime' : 'date',
      };
      const form = segments[0] === 'tags' ? 'tag' : (forms[last] ?? 'text');
      return { data: { path, form } };
    }
  }
}

function diff(db: Readonly<Db>, incoming: Item[]): ImportPreview {
  const byId = new Map(db.items.map((it) => [it.id, it]));
  const added: Item[] = [];
  const changed: ImportPreview['changed'] = [];
  let unchanged = 0;
  for (const item of incoming) {
    const current = byId.get(item.id);
    if (!current) added.push(item);
    else {
      const fields = changedFields(current, item);
      if (fields.length) changed.push({ before: current, after: item, fields });
      else unchanged++;
    }
  }
  const mentioned = new Set(incoming.map((it) => it.id));
  const kept = db.items.filter((it) => !mentioned.has(it.id)).map((it) => it.id);
  const file = JSON.stringify(incoming);
  const hash = createHash('sha256');
  hash.update(file);
  for (const c of changed) hash.update(`${c.before.id}@${c.before.revision};`);
  for (const a of added) hash.update(`+${a.id};`);
  // code = the file's hash (3) + the diff's (3): a wrong code and a calendar changed since the preview are told apart
  const code = createHash('sha256').update(file).digest('hex').slice(0, FILE_PART) + hash.digest('hex').slice(0, 6 - FILE_PART);
  return { code, added, changed, unchanged, kept };
}

const COUNTERS = new Set(['revision', 'dateVersion', 'updatedAt']);

function changedFields(a: Item, b: Item): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !COUNTERS.has(k) && !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
