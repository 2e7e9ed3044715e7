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
  /\b(?:initially|originally|previously|first|earlier|had been)\s+(?:planned|scheduled|announced|foreseen|set|expected|programmed|envisaged)(?:\s+(?:for|on|to take place on))?\s*$/i;
// "originally planned for 25-29 October, will be held from 4 to 8 October": after "originally planned", a plain
// "will be held" is the new date too.
const NOW = /\b(?:will\s+now|now\s+(?:to\s+)?(?:takes?|be)|instead|has\s+been\s+(?:moved|changed)|new\s+date|will\s+(?:be\s+held|take\s+place))\b/i;

/**
 * "The drill, initially planned for 15 March 2026, will now take place on 19 April 2026": the first date is
 * the old one of a reschedule (kept in the item's history), not an item of its own.
 */
export function supersededBy(text: string, m: DateMention, next: DateMention | undefined): boolean {
  if (!next) return false;
  return FIRST_PLANNED.test(text.slice(Math.max(0, m.index - 50), m.index)) && NOW.test(text.slice(m.endIndex, next.index));
}

/** Words that plan something ("will be held", "to be held", "scheduled for", "next"). */
const PLANNED =
  /\b(?:will|shall|would|to be (?:held|organi[sz]ed|convened|hosted)|is to|are to|planned|scheduled|upcoming|forthcoming|expected|next|postponed|rescheduled|moved)\b/i;
/** Words that recall something already done ("was held", "took place", "which closed on", "adopted"). */
const RECALLED =
  /\b(?:was|were|had|has been|have been|held|took place|closed|ended|concluded|convened|met|adopted|approved|recalled|launched|opened|organi[sz]ed|hosted|attended|marked)\b/i;

/** The clause around a date: back to the last clause break, forward to the next one. */
export function clauseOf(sentence: string, index: number, endIndex: number): { before: string; after: string } {
  const head = sentence.slice(0, index);
  const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf('('), head.lastIndexOf(', which'), head.lastIndexOf(', and '));
  const before = head.slice(cut + 1);
  const tail = sentence.slice(endIndex);
  const stop = tail.search(/[;.)]|,\s+(?:and|but|while|which|where)\b/);
  return { before, after: stop < 0 ? tail : tail.slice(0, stop) };
}

/**
 * A dated thing the report tells as past: its date is before the document's "now" (the meeting it reports
 * on, else its own date) and its clause plans nothing ("the regional workshop, which took place from 3 to
 * 5 November 2026", "the General Assembly … adopted on 20 December 2025"). A year supplied by us (no year
 * printed) is trusted only with a past verb beside it; a printed year before "now" needs no verb.
 */
export function toldAsPast(sentence: string, index: number, endIndex: number, lastDay: string, now: string, yearSupplied: boolean): boolean {
  if (lastDay >= now) return false;
  const { before, after } = clauseOf(sentence, index, endIndex);
  if (PLANNED.test(before) || PLANNED.test(after)) return false;
  if (!RECALLED.test(before) && !RECALLED.test(after)) {
    // No verb in the clause: the sentence's own tense decides.
    if (yearSupplied || PLANNED.test(sentence)) return false;
  }
  return true;
}

/** "the General Assembly in December 2025 adopted": a month before "now" told in the past tense. */
export function pastMonth(approx: string | undefined, now: string | undefined, sentence: string): boolean {
  if (!approx || !now) return false;
  // "Council 2028, by Decision 641, established the Group" in a plan of January 2029: a year gone by, not planned.
  if (approx.length === 4) return approx < now.slice(0, 4) && !PLANNED.test(sentence);
  if (approx.length !== 7 || approx >= now.slice(0, 7)) return false;
  return !PLANNED.test(sentence);
}

