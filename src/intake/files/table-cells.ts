import type { FileWarning } from './errors.js';
import { decodeText } from './decode-text.js';
import { asFileError, FileReadError } from './errors.js';
import { type ReadLimits, yieldToTimers } from './limits.js';
import { guardZip } from './zip-guard.js';

/** One spreadsheet cell: its text, and for a date-formatted Excel cell the date (and time) it holds. */
export interface Cell {
  text: string;
  date?: string;
  time?: string;
}
export interface SheetRow {
  /** The row number as the spreadsheet program shows it (1 = first row). */
  row: number;
  cells: Cell[];
}

export function csvRows(bytes: Uint8Array, limits: ReadLimits, warnings: FileWarning[], parse: typeof import('csv-parse/sync').parse): SheetRow[] {
  const text = decodeText(bytes, warnings);
  const delimiter = guessDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      max_record_size: limits.maxLineChars,
      to_line: limits.maxRows + 20,
    }) as string[][];
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw asFileError(err, 'TABLE_UNREADABLE', line ? { line } : {});
  }
  return records.map((r, i) => ({ row: i + 1, cells: r.map((t) => ({ text: t })) }));
}

/** Comma, semicolon (Excel in much of Europe) or tab: whichever the header line has most of, outside quotes. */
function guessDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 10_000; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') break;
    else if (!quoted && c in counts) counts[c]!++;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return n > 0 ? best : ',';
}

export async function xlsxRows(bytes: Uint8Array, limits: ReadLimits, signal: AbortSignal, warnings: FileWarning[]): Promise<SheetRow[]> {
  const entries = guardZip(bytes, limits, signal);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    if (entries.some((e) => e.name === 'word/document.xml')) throw new FileReadError('TYPE_MISMATCH', { claimed: 'xlsx', found: 'docx' });
    throw new FileReadError('NOT_XLSX');
  }
  await yieldToTimers();
  if (signal.aborted) throw new FileReadError('TIMEOUT', { seconds: Math.round(limits.timeoutMs / 1000) });
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (err) {
    throw asFileError(err, 'TABLE_UNREADABLE');
  }
  if (signal.aborted) throw new FileReadError('TIMEOUT', { seconds: Math.round(limits.timeoutMs / 1000) });
  const sheets = wb.worksheets.filter((ws) => ws.actualRowCount > 0);
  if (!sheets.length) return [];
  if (sheets.length > 1) warnings.push({ code: 'TABLE_EXTRA_SHEETS', data: { read: sheets[0]!.name, ignored: sheets.slice(1).map((s) => s.name) } });
  const rows: SheetRow[] = [];
  sheets[0]!.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rows.length > limits.maxRows + 20) return;
    const values = row.values as unknown[];
    const cells: Cell[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellOf(values[c]));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

function cellOf(v: unknown): Cell {
  if (v === null || v === undefined) return { text: '' };
  if (v instanceof Date) return dateCell(v);
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'number' || typeof v === 'boolean') return { text: String(v) };
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; hyperlink?: string; error?: string };
    if (o.richText) return { text: o.richText.map((r) => r.text).join('') };
    if ('result' in o) return cellOf(o.result);
    if (typeof o.text === 'string') return { text: o.text };
    if (o.hyperlink) return { text: o.hyperlink };
    if (o.error) return { text: '' };
  }
  return { text: String(v) };
}

/**
 * exceljs gives date cells as a Date whose UTC fields are the wall-clock values typed in Excel
 * (Excel has no zones). Day 0 (1899-12-30) is a time-only cell.
 */
function dateCell(d: Date): Cell {
  if (Number.isNaN(d.getTime())) return { text: '' };
  const iso = d.toISOString();
  const date = iso.slice(0, 10);
  const time = iso.slice(11, 16);
  const hasTime = time !== '00:00';
  if (date === '1899-12-30' || date === '1899-12-31') return { text: time, time };
  return { text: hasTime ? `${date} ${time}` : date, date, ...(hasTime ? { time } : {}) };
}
