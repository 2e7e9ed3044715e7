import { printedWeekdays } from './date-formats.js';
import type { DatedRange, DateMention } from './date-mention.js';
import { shiftYear } from './future-year.js';

/**
 * A year-less date printed with its weekday ("on Tuesday 13 March"): when the year read from the report's
 * context puts another weekday on that day and the next (or the previous) year puts the printed one, the
 * weekday says which year is meant ("the next annual meeting … on Tuesday 13 March" in a report of March
 * of a year when 13 March is a Monday). A printed year is never changed here; that is only flagged.
 */
export function weekdayYear(m: DateMention, r: DatedRange): DatedRange {
  if (!r.yearSupplied || m.yearFromNeighbour) return r;
  const printed = printedWeekdays(m.text).start;
  if (printed === undefined || weekday(r.start) === printed) return r;
  const years = [1, -1].find((y) => weekday(shiftYear(r.start, y)) === printed);
  if (years === undefined) return r;
  return { ...r, start: shiftYear(r.start, years), ...(r.end ? { end: shiftYear(r.end, years) } : {}) };
}

function weekday(iso: string): number {
  return new Date(`${iso}T12:00:00Z`).getUTCDay();
}
