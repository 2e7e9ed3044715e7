import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/calendar/schema.js';
import { documentDateOrder, printedWeekdays, weekdayFlag } from '../../../src/intake/report/date-formats.js';
import { findDates } from '../../../src/intake/report/dates.js';
import { draftFromText } from '../../../src/intake/report/draft.js';

// Date formats, deadline wording, printed weekdays and zones; every sentence is made up for the test.

const range = (s: string) => {
  const [m] = findDates(s);
  return [m?.start, m?.end];
};
const when = (i: Item | undefined) => i?.when;
const draft = (body: string[]) => draftFromText(['Committee on Frequency Coordination (CFC)', ...body].join('\n'), { document: 'cfc' });

describe('date formats', () => {
  it('day.month.year, ISO days and ISO ranges', () => {
    expect(range('Replies are due by 15.05.2026 at the latest.')).toEqual([{ day: 15, month: 5, year: 2026 }, undefined]);
    expect(range('The call is on 2026-06-05.')).toEqual([{ day: 5, month: 6, year: 2026 }, undefined]);
    expect(range('It meets from 2026-06-16 to 2026-06-18.')).toEqual([
      { day: 16, month: 6, year: 2026 },
      { day: 18, month: 6, year: 2026 },
    ]);
  });

  it('US month-first dates and ranges', () => {
    expect(range('Nominations close March 31, 2027.')).toEqual([{ day: 31, month: 3, year: 2027 }, undefined]);
    expect(range('The assembly runs March 30–April 2, 2027.')).toEqual([
      { day: 30, month: 3, year: 2027 },
      { day: 2, month: 4, year: 2027 },
    ]);
    expect(range('The retreat runs December 29 to January 3, 2029.')).toEqual([
      { day: 29, month: 12, year: 2028 },
      { day: 3, month: 1, year: 2029 },
    ]);
  });

  it('ranges with weekdays, without a year, across months and across a year end', () => {
    expect(range('The session runs from Monday, 3 May, to Friday, 7 May 2027.')).toEqual([
      { day: 3, month: 5, year: 2027 },
      { day: 7, month: 5, year: 2027 },
    ]);
    expect(range('The forum will be held from 30 June to 2 July in Suva.')).toEqual([
      { day: 30, month: 6 },
      { day: 2, month: 7 },
    ]);
    expect(range('The course runs 28 December 2027 – 3 January 2028.')).toEqual([
      { day: 28, month: 12, year: 2027 },
      { day: 3, month: 1, year: 2028 },
    ]);
    expect(range('The visit is on 5 and 6 May.')).toEqual([
      { day: 5, month: 5 },
      { day: 6, month: 5 },
    ]);
  });

  it('numeric dates that could be read two ways are read as the document writes dates, and flagged', () => {
    expect(documentDateOrder('The forum opens March 31, 2027 and closes April 2, 2027.')).toBe('month-first');
    expect(documentDateOrder('The forum opens on 31 March 2027.')).toBe('day-first');
    const [eu] = findDates('Replies by 04/05/2027.', 'en', 'day-first');
    expect([eu?.start, eu?.notes?.length]).toEqual([{ day: 4, month: 5, year: 2027 }, 1]);
    const [us] = findDates('Replies by 04/05/2027.', 'en', 'month-first');
    expect([us?.start, us?.notes?.[0]?.interpretation]).toEqual([{ day: 5, month: 4, year: 2027 }, expect.stringContaining('could be 4 May 2027')]);
    const [plain] = findDates('Replies by 03/31/2027.', 'en', 'day-first');
    expect([plain?.start, plain?.notes]).toEqual([{ day: 31, month: 3, year: 2027 }, undefined]);
  });
});

describe('a printed weekday that contradicts the date', () => {
  it('is found in the date words, for a start and an end', () => {
    expect(printedWeekdays('on Friday, 12 October 2028')).toEqual({ start: 5 });
    expect(printedWeekdays('from Monday, 3 May, to Friday, 7 May 2027')).toEqual({ start: 1, end: 5 });
    expect(weekdayFlag('on Thursday, 12 October 2028', '2028-10-12')).toBeUndefined();
    expect(weekdayFlag('on Friday, 12 October 2028', '2028-10-12')?.reason).toContain('2028-10-12 is a Thursday, not a Friday');
  });

  it("is flagged on the proposal with the report's words, the date kept as printed", () => {
    const d = draft(['1\tMeetings', '1.1\tThe CFC will hold its next session on Friday, 12 October 2028 in Tunis.']);
    const item = d.items.find((i) => i.kind === 'event');
    expect(when(item)).toEqual({ type: 'date', start: '2028-10-12' });
    expect(item?.review.map((r) => r.printed)).toContain('on Friday, 12 October 2028');
  });
});

describe('deadline wording', () => {
  it.each([
    'Comments should be sent by close of business on 9 April 2027.',
    'Contributions should reach the secretariat no later than 9 April 2027.',
    'The online survey on the 5th CFC meeting will remain open until 9 April 2027.',
    'The deadline for contributions to the 5th CFC meeting is 9 April 2027.',
    'Inputs are requested by 09.04.2027.',
    'Members are invited to submit their nominations on 9 April 2027 at the latest.',
    'Administrations are requested to send their updated lists on 9 April 2027.',
  ])('%s → a deadline', (sentence) => {
    const d = draft(['1\tActions', `1.1\t${sentence}`]);
    expect(d.items.map((i) => [i.kind, when(i)])).toContainEqual(['deadline', { type: 'date', start: '2027-04-09' }]);
    expect(d.items.filter((i) => i.kind === 'event' && when(i)?.type === 'date')).toEqual([]);
  });

  it('being invited to an event, or to attend, keeps the date an event', () => {
    const d = draft(['1\tEvents', '1.1\tMembers were invited to attend the Spectrum Day, held on 9 April 2027.']);
    expect(d.items.map((i) => i.kind)).toEqual(['event']);
  });
});

describe('times in zones', () => {
  it.each([
    ['A call on 4 May 2027 at 14:00 Bangkok time.', '14:00', undefined, 'Asia/Bangkok'],
    ['A call on 4 May 2027 at 11:00 Santiago time (15:00 UTC).', '11:00', undefined, 'America/Santiago'],
    ['A call on 4 May 2027 at 1400 hours Geneva time.', '14:00', undefined, 'Europe/Zurich'],
    ['A call on 4 May 2027 at 10:00 EST / 16:00 CET.', '10:00', undefined, 'America/New_York'],
    ['A call on 4 May 2027, 13:00–15:00 UTC.', '13:00', '15:00', 'UTC'],
    ['A call on 4 May 2027 at 09:00 Dar es Salaam time.', '09:00', undefined, 'Africa/Dar_es_Salaam'],
    ['A call on 4 May 2027 at 2.30 p.m. (Lima time).', '14:30', undefined, 'America/Lima'],
    ['A call on 4 May 2027 at 08:00 Beijing time.', '08:00', undefined, 'Asia/Shanghai'],
  ])('%s', (sentence, start, end, zone) => {
    const [m] = findDates(sentence);
    expect([m?.startTime, m?.endTime, m?.zone]).toEqual([start, end, zone]);
  });
});
