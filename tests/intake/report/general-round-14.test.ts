import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';

// General faults found in round 14 (from holdout-11's misses); every sentence here is new.

const lines = (...l: string[]) => l.join('\n');
const draftOf = (text: string) => draftFromText(text, { document: 'test' }).items;
type W = { type: string; start?: string; end?: string; tz?: string; status?: string };
const whenOf = (w?: W) => (w?.type === 'date' || w?.type === 'datetime' ? [w.start, w.end].filter(Boolean).join('..') + (w.tz ? ` ${w.tz}` : '') : w?.type);

describe('round 14: agenda-item headings with lettered paragraphs', () => {
  const text = lines(
    'Pacific Islands Spectrum Forum',
    'Report of the Chair',
    'Document PISF-29/12, 3 April 2029',
    '',
    'Item 1 - Opening of the meeting',
    '',
    '(a) The Forum met in Suva from 19 to 21 March 2029.',
    '',
    '(b) It was chaired by Ms Lena Tui (Samoa).',
    '',
    'Item 2 - Future work',
    '',
    '(a) Delegations may send comments on the draft work plan by 30 May 2029.',
    '',
    '(b) The next Forum will be held in Apia from 8 to 10 October 2029.',
  );

  it('cites each lettered paragraph with its agenda item, as printed: "2(a)", not a line count', () => {
    const numbers = parseParagraphs(text).paragraphs.map((p) => p.number);
    expect(numbers).toEqual(['1', '1(a)', '1(b)', '2', '2(a)', '2(b)']);
    expect(draftOf(text).map((i) => [i.source.paragraph, whenOf(i.when)])).toEqual([
      ['1(a)', '2029-03-19..2029-03-21'],
      ['2(a)', '2029-05-30'],
      ['2(b)', '2029-10-08..2029-10-10'],
    ]);
  });

  it('"Agenda item 3:" headings over numbered paragraphs keep the paragraphs\' own numbers', () => {
    const numbers = parseParagraphs(
      lines(
        'Committee on Budget Control',
        'Agenda item 1: Opening',
        '1.\tThe Committee met on 2 February 2029.',
        '2.\tThe agenda was adopted.',
        'Agenda item 2: Audit',
        '3.\tThe auditors will report by 15 March 2029.',
      ),
    ).paragraphs.map((p) => p.number);
    expect(numbers).toEqual(['1', '1', '2', '2', '3']);
  });

  it("a lettered list inside a numbered paragraph stays that paragraph's bullets", () => {
    const doc = parseParagraphs(
      lines(
        'Committee on Budget Control',
        '1.\tThe Committee met on 2 February 2029.',
        '2.\tThe Committee noted the following upcoming events:',
        '(a) a workshop on 4 May 2029;',
        '(b) a webinar on 9 June 2029.',
        '3.\tThe meeting closed.',
      ),
    );
    expect(doc.paragraphs.map((p) => [p.number, p.bullets.length])).toEqual([
      ['1', 0],
      ['2', 2],
      ['3', 0],
    ]);
  });
});
