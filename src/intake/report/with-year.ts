import { daysBetweenIso } from '../../calendar/time.js';
import { isValidIsoDate } from '../../calendar/validate.js';
import type { DatedRange, DateMention } from './date-mention.js';
import { weekdayYear } from './weekday-year.js';

/**
 * The ISO dates of a day-precision mention, supplying a missing year from `reference` (an ISO date from the
 * document's context): the year that puts the date nearest after the reference, allowing it to lie up to
 * `lookBackDays` before (a report speaks mostly of what comes after the meeting it reports on).
 */
export function withYear(m: DateMention, reference: string | undefined, lookBackDays = 90): DatedRange | undefined {
  if (m.start.day === undefined) return undefined;
  let year = m.start.year;
  let supplied = m.yearFromNeighbour;
  if (year === undefined) {
    if (!reference) return undefined;
    supplied = true;
    year = Number(reference.slice(0, 4));
    const candidate = iso(year, m.start.month, m.start.day);
    if (candidate && daysBetweenIso(reference, candidate) < -lookBackDays) year += 1;
    else if (candidate && daysBetweenIso(reference, candidate) > 365 - lookBackDays) year -= 1;
  }
  const start = iso(year, m.start.month, m.start.day);
  if (!start) return undefined;
  let end: string | undefined;
  if (m.end && m.end.day !== undefined) {
    const endYear = m.end.year ?? (m.end.month < m.start.month ? year + 1 : year);
    end = iso(endYear, m.end.month ?? m.start.month, m.end.day);
    if (end && end < start) end = undefined;
  }
  // "on Tuesday 13 March": a printed weekday chooses between the supplied year and its neighbours.
  return weekdayYear(m, { start, ...(end && end !== start ? { end } : {}), yearSupplied: supplied });
}

function iso(y: number, m: number, d: number): string | undefined {
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isValidIsoDate(s) ? s : undefined;
}

/** "YYYY-MM" for a month-precision mention ("in June 2024"), when its year is printed. */
export function monthOf(m: DateMention): string | undefined {
  if (m.start.day !== undefined || m.start.year === undefined) return undefined;
  return `${m.start.year}-${String(m.start.month).padStart(2, '0')}`;
}
