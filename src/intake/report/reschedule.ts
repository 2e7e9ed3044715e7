import type { DateMention } from './dates.js';
import { supersededBy } from './history.js';

/**
 * A date that replaced another: "has been rescheduled to", "postponed to", "deferred to", "brought forward
 * to", "advanced to"; and the date it replaced, told before ("originally convened for 29 September, has been
 * brought forward to 21 September", "moved from 16 February to 2 March") or after the new one ("…; it had
 * been convened for 4 September", "(previously 24–25 September)"). The new date is the item's, the old one
 * its history: reading the first date printed would put the item on the day it no longer takes place.
 */

// "moved back by a week to", "slips to": the direction and the verb of the slip are words of a move too.
const VERBS =
  '(?:rescheduled|postponed|moved(?: back| forward)?|brought forward|pulled forward|put forward|changed|deferred|advanced|shifted|pushed back|put back|delayed|slips|slipped|slid)';
/** "advanced by one week, to", "postponed by two days to": the shift may be told before the new date. */
const BY = '(?:\\s+by\\s+(?:an?|one|two|three|four|five|six|\\d{1,2})\\s+(?:days?|weeks?|months?),?)?';
export const RESCHEDULE = new RegExp(`\\b${VERBS}${BY}\\s+(?:to|until)\\b`, 'i');
/** "has been moved from 16.02.2029 to 02.03.2029": the verb before the old date, "to" between the two. */
// "deferred by one week, from 9 to 16 March": the shift may be said before the two dates.
const MOVED_FROM = new RegExp(`\\b${VERBS}${BY},?\\s+from\\s*$`, 'i');

/** The date a reschedule replaced, told after the new one ("…; it had been convened for", "instead of", "(previously"). */
const FORMERLY =
  /\b(?:had been|was|were)\s+(?:originally\s+|initially\s+|first\s+)?(?:convened|scheduled|planned|foreseen|set|announced)(?:\s+(?:for|on))?\s*$|\b(?:instead(?:\s+of)?|rather than|originally\s+(?:planned|scheduled)(?:\s+for)?)\s*$|\(\s*(?:previously|formerly|originally|initially)(?:\s+(?:scheduled|planned|set|convened))?(?:\s+(?:for|on))?\s*$/i;

/** `m` is the old date of a reschedule whose new date is `next`. */
export function replacedBy(text: string, m: DateMention, next: DateMention | undefined): boolean {
  if (!next) return false;
  if (RESCHEDULE.test(text.slice(m.endIndex, next.endIndex)) || supersededBy(text, m, next)) return true;
  // Mentions start at their lead word ("from 16.02.2029"), so the lead is read with the words before it.
  return (
    MOVED_FROM.test(text.slice(Math.max(0, m.index - 40), m.index + leadLength(m))) &&
    // "moved from 10 April, 1300-1500 UTC, to 18 April": a comma may close the old date's time.
    /^\s*,?\s*to\s*$/i.test(text.slice(m.endIndex, next.index + leadLength(next)))
  );
}

/** Length of the lead word the mention's text starts with ("from 16.02.2029" → "from "). */
export function leadLength(m: DateMention): number {
  const lead = /^(?:from|to|on|for)\s+/i.exec(m.text);
  return lead ? lead[0].length : 0;
}

/**
 * "moved from 16.02.2029 to 02.03.2029" is read by the date parsers as one stretch of days; after a reschedule
 * verb's "from" it is two dates, the old and the new, split here so that `replacedBy` sees them.
 */
export function splitMoved(text: string, m: DateMention): DateMention[] {
  if (!m.end || !MOVED_FROM.test(text.slice(Math.max(0, m.index - 40), m.index + leadLength(m)))) return [m];
  // "moved from 15-16 May to 5-6 June": the old date is itself a stretch of days, the new one follows it.
  if (/^\s*,?\s*(?:to|until)\s+\S*\d/i.test(text.slice(m.endIndex))) return [m];
  const sep = /\s*(?:\bto\b|\buntil\b|[–—-])\s*/i.exec(m.text.slice(leadLength(m)));
  if (!sep) return [m];
  const at = m.index + leadLength(m) + sep.index;
  const { end, ...one } = m;
  const old: DateMention = { ...one, text: text.slice(m.index, at), endIndex: at };
  const now: DateMention = { ...one, start: end, index: at + sep[0].length, text: text.slice(at + sep[0].length, m.endIndex), lead: 'to' };
  return [old, now];
}

/** "… on 9 February (moved from 4 February …)": a dated item's old date, said after it, without a reschedule verb before. */
const MOVED_BACK = new RegExp(`\\(\\s*(?:${VERBS}|changed)\\s+from\\s*$`, 'i');

/**
 * "2-4 December 2030 (previously 18-20 November 2030)", "on 14 May (instead of 7 May)", "3-5 June (was 13-15 May)":
 * an old date in brackets right after the new one says the change by itself, with no reschedule verb in the sentence.
 */
const BRACKETED_FORMER =
  /^[^()]{0,20}\(\s*(?:previously|formerly|originally|initially|instead(?:\s+of)?|was|were)(?:\s+(?:scheduled|planned|set|convened|announced))?(?:\s+(?:for|on))?\s*:?\s*$/i;

/** The words between a dated item and a later date (with its lead) say that date is the one it replaced. */
export function formerly(rescheduled: boolean, between: string): boolean {
  return (rescheduled && FORMERLY.test(between)) || MOVED_BACK.test(between) || BRACKETED_FORMER.test(between);
}