/** How far back the report's own cycle reaches: its group's earlier meetings of the last year are its calendar. */
const CYCLE_DAYS = 365;
/** A briefing or preparatory event this close before the meeting belongs to it ("a pre-event briefing … on 9 September"). */
const RUN_UP_DAYS = 60;
const RUN_UP = /\b(?:preparatory|pre-event|pre-meeting|pre-session|ahead of|in preparation for|briefings?)\b/i;
/** "noted the reports of the Regional Preparatory Meetings held in 2024": meetings whose outcomes this one considered. */
const CONSIDERED = /\b(?:noted|considered|took note of|reviewed|examined|received)\s+(?:the\s+)?(?:reports?|outcomes?|results?)\s+of\b/i;
/** "approved the report of its third meeting (Geneva, 2-4 December 2025)", "the report of the 3rd meeting (online, 15 May) was approved": minutes approved, not a calendar item. */
const MINUTES =
  /\b(?:approved|adopted|endorsed)\s+(?:the\s+)?(?:draft\s+)?(?:reports?|summary|summaries|minutes)\s+of\b|\b(?:reports?|summary|summaries|minutes)\s+of\b[^.;]{0,120}?\b(?:was|were|has been|have been)\s+(?:\w+\s+)?(?:approved|adopted|endorsed)\b/i;

export interface PastContext {
  /** Days from the item's last day to the report's "now" (positive: before it). */
  daysBefore: number;
  sentence: string;
  /** The item's own name, when it has one. */
  name?: string;
  /** The group's own meeting (numbered, "of the Working Group", "of the cycle", its acronym). */
  own: boolean;
}

/**
 * What the report tells as done, but which belongs to its own cycle: the group's meetings of the last year
 * (the calendar holds them; a printed date may correct it), the run-up to the meeting reported on, and the
 * meetings whose reports it considered. Not: minutes approved, events of other years, other bodies' history.
 */
export function ownCyclePast(p: PastContext): boolean {
  if (MINUTES.test(p.sentence)) return false;
  if (p.daysBefore > CYCLE_DAYS) return false;
  if (p.own) return true;
  if (p.daysBefore <= RUN_UP_DAYS && RUN_UP.test(p.sentence)) return true;
  // What was considered must itself be a meeting ("noted the reports of the … Meetings"), not "The meeting noted the results of a workshop".
  const considered = CONSIDERED.exec(p.sentence);
  return considered !== null && /\b(?:meetings?|sessions?|forums?|conferences?)\b/i.test(p.sentence.slice(considered.index + considered[0].length));
}

/** The group's own meeting: a numbered meeting of "the Group", one "of the cycle", one named with the group's name. */
export function ownMeeting(name: string, ordinal: string | undefined, groupMeeting: boolean, group: string | undefined, front: string): boolean {
  if (groupMeeting) return true;
  if (!/\b(?:meetings?|sessions?|consultations?)\b/i.test(name)) return false;
  if (group && name.includes(group)) return true;
  if (/\bof the (?:cycle|study period|(?:Working |Study |Expert )?Group|Committee|Commission)\b/i.test(name)) return true;
  // "Rapporteur Group meetings of Study Group 1" in a report of Study Group 1.
  const body = /\b((?:Study|Working|Expert|Rapporteur|Focus) (?:Group|Party) \d+(?:\/\d+)?)\b/.exec(name)?.[1];
  if (body && front.toLowerCase().includes(body.toLowerCase())) return true;
  // "the fifth meeting of the Panel" in the report of the "Panel on Numbering Resources".
  const of = /\b(?:meeting|session)s?\s+of\s+the\s+(\p{Lu}[\p{L}-]+)/u.exec(name)?.[1];
  if (of && ordinal !== undefined && new RegExp(`\\b${of}\\b`).test(front)) return true;
  return ordinal !== undefined && /^(?:the\s+)?\S+\s+(?:meeting|session)s?$/i.test(name.trim());
}

/** Approving minutes names a meeting and its dates in brackets: noise for the calendar. */
export function approvesMinutes(sentence: string): boolean {
  return MINUTES.test(sentence);
}
