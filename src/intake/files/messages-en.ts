/**
 * DRAFT for the integrator: the English words for src/intake/files' error, warning and row-error
 * codes. Move into the catalogue (src/i18n/en/…) and delete this file; nothing in src/intake/files
 * imports it (the readers return codes and data only).
 */
import type { FileErrorCode, FileWarning } from './errors.js';
import type { RowErrorCode } from './table.js';
import type { IcsErrorCode } from './ics.js';

type Data = Record<string, string | number | boolean | string[]>;
const s = (v: unknown) => String(v ?? '');
const mb = (bytes: unknown) => `${(Number(bytes) / (1024 * 1024)).toFixed(1)} MB`;

const FORMAT_NAMES: Record<string, string> = {
  docx: 'a Word document (.docx)',
  pdf: 'a PDF',
  txt: 'plain text',
  html: 'a web page (.html)',
  csv: 'a CSV spreadsheet',
  xlsx: 'an Excel workbook (.xlsx)',
  binary: 'unrecognisable binary data',
  ole: 'an old Office file (.doc/.xls)',
  ics: 'a calendar (.ics)',
  json: 'a calendar JSON file',
  zip: 'a zip archive',
  report: 'a report (.docx, .pdf, .txt or .html)',
  table: 'a spreadsheet (.csv or .xlsx)',
};
const fmt = (f: unknown) => FORMAT_NAMES[s(f)] ?? `a .${s(f)} file`;

export const fileErrorsEn: Record<FileErrorCode, (d: Data) => string> = {
  EMPTY: () => 'The file is empty.',
  TOO_BIG: (d) => `The file is ${mb(d.bytes)}; files up to ${s(d.maxMb)} MB can be imported (CWG_IMPORT_MAX_MB).`,
  UNKNOWN_TYPE: (d) =>
    `I can't tell what kind of file this is${d.extension ? ` (.${s(d.extension)})` : ''}. I read .docx, .pdf, .txt, .html, .csv, .xlsx, .ics and .json.`,
  TYPE_MISMATCH: (d) => `The file is named as ${fmt(d.claimed)} but its content is ${fmt(d.found)}. Rename it or export it again in the right format.`,
  UNSUPPORTED_TYPE: (d) => `I can't read .${s(d.extension)} files. Save it as .${s(d.saveAs)} and send it again.`,
  OFFICE_ENCRYPTED: () => 'The file is password-protected. Remove the password in Word or Excel (File › Info › Protect) and send it again.',
  BINARY: () => "The file isn't text (it looks like binary data). Send the report as .docx, .pdf, .txt or .html, or the list as .csv or .xlsx.",
  LINE_TOO_LONG: (d) => `Line ${s(d.line)} is ${s(d.chars)} characters long (the limit is ${s(d.limit)}): this doesn't look like a report.`,
  ZIP_INVALID: (d) =>
    `The file is damaged (its zip structure is unreadable${d.reason === 'truncated' ? ': it seems cut short' : ''}). Save it again and resend it.`,
  ZIP_BOMB: () => 'The file would expand to far more data than a document holds, so I did not open it.',
  ZIP_ENCRYPTED: () => 'The file is encrypted. Save an unencrypted copy and send it again.',
  NOT_DOCX: () => 'The file is a zip archive but not a Word document.',
  NOT_XLSX: () => 'The file is a zip archive but not an Excel workbook.',
  DOCX_UNREADABLE: () => "I couldn't read this Word document. Open it in Word, save it again as .docx, and resend it.",
  PDF_MALFORMED: () => "The PDF is damaged and I couldn't read it. Export it again from the original document.",
  PDF_TRUNCATED: () => 'The PDF seems cut short (an incomplete download?). Download or export it again.',
  PDF_ENCRYPTED: () => 'The PDF is password-protected. Send a copy without a password.',
  PDF_NO_TEXT: (d) => `The PDF's ${s(d.pages)} page(s) hold no text (a scan?). Send the Word version, or a PDF exported from it.`,
  PDF_TOO_MANY_PAGES: (d) => `The PDF has ${s(d.pages)} pages; the limit is ${s(d.limit)}.`,
  TIMEOUT: (d) => `Reading the file took longer than ${s(d.seconds)} seconds, so I stopped. Nothing was changed.`,
  UNREADABLE: () => "I couldn't read this file. Nothing was changed.",
  TABLE_UNREADABLE: (d) => `The spreadsheet can't be read${d.line ? ` (near line ${s(d.line)})` : ''}. Check for an unclosed quote, or save it again.`,
  TABLE_NO_HEADER: () =>
    'I found no header row. The first row should name the columns, at least title and date (also kind, end, time, zone, place, who must act, tags, send-to, document, paragraph, id).',
  TABLE_MISSING_COLUMNS: (d) => `The sheet has no ${(d.missing as string[]).join(' or ')} column (found: ${(d.found as string[]).join(', ')}).`,
  TABLE_TOO_MANY_ROWS: (d) => `The sheet has ${s(d.rows)} rows; the limit is ${s(d.limit)}.`,
  ICS_MALFORMED: () => "The calendar file isn't valid iCalendar. Export it again from your calendar program.",
  ICS_EMPTY: () => 'The calendar file holds no events or tasks.',
  ICS_TOO_MANY_ITEMS: (d) => `The calendar file holds ${s(d.found)} events; the limit is ${s(d.limit)}.`,
};

