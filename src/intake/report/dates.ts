import type { ParsedComponents, ParsingComponents } from 'chrono-node';
import { addDaysIso } from '../../calendar/time.js';
import { type DateOrder, readNumericDate } from './date-formats.js';
import type { DayParts, DateMention } from './date-mention.js';
import { EN, OTHER, YEARLESS_MONTH_END } from './date-parser.js';
import { joinConsecutive, shareYears } from './date-lists.js';
import { LEADS, leadOf } from './date-leads.js';
import { shareHours } from './date-neighbours.js';
import { splitEachDay } from './each-day.js';
import { clockForYear } from './clock-for-year.js';
import { endAfterDuration } from './date-phrases.js';
import { zoneAfter, zoneInMatch } from './zones.js';

export type { DatedRange, DateMention, DayParts } from './date-mention.js';
export { monthOf, withYear } from './with-year.js';

/**
 * Dates as reports print them, read with chrono-node (strict mode: no "today", no "next week") plus our own
 * parsers and refiners for what it gets wrong on report prose:
 *   - "24 January and 25 January 2018": chrono gives the first date the reference year; we take the year
 *     printed on its neighbour;
 *   - "20 December to 3 January 2026": the start's year comes from the end (the year before when the months wrap);
 *   - "2 October (all day) to Thursday, 3 October 2024": two results joined into one range;
 *   - "0940 to 1230 hours", "1330-1430 hours CET": time ranges in the 24-hour "hours" style, joined to the
 *     date before them, CET/CEST read as Europe/Zurich (the wall-clock zone those words mean in Geneva);
 * A date without a year stays without one here: the year is supplied by `withYear` from the document's
 * context (the meeting the paragraph reports on), never from the wall clock.
 */

export type DateLanguage = 'en' | 'fr' | 'es' | 'ru';

/**
 * Every date in a sentence. `reference` only feeds chrono's internals (it needs one); nothing read from it
 * survives: years not printed are left undefined for `withYear`.
 */
