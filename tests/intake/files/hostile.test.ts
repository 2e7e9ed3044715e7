import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/intake/files/detect.js';
import { FileReadError } from '../../../src/intake/files/errors.js';
import { readReportText } from '../../../src/intake/files/read-report.js';
import { readTable } from '../../../src/intake/files/table.js';
import { makeDocx } from './make-docx.js';
import { makePdf } from './make-pdf.js';
import { deflated, writeZip } from './zip-writer.js';

/** The reader's answer: the FileReadError's code (anything else thrown fails the test). */
async function codeOf(work: Promise<unknown>): Promise<string> {
  const err = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof FileReadError)) throw new Error(`expected a FileReadError, got ${err === undefined ? 'success' : String(err)}`);
  return err.fileCode;
}
const data = (e: unknown) => (e as FileReadError).data;
const enc = (s: string) => new TextEncoder().encode(s);
const docxParts = (extra: ReturnType<typeof deflated>[]) => [
  deflated('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
  deflated('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'),
  ...extra,
];

describe('zip bombs and broken archives (.docx/.xlsx) are refused before mammoth/exceljs open them', () => {
  const tenMbOfZeros = deflated('x', new Uint8Array(10 * 1024 * 1024));

  it('refuses an archive whose entries declare more than the total cap (honest sizes, 210 MB from 200 KB)', async () => {
    const bomb = writeZip(docxParts(Array.from({ length: 21 }, (_, i) => ({ ...tenMbOfZeros, name: `word/media/zeros${i}.bin` }))));
    expect(bomb.byteLength).toBeLessThan(300_000);
    const e = await readReportText(bomb, 'bomb.docx').catch((x: unknown) => x);
    expect((e as FileReadError).fileCode).toBe('ZIP_BOMB');
    expect(data(e)).toMatchObject({ reason: 'declaredSize' });
    const xlsxBomb = writeZip([
      deflated('xl/workbook.xml', '<workbook/>'),
      ...Array.from({ length: 21 }, (_, i) => ({ ...tenMbOfZeros, name: `xl/media/zeros${i}.bin` })),
    ]);
    expect(await codeOf(readTable(xlsxBomb, 'bomb.xlsx'))).toBe('ZIP_BOMB');
  });

  it('refuses an entry that inflates past the size it declares (a lying bomb), without inflating it all', async () => {
    const liar = writeZip(docxParts([{ ...tenMbOfZeros, name: 'word/styles.xml', declaredSize: 1000 }]));
    const e = await readReportText(liar, 'liar.docx').catch((x: unknown) => x);
    expect((e as FileReadError).fileCode).toBe('ZIP_BOMB');
    expect(data(e)).toMatchObject({ reason: 'sizeMismatch', entry: 'word/styles.xml' });
  });

  it('refuses too many entries, a lower cap set by the caller, and encrypted entries', async () => {
    const many = writeZip(docxParts(Array.from({ length: 5001 }, (_, i) => deflated(`word/e${i}.xml`, ''))));
    expect(await codeOf(readReportText(many, 'many.docx'))).toBe('ZIP_BOMB');
    const ok = await makeDocx(['1\tHello']);
    expect(await codeOf(readReportText(ok, 'small-cap.docx', { maxUnzippedBytes: 1000 }))).toBe('ZIP_BOMB');
    const locked = writeZip(docxParts([{ ...deflated('word/secret.xml', 'x'), encrypted: true }]));
    expect(await codeOf(readReportText(locked, 'locked.docx'))).toBe('ZIP_ENCRYPTED');
  });

  it('answers truncated, corrupted and wrong-content archives with their own codes', async () => {
    const good = await makeDocx(['1\tHello', '2\tWorld']);
    expect(await codeOf(readReportText(good.subarray(0, Math.floor(good.length * 0.6)), 'cut.docx'))).toBe('ZIP_INVALID');
    const corrupt = writeZip(docxParts([{ name: 'word/x.xml', data: randomBytes(2000), declaredSize: 5000 }]));
    expect(['ZIP_INVALID', 'ZIP_BOMB']).toContain(await codeOf(readReportText(corrupt, 'corrupt.docx')));
    expect(await codeOf(readReportText(writeZip([deflated('readme.txt', 'hi')]), 'plain.docx'))).toBe('NOT_DOCX');
    expect(await codeOf(readTable(good, 'actually-word.xlsx'))).toBe('TYPE_MISMATCH');
    // A password-protected Word file is an OLE container, not a zip.
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...randomBytes(4000)]);
    expect(await codeOf(readReportText(ole, 'protected.docx'))).toBe('OFFICE_ENCRYPTED');
    expect(await codeOf(readReportText(ole, 'old.doc'))).toBe('UNSUPPORTED_TYPE');
  });
});