export const fileWarningsEn: Record<FileWarning['code'], (d: Data) => string> = {
  AUTO_NUMBERING: (d) => `${s(d.paragraphs)} paragraphs use Word's automatic numbering; I counted the numbers myself, so check them against the document.`,
  ENCODING_FALLBACK: () => 'The file is not UTF-8; I read it as Windows-1252. Check accented letters.',
  PDF_HEADERS_REMOVED: (d) => `${s(d.lines)} running header/footer or page-number lines were left out.`,
  PDF_PAGES_WITHOUT_TEXT: (d) => `${s(d.pages)} page(s) hold no text (scanned pages?) and were skipped.`,
  DOCX_MESSAGES: (d) => `${s(d.count)} part(s) of the document could not be read and were skipped.`,
  TABLE_UNKNOWN_COLUMNS: (d) => `Columns I don't know were ignored: ${(d.columns as string[]).join(', ')}.`,
  TABLE_EXTRA_SHEETS: (d) => `Only the sheet "${s(d.read)}" was read; ignored: ${(d.ignored as string[]).join(', ')}.`,
  ICS_ZONE_APPROXIMATED: (d) => `Times in ${(d.tzids as string[]).join(', ')} were converted to UTC (not a zone I know by name).`,
  ICS_FLOATING_TIME: (d) => `Some times had no zone; they were read as ${s(d.zone)} time.`,
  ICS_RECURRENCE_CAPPED: (d) =>
    `A recurring event (${s(d.uid)}) has more than ${s(d.limit)} occurrences in the next 12 months; only the first ${s(d.limit)} were read.`,
  ICS_SKIPPED_COMPONENTS: (d) => `${s(d.count)} entries that are neither events nor tasks were ignored.`,
};

const FIELD_NAMES: Record<string, string> = { who: 'who must act', sendTo: 'send-to' };
export const rowErrorsEn: Record<RowErrorCode, (e: { row: number; field: string; value?: string; problem?: string; example?: string }) => string> = {
  required: (e) => `Row ${e.row}: ${FIELD_NAMES[e.field] ?? e.field} is empty.`,
  date: (e) => `Row ${e.row}: can't read the ${e.field} "${e.value}"${e.problem === 'noYear' ? ' (no year)' : ''}. Accepted: ${e.example}.`,
  ambiguousDate: (e) =>
    `Row ${e.row}: "${e.value}" could be day/month or month/day and no other row settles it. Write ${e.example?.split(',')[0]} or 4 March 2025.`,
  kind: (e) => `Row ${e.row}: kind "${e.value}" is not one I know. Accepted: ${e.example}.`,
  time: (e) => `Row ${e.row}: can't read the time "${e.value}" (a time needs a single day). Accepted: ${e.example}.`,
  zone: (e) => `Row ${e.row}: "${e.value}" is not a time zone. Accepted: ${e.example}.`,
  who: (e) => `Row ${e.row}: "${e.value}" is not one of ${e.example}.`,
  tag: (e) => `Row ${e.row}: tag "${e.value}" is not usable. Accepted: ${e.example}.`,
  id: (e) => `Row ${e.row}: id "${e.value}" is not usable. Accepted: ${e.example}.`,
  duplicateId: (e) => `Row ${e.row}: id "${e.value}" is used by an earlier row.`,
  end: (e) => `Row ${e.row}: the end "${e.value}" doesn't fit the start (it must be the same day or later, and a date if the start is a date).`,
  invalid: (e) => `Row ${e.row}: ${FIELD_NAMES[e.field] ?? e.field}: ${e.problem}.`,
};

export const icsErrorsEn: Record<IcsErrorCode, (e: { uid?: string; summary?: string; value?: string; problem?: string }) => string> = {
  noStart: (e) => `${label(e)}: has no start date (DTSTART).`,
  noDue: (e) => `${label(e)}: a task without a due date (DUE) was skipped.`,
  zone: (e) => `${label(e)}: time zone "${e.value}" is unknown and not defined in the file.`,
  noSummary: (e) => `${label(e)}: has no title (SUMMARY).`,
  recurrence: (e) => `${label(e)}: its repeat rule can't be read (${e.problem}).`,
  invalid: (e) => `${label(e)}: ${e.problem}.`,
  duplicateUid: (e) => `${label(e)}: the same UID appears twice; the second was skipped.`,
};
const label = (e: { uid?: string; summary?: string }) => (e.summary ? `"${e.summary}"${e.uid ? ` (UID ${e.uid})` : ''}` : `UID ${e.uid ?? '?'}`);
