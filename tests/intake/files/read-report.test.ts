import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileReadError } from '../../../src/intake/files/errors.js';
import { readReportText } from '../../../src/intake/files/read-report.js';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';
import { REPORT_FILE } from '../../support/fixtures.js';
import { makeDocx } from './make-docx.js';
import { makePdf, WORD_LIKE } from './make-pdf.js';

const enc = (s: string) => new TextEncoder().encode(s);
/** The report as the readers should give it: its non-blank lines, trailing blanks off. */
const reportLines = () =>
  readFileSync(REPORT_FILE, 'utf8')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim());
/** Same words, same paragraphs: whitespace runs (a tab in Word, a gap in a PDF) compare as one space. */
const words = (lines: string[]) => lines.map((l) => l.replace(/\s+/g, ' ').trim());

describe('readReportText: plain text', () => {
  it('keeps numbered paragraphs and tabs, reads CRLF, UTF-8 BOM and UTF-16 (LE and BE, with BOM)', async () => {
    const text = '1\tIntroduction\r\n1.1\tThe group met on 4 March 2025.\r\n–\tBullet ‘quoted’\r\n\r\n';
    const expected = '1\tIntroduction\n1.1\tThe group met on 4 March 2025.\n–\tBullet ‘quoted’';
    const utf16le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(text, 'utf16le');
    be.swap16();
    const utf16be = new Uint8Array([0xfe, 0xff, ...be]);
    for (const bytes of [enc(text), new Uint8Array([0xef, 0xbb, 0xbf, ...enc(text)]), utf16le, utf16be]) {
      const r = await readReportText(bytes, 'report.txt');
      expect(r).toMatchObject({ format: 'txt', text: expected });
    }
  });

  it('reads a file that is not UTF-8 as Windows-1252, and says so', async () => {
    const bytes = new Uint8Array([...enc('6.7\tDeadline '), 0x96, ...enc(' 4 March 2025, caf'), 0xe9]);
    const r = await readReportText(bytes, 'old.txt');
    expect(r.text).toBe('6.7\tDeadline – 4 March 2025, café');
    expect(r.warnings.map((w) => w.code)).toEqual(['ENCODING_FALLBACK']);
  });

  it.runIf(existsSync(REPORT_FILE))('gives the shared outcomes report back line for line', async () => {
    const r = await readReportText(readFileSync(REPORT_FILE), 'cwg-wsis-sdg-41-42-outcomes-report.txt');
    expect(r.text.split('\n')).toEqual(reportLines());
  });
});

describe('readReportText: HTML', () => {
  it('one block per line, cells by tabs, lists with bullets or numbers, scripts and comments dropped, entities decoded', async () => {
    const html = `<!doctype html><html><head><title>x</title><style>p{color:red}</style><script>var s = "<p>not text</p>";</script></head>
      <body><h1>Outcomes&nbsp;report</h1><!-- <p>hidden</p> -->
      <p>6.7.9\tMembers are invited to send inputs by <b>4&nbsp;March</b>
         2025 to <a href="mailto:x@itu.int">x@itu.int</a>.</p>
      <ul><li>First &amp; foremost</li><li>Second &#8211; &#x2019;quoted&rsquo;</li></ul>
      <ol><li>one</li><li><p>two</p></li></ol>
      <table><tr><th>Meeting</th><th>Date</th></tr><tr><td>CWG-43</td><td>1-2 October 2025</td></tr></table>
      <div>a < b, unclosed <br>next</div></body></html>`;
    const r = await readReportText(enc(html), 'report.html');
    expect(r.format).toBe('html');
    expect(r.text.split('\n')).toEqual([
      'Outcomes\u00a0report',
      '6.7.9\tMembers are invited to send inputs by 4\u00a0March 2025 to x@itu.int.',
      '–\tFirst & foremost',
      '–\tSecond – ’quoted’',
      '1.\tone',
      '2.\ttwo',
      'Meeting\tDate',
      'CWG-43\t1-2 October 2025',
      'a < b, unclosed',
      'next',
    ]);
  });

  it('is linear on hostile markup (a million unclosed tags and quotes) and still answers', async () => {
    const hostile = `<p>${'<a '.repeat(200_000)}${'<!--'.repeat(50_000)}${'&amp'.repeat(100_000)}</p>`;
    const r = await readReportText(enc(`<html>${hostile}`), 'x.html', { maxLineChars: 10_000_000 });
    expect(r.format).toBe('html');
  });
});

