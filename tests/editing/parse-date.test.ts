import { describe, expect, it } from 'vitest';
import { farDateWarning, parseDate } from '../../src/editing/parse-date.js';
import { WhenSchema } from '../../src/calendar/when-schema.js';
import { describeDateProblem } from '../../src/i18n/form-errors.js';
import { messagesFor } from '../../src/i18n/index.js';
import { DateParseError } from '../../src/errors.js';

const ACCEPTED: Array<[string, unknown]> = [
  ['2025-03-04', { type: 'date', start: '2025-03-04' }],
  ['4 March 2025', { type: 'date', start: '2025-03-04' }],
  ['4 Mar 2025', { type: 'date', start: '2025-03-04' }],
  ['4 mar. 2025', { type: 'date', start: '2025-03-04' }],
  ['March 4, 2025', { type: 'date', start: '2025-03-04' }],
  ['4th March 2025', { type: 'date', start: '2025-03-04' }],
  ['2025-06-04..2025-06-05', { type: 'date', start: '2025-06-04', end: '2025-06-05' }],
  ['4 June 2025..5 June 2025', { type: 'date', start: '2025-06-04', end: '2025-06-05' }],
  ['4-5 June 2025', { type: 'date', start: '2025-06-04', end: '2025-06-05' }],
  ['23–27 June 2025', { type: 'date', start: '2025-06-23', end: '2025-06-27' }],
  ['23 — 27 June 2025', { type: 'date', start: '2025-06-23', end: '2025-06-27' }],
  ['30 June - 2 July 2025', { type: 'date', start: '2025-06-30', end: '2025-07-02' }],
  ['June 4-5, 2025', { type: 'date', start: '2025-06-04', end: '2025-06-05' }],
  ['2024-02-29', { type: 'date', start: '2024-02-29' }],
  ['7 July 2025 13:30-14:30 Europe/Zurich', { type: 'datetime', start: '2025-07-07T13:30', end: '2025-07-07T14:30', tz: 'Europe/Zurich' }],
  ['7 July 2025 13:30–14:30 CET', { type: 'datetime', start: '2025-07-07T13:30', end: '2025-07-07T14:30', tz: 'Europe/Zurich' }],
  ['7 July 2025 9:00 America/New_York', { type: 'datetime', start: '2025-07-07T09:00', tz: 'America/New_York' }],
  ['2025-07-07T13:30', { type: 'datetime', start: '2025-07-07T13:30', tz: 'Europe/Zurich' }],
  ['2025-07-07 13:30-14:30 UTC', { type: 'datetime', start: '2025-07-07T13:30', end: '2025-07-07T14:30', tz: 'UTC' }],
  ['tba', { type: 'tba' }],
  ['TBA 2025', { type: 'tba', approx: '2025' }],
  ['tba 2025-07', { type: 'tba', approx: '2025-07' }],
  ['21 days before cwg-42', { type: 'relative', anchor: 'cwg-42', offsetDays: -21, bound: 'by' }],
  ['3 weeks prior to cwg-42', { type: 'relative', anchor: 'cwg-42', offsetDays: -21, bound: 'by' }],
  ['2 days after cstd-28', { type: 'relative', anchor: 'cstd-28', offsetDays: 2, bound: 'by' }],
];

const REFUSED: Array<[string, RegExp]> = [
  ['2025-02-30', /not a real calendar date/],
  ['31 April 2025', /not a real calendar date/],
  ['29 February 2025', /not a real calendar date/],
  ['2025-13-01', /not a real calendar date/],
  ['03/04/2025', /ambiguous/],
  ['3/4/25', /ambiguous/],
  ['03.04.2025', /ambiguous/],
  ['03-04-2025', /ambiguous/],
  ['4 March', /no year/],
  ['4 Marchember 2025', /not a month/],
  ['2025-06-05..2025-06-04', /ends before it starts \(2025-06-05 → 2025-06-04\)/],
  ['27–23 June 2025', /ends before it starts/],
  ['7 July 2025 25:00', /not a time of day/],
  ['7 July 2025 14:30-13:30 Europe/Zurich', /not after the start time/],
  ['7 July 2025 13:30 Mars/Olympus', /not a time zone/],
  ['4-5 June 2025 10:00-11:00', /single day/],
  ['next tuesday', /cannot read/],
  ['', /no date given/],
  ['9'.repeat(200), /too long/],
];

describe('parseDate: the date forms people write', () => {
  for (const [text, when] of ACCEPTED) {
    it(`reads "${text}"`, () => {
      const parsed = parseDate(text);
      expect(parsed).toEqual(when);
      expect(WhenSchema.safeParse(parsed).success).toBe(true);
    });
  }
  for (const [text, message] of REFUSED) {
    it(`refuses "${text.slice(0, 30)}" and shows an accepted form`, () => {
      let error: unknown;
      try {
        parseDate(text);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(DateParseError);
      expect(describeDateProblem(error as DateParseError, messagesFor('en'))).toMatch(message);
      expect((error as DateParseError).example).toMatch(/\d{4}/);
    });
  }
});

describe('farDateWarning', () => {
  it('asks about dates more than a year back or three years ahead, not about near ones', () => {
    expect(farDateWarning(parseDate('2023-12-01'), '2025-01-15')).toEqual({ problem: 'farPast', day: '2023-12-01' });
    expect(farDateWarning(parseDate('2028-03-01'), '2025-01-15')).toEqual({ problem: 'farAhead', day: '2028-03-01' });
    expect(farDateWarning(parseDate('2024-03-01'), '2025-01-15')).toBeUndefined();
    expect(farDateWarning(parseDate('2027-12-01'), '2025-01-15')).toBeUndefined();
    expect(farDateWarning(parseDate('tba 2030'), '2025-01-15')).toBeUndefined();
  });
});
