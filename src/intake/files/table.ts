import { parseDate } from '../../editing/parse-date.js';
import { cleanItemText } from '../../editing/clean-text.js';
import { type Actor, GENEVA, type Item, ItemSchema } from '../../calendar/schema.js';
import { ItemIdSchema, type When } from '../../calendar/when-schema.js';
import { isValidTimeZone } from '../../calendar/validate.js';
import { DateParseError } from '../../errors.js';
import { ACTOR_WORDS, fieldForHeader, KIND_WORDS, normaliseHeader, type TableField } from './columns.js';
import { detectFormat } from './detect.js';
import { asFileError, type FileWarning, FileReadError } from './errors.js';
import { limitsFrom, type ReadLimits, withDeadline } from './limits.js';
import { makeId } from '../../editing/make-id.js';
import { type Cell, csvRows, type SheetRow, xlsxRows } from './table-cells.js';

/**
 * A spreadsheet (.csv, .xlsx) → calendar items, one per row, plus an error per bad field of a row
 * (row number as the spreadsheet shows it, the field, the code of what is accepted). Good rows are
 * returned even when others are bad: the caller shows both and applies nothing until confirmed.
 *
 * Numeric dates (04/03/2025) are read only when the column itself settles the order: a row whose
 * first number is over 12 (25/03/2025) makes the whole column day/month; second number over 12,
 * month/day. Otherwise every numeric date is refused as ambiguous, naming the accepted forms.
 */
export interface TableOptions extends Partial<ReadLimits> {
  /** Zone for times given without one (default Europe/Zurich, the group's home). */
  defaultZone?: string;
}

export type RowErrorCode = 'required' | 'date' | 'ambiguousDate' | 'kind' | 'time' | 'zone' | 'who' | 'tag' | 'id' | 'duplicateId' | 'end' | 'invalid';

export interface RowError {
  row: number;
  field: TableField;
  code: RowErrorCode;
  /** The cell as typed (cut to 80 characters). */
  value?: string;
  /** For dates: parseDate's problem code (noYear, notReal, …). */
  problem?: string;
  /** An accepted form, to show beside the message. */
  example?: string;
}

export interface TableResult {
  format: 'csv' | 'xlsx';
  items: Item[];
  errors: RowError[];
  warnings: FileWarning[];
  /** Which header each field was read from. */
  columns: Partial<Record<TableField, string>>;
  /** Data rows read (not counting the header and empty rows). */
  rows: number;
}

const EXAMPLES: Partial<Record<TableField, string>> = {
  date: '2025-03-04, 4 March 2025, 23–27 June 2025, tba 2025',
  time: '13:30 or 13:30-14:30',
  zone: 'Europe/Zurich, CET, UTC',
  kind: 'event, deadline',
  who: 'secretariat, members, chair, all-stakeholders, sectors, councillors',
  tags: 'wsis, council (lowercase words, comma-separated)',
  id: 'council-2025 (lowercase letters, digits, hyphens)',
};

export async function readTable(bytes: Uint8Array, filename: string, opts: TableOptions = {}): Promise<TableResult> {
  const limits = limitsFrom(opts);
  try {
    const format = detectFormat(bytes, filename, limits);
    if (format !== 'csv' && format !== 'xlsx') throw new FileReadError('TYPE_MISMATCH', { claimed: 'table', found: format });
    return await withDeadline(limits.timeoutMs, async (signal) => {
      const warnings: FileWarning[] = [];
      const rows =
        format === 'csv' ? csvRows(bytes, limits, warnings, (await import('csv-parse/sync')).parse) : await xlsxRows(bytes, limits, signal, warnings);
      const { extraWarnings, ...read } = rowsToItems(rows, filename.replace(/^.*[\\/]/, ''), limits, opts.defaultZone ?? GENEVA);
      return { format, ...read, warnings: [...warnings, ...extraWarnings] };
    });
  } catch (err) {
    throw asFileError(err, 'TABLE_UNREADABLE');
  }
}

