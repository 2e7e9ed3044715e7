import { fieldForHeader } from './columns.js';
import { FileReadError } from './errors.js';
import { looksBinary } from './decode-text.js';
import { type ReadLimits, checkSize, limitsFrom } from './limits.js';
import { listZip } from './zip-guard.js';

export const FILE_FORMATS = ['docx', 'pdf', 'txt', 'html', 'csv', 'xlsx', 'ics', 'json'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];
export type ReportFormat = 'docx' | 'pdf' | 'txt' | 'html';

const BY_EXTENSION: Record<string, FileFormat> = {
  docx: 'docx',
  pdf: 'pdf',
  txt: 'txt',
  text: 'txt',
  html: 'html',
  htm: 'html',
  csv: 'csv',
  xlsx: 'xlsx',
  ics: 'ics',
  ical: 'ics',
  ifb: 'ics',
  json: 'json',
};
/** Formats we know by name but cannot read: the answer says what to save the file as instead. */
const UNSUPPORTED: Record<string, string> = {
  doc: 'docx',
  rtf: 'docx',
  odt: 'docx',
  pages: 'docx',
  xls: 'xlsx',
  ods: 'xlsx',
  numbers: 'xlsx',
  xlsm: 'xlsx',
  msg: 'ics',
  vcs: 'ics',
  zip: 'docx',
};

export function extensionOf(filename: string): string {
  const base = filename.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** What the bytes are, from their first bytes (and a zip's directory), or undefined for plain text. */
export type Sniffed = FileFormat | 'ole' | 'zip' | 'binary' | 'text';

export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]) || indexOfAscii(bytes, '%PDF-', 1024) >= 0) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    try {
      const names = new Set(listZip(bytes).map((e) => e.name));
      if (names.has('word/document.xml')) return 'docx';
      if (names.has('xl/workbook.xml')) return 'xlsx';
    } catch {
      // An unreadable zip is still a zip; the reader answers ZIP_INVALID/ZIP_BOMB with details.
    }
    return 'zip';
  }
  // Word 97-2003/Excel 97-2003 files, and password-protected .docx/.xlsx (an encrypted OOXML file is an OLE container).
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const head = utf16 ? decodeHead(bytes) : undefined;
  if (!utf16 && looksBinary(bytes)) return 'binary';
  const start = (head ?? new TextDecoder('utf-8').decode(bytes.subarray(0, 2048))).replace(/^\ufeff/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(start)) return 'ics';
  if (/^(<!doctype html|<html|<\?xml[^>]*>\s*<html|<head|<body|<meta|<div|<p[\s>])/i.test(start)) return 'html';
  if (/^[[{]/.test(start)) return 'json';
  return looksLikeTable(start) ? 'csv' : 'text';
}

/**
 * A delimited table with the spreadsheet's header row, whatever the file is called: the first line
 * splits on commas, semicolons or tabs into cells that name the title and date columns (and no cell
 * of it is a sentence), and the next line is split by the same delimiter. Prose never starts so.
 */
export function looksLikeTable(text: string): boolean {
  const lines = text
    .split(/\r?\n/, 12)
    .filter((l) => l.trim())
    .slice(0, 2);
  if (lines.length < 2) return false;
  for (const delimiter of [',', ';', '\t']) {
    const header = splitLine(lines[0]!, delimiter);
    if (header.length < 2 || splitLine(lines[1]!, delimiter).length < 2) continue;
    const fields = new Set(header.map((c) => fieldForHeader(c)));
    if (fields.has('title') && fields.has('date') && header.every((c) => c.trim().length <= 40)) return true;
  }
  return false;
}

/** One line's cells, outside double quotes. */
function splitLine(line: string, delimiter: string): string[] {
  const cells = [''];
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) cells.push('');
    else cells[cells.length - 1] += c;
  }
  return cells;
}

/**
 * Decides the format from the name AND the content: a known extension must agree with what the
 * bytes are (a .docx that is a PDF, or a .pdf full of junk, is refused); a file without a known
 * extension is named by its content. The size limit is checked first, before anything is parsed.
 */
export function detectFormat(bytes: Uint8Array, filename: string, opts: Partial<ReadLimits> = {}): FileFormat {
  checkSize(bytes, limitsFrom(opts));
  const ext = extensionOf(filename);
  const found = sniff(bytes);
  if (UNSUPPORTED[ext] && !BY_EXTENSION[ext]) {
    // A .doc that is really a .docx (renamed) is still read.
    if (found === 'docx' || found === 'xlsx' || found === 'pdf') return found;
    throw new FileReadError('UNSUPPORTED_TYPE', { extension: ext, saveAs: UNSUPPORTED[ext]! });
  }
  const claimed = BY_EXTENSION[ext];
  if (found === 'binary') {
    // Junk named .pdf/.docx/.xlsx is "not a PDF"; junk named as text is "not text".
    if (claimed === 'pdf' || claimed === 'docx' || claimed === 'xlsx') throw new FileReadError('TYPE_MISMATCH', { claimed, found: 'binary' });
    throw new FileReadError('BINARY', claimed ? { claimed } : {});
  }
  if (found === 'ole') {
    if (claimed === 'docx' || claimed === 'xlsx') throw new FileReadError('OFFICE_ENCRYPTED', { claimed });
    throw new FileReadError('UNSUPPORTED_TYPE', { extension: ext || 'ole', saveAs: claimed === 'csv' ? 'xlsx' : 'docx' });
  }
  if (!claimed) {
    if (found === 'text') return 'txt';
    if (found === 'zip') throw new FileReadError('UNKNOWN_TYPE', { extension: ext, found: 'zip' });
    return found;
  }
  if (claimed === 'docx' || claimed === 'xlsx') {
    if (found === claimed) return claimed;
    // A zip without word/document.xml or xl/workbook.xml: the reader says which (or that the zip is broken).
    if (found === 'zip') return claimed;
    throw new FileReadError('TYPE_MISMATCH', { claimed, found: foundLabel(found) });
  }
  if (claimed === 'pdf') {
    if (found === 'pdf') return 'pdf';
    throw new FileReadError('TYPE_MISMATCH', { claimed, found: foundLabel(found) });
  }
  // Text formats: the bytes must be text; html/ics/json must also look like what they claim.
  if (found === 'pdf' || found === 'docx' || found === 'xlsx' || found === 'zip') {
    throw new FileReadError('TYPE_MISMATCH', { claimed, found: foundLabel(found) });
  }
  if (claimed === 'ics' && found !== 'ics') throw new FileReadError('TYPE_MISMATCH', { claimed, found: foundLabel(found) });
  if (claimed === 'json' && found !== 'json') throw new FileReadError('TYPE_MISMATCH', { claimed, found: foundLabel(found) });
  // A .txt that is a table with the spreadsheet's header row is read as one (the reader says so: TABLE_BY_CONTENT).
  if (claimed === 'txt' && found === 'csv') return 'csv';
  // .txt/.csv holding HTML or a calendar are read as what they claim: text is text.
  return claimed;
}

function foundLabel(found: Sniffed): string {
  return found === 'text' ? 'txt' : found;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function indexOfAscii(bytes: Uint8Array, needle: string, within: number): number {
  const n = Math.min(bytes.length - needle.length, within);
  outer: for (let i = 0; i <= n; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

function decodeHead(bytes: Uint8Array): string {
  const le = bytes[0] === 0xff;
  return new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2, 4098));
}
