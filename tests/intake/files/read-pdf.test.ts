import { describe, expect, it } from 'vitest';
import { readReportText } from '../../../src/intake/files/read-report.js';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';
import { makePdf, WORD_LIKE } from './make-pdf.js';

/** What a PDF saved from Word carries besides the text, and what the reader must give back: the text as written. */
const read = async (paragraphs: string[], opts: Parameters<typeof makePdf>[1]) => readReportText(makePdf(paragraphs, opts), 'report.pdf');
const numbers = (text: string) => parseParagraphs(text).paragraphs.map((p) => p.number);

const filler = (n: number, words = 'the group discussed the roadmap and the related documents at length') => Array.from({ length: n }, () => words).join(', ');

describe('readPdf: a report laid out as Word saves it', () => {
  it('drops a running header and a footer with the page number ("CWG-WSIS&SDG-43/5 – page 3"), none on page 1', async () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `${Math.floor(i / 6) + 1}.${(i % 6) + 1}\tParagraph ${i + 1}: ${filler(1)}.`);
    const r = await read(paragraphs, { ...WORD_LIKE, linesPerPage: 12 });
    expect(r.pages).toBeGreaterThanOrEqual(5);
    expect(r.text.split('\n')).toEqual(paragraphs);
    expect(r.text).not.toMatch(/page \d|43\/5/);
    // Page 1 has no header or footer: the rest have one of each.
    expect(r.warnings).toContainEqual({ code: 'PDF_HEADERS_REMOVED', data: { lines: 2 * (r.pages! - 1) } });
  });

  it('drops "Page 3 of 9" and bare page numbers that run with the pages, keeps paragraph numbers opening each page', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `${i + 1}.1\tItem ${i + 1} was noted.`);
    const r = await read(paragraphs, { footer: 'Page {page} of 9', pageNumbers: true, linesPerPage: 10 });
    expect(r.text.split('\n')).toEqual(paragraphs);
  });

  it('a paragraph broken across a page, mid-sentence and after a full stop, is one paragraph again', async () => {
    const long = `6.7.3\tThe group was requested to submit comments by 16 October 2024. ${filler(3)}. The Draft Report will be presented at the 42nd meeting. ${filler(3)}.`;
    const paragraphs = ['6.7.1\tThe secretariat presented the draft outline.', long, '6.7.4\tThe group noted the report.'];
    // Every page break of the long paragraph falls somewhere inside it; each must rejoin.
    for (const linesPerPage of [4, 5, 6, 7]) {
      const r = await read(paragraphs, { ...WORD_LIKE, linesPerPage });
      expect(r.text.split('\n'), `${linesPerPage} lines a page`).toEqual(paragraphs);
    }
  });

  it('keeps the tab after a paragraph number wider than the indent, text starting in lower case ("6.6.3.1 a side event")', async () => {
    const paragraphs = [
      '6.6.3\tThe Chair presented the efforts, which include:',
      '6.6.3.1\ta side event at the IGF 2024; and',
      '6.6.3.2\ta presentation at the 42nd meeting.',
    ];
    const r = await read(paragraphs, WORD_LIKE);
    expect(r.text.split('\n')).toEqual(paragraphs);
    expect(numbers(r.text)).toEqual(['6.6.3', '6.6.3.1', '6.6.3.2']);
  });

  it('joins a paragraph number printed on its own line to the text below it, also across a page break', async () => {
    const paragraphs = [
      '1\tIntroduction',
      `1.1\t${filler(2)}.`,
      '1.2\tThe group noted the documents.',
      '2\tDeadlines',
      '2.1\tComments are due by 4 March 2025.',
    ];
    for (const paragraphGap of [true, false]) {
      for (const linesPerPage of [3, 4, 56]) {
        const r = await read(paragraphs, { ...WORD_LIKE, numberOnOwnLine: true, paragraphGap, linesPerPage });
        expect(r.text.split('\n'), `gap ${paragraphGap}, ${linesPerPage} lines a page`).toEqual(paragraphs);
      }
    }
  });

  it('a wrapped sentence ending in a number ("… document" / "10.") is not taken for a paragraph number', async () => {
    const paragraphs = ['5.3.9\tThe group expressed appreciation for the work, as outlined in the annex document 10.', '5.4\tOutcomes of the HLPF'];
    // 82 characters a line: "10." is all that is left for the second line of the first paragraph.
    const r = await read(paragraphs, { ...WORD_LIKE, charsPerLine: 80 });
    expect(r.text.split('\n')).toEqual(paragraphs);
  });

  it('rejoins words hyphenated at a line end, keeps compounds and codes broken after their hyphen', async () => {
    const paragraphs = [
      '1.1\tThe implementation plan was presented by the secretariat and the group welcomed the implementation report.',
      '1.2\tSee the follow-up actions agreed in the follow-up session of the documentation group.',
      '1.3\tThe contribution in Document CWG-WSIS&SDG-43/5 was presented for consideration by the group.',
      '1.4\tThe annual events will take place during the week of 7-11 July 2025 in Geneva, Switzerland.',
    ];
    for (const charsPerLine of [24, 28, 33, 37, 41]) {
      const r = await read(paragraphs, { ...WORD_LIKE, charsPerLine });
      expect(r.text.split('\n'), `${charsPerLine} characters a line`).toEqual(paragraphs);
    }
  });

  it('reads superscript ordinals ("41st" with a raised "st") as one word on their line', async () => {
    const paragraphs = ['3.1\tAt the 41st and 42nd meetings the group met on 3 October 2024.', '3.2\tThe 43rd meeting is next.'];
    const r = await read(paragraphs, WORD_LIKE);
    expect(r.text.split('\n')).toEqual(paragraphs);
  });

  it('an indented paragraph under a numbered one keeps its indent (a tab), so it continues that paragraph', async () => {
    const paragraphs = ['3.6.9\tThe group agreed on the plan.', '\tSome members supported the proposal.', '3.6.10\tThe group closed the item.'];
    const r = await read(paragraphs, WORD_LIKE);
    expect(r.text.split('\n')).toEqual(paragraphs);
    expect(parseParagraphs(r.text).paragraphs[0]!.text).toBe('The group agreed on the plan. Some members supported the proposal.');
  });
});
