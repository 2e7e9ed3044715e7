import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/intake/report/dates.js';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { numberOfLine } from '../../../src/intake/report/numbering.js';

// General faults found in round 11 (from holdout-7's misses); every sentence here is new.

const lines = (...l: string[]) => l.join('\n');
const report = (...body: string[]) =>
  lines(
    'Baltic Ferry Safety Forum',
    'REPORT OF THE FIFTH MEETING',
    '(Tallinn, 14–15 March 2037)',
    '1.\tThe fifth meeting was held in Tallinn on 14–15 March 2037.',
    ...body,
  );
const draftOf = (text: string) => draftFromText(text, { document: 'test' }).items;
const draft = (...body: string[]) => draftOf(report(...body)).filter((i) => i.source.paragraph !== '1');
type W = { type: string; start?: string; end?: string; tz?: string };
const whenOf = (w?: W) => (w?.type === 'date' || w?.type === 'datetime' ? [w.start, w.end].filter(Boolean).join('..') + (w.tz ? ` ${w.tz}` : '') : w?.type);

describe('round 11: preambular and operative paragraph labels', () => {
  it('"PP 2." and "OP 9" are paragraph numbers, cited with their label', () => {
    expect(numberOfLine('OP 9. Delegations asked for a shorter text.')).toMatchObject({ number: 'OP 9', family: 'labelled' });
    const items = draftOf(
      lines(
        'Draft resolution on coastal shipping: summary of the second informal reading',
        'Geneva, 3 April 2037',
        'PP 2. Delegations recalled the Ferry Safety Day.',
        'PP 6. No comments were made.',
        'OP 1. The Maritime Safety Forum 2037 will be held in Riga from 7 to 9 October 2037.',
        'OP 9. Delegations asked for a shorter text.',
      ),
    );
    expect(items.map((i) => [i.source.paragraph, whenOf(i.when)])).toEqual([['OP 1', '2037-10-07..2037-10-09']]);
  });
});

describe('round 11: hours', () => {
  it('one stretch of hours printed after two dates is each date’s', () => {
    const ms = findDates('The drafting sessions take place on Monday 6 April and Tuesday 7 April 2037, 2-5 p.m. EDT, online.');
    expect(ms.map((m) => [m.start.day, m.startTime, m.endTime, m.zone])).toEqual([
      [6, '14:00', '17:00', 'America/New_York'],
      [7, '14:00', '17:00', 'America/New_York'],
    ]);
  });
  it('hours printed before the second date stay with it', () => {
    const ms = findDates('Comments open on 6 April and close by 1400 hours CET on 20 April 2037.');
    expect(ms.map((m) => [m.start.day, m.startTime ?? null])).toEqual([
      [6, null],
      [20, '14:00'],
    ]);
  });
  it('a zone after an hour without minutes ("5 p.m. EST on …") is the time’s', () => {
    const [m] = findDates('Replies are due by 5 p.m. EST on Thursday 12 November 2037.');
    expect([m?.startTime, m?.zone]).toEqual(['17:00', 'America/New_York']);
  });
});

describe('round 11: procedures that end', () => {
  it('"the written procedure will end at … on …" is a deadline', () => {
    const items = draft('2.\tThe written procedure on the revised guidelines will end at noon UTC on Monday 20 April 2037.');
    expect(items.map((i) => i.kind)).toEqual(['deadline']);
  });
});

describe('round 11: events at the edge of another event', () => {
  const rel = (w?: { type: string; offsetDays?: number; bound?: string; fromEnd?: boolean }) =>
    w?.type === 'relative' ? `${w.offsetDays}d ${w.bound}${w.fromEnd ? ' from end' : ''}` : w?.type;
  it.each([
    { s: 'A briefing of new delegates will be held immediately before the Baltic Maritime Summit 2037.', when: '-1d on' },
    { s: 'The port authorities will hold a round table on the first day of the Baltic Maritime Summit 2037.', when: '0d on' },
    { s: 'A closing reception will take place on the last day of the Baltic Maritime Summit 2037.', when: '2d on' }, // the Summit's last day, counted from its first once it is dated,
  ])('$s', ({ s, when }) => {
    const items = draft('2.\tThe Baltic Maritime Summit 2037 will be held in Riga from 7 to 9 October 2037.', `3.\t${s}`);
    expect(items.filter((i) => i.source.paragraph === '3').map((i) => [i.kind, rel(i.when as never)])).toEqual([['event', when]]);
  });
});

describe('round 11: "before it"', () => {
  it('"due three weeks before it" hangs on the meeting just named', () => {
    const items = draft(
      '2.\tThe sixth meeting will be held in Gdansk on 20 and 21 September 2037.',
      '3.\tPapers for the sixth meeting are due three weeks before it.',
    );
    const due = items.find((i) => i.source.paragraph === '3');
    expect(due?.when).toMatchObject({ type: 'relative', offsetDays: -21, bound: 'by' });
  });
});