function rowsToItems(rows: SheetRow[], document: string, limits: ReadLimits, defaultZone: string) {
  const headerAt = rows.slice(0, 10).findIndex((r) => r.cells.filter((c) => fieldForHeader(c.text)).length >= 2);
  if (headerAt < 0) throw new FileReadError('TABLE_NO_HEADER', { expected: ['title', 'date'] });
  const header = rows[headerAt]!;
  const colOf = new Map<TableField, number>();
  const columns: Partial<Record<TableField, string>> = {};
  const unknown: string[] = [];
  header.cells.forEach((c, i) => {
    const f = fieldForHeader(c.text);
    if (f && !colOf.has(f)) {
      colOf.set(f, i);
      columns[f] = c.text.trim();
    } else if (c.text.trim() && !f) unknown.push(c.text.trim().slice(0, 40));
  });
  const missing = (['title', 'date'] as const).filter((f) => !colOf.has(f));
  if (missing.length)
    throw new FileReadError('TABLE_MISSING_COLUMNS', {
      missing,
      found: header.cells
        .map((c) => c.text.trim())
        .filter(Boolean)
        .slice(0, 20),
    });
  const extraWarnings: FileWarning[] = unknown.length ? [{ code: 'TABLE_UNKNOWN_COLUMNS', data: { columns: unknown } }] : [];

  const data = rows.slice(headerAt + 1).filter((r) => r.cells.some((c) => c.text.trim()));
  if (data.length > limits.maxRows) throw new FileReadError('TABLE_TOO_MANY_ROWS', { rows: data.length, limit: limits.maxRows });
  const cell = (r: SheetRow, f: TableField): Cell => {
    const i = colOf.get(f);
    const c = i === undefined ? undefined : r.cells[i];
    return c ? { ...c, text: c.text.trim() } : { text: '' };
  };
  const order = numericOrder(data.flatMap((r) => [cell(r, 'date').text, cell(r, 'end').text]));
  const items: Item[] = [];
  const errors: RowError[] = [];
  const seen = new Set<string>();
  const suffixes = new Map<string, number>();
  for (const r of data) {
    const before = errors.length;
    const err = (field: TableField, code: RowErrorCode, value?: string, more: Partial<RowError> = {}) =>
      errors.push({
        row: r.row,
        field,
        code,
        ...(value ? { value: value.slice(0, 80) } : {}),
        ...(EXAMPLES[field] ? { example: EXAMPLES[field] } : {}),
        ...more,
      });
    const title = cell(r, 'title').text.replace(/\s+/g, ' ');
    if (!title) err('title', 'required');
    const kind = readKind(cell(r, 'kind').text, title);
    if (!kind) err('kind', 'kind', cell(r, 'kind').text);
    const when = readWhen(r, cell, order, defaultZone, err);
    const who = readWho(cell(r, 'who').text, err);
    const tags = readTags(cell(r, 'tags').text, err);
    let id = cell(r, 'id').text.toLowerCase();
    if (id && !ItemIdSchema.safeParse(id).success) err('id', 'id', id);
    if (errors.length > before || !when || !kind) continue;
    if (!id) id = makeId(title, when, (x) => seen.has(x), suffixes);
    if (seen.has(id)) {
      err('id', 'duplicateId', id);
      continue;
    }
    seen.add(id);
    const candidate = {
      id,
      kind,
      title: title.replace(/^deadline\s*[:\-–]\s*/i, '') || title,
      when,
      status: when.type === 'tba' ? 'tba' : 'confirmed',
      ...(cell(r, 'place').text ? { place: cell(r, 'place').text } : {}),
      whoMustAct: who,
      ...(cell(r, 'sendTo').text ? { sendTo: cell(r, 'sendTo').text } : {}),
      ...(cell(r, 'url').text ? { url: cell(r, 'url').text } : {}),
      ...(cell(r, 'notes').text ? { description: cell(r, 'notes').text } : {}),
      tags,
      source: {
        document: (cell(r, 'document').text || document).slice(0, 200),
        // No paragraph column: the row, in R1C1 style ("R12" = row 12 of the sheet).
        paragraph: (cell(r, 'paragraph').text || `R${r.row}`).slice(0, 40),
        ...(cell(r, 'date').text ? { wording: cell(r, 'date').text.slice(0, 500) } : {}),
      },
    };
    const parsed = ItemSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      errors.push({ row: r.row, field: schemaField(issue.path), code: 'invalid', problem: issue.message.slice(0, 120) });
      seen.delete(id);
      continue;
    }
    // The one cleaning every import path shares: escapes, controls, bidi overrides, unsafe links.
    items.push(cleanItemText(parsed.data));
  }
  return { items, errors, columns, rows: data.length, extraWarnings };
}

const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

