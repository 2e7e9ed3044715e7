import { decodeText, finishText } from './decode-text.js';
import { detectFormat, type ReportFormat } from './detect.js';
import { asFileError, type FileWarning, FileReadError } from './errors.js';
import { limitsFrom, type ReadLimits, withDeadline } from './limits.js';
import { readDocx } from './read-docx.js';
import { htmlToLines } from './read-html.js';
import { unwrapPlainText } from './plain-layout.js';
import { type PdfProgress, readPdf } from './read-pdf.js';

export interface ReadReportOptions extends Partial<ReadLimits> {
  /** Called after each PDF page (for "reading page 40 of 200…" in chat). */
  onProgress?: (p: PdfProgress) => void;
}

export interface ReportText {
  /** One paragraph per line, paragraph numbers and bullets followed by a tab, as the .txt reports are. */
  text: string;
  format: ReportFormat;
  pages?: number;
  warnings: FileWarning[];
}

/**
 * A report file (.docx, .pdf, .html, .txt) → its plain text. Every failure is a FileReadError with
 * a code (nothing else escapes), within the wall-clock budget; nothing is written anywhere.
 */
export async function readReportText(bytes: Uint8Array, filename: string, opts: ReadReportOptions = {}): Promise<ReportText> {
  const limits = limitsFrom(opts);
  try {
    const format = detectFormat(bytes, filename, limits);
    if (format !== 'docx' && format !== 'pdf' && format !== 'txt' && format !== 'html') {
      throw new FileReadError('TYPE_MISMATCH', { claimed: 'report', found: format });
    }
    return await withDeadline(limits.timeoutMs, async (signal) => {
      const warnings: FileWarning[] = [];
      if (format === 'docx') return { text: finishText(await readDocx(bytes, limits, signal, warnings), limits.maxLineChars), format, warnings };
      if (format === 'pdf') {
        const { lines, pages } = await readPdf(bytes, limits, signal, warnings, opts.onProgress);
        return { text: finishText(lines, limits.maxLineChars), format, pages, warnings };
      }
      const decoded = decodeText(bytes, warnings);
      // Text saved from a PDF or Word converter: paragraphs put back on one line each (`plain-layout.ts`).
      const lines = format === 'html' ? htmlToLines(decoded) : unwrapPlainText(splitLines(decoded, limits.maxLineChars));
      return { text: finishText(lines, limits.maxLineChars), format, warnings };
    });
  } catch (err) {
    throw asFileError(err, 'UNREADABLE');
  }
}

/** Splits on newlines, refusing a monster line before building anything from it. */
function splitLines(text: string, maxLineChars: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > maxLineChars) throw new FileReadError('LINE_TOO_LONG', { line: lines.length + 1, chars: end - start, limit: maxLineChars });
    lines.push(text.slice(start, end).replace(/\f/g, ''));
    start = end + 1;
  }
  return lines;
}