export function findDates(sentence: string, language: DateLanguage = 'en', order?: DateOrder): DateMention[] {
  const parser = language === 'en' ? EN : (OTHER[language] ?? EN);
  const results = parser.parse(sentence, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 'UTC' });
  const mentions: DateMention[] = [];
  let pending: { index: number; endIndex: number; lead: string; startTime: string; endTime?: string; zone?: string } | undefined;
  for (const r of results) {
    // "four weeks before", "14 days before": a relative phrase, read by relative.ts from its anchor.
    // A year-less "by the end of June" has no digit but is a day all the same (the month's last); "in mid-April", a month;
    // "at noon", a time for the date after it.
    if (
      (!/\d/.test(r.text) && !YEARLESS_MONTH_END.test(r.text) && !/^(?:at\s+)?(?:noon|midday)$/i.test(r.text)) ||
      /\b(?:hours?|days?|weeks?|months?|years?)\s+(?:before|after|prior|ago|earlier|later|from)\b|\bhours?\s+of\s+(?:its|the)\b/i.test(r.text) ||
      // "within 10 days" + " of the workshop": counted from the workshop (relative.ts), no day of its own.
      (/^within\s+\S+\s+(?:days?|weeks?|months?)$/i.test(r.text.trim()) && /^\s+of\s/i.test(sentence.slice(r.index + r.text.length))) ||
      // "within 30 days" + " after the Forum": chrono stops before the anchor word.
      (/\b(?:days?|weeks?|months?)$/i.test(r.text) && /^\s+(?:before|after|prior|following|ahead|in advance)\b/i.test(sentence.slice(r.index + r.text.length)))
    )
      continue;
    // "for 90 minutes": a duration, read below as the end time of the item it follows.
    if (/^for\s+\S+\s+(?:minutes?|hours?)$/i.test(r.text.trim())) continue;
    // "Question 3/1", "Document CWG-COP-20/5", "SG1/TD/45": numbers with slashes are document and Question
    // numbers in ITU reports, which print dates in words; a numeric date is only taken with its year ("12/03/2025").
    if (
      /^\d{1,2}[/.]\d{1,2}(?:\s*(?:to|[-–])\s*\d{1,2}[/.]\d{1,2})?$/.test(r.text.trim()) ||
      (/[\p{L}\d/-]$/u.test(sentence.slice(0, r.index)) && /^\d{1,2}\//.test(r.text))
    )
      continue;
    // "in Conference Room 11 on Tuesday 9 July": chrono reads the room's number as an hour; a bare number is no time.
    const bare = /^\d{1,2}\s+(?=on\s)/.exec(r.text);
    if (bare && r.start.isCertain('hour') && !/\bat\s*$/i.test(sentence.slice(0, r.index)) && !/[:.]\d{2}|\d\s*[ap]\.?m\b|\bhours?\b/i.test(r.text)) {
      // chrono's results are plain objects at run time; its types declare them read-only.
      const w = r as unknown as { index: number; text: string; start: ParsingComponents };
      w.index += bare[0].length;
      w.text = w.text.slice(bare[0].length);
      w.start.delete(['hour', 'minute', 'second', 'meridiem']);
    }
    const start = dayParts(r.start);
    const end = r.end ? dayParts(r.end) : undefined;
    const numeric = start ? readNumericDate(r.text, order) : undefined;
    if (start && numeric) {
      start.day = numeric.day;
      start.month = numeric.month;
    }
    if (!start) {
      // A time alone ("1330-1430 hours CET"): attach to the date just before it in the same clause.
      const prev = mentions[mentions.length - 1];
      const gap = prev ? sentence.slice(prev.endIndex, r.index) : '';
      // "on 15 April 2026 at ITU headquarters, from 09:30": a short place may stand between the date and its time.
      const first =
        prev &&
        !prev.startTime &&
        r.start.isCertain('hour') &&
        /^[,\s]*(?:(?:at|in)\s+[^,;.\d]{2,50},\s*(?:[^,;.\d]{2,30},\s*)?)?(?:at|from|,)?[\s,]*$/i.test(gap);
      // "09:30–12:30 and 14:30–17:30 CET": a second session the same day; the item runs to the end of the last.
      const second = prev?.startTime && prev.endTime && r.end?.isCertain('hour') && /^\s*(?:and|,)\s*$/i.test(gap);
      if (prev && (first || second)) {
        if (first) prev.startTime = hhmm(r.start);
        if (r.end?.isCertain('hour')) prev.endTime = hhmm(r.end);
        const inText = zoneInMatch(r.text, sentence.slice(r.index + r.text.length));
        const zone = inText ?? zoneAfter(sentence.slice(r.index + r.text.length));
        const endIndex = r.index + r.text.length + (inText ? inText.extra : (zoneAfter(sentence.slice(r.index + r.text.length))?.length ?? 0));
        if (zone) prev.zone = zone.zone;
        prev.text = sentence.slice(prev.index, endIndex).trim();
        prev.endIndex = endIndex;
      } else if (r.start.isCertain('hour')) {
        // "by 2359 hours Geneva time on 28 September 2026": a time printed before its date; kept for the next one.
        const inText = zoneInMatch(r.text, sentence.slice(r.index + r.text.length));
        const zone = inText ?? zoneAfter(sentence.slice(r.index + r.text.length));
        const lead = leadOf(sentence, r.index);
        pending = {
          index: r.index - (lead.length ? lead.length + 1 : 0),
          endIndex: r.index + r.text.length + (inText ? inText.extra : (zoneAfter(sentence.slice(r.index + r.text.length))?.length ?? 0)),
          lead,
          startTime: hhmm(r.start),
          ...(r.end?.isCertain('hour') ? { endTime: hhmm(r.end) } : {}),
          ...(zone ? { zone: zone.zone } : {}),
        };
      }
      continue;
    }
    let startTime: string | undefined;
    let endTime: string | undefined;
    if (r.start.isCertain('hour')) startTime = hhmm(r.start);
    if (r.end?.isCertain('hour')) endTime = hhmm(r.end);
    // "14 September, 10.00 Brasília time": the time printed after a year-less date (clock-for-year.ts).
    const yearClock = startTime ? undefined : clockForYear(r.text, sentence.slice(r.index + r.text.length));
    if (yearClock) {
      start.year = undefined;
      if (end) end.year = undefined;
      startTime = yearClock.startTime;
      endTime = yearClock.endTime;
    }
    // "23 March, 1400-1600 hours CET": chrono takes 1400 for the year. No report dates anything before 1900:
    // such a "year" is the time of day printed the military way.
    if (start.year !== undefined && start.year < 1900) {
      start.year = undefined;
      if (end) end.year = undefined;
      const hours = /\b([01]\d|2[0-3])([0-5]\d)(?:\s*(?:[-–]|to)\s*([01]\d|2[0-3])([0-5]\d))?\s*(?:hours|hrs|h)\b/i.exec(r.text);
      if (hours) {
        startTime = `${hours[1]}:${hours[2]}`;
        endTime = hours[3] ? `${hours[3]}:${hours[4]}` : undefined;
      }
    }
    // "at noon Bangkok time (UTC+7) on Wednesday, 13 December": the offset in brackets restates the zone.
    const between = sentence.slice(pending?.endIndex ?? 0, r.index).replace(/^\s*\(\s*(?:UTC|GMT)\s*[+−-]\s*\d{1,2}(?::?\d{2})?\s*\)/i, '');
    const before = pending && !startTime && /^\s*,?\s*(?:on\s*)?$/i.test(between) ? pending : undefined;
    pending = undefined;
    if (before) {
      startTime = before.startTime;
      endTime = before.endTime;
    }
    // "until 19.01", "by 3rd of February": a parser that took the lead word into its match; else the words before.
    const own = before ? undefined : LEADS.find((l) => r.text.toLowerCase().startsWith(`${l} `));
    const lead = before ? before.lead : own ? r.text.slice(0, own.length) : leadOf(sentence, r.index);
    const index = before ? before.index : own ? r.index : r.index - (lead.length ? lead.length + 1 : 0);
    const m: DateMention = {
      text: sentence.slice(index, r.index + r.text.length + (yearClock?.extra ?? 0)).trim(),
      index,
      endIndex: r.index + r.text.length + (yearClock?.extra ?? 0),
      start,
      yearFromNeighbour: false,
      lead,
      ...(end && (end.day !== start.day || end.month !== start.month || end.year !== start.year) ? { end } : {}),
      ...(startTime ? { startTime } : {}),
      ...(endTime ? { endTime } : {}),
      ...(numeric?.flag ? { notes: [numeric.flag] } : {}),
    };
    if (before?.zone) m.zone = before.zone;
    else if (startTime) {
      // chrono may have taken the zone word into its own text ("… 1230 hours EAT"): read it back from there.
      const own = zoneInMatch(r.text, sentence.slice(m.endIndex));
      if (own) {
        m.zone = own.zone;
        m.endIndex += own.extra;
        m.text = sentence.slice(index, m.endIndex).trim();
      }
      const zone = own ? undefined : zoneAfter(sentence.slice(m.endIndex));
      if (zone) {
        m.zone = zone.zone;
        m.endIndex += zone.length;
        m.text = sentence.slice(index, m.endIndex).trim();
      }
    }
    mentions.push(m);
  }
  for (const m of mentions) {
    const lasts = m.startTime && !m.endTime ? endAfterDuration(m.startTime, sentence.slice(m.endIndex).replace(/^\s*\([^)]{1,20}\)/, '')) : undefined;
    if (lasts) m.endTime = lasts.end;
  }
  shareYears(mentions, sentence);
  const joined = joinConsecutive(mentions, sentence);
  shareHours(joined, sentence);
  return splitEachDay(joined, sentence);
}

function dayParts(c: ParsedComponents): DayParts | undefined {
  if (!c.isCertain('month')) return undefined;
  const parts: DayParts = { month: c.get('month')! };
  if (c.isCertain('day')) parts.day = c.get('day')!;
  if (c.isCertain('year')) parts.year = c.get('year')!;
  return parts;
}

function hhmm(c: ParsedComponents): string {
  return `${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`;
}

export { addDaysIso };
