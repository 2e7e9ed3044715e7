import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/calendar/schema.js';
import { draftFromText } from '../../../src/intake/report/draft.js';

// Whole mini-reports in styles other than ITU's own, written for this test: what a delegate would put in a calendar.

const summary = (items: Item[]) =>
  items
    .map((i) => {
      const w = i.when;
      const when =
        w.type === 'date'
          ? `${w.start}${w.end ? `..${w.end}` : ''}`
          : w.type === 'datetime'
            ? `${w.start}${w.end ? `-${w.end.slice(11)}` : ''} ${w.tz}`
            : w.type;
      return `${i.kind} §${i.source.paragraph} ${when}`;
    })
    .sort();

describe('mini-reports in other styles', () => {
  it('a summary record with roman sections, bracketed paragraphs, European numeric dates and a schedule table', () => {
    const text = [
      'Inter-Regional Forum on Emergency Telecommunications (IRF-ET)',
      'Summary record of the fourth session',
      'Lusaka, 22 April 2026',
      'I.\tINTRODUCTION',
      '[1]\tThe fourth session of the IRF-ET was held in Lusaka on 20 and 21 April 2026.',
      'II.\tDECISIONS',
      '[2]\tThe Forum asked the secretariat to circulate the draft guidelines by 15.05.2026.',
      '[3]\tComments on the draft guidelines should reach the secretariat no later than 12.06.2026.',
      '[4]\tA drafting call will take place on 2026-06-24 at 14:00 Bangkok time.',
      'III.\tFUTURE SESSIONS',
      '[5]\tThe Forum agreed on the following calendar:',
      'Session\tDates\tVenue\tDeadline for contributions',
      'Fifth session\t28 September – 1 October 2026\tManila\t31 August 2026',
      'Sixth session\tto be decided\t–\t–',
    ].join('\n');
    const d = draftFromText(text, { document: 'irf-et' });
    expect(summary(d.items)).toEqual([
      'deadline §2 2026-05-15',
      'deadline §3 2026-06-12',
      'deadline §5 2026-08-31',
      'event §1 2026-04-20..2026-04-21',
      'event §4 2026-06-24T14:00 Asia/Bangkok',
      'event §5 2026-09-28..2026-10-01',
    ]);
  });

  it('a US-style note with § paragraphs, month-first dates, a year-end range and a wrong weekday', () => {
    const text = [
      'Task Group on Rural Connectivity (TG-RC)',
      'Meeting note, November 4, 2027',
      '§ 1\tSchedule',
      '§ 1.1\tThe TG-RC will hold a workshop from December 28, 2027 to January 3, 2028 in Quito.',
      '§ 1.2\tThe next TG-RC meeting will open on Friday, 12 October 2028.',
      '§ 2\tActions',
      '§ 2.1\tThe call for case studies will remain open until March 31, 2028.',
      '§ 2.2\tMembers are requested to confirm their participation by 01/12/2028.',
    ].join('\n');
    const d = draftFromText(text, { document: 'tg-rc' });
    expect(summary(d.items)).toEqual(['deadline §2.1 2028-03-31', 'deadline §2.2 2028-01-12', 'event §1.1 2027-12-28..2028-01-03', 'event §1.2 2028-10-12']);
    const weekday = d.items.find((i) => i.source.paragraph === '1.2')!;
    expect(weekday.review.some((r) => r.printed.includes('Friday, 12 October 2028') && /Thursday/.test(r.reason))).toBe(true);
    const numeric = d.items.find((i) => i.source.paragraph === '2.2')!;
    expect(numeric.review.map((r) => r.printed)).toContain('01/12/2028');
  });
});
