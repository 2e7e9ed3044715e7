import type * as chrono from 'chrono-node';
import type { ParsingContext } from 'chrono-node';
import type { ReviewFlag } from '../../calendar/schema.js';

/**
 * Checks on how a date is printed, beyond what chrono reads:
 *   - the weekday a report prints with a date ("Friday, 12 October 2028") must be that date's weekday; when
 *     it is not, one of the two is a misprint and the reviewer is told, with the report's words;
 *   - a numeric date such as "04/05/2027" reads 4 May or April 5: taken month-first only in a document that
 *     writes its dates the US way ("March 31, 2027", "03/31/2027"), day-first otherwise, and flagged either
 *     way; "31/03/2027" or "03/31/2027" can be read only one way and are not flagged. Dotted dates
 *     ("15.05.2026") are day-first, as everywhere they are used.
 */

export type DateOrder = 'month-first' | 'day-first';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(Sun|Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?)(?:day)?\b\.?/gi;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Weekdays printed in a date's words: the first before the first day number is the start's; one after "to" the end's. */
export function printedWeekdays(text: string): { start?: number; end?: number } {
  const out: { start?: number; end?: number } = {};
  const firstDigit = text.search(/\d/);
  const separator = text.search(/\s(?:to|until|till|through)\s|\s[–—-]\s/i);
  for (const m of text.matchAll(WEEKDAY)) {
    const day = WEEKDAYS.findIndex((w) => w.startsWith(m[1]!.toLowerCase().slice(0, 3)));
    if (day < 0) continue;
    const at = m.index ?? 0;
    if (out.start === undefined && (firstDigit < 0 || at < firstDigit)) out.start = day;
    else if (separator >= 0 && at > separator && out.end === undefined) out.end = day;
  }
  return out;
}

function weekdayOf(iso: string): number {
  return new Date(`${iso}T12:00:00Z`).getUTCDay();
}

function dayName(n: number): string {
  return WEEKDAYS[n]![0]!.toUpperCase() + WEEKDAYS[n]!.slice(1);
}

/** "Friday, 12 October 2028" when 12 October 2028 is a Thursday: a flag quoting the report. */
export function weekdayFlag(printed: string, start: string, end?: string): ReviewFlag | undefined {
  const days = printedWeekdays(printed);
  const wrong: string[] = [];
  if (days.start !== undefined && weekdayOf(start) !== days.start) wrong.push(`${start} is a ${dayName(weekdayOf(start))}, not a ${dayName(days.start)}`);
  if (end && days.end !== undefined && weekdayOf(end) !== days.end) wrong.push(`${end} is a ${dayName(weekdayOf(end))}, not a ${dayName(days.end)}`);
  if (!wrong.length) return undefined;
  return {
    printed,
    interpretation: `${start}${end ? `..${end}` : ''}, the date as printed (the weekday printed with it does not agree)`,
    reason: `The report prints a weekday that contradicts the date: ${wrong.join('; ')}. Check which of the two is right.`,
  };
}

