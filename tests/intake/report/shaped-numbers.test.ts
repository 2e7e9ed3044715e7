import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';

// Paragraph numbers read by their shape (shaped-number.ts): styles no family of numbering.ts lists.

const lines = (...l: string[]) => l.join('\n');
const numbers = (...l: string[]) =>
  parseParagraphs(lines('Pacific Islands Telecommunications Forum', 'Summary of the meeting', ...l)).paragraphs.map((p) => p.number);

describe('paragraph numbers of any shape', () => {
  it('"2-1", "2-2", "3-1": levels joined by a hyphen', () => {
    expect(numbers('2-1 The Forum met on 4 May 2033.', '2-2 It adopted its agenda.', '3-1 The next Forum will be held on 6 May 2034.')).toEqual([
      '2-1',
      '2-2',
      '3-1',
    ]);
  });

  it('"4a", "4b", "5a" and "7.a", "7.b": a number and a small letter', () => {
    expect(numbers('4a The Forum met on 4 May 2033.', '4b It adopted its agenda.', '5a The next Forum will meet in 2034.')).toEqual(['4a', '4b', '5a']);
    expect(numbers('7.a The Forum met on 4 May 2033.', '7.b It adopted its agenda.', '7.c It closed.')).toEqual(['7.a', '7.b', '7.c']);
  });

  it('"R1", "R2" and "ii.", "iii.": a capital label and small roman numerals', () => {
    expect(numbers('R1 The Forum met on 4 May 2033.', 'R2 It adopted its agenda.', 'R3 It closed.')).toEqual(['R1', 'R2', 'R3']);
    expect(numbers('i. The Forum met on 4 May 2033.', 'ii. It adopted its agenda.', 'iii. It closed.', 'iv. The next Forum will be held in 2034.')).toEqual([
      'i',
      'ii',
      'iii',
      'iv',
    ]);
  });

  it('"Section 2 – Future work" heads the paragraphs under it', () => {
    const doc = parseParagraphs(
      lines('Forum', 'Section 1 – Opening', 'The Forum met on 4 May 2033.', 'Section 2 – Future work', 'The next Forum will be held on 6 May 2034.'),
    );
    expect(doc.paragraphs.filter((p) => p.heading).map((p) => p.number)).toEqual(['1', '2']);
  });

  it('a figure or a model opening a sentence is no number: "5G networks …", "2nd …", "2030-2031 budget"', () => {
    const doc = parseParagraphs(lines('Forum', '1. The Forum met on 4 May 2033.', '5G networks were discussed.', '2. It adopted the 2030-2031 budget.'));
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '1', '2']);
  });

  it('items cite the number as printed', () => {
    const items = draftFromText(
      lines(
        'Pacific Islands Telecommunications Forum',
        '1-1 The Forum met in Suva on 4 May 2033.',
        '1-2 Members may send comments by 20 June 2033.',
        '2-1 The next Forum will be held on 6 May 2034.',
      ),
      { document: 'test' },
    ).items;
    expect(items.map((i) => [i.source.paragraph, i.kind])).toEqual([
      ['1-1', 'event'],
      ['1-2', 'deadline'],
      ['2-1', 'event'],
    ]);
  });
});

describe('round 19: more numbering styles', () => {
  it('"¶ 3" is paragraph 3; "(2.1)" is paragraph 2.1; "4 bis." is cited "4 bis"', () => {
    expect(numbers('¶ 1 The Forum met on 4 May 2033.', '¶ 2 It adopted its agenda.', '¶ 3 It closed.')).toEqual(['1', '2', '3']);
    expect(numbers('(1) Opening', '(1.1) The Forum met on 4 May 2033.', '(1.2) It adopted its agenda.', '(2) Closing', '(2.1) It closed.')).toEqual([
      '1',
      '1.1',
      '1.2',
      '2',
      '2.1',
    ]);
    expect(numbers('3. The Forum met on 4 May 2033.', '4. It adopted its agenda.', '4 bis. Members were reminded of the survey.', '5. It closed.')).toEqual([
      '3',
      '4',
      '4 bis',
      '5',
    ]);
  });

  it('"A. The meeting was held …", "B. Participants heard …": sentences lettered in a row', () => {
    expect(
      numbers(
        'A. The facilitation meeting was held online on 4 May 2033.',
        'B. Participants heard a report on the index.',
        'C. The next meeting will be held on 6 May 2034.',
      ),
    ).toEqual(['A', 'B', 'C']);
  });
});

describe('round 19: days joined by "&", reports laid before a session', () => {
  it('"on 24 & 25 February 2037" is one stretch; "a report to be laid before Council 2037" is due at it', () => {
    const items = draftFromText(
      lines(
        'Working Group on Numbering',
        '1. The Group met on 3 May 2036.',
        '2. The next meeting of the Group will take place on 24 & 25 February 2037.',
        '3. Council 2037 will meet from 9 to 19 June 2037. The Chair will report in a report to be laid before Council 2037.',
      ),
      { document: 'test' },
    ).items;
    expect(items.find((i) => i.source.paragraph === '2')!.when).toEqual({ type: 'date', start: '2037-02-24', end: '2037-02-25' });
    const council = items.find((i) => i.title === 'Council 2037')!;
    const due = items.find((i) => i.source.paragraph === '3' && i.kind === 'deadline')!;
    expect((due.when as { anchor: string }).anchor).toBe(council.id);
  });
});

describe("round 19: zones of South-East Asia, and a region's zone with the city named", () => {
  it('"09:00–12:00 WIB" in Jakarta; "12:00–14:00 CAT (Kigali)" is Kigali\'s clock', () => {
    const items = draftFromText(
      lines(
        'Regional Group on Tariffs',
        '1. The Group met on 3 May 2033.',
        '2. A workshop will take place in Jakarta on Tuesday 15 November 2033, 09:00–12:00 WIB.',
        '3. An e-meeting will be held on Thursday 12 January 2034, 12:00–14:00 CAT (Kigali).',
      ),
      { document: 'test' },
    ).items;
    expect(items.filter((i) => i.source.paragraph !== '1').map((i) => (i.when as { tz?: string }).tz)).toEqual(['Asia/Jakarta', 'Africa/Kigali']);
  });
});
