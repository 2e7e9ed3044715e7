import { type FileWarning, FileReadError } from './errors.js';

/**
 * Bytes of a text file (.txt, .csv, .html, .ics, .json) → a string. UTF-8 and UTF-16 with a BOM,
 * UTF-8 without one, and, when the bytes are not UTF-8, Windows-1252 (what Excel and Notepad wrote
 * for years), flagged. Binary content is refused before decoding so junk never reaches a parser.
 */
export function decodeText(bytes: Uint8Array, warnings: FileWarning[]): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return normaliseNewlines(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return normaliseNewlines(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new FileReadError('BINARY');
  try {
    return normaliseNewlines(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    warnings.push({ code: 'ENCODING_FALLBACK', data: { encoding: 'windows-1252' } });
    return normaliseNewlines(decodeWindows1252(body));
  }
}

/** 0x80-0x9F of Windows-1252 (Node's TextDecoder reads this label as Latin-1, which has control characters there). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

/** NUL bytes, or more than 2% control characters other than tab/CR/LF/FF in the first 64 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65_536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.02;
}

function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * The common last step of every report reader: NFC, one paragraph per line, no control characters
 * (tabs kept: they separate paragraph numbers from text), no trailing blanks, no empty lines, and
 * no line longer than the limit (a sign of junk or of a file that is not a report).
 */
export function finishText(lines: Iterable<string>, maxLineChars: number): string {
  const out: string[] = [];
  let n = 0;
  for (const raw of lines) {
    n++;
    if (raw.length > maxLineChars) throw new FileReadError('LINE_TOO_LONG', { line: n, chars: raw.length, limit: maxLineChars });
    const line = trimEndBlank(raw.normalize('NFC').replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b\ufeff]/g, ''));
    if (!line.trim()) continue;
    out.push(line);
  }
  return out.join('\n');
}

/** Trailing spaces, tabs and no-break spaces off (a loop: a regex anchored at $ is quadratic on long blank runs). */
function trimEndBlank(line: string): string {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) break;
    end--;
  }
  return end === line.length ? line : line.slice(0, end);
}