/** Day/month order of a column's numeric dates, when its own rows settle it. */
function numericOrder(texts: string[]): 'dmy' | 'mdy' | undefined {
  let dmy = false;
  let mdy = false;
  for (const t of texts) {
    const m = NUMERIC.exec(t.split(/\s+/)[0] ?? '');
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  return dmy === mdy ? undefined : dmy ? 'dmy' : 'mdy';
}

function numericToIso(text: string, order: 'dmy' | 'mdy' | undefined): string | 'ambiguous' | undefined {
  const [first, ...rest] = text.split(/\s+/);
  const m = NUMERIC.exec(first ?? '');
  if (!m) return undefined;
  if (!order) return 'ambiguous';
  const [a, b] = [Number(m[1]), Number(m[2])];
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const [day, month] = order === 'dmy' ? [a, b] : [b, a];
  return [`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, ...rest].join(' ');
}

type Err = (field: TableField, code: RowErrorCode, value?: string, more?: Partial<RowError>) => void;

function readDateCell(c: Cell, field: 'date' | 'end', order: 'dmy' | 'mdy' | undefined, err: Err): When | undefined {
  let text = c.date ? (c.time ? `${c.date} ${c.time}` : c.date) : c.text;
  const numeric = numericToIso(text, order);
  if (numeric === 'ambiguous') {
    err(field, 'ambiguousDate', c.text);
    return undefined;
  }
  if (numeric) text = numeric;
  try {
    return parseDate(text);
  } catch (e) {
    if (e instanceof DateParseError) err(field, 'date', c.text, { problem: e.problem });
    else err(field, 'date', c.text);
    return undefined;
  }
}

const TIME = /^(\d{1,2})[:h.](\d{2})(?:\s*(?:-|–|—|to)\s*(\d{1,2})[:h.](\d{2}))?$/i;
const ZONE_WORDS: Record<string, string> = { cet: GENEVA, cest: GENEVA, geneva: GENEVA, utc: 'UTC', gmt: 'UTC', z: 'UTC' };

function readWhen(r: SheetRow, cell: (r: SheetRow, f: TableField) => Cell, order: 'dmy' | 'mdy' | undefined, defaultZone: string, err: Err): When | undefined {
  const dateCell = cell(r, 'date');
  if (!dateCell.text) {
    err('date', 'required');
    return undefined;
  }
  let when = readDateCell(dateCell, 'date', order, err);
  if (!when) return undefined;
  const zoneText = cell(r, 'zone').text;
  let zone = defaultZone;
  if (zoneText) {
    const z = ZONE_WORDS[zoneText.toLowerCase()] ?? zoneText;
    if (!isValidTimeZone(z)) {
      err('zone', 'zone', zoneText);
      return undefined;
    }
    zone = z;
  }
  const timeCell = cell(r, 'time');
  const timeText = timeCell.time ?? timeCell.text;
  if (timeText) {
    const t = TIME.exec(timeText);
    const ok = (h?: string, m?: string) => h === undefined || (Number(h) < 24 && Number(m) < 60);
    if (!t || !ok(t[1], t[2]) || !ok(t[3], t[4]) || when.type !== 'date' || when.end) {
      err('time', 'time', timeText);
      return undefined;
    }
    const hm = (h: string, m: string) => `${h.padStart(2, '0')}:${m}`;
    const start = `${when.start}T${hm(t[1]!, t[2]!)}`;
    const end = t[3] ? `${when.start}T${hm(t[3], t[4]!)}` : undefined;
    if (end && end <= start) {
      err('time', 'time', timeText);
      return undefined;
    }
    when = { type: 'datetime', start, ...(end ? { end } : {}), tz: zone };
  } else if (when.type === 'datetime' && zoneText) when = { ...when, tz: zone };
  const endCell = cell(r, 'end');
  if (endCell.text) {
    // null: readDateCell has already reported the cell; undefined: an Excel time-only cell (no date).
    const end = endCell.time && !endCell.date ? undefined : (readDateCell(endCell, 'end', order, err) ?? null);
    if (when.type === 'date' && end?.type === 'date' && !end.end && end.start >= when.start && !when.end) {
      return end.start === when.start ? when : { type: 'date', start: when.start, end: end.start };
    }
    const endTime = endCell.time ?? (TIME.exec(endCell.text) ? endCell.text : undefined);
    if (when.type === 'datetime' && !when.end && endTime && /^\d{1,2}[:h.]\d{2}$/.test(endTime)) {
      const [h, m] = endTime.split(/[:h.]/);
      const e = `${when.start.slice(0, 10)}T${h!.padStart(2, '0')}:${m}`;
      if (e > when.start) return { ...when, end: e };
    }
    if (when.type === 'datetime' && !when.end && end?.type === 'datetime' && end.start > when.start) return { ...when, end: end.start };
    if (end !== null) err('end', 'end', endCell.text);
    return undefined;
  }
  return when;
}

function readKind(text: string, title: string): 'event' | 'deadline' | undefined {
  if (!text) return /^deadline\b/i.test(title) ? 'deadline' : 'event';
  return KIND_WORDS[normaliseHeader(text)];
}

function readWho(text: string, err: Err): Actor[] {
  if (!text) return [];
  const out = new Set<Actor>();
  for (const part of text.split(/[,;/&+]|\band\b/i)) {
    const word = normaliseHeader(part.replace(/^the\s+/i, ''));
    if (!word) continue;
    const actor = ACTOR_WORDS[word];
    if (actor) out.add(actor);
    else err('who', 'who', part.trim());
  }
  return [...out];
}

function readTags(text: string, err: Err): string[] {
  if (!text) return [];
  const out = new Set<string>();
  for (const part of text.split(/[,;]/)) {
    const tag = part.trim().toLowerCase().replace(/\s+/g, '-').replace(/^#/, '');
    if (!tag) continue;
    if (/^[a-z0-9][a-z0-9+-]{0,31}$/.test(tag)) out.add(tag);
    else err('tags', 'tag', part.trim());
  }
  return [...out].slice(0, 20);
}

function schemaField(path: PropertyKey[]): TableField {
  const top = String(path[0] ?? '');
  const map: Record<string, TableField> = {
    title: 'title',
    when: 'date',
    place: 'place',
    whoMustAct: 'who',
    sendTo: 'sendTo',
    url: 'url',
    description: 'notes',
    tags: 'tags',
    id: 'id',
    source: path[1] === 'paragraph' ? 'paragraph' : 'document',
    kind: 'kind',
    status: 'date',
  };
  return map[top] ?? 'title';
}