describe('broken and hostile PDFs', () => {
  const pdf = makePdf(['1\tIntroduction', '1.1\tText of the report.']);

  it('refuses an encrypted PDF (it needs a password) with PDF_ENCRYPTED', async () => {
    expect(await codeOf(readReportText(makePdf(['1\tSecret'], { encrypt: true }), 'locked.pdf'))).toBe('PDF_ENCRYPTED');
  });

  it('answers a truncated PDF with PDF_TRUNCATED or reads what survives; a mangled one with PDF_MALFORMED', async () => {
    const cut = pdf.subarray(0, 200);
    expect(await codeOf(readReportText(cut, 'cut.pdf'))).toMatch(/^PDF_(TRUNCATED|NO_TEXT)$/);
    const mangled = new Uint8Array([...enc('%PDF-1.7\n'), ...randomBytes(5000), ...enc('\n%%EOF\n')]);
    expect(await codeOf(readReportText(mangled, 'mangled.pdf'))).toMatch(/^PDF_(MALFORMED|NO_TEXT)$/);
  });

  it('answers a PDF without text (a scan) with PDF_NO_TEXT', async () => {
    expect(await codeOf(readReportText(makePdf([''], { pageNumbers: false }), 'scan.pdf'))).toBe('PDF_NO_TEXT');
  });

  it('abandons a read that overruns its wall-clock budget with TIMEOUT, and stays usable after', async () => {
    const long = makePdf(
      Array.from({ length: 600 }, (_, i) => `${i + 1}\tParagraph ${i}.`),
      { linesPerPage: 20 },
    );
    expect(await codeOf(readReportText(long, 'long.pdf', { timeoutMs: 5 }))).toBe('TIMEOUT');
    expect((await readReportText(pdf, 'after.pdf')).text).toBe('1\tIntroduction\n1.1\tText of the report.');
  });
});

describe('junk, mismatches and limits', () => {
  it('refuses binary junk under any name', async () => {
    const junk = randomBytes(100_000);
    for (const name of ['report.txt', 'report.html', 'list.csv', 'noext', 'cal.ics']) {
      const code = await codeOf(name === 'list.csv' ? readTable(junk, name) : readReportText(junk, name));
      expect(code, name).toBe('BINARY');
    }
    expect(await codeOf(readReportText(junk, 'report.pdf'))).toBe('TYPE_MISMATCH');
    expect(await codeOf(readReportText(junk, 'report.docx'))).toBe('TYPE_MISMATCH');
  });

  it('refuses a file over the size limit before parsing, and an empty file', async () => {
    const big = new Uint8Array(3 * 1024 * 1024 + 1).fill(0x61);
    const e = await readReportText(big, 'big.txt', { maxMb: 3 }).catch((x: unknown) => x);
    expect((e as FileReadError).fileCode).toBe('TOO_BIG');
    expect(data(e)).toEqual({ bytes: 3 * 1024 * 1024 + 1, maxMb: 3 });
    expect(await codeOf(readReportText(new Uint8Array(0), 'empty.txt'))).toBe('EMPTY');
  });

  it('refuses a huge single line (10 MB without a newline) with its line number', async () => {
    const e = await readReportText(new Uint8Array(9 * 1024 * 1024).fill(0x41), 'one-line.txt').catch((x: unknown) => x);
    expect((e as FileReadError).fileCode).toBe('LINE_TOO_LONG');
    expect(data(e)).toMatchObject({ line: 1, limit: 50_000 });
  });

  it('decides the format from name and content, and refuses a mismatch', async () => {
    const docx = await makeDocx(['x']);
    const pdf = makePdf(['x']);
    expect(detectFormat(docx, 'report.docx')).toBe('docx');
    expect(detectFormat(docx, 'no-extension')).toBe('docx');
    expect(detectFormat(docx, 'renamed.doc')).toBe('docx');
    expect(detectFormat(pdf, 'report.PDF')).toBe('pdf');
    expect(detectFormat(enc('BEGIN:VCALENDAR\r\n'), 'x')).toBe('ics');
    expect(detectFormat(enc('{"items":[]}'), 'calendar.json')).toBe('json');
    expect(detectFormat(enc('<!DOCTYPE html><p>x</p>'), 'page')).toBe('html');
    expect(detectFormat(enc('title,date\nA,2025-03-04\n'), 'list.csv')).toBe('csv');
    expect(detectFormat(enc('1\tIntroduction'), 'README')).toBe('txt');
    const mismatch = (bytes: Uint8Array, name: string) => {
      try {
        detectFormat(bytes, name);
      } catch (e) {
        return [(e as FileReadError).fileCode, (e as FileReadError).data];
      }
      return undefined;
    };
    expect(mismatch(pdf, 'report.docx')).toEqual(['TYPE_MISMATCH', { claimed: 'docx', found: 'pdf' }]);
    expect(mismatch(docx, 'report.pdf')).toEqual(['TYPE_MISMATCH', { claimed: 'pdf', found: 'docx' }]);
    expect(mismatch(enc('hello'), 'cal.ics')).toEqual(['TYPE_MISMATCH', { claimed: 'ics', found: 'txt' }]);
    expect(mismatch(docx, 'list.csv')).toEqual(['TYPE_MISMATCH', { claimed: 'csv', found: 'docx' }]);
    expect(mismatch(enc('x'), 'sheet.xls')).toEqual(['UNSUPPORTED_TYPE', { extension: 'xls', saveAs: 'xlsx' }]);
  });
});

describe('readImportFile', () => {
  it('sends each format to its reader', async () => {
    const { readImportFile } = await import('../../../src/intake/files/index.js');
    const now = new Date('2025-03-01T00:00:00Z');
    expect((await readImportFile(await makeDocx(['1\tA']), 'r.docx', { now })).kind).toBe('report');
    expect((await readImportFile(enc('title,date\nA,2025-03-04\n'), 'l.csv', { now })).kind).toBe('table');
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@b\r\nSUMMARY:A\r\nDTSTART;VALUE=DATE:20250304\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect((await readImportFile(enc(ics), 'c.ics', { now })).kind).toBe('calendar');
    expect(await readImportFile(enc('{"items":[]}'), 'c.json', { now })).toMatchObject({ kind: 'json', text: '{"items":[]}' });
    expect(await codeOf(readImportFile(randomBytes(1000), 'x.bin', { now }))).toBe('BINARY');
  });
});
