import { cleanItemText } from '../../editing/clean-text.js';
import { GENEVA, type Item, ItemSchema } from '../../calendar/schema.js';
import { ItemIdSchema } from '../../calendar/when-schema.js';
import { fieldForHeader, type TableField } from './columns.js';
import { detectFormat, extensionOf } from './detect.js';
import { asFileError, type FileWarning, FileReadError } from './errors.js';
import { limitsFrom, type ReadLimits, withDeadline } from './limits.js';
import { makeId } from '../../editing/make-id.js';
import { type Cell, csvRows, type SheetRow, xlsxRows } from './table-cells.js';
import { readKind, readTags, readWho, schemaField } from './table-fields.js';
import type { RowError, RowErrorCode } from './table-row-error.js';
import { numericOrder, readWhen } from './table-when.js';

/**
 * A spreadsheet (.csv, .xlsx) → calendar items, one per row, plus an error per bad field of a row
 * (row number as the spreadsheet shows it, the field, the code of what is accepted). Good rows are
 * returned even when others are bad: the caller shows both and applies nothing until confirmed.
 *
 * Numeric dates (04/03/2025) are read only when the column itself settles the order: a row whose
 * first number is over 12 (25/03/2025) makes the whole column day/month; second number over 12,
 * month/day. Otherwise every numeric date is refused as ambiguous, naming the accepted forms.
 *
 * Dates and times: table-when.ts; the kind, who and tags cells: table-fields.ts; the errors: table-row-error.ts.
 */
export interface TableOptions extends Partial<ReadLimits> {
  /** Zone for times given without one (default Europe/Zurich, the group's home). */
  defaultZone?: string;
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
      const document = filename.replace(/^.*[\\/]/, '');
      const { extraWarnings, ...read } = rowsToItems(rows, document, limits, opts.defaultZone ?? GENEVA);
      // A .txt (or a file without an extension) read as CSV because of its header row: the reply says so.
      const ext = extensionOf(filename);
      const byContent: FileWarning[] = format === 'csv' && ext !== 'csv' ? [{ code: 'TABLE_BY_CONTENT', data: { filename: document } }] : [];
      return { format, ...read, warnings: [...byContent, ...warnings, ...extraWarnings] };
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
