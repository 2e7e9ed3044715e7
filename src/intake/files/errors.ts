import { CwgError } from '../../errors.js';

/**
 * Why a file cannot be read. Codes and data only: the words live in the catalogue
 * (intake.fileError.* in src/i18n/catalogues, worded by src/i18n/intake-messages.ts).
 */
export const FILE_ERROR_CODES = [
  'EMPTY',
  'TOO_BIG',
  'UNKNOWN_TYPE',
  'TYPE_MISMATCH',
  'UNSUPPORTED_TYPE',
  'OFFICE_ENCRYPTED',
  'BINARY',
  'LINE_TOO_LONG',
  'ZIP_INVALID',
  'ZIP_BOMB',
  'ZIP_ENCRYPTED',
  'NOT_DOCX',
  'NOT_XLSX',
  'DOCX_UNREADABLE',
  'PDF_MALFORMED',
  'PDF_TRUNCATED',
  'PDF_ENCRYPTED',
  'PDF_NO_TEXT',
  'PDF_TOO_MANY_PAGES',
  'TIMEOUT',
  'UNREADABLE',
  /** A path given on the command line (CLI or console) that names no file, a folder, or a file we may not read. */
  'NOT_FOUND',
  'NOT_A_FILE',
  'NO_ACCESS',
  'TABLE_UNREADABLE',
  'TABLE_NO_HEADER',
  'TABLE_MISSING_COLUMNS',
  'TABLE_TOO_MANY_ROWS',
  'ICS_MALFORMED',
  'ICS_EMPTY',
  'ICS_TOO_MANY_ITEMS',
  /** The chat platform could not hand the file over (set by the import command, not by a reader). */
  'DOWNLOAD_FAILED',
] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

export class FileReadError extends CwgError {
  constructor(
    readonly fileCode: FileErrorCode,
    readonly data: Record<string, string | number | boolean | string[]> = {},
  ) {
    // The message is for logs only (code + data, no prose): people read the catalogue's intake.fileError.* words.
    super(`FILE_${fileCode}`, `${fileCode} ${JSON.stringify(data)}`, { fileCode, ...data });
  }
}

/** Something read but worth telling the person (auto-numbering counted by us, a fallback encoding, …). */
export interface FileWarning {
  code:
    | 'AUTO_NUMBERING'
    | 'ENCODING_FALLBACK'
    | 'PDF_HEADERS_REMOVED'
    | 'PDF_PAGES_WITHOUT_TEXT'
    | 'DOCX_MESSAGES'
    | 'TABLE_UNKNOWN_COLUMNS'
    /** A file not named .csv read as CSV, because it is a delimited table with the spreadsheet's header row. */
    | 'TABLE_BY_CONTENT'
    | 'TABLE_EXTRA_SHEETS'
    | 'ICS_ZONE_APPROXIMATED'
    | 'ICS_FLOATING_TIME'
    | 'ICS_RECURRENCE_CAPPED'
    | 'ICS_SKIPPED_COMPONENTS';
  data: Record<string, string | number | boolean | string[]>;
}

/** Wraps anything a third-party parser throws that is not already ours. */
export function asFileError(err: unknown, code: FileErrorCode, extra: Record<string, string | number> = {}): FileReadError {
  if (err instanceof FileReadError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return new FileReadError(code, { ...extra, detail: detail.replace(/[\u0000-\u001f]+/g, ' ').slice(0, 160) });
}