describe('readReportText: Word (.docx)', () => {
  it('keeps typed paragraph numbers and tabs; counts Word auto-numbering back in and warns', async () => {
    const docx = await makeDocx(['1\tIntroduction', '1.1\tThe group met on 4 March 2025.'], {
      numbered: [
        { level: 0, text: 'Auto heading' },
        { level: 1, text: 'Auto sub one' },
        { level: 1, text: 'Auto sub two' },
        { level: 0, text: 'Auto next' },
      ],
    });
    const r = await readReportText(docx, 'report.docx');
    expect(r.format).toBe('docx');
    expect(r.text.split('\n')).toEqual([
      '1\tIntroduction',
      '1.1\tThe group met on 4 March 2025.',
      '1\tAuto heading',
      '1.1\tAuto sub one',
      '1.2\tAuto sub two',
      '2\tAuto next',
    ]);
    expect(r.warnings).toEqual([{ code: 'AUTO_NUMBERING', data: { paragraphs: 4 } }]);
  });

  it.runIf(existsSync(REPORT_FILE))('the shared outcomes report written as .docx (one paragraph per line) reads back as the .txt', async () => {
    const lines = reportLines();
    const r = await readReportText(await makeDocx(lines), 'outcomes.docx');
    expect(r.text.split('\n')).toEqual(lines);
    expect(r.warnings).toEqual([]);
  });
});

describe('readReportText: PDF', () => {
  it('joins items into lines by position, a wide gap becomes a tab, wrapped lines rejoin, headers and page numbers go', async () => {
    const paragraphs = [
      '1\tIntroduction',
      `1.1\tThe group ${'met and discussed the roadmap at length, '.repeat(6)}and closed on 4 March 2025.`,
      '–\tA bullet with ‘quotes’ and CWG‑WSIS&SDG',
      'A paragraph without a number, long enough to wrap onto a second line of the page for this test.',
    ];
    const pages: number[] = [];
    const r = await readReportText(makePdf(paragraphs, { header: 'Council 2025 – report', linesPerPage: 8 }), 'r.pdf', {
      onProgress: (p) => pages.push(p.page),
    });
    expect(r.format).toBe('pdf');
    expect(r.pages).toBeGreaterThanOrEqual(2);
    expect(pages).toEqual(Array.from({ length: r.pages! }, (_, i) => i + 1));
    expect(words(r.text.split('\n'))).toEqual(words(paragraphs));
    expect(r.text.split('\n')[0]).toBe('1\tIntroduction');
    expect(r.warnings.map((w) => w.code)).toContain('PDF_HEADERS_REMOVED');
  });

  it('separates paragraphs without spacing between them by where sentences end short of the margin', async () => {
    const paragraphs = [
      `The group ${'noted the documents with appreciation and '.repeat(4)}closed the item.`,
      `Members were invited ${'to send contributions to the secretariat '.repeat(3)}by 4 March 2025.`,
      'Short one.',
    ];
    const r = await readReportText(makePdf(paragraphs, { paragraphGap: false }), 'tight.pdf');
    expect(words(r.text.split('\n'))).toEqual(words(paragraphs));
  });

  it.runIf(existsSync(REPORT_FILE))('the shared outcomes report as a PDF reads back paragraph for paragraph', async () => {
    const lines = reportLines();
    for (const opts of [{ header: 'CWG-WSIS&SDG outcomes report' }, WORD_LIKE, { ...WORD_LIKE, numberOnOwnLine: true, paragraphGap: false }]) {
      const r = await readReportText(makePdf(lines, opts), 'outcomes.pdf');
      expect(r.pages).toBeGreaterThan(10);
      // Hyphenation undone where the report spells the word whole: "multi-country" is also printed "multicountry".
      expect(words(r.text.split('\n')).map((l) => l.replace(/multi-country/g, 'multicountry'))).toEqual(
        words(lines).map((l) => l.replace(/multi-country/g, 'multicountry')),
      );
      // Paragraph numbers stay separated from their text by a tab (also "6.6.3.1 a side event…"): the same paragraphs.
      const shape = (text: string) => parseParagraphs(text).paragraphs.map((p) => `${p.number}${p.unnumbered ? '+' : ''}/${p.bullets.length}`);
      expect(shape(r.text)).toEqual(shape(lines.join('\n')));
    }
  });

  it('reads a 200-page PDF, reporting progress on every page', async () => {
    const paragraphs = Array.from(
      { length: 2400 },
      (_, i) => `${Math.floor(i / 10) + 1}.${(i % 10) + 1}\tParagraph ${i} of a long report with some words that wrap.`,
    );
    let last = 0;
    const r = await readReportText(makePdf(paragraphs, { linesPerPage: 24 }), 'long.pdf', { onProgress: (p) => (last = p.page) });
    expect(r.pages).toBeGreaterThanOrEqual(200);
    expect(last).toBe(r.pages);
    expect(r.text.split('\n')).toHaveLength(2400);
  });

  it('refuses a report format it is not (a spreadsheet or a calendar) with TYPE_MISMATCH', async () => {
    const err = await readReportText(enc('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'), 'cal.ics').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileReadError);
    expect((err as FileReadError).fileCode).toBe('TYPE_MISMATCH');
  });
});
