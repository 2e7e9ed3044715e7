import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { detectNumbering } from '../../../src/intake/report/numbering.js';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';

// The numbering scheme is found from the lines' prefixes and their sequence; every line here is made up.

const ids = (text: string) =>
  parseParagraphs(text)
    .paragraphs.filter((p) => !p.unnumbered)
    .map((p) => p.number);
const cited = (text: string) =>
  draftFromText(text, { document: 't' }).items.map((i) => [i.kind, i.source.paragraph, i.when.type === 'date' ? i.when.start : i.when.type]);

describe('lettered numbering: "A. HEADING" then "A.1", "A.2", "B.1"', () => {
  it('reads letter headings and their paragraphs', () => {
    const text = [
      'Report of the expert meeting',
      'A. OPENING',
      'A.1 The meeting was opened by the Chair.',
      'A.2 The agenda was adopted.',
      'B. FUTURE WORK',
      'B.1 The experts will meet again in Nairobi on 14 and 15 March 2029.',
      'B.2 Comments on the draft are due by 2 February 2029.',
    ].join('\n');
    expect(ids(text)).toEqual(['A', 'A.1', 'A.2', 'B', 'B.1', 'B.2']);
    expect(cited(text)).toEqual(
      expect.arrayContaining([
        ['event', 'B.1', '2029-03-14'],
        ['deadline', 'B.2', '2029-02-02'],
      ]),
    );
  });

  it('without headings, and with a tab after the number', () => {
    const text = 'Note of the call\nC.1\tThe group met online.\nC.2\tThe next call will take place on 8 July 2030.\nD.1\tThe call closed.';
    expect(ids(text)).toEqual(['C.1', 'C.2', 'D.1']);
    expect(cited(text)).toEqual([['event', 'C.2', '2030-07-08']]);
  });
});

describe('parenthesised numbering "(1)", "(2)"', () => {
  it('is the paragraph number, cited without brackets; lines under it belong to it', () => {
    const text = [
      'Seminar report',
      'Background',
      '(1) The seminar took place in Suva.',
      '(2) The programme had two parts:',
      'Part one: national plans',
      'Part two: regional plans',
      '(3) A follow-up webinar will be held on 3 April 2031.',
    ].join('\n');
    expect(ids(text)).toEqual(['1', '2', '3']);
    expect(cited(text)).toEqual([['event', '3', '2031-04-03']]);
  });

  it('a "(1)" list inside a paragraph of a decimal report is a list of that paragraph', () => {
    const text = [
      'Board meeting',
      '1.\tThe Board met in Rome.',
      '2.\tThe Board agreed to:',
      '(1) publish the guide;',
      '(2) review it in 2032.',
      '3.\tThe next meeting will be held on 9 May 2031.',
    ].join('\n');
    expect(ids(text)).toEqual(['1', '2', '3']);
    expect(parseParagraphs(text).paragraphs.find((p) => p.number === '2')?.bullets).toHaveLength(2);
  });
});

describe('"Para 5" numbering', () => {
  it('cites the number without the word, and an agenda listed inside a paragraph stays in it', () => {
    const text = [
      'Group report',
      'Para 1 The Group met in Geneva.',
      'Para 2 The agenda had these items:',
      '1. Opening',
      '2. Budget',
      '3. Closing',
      'Para 3 The next meeting will take place on 5 October 2031.',
    ].join('\n');
    expect(ids(text)).toEqual(['1', '2', '3']);
    expect(parseParagraphs(text).paragraphs.find((p) => p.number === '2')?.bullets).toEqual(['Opening', 'Budget', 'Closing']);
    expect(cited(text)).toEqual([['event', '3', '2031-10-05']]);
  });

  it('"Paragraph 4." with a full stop', () => {
    expect(ids('Notes\nParagraph 1. The panel met.\nParagraph 2. It adjourned.')).toEqual(['1', '2']);
  });
});

describe('unnumbered paragraphs under numbered headings cite <heading>.<count>', () => {
  it('in a summary with "1. Heading" sections', () => {
    const text = [
      'Summary of the call',
      '1. Opening',
      'The call was opened by the co-chairs.',
      '2. Next steps',
      'The task force will hold its next call on 12 January 2032.',
      'Members are invited to send comments by 20 December 2031.',
    ].join('\n');
    expect(cited(text)).toEqual(
      expect.arrayContaining([
        ['event', '2.1', '2032-01-12'],
        ['deadline', '2.2', '2031-12-20'],
      ]),
    );
  });
});

