import type * as chrono from 'chrono-node';
import type { ParsingContext } from 'chrono-node';

/**
 * Date phrasings strict chrono misses, written as patterns of their parts rather than of any report's words:
 *   - ordinal days, with "the" and "of": "the 25th and 26th of January 2028", "from the 12th to the 22nd of
 *     June 2028", "25 and 26 January" (two or three days of one month joined by "and");
 *   - a US month-day without a year: "on July 14", "by May 28" (the year comes from the document's context);
 *   - an approximate month: "mid-June 2027", "early March 2028", "late September" — read as the month, which
 *     the reader proposes as to-be-announced in that month, never as a day.
 */

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const ORD = '(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+((?:19|20)\\d{2}))?';
/** "Monday 9 and Tuesday 10 September": a weekday may stand before either day of a pair. */
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';

export function monthNumber(word: string): number {
  return MONTHS.split('|').findIndex((x) => x.toLowerCase() === word.toLowerCase().slice(0, x.length)) + 1;
}

/** "the 25th and 26th of January 2028", "from the 12th to the 22nd of June 2028", "8 and 9 May", "Monday 9 and Tuesday 10 May". */
export const dayPairParser: chrono.Parser = {
  pattern: () =>
    new RegExp(
      `\\b${WEEKDAY}(?:the\\s+)?(\\d{1,2})${ORD}\\s*(and|&|to|until|till|through|[-–—])\\s*${WEEKDAY}(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTHS})\\b${YEAR}\\b`,
      'i',
    ),
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const month = monthNumber(match[4]!);
    const a = Number(match[1]);
    const b = Number(match[3]);
    // "between 13 and 23 June 2028": a stretch, however far apart the days.
    const between = /\bbetween\s+$/i.test(context.text.slice(Math.max(0, (match.index ?? 0) - 9), match.index ?? 0));
    const joined = /^(?:and|&)$/i.test(match[2]!) && !between;
    const year = match[5] ? { year: Number(match[5]) } : {};
    if (b <= a) return null;
    // "the 3rd and 17th of May" are two dates, not a stretch of days: the first alone here, chrono reads the second.
    if (joined && b - a > 2) {
      const first = /^(?:\p{L}+day,?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?/iu.exec(match[0])![0];
      return context.createParsingResult(match.index ?? 0, first, { day: a, month, ...year });
    }
    return context.createParsingResult(match.index ?? 0, match[0], { day: a, month, ...year }, { day: b, month, ...year });
  },
};

/**
 * "on 1–3 and 6 October 2031": a stretch and a day after it (a weekend between): the item runs from the first day
 * to the last, as a calendar holds one entry for it; the reviewer sees the words.
 */
export const stretchAndDayParser: chrono.Parser = {
  pattern: () => new RegExp(`\\b(\\d{1,2})\\s*[-–—]\\s*(\\d{1,2})\\s+and\\s+(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTHS})\\b${YEAR}\\b`, 'i'),
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (!(a < b && b < c && c - b <= 4)) return null;
    const month = monthNumber(match[4]!);
    const year = match[5] ? { year: Number(match[5]) } : {};
    return context.createParsingResult(match.index ?? 0, match[0], { day: a, month, ...year }, { day: c, month, ...year });
  },
};

/** "on July 14", "by Friday, May 28": month first, no year printed (not "July 2027", not "July 14, 2027"). */
export const monthDayParser: chrono.Parser = {
  pattern: () => new RegExp(`\\b(${MONTHS})\\s+(\\d{1,2})${ORD}\\b(?![,.]?\\s*(?:19|20)\\d{2}\\b)(?![:./]\\d)`),
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const day = Number(match[2]);
    if (day < 1 || day > 31) return null;
    return context.createParsingResult(match.index ?? 0, match[0], { day, month: monthNumber(match[1]!) });
  },
};

/** "mid-June 2027", "early March 2028", "late September 2026": a month, approximately ("end of May" is its last day: date-forms.ts). */
export const approximateMonthParser: chrono.Parser = {
  // "the second half of September 2028", "the first fortnight of May": a part of a month is that month.
  pattern: () =>
    new RegExp(
      `\\b(?:mid|early|late|beginning\\s+of|(?:the\\s+)?(?:first|second|last)\\s+(?:half|fortnight|week|days)\\s+of)[\\s-]+(${MONTHS})\\b${YEAR}`,
      'i',
    ),
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const month = monthNumber(match[1]!);
    return context.createParsingResult(match.index ?? 0, match[0], { month, ...(match[2] ? { year: Number(match[2]) } : {}) });
  },
};

/** "for 90 minutes", "for two hours" after a start time: how long the item lasts. */
const DURATION = /^\s*,?\s*for\s+(\d{1,3}|one|two|three|four|an?)\s+(minutes?|hours?)\b/i;
const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 };

/** The end time of an item starting at `start` ("09:00") for the duration printed at the head of `rest`. */
export function endAfterDuration(start: string, rest: string): { end: string; length: number } | undefined {
  const m = DURATION.exec(rest);
  if (!m) return undefined;
  const n = WORD_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
  const minutes = /^min/i.test(m[2]!) ? n : n * 60;
  const [h, mm] = start.split(':').map(Number) as [number, number];
  const total = h * 60 + mm + minutes;
  if (total >= 24 * 60) return undefined;
  return { end: `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`, length: m[0].length };
}