/** How the document writes its dates, from the ones that can be read only one way. */
export function documentDateOrder(text: string): DateOrder | undefined {
  const us = (text.match(new RegExp(`\\b(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?,\\s+(?:19|20)\\d{2}\\b`, 'g')) ?? []).length;
  const eu = (text.match(new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b`, 'g')) ?? []).length;
  let usNumeric = 0;
  let euNumeric = 0;
  for (const m of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(?:19|20)\d{2}\b/g)) {
    if (Number(m[1]) > 12) euNumeric++;
    else if (Number(m[2]) > 12) usNumeric++;
  }
  const month = us + usNumeric * 3;
  const day = eu + euNumeric * 3;
  if (month > day) return 'month-first';
  if (day > 0) return 'day-first';
  return undefined;
}

export interface NumericReading {
  day: number;
  month: number;
  flag?: ReviewFlag;
}

/** "04/05/2027": the day and month as this document means them; a flag when both readings are dates. */
export function readNumericDate(printed: string, order: DateOrder | undefined): NumericReading | undefined {
  const m = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/.exec(printed);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 || b > 12 || a === b || a < 1 || b < 1) return a > 12 ? { day: a, month: b } : b > 12 ? { day: b, month: a } : { day: a, month: b };
  const monthFirst = order === 'month-first';
  const [day, month] = monthFirst ? [b, a] : [a, b];
  const name = (d: number, mo: number) => `${d} ${MONTHS.split('|')[mo - 1]} ${m[3]}`;
  return {
    day,
    month,
    flag: {
      printed: m[0],
      interpretation: `${name(day, month)} (read ${monthFirst ? 'month first, as the document writes its dates' : 'day first'}; it could be ${name(month, day)})`,
      reason: `A numeric date whose day and month can be swapped; ${monthFirst ? 'the document writes its dates the US way' : 'the document does not write its dates the US way'}.`,
    },
  };
}

const MONTH_LIST = MONTHS.split('|');
const monthNumber = (w: string) => MONTH_LIST.findIndex((x) => x.toLowerCase() === w.toLowerCase()) + 1;

/**
 * "March 30–April 2, 2027", "May 3 to 7, 2027", "March 7 and 8, 2027": a US-style range (chrono reads only
 * its end, or only the first day). With "and" only two consecutive days are a range ("May 3 and 17" are two dates).
 */
export const usRangeParser: chrono.Parser = {
  pattern: () =>
    new RegExp(
      `\\b(${MONTHS})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*([-–—]|to|until|through|and)\\s*(?:(${MONTHS})\\s+)?(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`,
      'i',
    ),
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const [, , day, sep, to, endDay, printedYear] = match;
    const year = Number(printedYear);
    const startMonth = monthNumber(match[1]!);
    const endMonth = to ? monthNumber(to) : startMonth;
    if (/^and$/i.test(sep!) && (endMonth !== startMonth || Number(endDay) !== Number(day) + 1)) return null;
    const startYear = endMonth < startMonth ? year - 1 : year;
    return context.createParsingResult(
      match.index ?? 0,
      match[0],
      { day: Number(day), month: startMonth, year: startYear },
      { day: Number(endDay), month: endMonth, year },
    );
  },
};

/** "28 June-2 July 2027": a range across months with a bare hyphen (chrono reads "June-2" as nothing and keeps only the end). */
export const crossMonthRangeParser: chrono.Parser = {
  // "2 May – 30 June 2039", and "from 2 May until 30 June 2039" (chrono takes "from 2" for a time of day there).
  pattern: () =>
    new RegExp(
      `\\b(?:from\\s+)?(\\d{1,2})\\s+(${MONTHS})\\s*(?:[-–—]|\\s(?:to|until|till|through)\\s)\\s*(?:the\\s+)?(\\d{1,2})\\s+(${MONTHS}),?\\s+((?:19|20)\\d{2})\\b`,
      'i',
    ),
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const year = Number(match[5]);
    const startMonth = monthNumber(match[2]!);
    const endMonth = monthNumber(match[4]!);
    return context.createParsingResult(
      match.index ?? 0,
      match[0],
      { day: Number(match[1]), month: startMonth, year: endMonth < startMonth ? year - 1 : year },
      { day: Number(match[3]), month: endMonth, year },
    );
  },
};

/**
 * "Beijing time", "Washington time": capitals whose zone the IANA database names after another city. Every
 * other "<City> time" is looked up in the IANA list itself (`Intl.supportedValuesOf('timeZone')`).
 */
const CAPITALS: Record<string, string> = {
  beijing: 'Asia/Shanghai',
  washington: 'America/New_York',
  'washington dc': 'America/New_York',
  'new delhi': 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  brasilia: 'America/Sao_Paulo',
  brasília: 'America/Sao_Paulo',
  ottawa: 'America/Toronto',
  canberra: 'Australia/Sydney',
  bern: 'Europe/Zurich',
  abuja: 'Africa/Lagos',
  pretoria: 'Africa/Johannesburg',
  islamabad: 'Asia/Karachi',
  hanoi: 'Asia/Bangkok',
  ankara: 'Europe/Istanbul',
  wellington: 'Pacific/Auckland',
  'rio de janeiro': 'America/Sao_Paulo',
  'abu dhabi': 'Asia/Dubai',
  'kuwait city': 'Asia/Kuwait',
};

export function capitalZone(city: string): string | undefined {
  return CAPITALS[city.toLowerCase()];
}
