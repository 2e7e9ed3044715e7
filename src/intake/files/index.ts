import { decodeText } from './decode-text.js';
import { detectFormat } from './detect.js';
import { asFileError, type FileWarning } from './errors.js';
import type { IcsOptions, IcsResult } from './ics-types.js';
import { readIcs } from './ics.js';
import { limitsFrom } from './limits.js';
import { type ReadReportOptions, type ReportText, readReportText } from './read-report.js';
import { readTable, type TableOptions, type TableResult } from './table.js';

export { detectFormat, type FileFormat } from './detect.js';
export { FileReadError, type FileErrorCode, type FileWarning } from './errors.js';
export { DEFAULT_IMPORT_MAX_MB } from './limits.js';
export { preloadPdfReader } from './read-pdf.js';
export { readIcs } from './ics.js';
export type { IcsError, IcsResult } from './ics-types.js';
export { readReportText, type ReportText } from './read-report.js';
export { readTable, type TableResult } from './table.js';
export type { RowError } from './table-row-error.js';

/** What an import file turned out to be, read. */
export type ImportFile =
  | ({ kind: 'report' } & ReportText)
  | ({ kind: 'table' } & TableResult)
  | ({ kind: 'calendar'; format: 'ics' } & IcsResult)
  /** Calendar JSON: the text, for the existing calendar import (src/editing/import-calendar.ts). */
  | { kind: 'json'; format: 'json'; text: string; warnings: FileWarning[] };

export type ImportFileOptions = ReadReportOptions & TableOptions & IcsOptions;

/**
 * One entry point for `/cwg import <file>`: detects the format (name and content), then reads it
 * with the matching reader. Throws only FileReadError.
 */
export async function readImportFile(bytes: Uint8Array, filename: string, opts: ImportFileOptions): Promise<ImportFile> {
  const format = detectFormat(bytes, filename, limitsFrom(opts));
  if (format === 'docx' || format === 'pdf' || format === 'txt' || format === 'html')
    return { kind: 'report', ...(await readReportText(bytes, filename, opts)) };
  if (format === 'csv' || format === 'xlsx') return { kind: 'table', ...(await readTable(bytes, filename, opts)) };
  if (format === 'ics') return { kind: 'calendar', format, ...(await readIcs(bytes, filename, opts)) };
  try {
    const warnings: FileWarning[] = [];
    return { kind: 'json', format, text: decodeText(bytes, warnings), warnings };
  } catch (err) {
    throw asFileError(err, 'UNREADABLE');
  }
}
