import { addDaysIso, daysBetweenIso } from '../../calendar/time.js';
import type { DateMention } from './dates.js';
import type { YearSlip } from './future-year.js';

/**
 * A report is dated shortly after the meeting it reports on. When that meeting is printed a year (or more)
 * before the document's own date, yet the same day and month in the document's year fall just before it
 * ("held … on 9 and 10 February 2025" in a document dated 13 February 2026), the printed year is the slip:
 * the day and month are kept and the year is moved to the document's, with the printed words flagged.
 */
const REPORTED_WITHIN_DAYS = 120;

export function reportedMeetingSlip(m: DateMention, start: string, end: string | undefined, documentDate: string | undefined): YearSlip | undefined {
  if (!documentDate || m.start.year === undefined || daysBetweenIso(start, documentDate) <= 300) return undefined;
  for (const year of [Number(documentDate.slice(0, 4)), Number(documentDate.slice(0, 4)) - 1]) {
    const years = year - Number(start.slice(0, 4));
    const moved = `${year}${start.slice(4)}`;
    const movedEnd = end ? `${Number(end.slice(0, 4)) + years}${end.slice(4)}` : undefined;
    const gap = daysBetweenIso(movedEnd ?? moved, documentDate);
    if (gap < 0 || gap > REPORTED_WITHIN_DAYS || addDaysIso(moved, 0) !== moved) continue;
    return {
      start: moved,
      ...(movedEnd ? { end: movedEnd } : {}),
      flag: {
        printed: m.text,
        interpretation: `${moved}${movedEnd ? `..${movedEnd}` : ''} (year corrected to ${year}; day and month kept as printed)`,
        reason: `The report is dated ${documentDate}, shortly after the meeting it reports on; ${start.slice(0, 4)} cannot be that meeting's year.`,
      },
    };
  }
  return undefined;
}