describe('numbers that are not numbering', () => {
  it('a figure or a date at a line start that does not follow its neighbours is text', () => {
    const text = [
      'Committee report',
      '1.\tThe committee met.',
      '2.\tIt reviewed the accounts.',
      '12 Member States had sent comments.',
      '3.\tThe next session opens on 4 June 2031.',
    ].join('\n');
    expect(ids(text)).toEqual(['1', '2', '3']);
  });

  it('a report without numbering keeps its lines as they are, even when one starts with a figure', () => {
    const lines = ['Informal note', 'The group met online.', '14 Members joined the call.', 'The next call is on 6 March 2030.'];
    expect(detectNumbering(lines).size).toBe(0);
  });

  it('"3 May 2027 …" and "2026 budget …" at a line start are not numbers', () => {
    const lines = ['Notes', '3 May 2027 was the date of the first call.', '2026 budget lines were approved.'];
    expect(detectNumbering(lines).size).toBe(0);
  });

  it('a capital followed by a full stop is a letter heading only when it reads as a title', () => {
    const lines = ['Notes', 'A. Smith opened the meeting and thanked the hosts for their support.', 'B. Jones closed it.'];
    expect(detectNumbering(lines).size).toBe(0);
  });

  it('a run of bracketed numbers that jumps about is not numbering', () => {
    const lines = ['Notes', '(7) Seven items were raised.', '(42) A figure.', '(3) Another.'];
    expect(detectNumbering(lines).size).toBe(0);
  });
});

describe('annexes', () => {
  it('an annex after the last paragraph adds nothing to it (programme, list of documents)', () => {
    const text = [
      'Workshop report',
      '1. The workshop took place from 3 to 5 March 2031.',
      '2. The next workshop will be held on 9 September 2031.',
      'Annex 1 - Programme',
      '03/03/2031 09:00-12:00 Opening session',
      '04/03/2031 14:00-17:00 Session 2',
      'ANNEX II: Documents',
      'WS/3 Summary (version of 1 February 2031)',
    ].join('\n');
    const doc = parseParagraphs(text);
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      'The workshop took place from 3 to 5 March 2031.',
      'The next workshop will be held on 9 September 2031.',
    ]);
  });

  it('a sentence that mentions an annex is text of its paragraph', () => {
    const text = ['Report', '1. The meeting took place.', 'Annex 1 to this report lists the participants.', '2. It closed.'].join('\n');
    expect(parseParagraphs(text).paragraphs.map((p) => p.number)).toEqual(['1', '1', '2']);
  });
});

describe('a paragraph with children', () => {
  it('is a heading when it reads as a title, and a paragraph when it is a dated sentence', () => {
    const text = [
      'Preparatory meeting report',
      '1\tArrangements',
      '1.1\tThe Assembly will be held in Lima from 4 to 15 October 2032.',
      '1.1.1\tThe host presented the venue.',
      '1.2\tOther matters',
      '1.2.1\tNone were raised.',
    ].join('\n');
    const heads = parseParagraphs(text).paragraphs.map((p) => [p.number, p.heading]);
    expect(heads).toEqual([
      ['1', true],
      ['1.1', false],
      ['1.1.1', false],
      ['1.2', true],
      ['1.2.1', false],
    ]);
    expect(cited(text)).toEqual([['event', '1.1', '2032-10-04']]);
  });
});

describe('roman sub-items', () => {
  it('"i.", "ii." under a numbered paragraph are its bullets', () => {
    const text = ['Council note', '1.1\tThe Council decided:', 'i.\tto publish the plan by 2 May 2031;', 'ii.\tto review it in 2032.', '1.2\tIt closed.'].join(
      '\n',
    );
    const p = parseParagraphs(text).paragraphs.find((x) => x.number === '1.1');
    expect(p?.bullets).toEqual(['to publish the plan by 2 May 2031;', 'to review it in 2032.']);
    expect(cited(text)).toEqual([['deadline', '1.1', '2031-05-02']]);
  });
});

describe('extracts', () => {
  it('numbers with gaps that keep rising are still the numbering', () => {
    const text = ['Extract of the report', '8.\tThe group met.', '15.\tIt agreed a plan.', '22.\tThe next meeting is on 3 March 2031.'].join('\n');
    expect(ids(text)).toEqual(['8', '15', '22']);
    expect(cited(text)).toEqual([['event', '22', '2031-03-03']]);
  });

  it('figures that fall and rise at random are not', () => {
    expect(detectNumbering(['Notes', '40 Members spoke.', '12 Observers joined.', '25 Papers came in.']).size).toBe(0);
  });
});

describe('figures opening sentences', () => {
  it('rising by chance are not numbering', () => {
    expect(detectNumbering(['Notes', '3 Member States spoke.', '9 Observers joined.', '14 Papers came in.']).size).toBe(0);
  });
});

describe('strays', () => {
  it('a stray right after a stray is judged against the last real number', () => {
    const lines = ['Notes', '1.\tThe group met.', '2.\tIt agreed.', '9 Delegates spoke.', '3.\tIt noted.', '4.\tIt closed.', '5.\tEnd.'];
    expect([...detectNumbering(lines).values()].map((n) => n.number)).toEqual(['1', '2', '3', '4', '5']);
  });
});
