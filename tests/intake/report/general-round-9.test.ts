import { describe, expect, it } from 'vitest';
import { type DayParts, findDates } from '../../../src/intake/report/dates.js';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';

// General faults found in round 9 (from holdout-5's misses); every sentence here is new.

const lines = (...l: string[]) => l.join('\n');

describe('round 9: paragraph numbers', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'the text under "Decision 7/2 – title" cites 7/2, its (a) items are bullets',
      text: lines(
        'A\tOPENING',
        '1.\tThe seventh meeting of the River Basin Board was held in Lyon on 4 May 2033.',
        'B\tDECISIONS',
        'Decision 7/1 – Budget',
        'The Board approved the budget for 2034.',
        'Resolution 7/2 – Calendar',
        'The Board decided:',
        '(a)\tto meet again on 9 October 2033;',
        '(b)\tto invite comments by 1 August 2033.',
      ),
      expected: ['A', '1', 'B', '7/1', '7/1', '7/2', '7/2'],
    },
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    expect(parseParagraphs(text).paragraphs.map((p) => p.number)).toEqual(expected);
  });
});

const day = (d?: DayParts) => (d ? [d.year, d.month, d.day].filter((v) => v !== undefined).join('-') : undefined);

describe('round 9: date forms', () => {
  it.each([
    { s: 'The forum meets in Riga on 11–13.06.2034.', start: '2034-6-11', end: '2034-6-13' },
    { s: 'The school runs from 28.09.2034 to 02.10.2034 in Graz.', start: '2034-9-28', end: '2034-10-2' },
    { s: 'The forum meets in Riga on 03.07.2034.', start: '2034-7-3' },
    { s: 'Nominations are accepted until 22.02.', start: '2-22' },
    { s: 'The hearing is planned for 2035-01-14/2035-01-16.', start: '2035-1-14', end: '2035-1-16' },
    { s: 'The assembly sits from the eleventh to the thirteenth of March 2035.', start: '2035-3-11', end: '2035-3-13' },
    { s: 'A briefing on the twenty-first of June 2035.', start: '2035-6-21' },
    { s: 'Training from Tuesday 6 to Friday 16 November 2035 in Quito.', start: '2035-11-6', end: '2035-11-16' },
    { s: 'Drafting takes place in the week of 9 May 2035.', start: '2035-5-7', end: '2035-5-11' },
    { s: 'Replies are requested by the end of September 2035.', start: '2035-9-30' },
  ])('$s', ({ s, start, end }) => {
    const [m] = findDates(s);
    expect([day(m?.start), day(m?.end)]).toEqual([start, end]);
  });

  it('a time of day printed with dots is no date: "from 10.30 to 12.00"', () => {
    expect(findDates('A call from 10.30 to 12.00 on 5 May 2035.').map((m) => [day(m.start), m.startTime])).toEqual([['2035-5-5', '10:30']]);
  });
});
