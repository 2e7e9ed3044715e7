import type { When } from '../../calendar/schema.js';
import type { DateMention } from './dates.js';

/**
 * What a report mentions as background rather than as calendar: past meetings ("WTDC-22", "WTSA-24, held
 * in New Delhi", "adopted at WTDC-98 in Valletta") and dates that were replaced ("initially planned for
 * 15 March, will now take place on 19 April"). A report's own time is the meeting it reports on (or its
 * date): a named event of an earlier year is history.
 */

/**
 * "WTDC-98", "PP-22", "Council 24": two-digit years in names. ITU names of the last century end in 6x–9x
 * (WTDC-94, PP-98, WRC-97); this century's reach at most the 2060s, far past any report read today.
 */
export function twoDigitYear(yy: string | number): number {
  const n = Number(yy);
  return n > TWO_DIGIT_PIVOT ? 1900 + n : 2000 + n;
}
const TWO_DIGIT_PIVOT = 60;

/**
 * An event to be announced whose year is before the period the report covers (the year of the first meeting
 * it reports on, "since Council 24", else its own date): history, not a proposal ("the outcomes of WTDC-25,
 * held in November 2025" read in the report of a February 2026 forum). Events of the period itself stay:
 * a report of two meetings lists what happened between them.
 */
export function pastUndated(when: When, periodStartYear: number | undefined): boolean {
  if (when.type !== 'tba' || !when.approx || periodStartYear === undefined) return false;
  return Number(when.approx.slice(0, 4)) < periodStartYear;
}

const FIRST_PLANNED =
  /\b(?:initially|originally|previously|first|earlier)\s+(?:planned|scheduled|announced|foreseen|set|expected)(?:\s+(?:for|on|to take place on))?\s*$/i;
const NOW = /\b(?:will\s+now|now\s+(?:to\s+)?(?:take|be)|instead|has\s+been\s+(?:moved|changed)|new\s+date)\b/i;

/**
 * "The drill, initially planned for 15 March 2026, will now take place on 19 April 2026": the first date is
 * the old one of a reschedule (kept in the item's history), not an item of its own.
 */
export function supersededBy(text: string, m: DateMention, next: DateMention | undefined): boolean {
  if (!next) return false;
  return FIRST_PLANNED.test(text.slice(Math.max(0, m.index - 50), m.index)) && NOW.test(text.slice(m.endIndex, next.index));
}
