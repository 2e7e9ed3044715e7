import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import type { ReviewFlag } from '../../calendar/schema.js';
import { addDaysIso, daysBetweenIso } from '../../calendar/time.js';
import { isValidIsoDate } from '../../calendar/validate.js';
import { crossMonthRangeParser, type DateOrder, readNumericDate, usRangeParser } from './date-formats.js';
import {
  dottedDateParser,
  endOfMonthParser,
  isoInterval,
  ordinalWordDateParser,
  weekdayRangeParser,
  weekOfParser,
  yearlessDottedParser,
} from './date-forms.js';
import { shareHours } from './date-neighbours.js';
import { splitEachDay } from './each-day.js';
import { weekdayYear } from './weekday-year.js';
import { clockForYear } from './clock-for-year.js';
import { approximateMonthParser, dayPairParser, endAfterDuration, monthDayParser } from './date-phrases.js';
import { zoneAfter, zoneInMatch } from './zones.js';

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

export interface DayParts {
  year?: number;
  month: number;
  day?: number;
}

export interface DateMention {
  /** The report's words, including a leading preposition ("by 4 March", "from 23 to 27 June 2025"). */
  text: string;
  index: number;
  endIndex: number;
  start: DayParts;
  end?: DayParts;
  /** HH:mm wall-clock times, when printed. */
  startTime?: string;
  endTime?: string;
  /** IANA zone of the printed times (a zone word or UTC offset in the text), else undefined. */
  zone?: string;
  /** The year was not printed on this date but on its neighbour ("24 January and 25 January 2018"). */
  yearFromNeighbour: boolean;
  /** The one or two words before the date ("by", "as of", "until", "from", "since"). */
  lead: string;
  /** What the reviewer should know about how the date was printed ("04/05/2027" could be either). */
  notes?: ReviewFlag[];
}

/** A zone printed right after four-digit times ("1300-1500 UTC", "0600-0800 (CET)", "1400-1600 Geneva time"). */
const ZONE_NEXT = /^\s*\(?\s*(?:UTC|GMT|[A-Z]{1,3}S?T\b|local\s+time|[A-Z][a-z]+\s+time)/;

/** "1330-1430 hours", "0940 to 1230 hours", "13:30–14:30", "13.30 to 14.30": a time range. */
const hoursRangeParser: chrono.Parser = {
  pattern: () => /\b(?:at\s+|from\s+)?([01]\d|2[0-3])[:.h]?([0-5]\d)\s*(?:-|–|—|to|until)\s*([01]\d|2[0-3])[:.h]?([0-5]\d)(?:\s*(?:hours|hrs|h)\b)?/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const hasSeparator = /[:.h]/.test(match[0]) || /hours|hrs/i.test(match[0]);
    // "2024-2025" is years, not times; "1300-1500 UTC" is times: a zone after it says so.
    if (!hasSeparator && !ZONE_NEXT.test(context.text.slice((match.index ?? 0) + match[0].length))) return null;
    return context.createParsingResult(
      match.index ?? 0,
      match[0],
      { hour: Number(match[1]), minute: Number(match[2]) },
      { hour: Number(match[3]), minute: Number(match[4]) },
    );
  },
};

/** "at 1330 hours": a single time in the "hours" style. */
const hoursParser: chrono.Parser = {
  pattern: () => /\b(?:at\s+)?([01]\d|2[0-3])([0-5]\d)\s*(?:hours|hrs)\b/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) =>
    context.createParsingResult(match.index ?? 0, match[0], { hour: Number(match[1]), minute: Number(match[2]) }),
};

const MONTH_WORDS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** "scheduled for November 2030", "in June 2024": a month of a year, no day (strict chrono reads none). */
const monthYearParser: chrono.Parser = {
  pattern: () => new RegExp(`(?<![\\d–-]\\s?)\\b(${MONTH_WORDS})\\s+((?:19|20)\\d{2})\\b`, 'i'),
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const month = MONTH_WORDS.split('|').findIndex((x) => x.toLowerCase() === match[1]!.toLowerCase()) + 1;
    const before = context.text.slice(0, match.index ?? 0);
    if (/\d\s*$/.test(before)) return null; // "3 November 2030" is a day: chrono's own parsers read it
    return context.createParsingResult(match.index ?? 0, match[0], { month, year: Number(match[2]) });
  },
};

/** Joins "2 October (all day) to Thursday, 3 October 2024" (chrono gives two dates) into one range. */
const joinRangeRefiner: chrono.Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) => {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const prev = out[out.length - 1];
      if (prev && !prev.end && !r.end && isDay(prev.start) && isDay(r.start)) {
        const gap = context.text.slice(prev.index + prev.text.length, r.index);
        // "Monday, 3 May, to Friday, 7 May 2027": a comma may close the first date.
        if (/^\s*,?\s*(?:\([^)]{1,25}\))?\s*,?\s*(?:to|until|till|through|–|—|-)\s*$/i.test(gap) || isoInterval(prev.text, gap, r.text)) {
          prev.end = r.start;
          prev.text = context.text.slice(prev.index, r.index + r.text.length);
          continue;
        }
      }
      out.push(r);
    }
    return out;
  },
};

