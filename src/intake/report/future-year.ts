import type { ReviewFlag } from '../../calendar/schema.js';
import { daysBetweenIso } from '../../calendar/time.js';

/**
 * A year slip in a date the report announces as still to come: "the next meeting will take place on
 * 6-9 November 2027" in a report of September 2028, "postponed to 15-17 March 2027" in one of November 2027,
 * "the 52nd meeting … from 30 June to 8 July 2026" after the 51st of February 2027. What is planned cannot
 * lie months before the report's own time, so the day and month are kept and the year moved to the first
 * one that puts the date on or after that time (at most two years on), flagged for review.
 */

/** Words in the date's own clause that plan it ("would be held": a summary record's reported speech). */
const TO_COME =
  /\b(?:will|shall|would (?:be held|take place|run|meet)|is to|are to|to be (?:held|organi[sz]ed|convened|hosted|published|circulated|submitted)|(?:is|are) (?:planned|scheduled|expected|foreseen|invited|requested|encouraged)|planned|scheduled for|upcoming|forthcoming|postponed|rescheduled|moved to|(?:is|are) open until|(?:requests?|asks?|invites?)\s+[^,;]{1,80}?\s+to\s+(?:convene|hold|organi[sz]e|host))\b/i;
/** Words just before the date that make it an old one (the first date of a reschedule, a meeting already held). */
const NOT_TO_COME = /\b(?:originally|initially|previously|first|earlier|had been|was|were|took place|met|convened|recalled)\b|(?<!\bbe )\bheld\b/i;
/** A date less than this before "now" may be a real late mention (a deadline just passed); further back it is a slip. */
const SLIP_DAYS = 45;
const MAX_YEARS = 2;

export interface YearSlip {
  start: string;
  end?: string;
  flag: ReviewFlag;
}

/**
 * The corrected dates when `start..end` (printed with a year) is told as to come but lies well before `now`,
 * else undefined. `why` says what "now" is, for the reviewer.
 */
export function futureYearSlip(
  sentence: string,
  at: { index: number; endIndex: number; text: string },
  start: string,
  end: string | undefined,
  now: { date: string; why: string },
): YearSlip | undefined {
  const last = end ?? start;
  if (daysBetweenIso(last, now.date) <= SLIP_DAYS) return undefined;
  // The plan may be said early in the sentence ("are invited to send … (address) by"); what makes the
  // date old is said right before it ("originally scheduled for", ", held on").
  const head = sentence.slice(0, at.index);
  const near = head.slice(Math.max(head.lastIndexOf(', '), head.lastIndexOf(';'), head.lastIndexOf(' and ')) + 1);
  if (!TO_COME.test(head) || NOT_TO_COME.test(near)) return undefined;
  return movedOn(start, end, now.date, at.text, `The report announces this as still to come, yet ${start} is before ${now.why}.`);
}

const HELD = /\b(?:had|has|have)\s+(?:already\s+)?held\b|\b(?:was|were)\s+held\b|\bheld\s+(?:its|their)\b/i;

/** A later meeting of the group, by its number, printed before the meeting the report is about: same slip. */
export function laterMeetingSlip(
  ordinal: number,
  reported: readonly number[],
  at: { text: string },
  start: string,
  end: string | undefined,
  now: { date: string; why: string } | undefined,
  before = '',
): YearSlip | undefined {
  if (!now || !reported.length || ordinal <= Math.max(...reported)) return undefined;
  // "recalled that the Group had held its 50th meeting on …": told as held, so not a later meeting whatever its
  // number (the ordinal the report is about may be another body's, "the fourth Plenary meeting").
  if (HELD.test(before)) return undefined;
  if ((end ?? start) >= now.date) return undefined;
  return movedOn(start, end, now.date, at.text, `Meeting ${ordinal} comes after the one the report is about, yet ${start} is before ${now.why}.`);
}

/**
 * A meeting of the group printed before a meeting with a lower number ("47th: 21-22 September 2028",
 * "48th: 1-2 February 2028"): numbered meetings follow each other, so its year is moved on to the first that
 * puts it after the earlier-numbered one, flagged.
 */
export function outOfOrderSlip(
  ordinal: number,
  dated: ReadonlyMap<string, string>,
  at: { text: string },
  start: string,
  end: string | undefined,
): YearSlip | undefined {
  const earlier = [...dated.entries()].filter(([n]) => Number(n) < ordinal).sort((a, b) => Number(b[0]) - Number(a[0]))[0];
  if (!earlier || start > earlier[1]) return undefined;
  return movedOn(
    start,
    end,
    shiftDay(earlier[1]),
    at.text,
    `Meeting ${ordinal} comes after meeting ${earlier[0]} (${earlier[1]}), yet is printed on ${start}.`,
  );
}

function shiftDay(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The dates moved on by whole years until they no longer end before `nowDate` (at most MAX_YEARS), flagged with the printed text and why. */
function movedOn(start: string, end: string | undefined, nowDate: string, printed: string, reason: string): YearSlip | undefined {
  let years = 0;
  while (shiftYear(end ?? start, years) < nowDate && years <= MAX_YEARS) years++;
  if (years === 0 || years > MAX_YEARS) return undefined;
  const s = shiftYear(start, years);
  const e = end ? shiftYear(end, years) : undefined;
  return {
    start: s,
    ...(e ? { end: e } : {}),
    flag: { printed, interpretation: `${s}${e ? `..${e}` : ''} (year corrected to ${s.slice(0, 4)}; day and month kept as printed)`, reason },
  };
}

export function shiftYear(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}
