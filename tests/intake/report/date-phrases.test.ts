import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/intake/report/dates.js';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';

// Date phrasings of reports from other bodies; every sentence here is made up for the test.

const read = (s: string, order?: 'day-first' | 'month-first') =>
  findDates(s, 'en', order).map((m) => ({ start: m.start, ...(m.end ? { end: m.end } : {}), ...(m.startTime ? { t: [m.startTime, m.endTime, m.zone] } : {}) }));

describe('ordinal days', () => {
  it.each([
    ['The board met on the 3rd and 4th of March 2031.', { start: { year: 2031, month: 3, day: 3 }, end: { year: 2031, month: 3, day: 4 } }],
    ['The fair runs from the 2nd to the 19th of October 2030.', { start: { year: 2030, month: 10, day: 2 }, end: { year: 2030, month: 10, day: 19 } }],
    ['Replies are due by 21st August 2029.', { start: { year: 2029, month: 8, day: 21 } }],
    ['Results will be out by the 1st of July 2032.', { start: { year: 2032, month: 7, day: 1 } }],
    ['Held from Tuesday 6th May to Thursday 8th May 2031.', { start: { year: 2031, month: 5, day: 6 }, end: { year: 2031, month: 5, day: 8 } }],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it('"3rd and 17th of May" are two dates, not a stretch', () => {
    expect(read('Calls on the 3rd and 17th of May 2030.')).toHaveLength(2);
  });
});

describe('month-first days without a year, and approximate months', () => {
  it('"on August 3" and "by Monday, April 12" are days; "August 2030" is a month', () => {
    expect(read('The team meets on August 3.')).toEqual([{ start: { month: 8, day: 3 } }]);
    expect(read('Send views by Monday, April 12, please.')).toEqual([{ start: { month: 4, day: 12 } }]);
    expect(read('The survey opens in August 2030.')).toEqual([{ start: { month: 8, year: 2030 } }]);
  });

  it('"mid-", "early", "late" a month give the month only; "the end of" it its last day (round 9)', () => {
    for (const s of ['The paper is due in mid-March 2031.', 'The paper is due in early March 2031.'])
      expect(read(s)).toEqual([{ start: { month: 3, year: 2031 } }]);
    expect(read('The paper is due by the end of March 2031.')).toEqual([{ start: { month: 3, day: 31, year: 2031 } }]);
  });

  it('"May 12 delegations" is not read when the month word is not a capitalised month name', () => {
    expect(read('Delegations may 12 times a year raise points.')).toEqual([]);
  });
});

describe('times', () => {
  it('"from 3 to 5 p.m. Nairobi time" on a day', () => {
    expect(read('A call on 4 May 2031, from 3 to 5 p.m. Nairobi time.')).toEqual([
      { start: { year: 2031, month: 5, day: 4 }, t: ['15:00', '17:00', 'Africa/Nairobi'] },
    ]);
  });

  it('"0930 to 1100 hrs CET"', () => {
    expect(read('A briefing on 2 June 2031 from 0930 to 1100 hrs CET.')).toEqual([
      { start: { year: 2031, month: 6, day: 2 }, t: ['09:30', '11:00', 'Europe/Zurich'] },
    ]);
  });

  it('a duration after a start time gives the end: "at 10:00 a.m. Tokyo time (UTC+9), for two hours"', () => {
    expect(read('A webinar on 8/12/2030 at 10:00 a.m. Tokyo time (UTC+9), for two hours.', 'day-first')).toEqual([
      { start: { year: 2030, month: 12, day: 8 }, t: ['10:00', '12:00', 'Asia/Tokyo'] },
    ]);
  });

  it('a time printed before its date: "by 1800 hours Geneva time on 3 April 2031"', () => {
    const [m] = findDates('Forms must arrive by 1800 hours Geneva time on 3 April 2031.');
    expect([m?.lead, m?.startTime, m?.zone, m?.start]).toEqual(['by', '18:00', 'Europe/Zurich', { year: 2031, month: 4, day: 3 }]);
  });
});

describe('in a report', () => {
  it('the document date printed month first gives the year of "by Friday, May 28"', () => {
    const text = [
      'Task Force on Open Data',
      'Summary of the second call',
      'March 2, 2031',
      '1. Next steps',
      'Members are invited to send comments by Friday, March 14.',
      'The secretariat will circulate a draft in mid-April 2031.',
    ].join('\n');
    expect(parseParagraphs(text).documentDate).toBe('2031-03-02');
    const items = draftFromText(text, { document: 'tf' }).items.map((i) => [i.kind, i.source.paragraph, i.when]);
    expect(items).toContainEqual(['deadline', '1.1', { type: 'date', start: '2031-03-14' }]);
    expect(items).toContainEqual(['deadline', '1.2', { type: 'tba', approx: '2031-04' }]);
  });

  it('"Date: 30/10/2031" in the heading is the document date', () => {
    expect(parseParagraphs('Meeting note\nDate: 30/10/2031\n(1) The panel met.\n(2) It closed.').documentDate).toBe('2031-10-30');
  });
});

describe('a call that closes', () => {
  it('"the call for papers, announced in March, will close on 9 June 2031" is a deadline', () => {
    const text = 'Board note\n1.\tThe call for papers, announced at the spring session, will close on 9 June 2031.';
    expect(draftFromText(text, { document: 'b' }).items.map((i) => [i.kind, i.when])).toEqual([['deadline', { type: 'date', start: '2031-06-09' }]]);
  });

  it('a session that closes on a day is no call', () => {
    const text = 'Board note\n1.\tThe forum will open on 2 June 2031 and the session will close on 6 June 2031.';
    expect(draftFromText(text, { document: 'b' }).items.every((i) => i.kind === 'event')).toBe(true);
  });
});
