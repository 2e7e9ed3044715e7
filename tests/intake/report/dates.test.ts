import { describe, expect, it } from 'vitest';
import { findDates, withYear } from '../../../src/intake/report/dates.js';
import { findRelative } from '../../../src/intake/report/relative.js';

const one = (s: string) => {
  const found = findDates(s);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('report dates (chrono-node + our refiners)', () => {
  it('gives the first of "24 January and 25 January 2018" the printed year, as one stretch of days', () => {
    const m = one('The meeting was held on 24 January and 25 January 2018 in Geneva.');
    expect(withYear(m, undefined)).toEqual({ start: '2018-01-24', end: '2018-01-25', yearSupplied: true });
  });

  it('takes the year of a later date for a list of non-consecutive days', () => {
    const [a, b] = findDates('Sessions on 3 March and 17 March 2019.');
    expect(withYear(a!, undefined)?.start).toBe('2019-03-03');
    expect(withYear(b!, undefined)?.start).toBe('2019-03-17');
  });

  it('joins "2 October (all day) to Thursday, 3 October 2024" into one range', () => {
    const m = one('The forum runs from 2 October (all day) to Thursday, 3 October 2024.');
    expect(withYear(m, undefined)).toMatchObject({ start: '2024-10-02', end: '2024-10-03' });
  });

  it('reads "0940 to 1230 hours" and "1330-1430 hours CET" (CET → Europe/Zurich)', () => {
    const a = one('held on 14 November 2023 at 0940 to 1230 hours');
    expect([a.startTime, a.endTime, a.zone]).toEqual(['09:40', '12:30', undefined]);
    const b = one('that will be held on 11 February 2024, at 1330-1430 hours CET.');
    expect([b.startTime, b.endTime, b.zone]).toEqual(['13:30', '14:30', 'Europe/Zurich']);
    expect(b.text).toBe('on 11 February 2024, at 1330-1430 hours CET');
  });

  it('reads other zones and UTC offsets', () => {
    expect(one('on 5 May 2025 at 0900-1000 hours EST').zone).toBe('America/New_York');
    expect(one('on 5 May 2025 from 09:10 to 09:20 (UTC+02:00)').zone).toBe('Etc/GMT-2');
  });

  it('reads ranges across months and across years', () => {
    expect(withYear(one('from 30 June to 2 July 2025'), undefined)).toMatchObject({ start: '2025-06-30', end: '2025-07-02' });
    expect(withYear(one('from 20 December to 3 January 2026'), undefined)).toMatchObject({ start: '2025-12-20', end: '2026-01-03' });
  });

  it('reads "the week of 7-11 July 2025"', () => {
    const m = one('during the week of 7-11 July 2025 in Geneva');
    expect(withYear(m, undefined)).toMatchObject({ start: '2025-07-07', end: '2025-07-11' });
  });

  it('never supplies a year from the clock: only from the reference it is given', () => {
    const m = one('submit comments by 4 March.');
    expect(m.lead).toBe('by');
    expect(withYear(m, undefined)).toBeUndefined();
    expect(withYear(m, '2025-02-01')).toEqual({ start: '2025-03-04', yearSupplied: true });
    // Three months or more before the meeting: the next year.
    expect(withYear(one('by 12 January'), '2025-09-15')?.start).toBe('2026-01-12');
  });

  it('does not read relative phrases as dates, and reads them with their anchor', () => {
    expect(findDates('The report is to be made available three weeks prior to the 42nd meeting.')).toEqual([]);
    const [r] = findRelative('The report is to be made available three weeks prior to the 42nd meeting of CWG-WSIS&SDG.');
    expect(r).toMatchObject({ offsetDays: -21, bound: 'by', anchor: 'the 42nd meeting of CWG-WSIS&SDG' });
    expect(findRelative('not later than four weeks before the meeting.')[0]).toMatchObject({ offsetDays: -28, anchor: 'the meeting' });
    expect(findRelative('made available in due time prior to the Council 2025.')[0]).toMatchObject({ offsetDays: -1, anchor: 'the Council 2025' });
  });

  it('reads French, Spanish and Russian ranges where chrono supports them', () => {
    expect(withYear(findDates('du 7 au 11 avril 2025', 'fr')[0]!, undefined)).toMatchObject({ start: '2025-04-07', end: '2025-04-11' });
    expect(withYear(findDates('с 7 по 11 апреля 2025 года', 'ru')[0]!, undefined)).toMatchObject({ start: '2025-04-07', end: '2025-04-11' });
  });
});