function isDay(c: ParsingComponents): boolean {
  return c.isCertain('day') && c.isCertain('month');
}

function buildParser(): chrono.Chrono {
  const parser = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));
  parser.parsers.push(
    hoursRangeParser,
    hoursParser,
    dayPairParser,
    monthYearParser,
    usRangeParser,
    crossMonthRangeParser,
    monthDayParser,
    approximateMonthParser,
    dottedDateParser,
    yearlessDottedParser,
    ordinalWordDateParser,
    weekdayRangeParser,
    weekOfParser,
    endOfMonthParser,
  );
  parser.refiners.push(joinRangeRefiner);
  return parser;
}

const EN = buildParser();
const YEARLESS_MONTH_END = new RegExp(`\\b(?:end(?:\\s+of\\s+|-)|(?:mid|early|late)[\\s-]+)(?:${MONTH_WORDS})\\b`, 'i');
const OTHER: Record<string, chrono.Chrono> = { fr: chrono.fr.strict, es: chrono.es.strict, ru: chrono.ru.strict };

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
    // A year-less "by the end of June" has no digit but is a day all the same (the month's last); "in mid-April", a month.
    if (
      (!/\d/.test(r.text) && !YEARLESS_MONTH_END.test(r.text)) ||
      /\b(?:days?|weeks?|months?|years?)\s+(?:before|after|prior|ago|earlier|later|from)\b/i.test(r.text) ||
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
      const first = prev && !prev.startTime && r.start.isCertain('hour') && /^[,\s]*(?:(?:at|in)\s+[^,;.\d]{2,50},\s*)?(?:at|from|,)?[\s,]*$/i.test(gap);
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
    const before = pending && !startTime && /^\s*,?\s*(?:on\s*)?$/i.test(sentence.slice(pending.endIndex, r.index)) ? pending : undefined;
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

/** "held on 24 January and 25 January 2023": consecutive days joined by "and" are one stretch of days. */
function joinConsecutive(mentions: DateMention[], sentence: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const gap = prev ? sentence.slice(prev.endIndex, m.index) : '';
    if (
      prev &&
      !prev.end &&
      !m.end &&
      !prev.startTime &&
      !m.startTime &&
      /^\s*and\s*$/.test(gap) &&
      prev.start.day !== undefined &&
      m.start.day !== undefined &&
      prev.start.month === m.start.month &&
      (prev.start.year ?? m.start.year) === m.start.year &&
      m.start.day - prev.start.day >= 1 &&
      m.start.day - prev.start.day <= 2
    ) {
      prev.end = { ...m.start };
      prev.endIndex = m.endIndex;
      prev.text = sentence.slice(prev.index, m.endIndex).trim();
      continue;
    }
    out.push(m);
  }
  return out;
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

const LEADS = [
  'not later than',
  'no later than',
  'as of',
  'as at',
  'by',
  'on',
  'until',
  'till',
  'from',
  'since',
  'before',
  'after',
  'in',
  'of',
  'for',
  'at',
  'during',
  'between',
  'to',
  'the week of',
];

function leadOf(sentence: string, index: number): string {
  const before = sentence.slice(Math.max(0, index - 30), index).toLowerCase();
  for (const lead of LEADS) {
    if (before.endsWith(`${lead} `) && (before.length === lead.length + 1 || /[\s(,]/.test(before[before.length - lead.length - 2] ?? ' '))) {
      return sentence.slice(index - lead.length - 1, index - 1);
    }
  }
  return '';
}

/**
 * A range's start takes its year from the end ("20 December to 3 January 2026" → 2025-12-20), and a date
 * takes the year of a neighbour in the same list ("24 January and 25 January 2018").
 */
function shareYears(mentions: DateMention[], sentence: string): void {
  for (const m of mentions) {
    if (m.end && m.end.year !== undefined && m.start.year === undefined) {
      m.start.year = m.start.month > m.end.month ? m.end.year - 1 : m.end.year;
      if (m.end.month === undefined) m.end.month = m.start.month;
    }
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start.year !== undefined) continue;
    const next = mentions[i + 1];
    if (!next || next.start.year === undefined) continue;
    const gap = sentence.slice(m.endIndex, next.index);
    if (!/^\s*(?:,|and|or|&|as well as|,\s*and)\s*$/i.test(gap) && !/^\s*(?:,\s*)?$/.test(gap)) continue;
    m.start.year = m.start.month > next.start.month ? next.start.year - 1 : next.start.year;
    if (m.end && m.end.year === undefined) m.end.year = m.start.year + (m.end.month < m.start.month ? 1 : 0);
    m.yearFromNeighbour = true;
  }
}

export interface DatedRange {
  start: string;
  end?: string;
  /** The year was supplied (not printed on this date). */
  yearSupplied: boolean;
}

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

export { addDaysIso };
