import type * as chrono from 'chrono-node';
import type { ParsingContext } from 'chrono-node';
import { monthNumber } from './date-phrases.js';
import { ordinalValue } from './ordinals.js';

/**
 * More date phrasings strict chrono misses or reads as one day, written as patterns of their parts:
 *   - day-first dotted dates, as reports translated from Russian or German print them: "07.05.2029",
 *     "24–25.04.2029", "14.11.2028 – 15.11.2028", "from 07.05.2029 to 11.05.2029", and a year-less
 *     "until 19.01" (only after a word that introduces a date: a bare "3.2" is a paragraph or a version);
 *   - ordinal words: "from the fourteenth to the sixteenth of May 2029", "on the twenty-third of October";
 *   - weekday-prefixed ranges: "from Monday 5 to Wednesday 14 February 2029" (chrono keeps only the end);
 *   - "the week of 16 March 2029": Monday to Friday of that week;
 *   - "the end of June 2029": its last day (a deadline "by the end of June" falls due on 30 June).
 */

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const YEAR = '(?:,?\\s+((?:19|20)\\d{2}))?';
const DASH = '(?:\\s*[-–—]\\s*|\\s+(?:to|until|till|through)\\s+)';

type Day = { day: number; month: number; year?: number };

const valid = (d: Day) => d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31;
const withYear = (day: number, month: number, year?: string): Day => ({ day, month, ...(year ? { year: Number(year) } : {}) });

function result(context: ParsingContext, index: number, text: string, start: Day, end?: Day) {
  if (!valid(start) || (end && !valid(end))) return null;
  return context.createParsingResult(index, text, start, end);
}

/** "24–25.04.2029", "07.05.2029 to 11.05.2029", "14.11.2028–15.11.2028", "07.05.2029": day-first dotted. */
export const dottedDateParser: chrono.Parser = {
  pattern: () =>
    new RegExp(
      `(?<![\\d.])(\\d{1,2})(?:\\.(\\d{1,2})(?:\\.((?:19|20)\\d{2}))?)?${DASH}(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?![\\d.]\\d)|(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?![\\d.]\\d)`,
    ),
  extract: (context: ParsingContext, m: RegExpMatchArray) => {
    if (m[7]) return result(context, m.index ?? 0, m[0], withYear(Number(m[7]), Number(m[8]), m[9]));
    const end = withYear(Number(m[4]), Number(m[5]), m[6]);
    // "24–25.04.2029": the start shares the end's month and year; "15.12.2028–10.01.2029" has its own.
    const start = withYear(Number(m[1]), m[2] ? Number(m[2]) : end.month, m[3] ?? (m[2] && Number(m[2]) > end.month ? String(end.year! - 1) : m[6]));
    return result(context, m.index ?? 0, m[0], start, end);
  },
};

/**
 * "until 19.01", "by 05.03": a day-first dotted date without a year, only after a word that introduces a date
 * (taken into the match, so that it outweighs chrono's reading of "19.01" as a time of day).
 */
export const yearlessDottedParser: chrono.Parser = {
  pattern: () => /\b(?:until|till|by|before|on|from|as of|not later than|no later than)\s+(\d{1,2})\.(\d{2})(?![\d]|\.\d|\s*(?:[-–]|to)\s*\d)/i,
  extract: (context: ParsingContext, m: RegExpMatchArray) => result(context, m.index ?? 0, m[0], { day: Number(m[1]), month: Number(m[2]) }),
};

const ORDINAL_WORD =
  '(?:(?:twenty|thirty)[-‑\\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir)tieth';

const ordinalDay = (w: string) => Number(ordinalValue(w.replace(/\s+/g, '-')) ?? Number.NaN);

/** "from the fourteenth to the sixteenth of May 2029", "on the twenty-third of October 2029". */
export const ordinalWordDateParser: chrono.Parser = {
  pattern: () => new RegExp(`\\b(?:the\\s+)?(${ORDINAL_WORD})(?:${DASH}(?:the\\s+)?(${ORDINAL_WORD}))?\\s+(?:day\\s+)?of\\s+(${MONTHS})\\b${YEAR}`, 'i'),
  extract: (context: ParsingContext, m: RegExpMatchArray) => {
    const month = monthNumber(m[3]!);
    const start = withYear(ordinalDay(m[1]!), month, m[4]);
    return result(context, m.index ?? 0, m[0], start, m[2] ? withYear(ordinalDay(m[2]), month, m[4]) : undefined);
  },
};

const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?';

/** "Monday 5 to Wednesday 14 February 2029", "Tue 3 – Fri 6 March": days of one month, each with its weekday. */
export const weekdayRangeParser: chrono.Parser = {
  pattern: () => new RegExp(`\\b${WEEKDAY}\\s+(\\d{1,2})(?:st|nd|rd|th)?${DASH}${WEEKDAY}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})\\b${YEAR}`, 'i'),
  extract: (context: ParsingContext, m: RegExpMatchArray) => {
    const month = monthNumber(m[3]!);
    if (Number(m[2]) <= Number(m[1])) return null;
    return result(context, m.index ?? 0, m[0], withYear(Number(m[1]), month, m[4]), withYear(Number(m[2]), month, m[4]));
  },
};

/** "the week of 16 March 2029", "the week beginning 7 June": that week's Monday to Friday. */
export const weekOfParser: chrono.Parser = {
  pattern: () =>
    new RegExp(
      `(?:\\b(?:the\\s+)?week\\s+(?:of|beginning|starting|commencing)|\\bw\\/c)\\s+(?:${WEEKDAY}\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})\\b${YEAR}`,
      'i',
    ),
  extract: (context: ParsingContext, m: RegExpMatchArray) => {
    const month = monthNumber(m[2]!);
    const year = m[3] ? Number(m[3]) : undefined;
    // Without a printed year the weekday is unknown: the printed day is taken as the Monday.
    const day = new Date(Date.UTC(year ?? 2001, month - 1, Number(m[1])));
    if (year !== undefined) day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
    const friday = new Date(day.getTime() + 4 * 86_400_000);
    const part = (d: Date): Day => ({ day: d.getUTCDate(), month: d.getUTCMonth() + 1, ...(year !== undefined ? { year: d.getUTCFullYear() } : {}) });
    return result(context, m.index ?? 0, m[0], part(day), part(friday));
  },
};

/** "the end of June 2029", "end-June": the month's last day (a year-less February is taken as 28 days). */
export const endOfMonthParser: chrono.Parser = {
  pattern: () => new RegExp(`\\b(?:(?:the\\s+)?end\\s+of\\s+|end-)(${MONTHS})\\b${YEAR}`, 'i'),
  extract: (context: ParsingContext, m: RegExpMatchArray) => {
    const month = monthNumber(m[1]!);
    const year = m[2] ? Number(m[2]) : undefined;
    const last = new Date(Date.UTC(year ?? 2001, month, 0)).getUTCDate();
    return result(context, m.index ?? 0, m[0], withYear(last, month, m[2]));
  },
};

/** "2027-05-03/2027-05-12": two ISO dates joined by a slash are a range (ISO 8601's interval form). */
export function isoInterval(first: string, gap: string, second: string): boolean {
  return gap === '/' && /\d{4}-\d{2}-\d{2}$/.test(first) && /^\d{4}-\d{2}-\d{2}/.test(second);
}
