import * as chrono from 'chrono-node';
import type { ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import { crossMonthRangeParser, usRangeParser } from './date-formats.js';
import {
  dottedDateParser,
  endOfMonthParser,
  isoInterval,
  ordinalWordDateParser,
  weekdayRangeParser,
  weekOfParser,
  yearlessDottedParser,
} from './date-forms.js';
import { approximateMonthParser, dayPairParser, monthDayParser, stretchAndDayParser } from './date-phrases.js';
import { slashDayPairParser } from './slash-days.js';

/** A zone printed right after four-digit times ("1300-1500 UTC", "0600-0800 (CET)", "1400-1600 Geneva time"). */
const ZONE_NEXT = /^\s*\(?\s*(?:UTC|GMT|[A-Z]{1,3}S?T\b|local\s+time|[A-Z][a-z]+\s+time)/;

/** "1330-1430 hours", "0940 to 1230 hours", "13:30–14:30", "13.30 to 14.30": a time range. */
const hoursRangeParser: chrono.Parser = {
  // "9h30 to 13h00", "9.30-12.00": a one-digit hour when a separator follows it.
  pattern: () =>
    /\b(?:at\s+|from\s+)?([01]\d|2[0-3]|\d(?=[:.h][0-5]\d))[:.h]?([0-5]\d)\s*(?:-|–|—|to|until)\s*([01]\d|2[0-3]|\d(?=[:.h][0-5]\d))[:.h]?([0-5]\d)(?:\s*(?:hours|hrs|h)\b)?/i,
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

/** "from 10h to 12h CET", "14h-16h": whole hours in the French style. */
const wholeHoursParser: chrono.Parser = {
  pattern: () => /\b(?:from\s+)?([01]?\d|2[0-3])h\s*(?:-|–|—|to|until)\s*([01]?\d|2[0-3])h\b(?![0-5]\d)/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) =>
    context.createParsingResult(match.index ?? 0, match[0], { hour: Number(match[1]), minute: 0 }, { hour: Number(match[2]), minute: 0 }),
};

/** "at 1330 hours": a single time in the "hours" style. */
const hoursParser: chrono.Parser = {
  // "1330 hours", "18.00 hours", "09:30 hrs".
  pattern: () => /\b(?:at\s+)?([01]\d|2[0-3])[.:]?([0-5]\d)\s*(?:hours|hrs)\b/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) =>
    context.createParsingResult(match.index ?? 0, match[0], { hour: Number(match[1]), minute: Number(match[2]) }),
};

/** "12 noon", "at noon", "midday", "12.00 noon": twelve o'clock (chrono reads "noon" only next to a date it can see). */
const noonParser: chrono.Parser = {
  pattern: () => /\b(?:at\s+)?(?:12(?:[:.]00)?\s*)?(?:noon|midday)\b/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    // "afternoon" is no time; nor "before noon" alone without a day around (the caller joins it to a date or drops it).
    if (/\w$/.test(context.text.slice(0, match.index ?? 0))) return null;
    return context.createParsingResult(match.index ?? 0, match[0], { hour: 12, minute: 0 });
  },
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
        // "from the 3rd of March until the 24th of March 2031": the article may stand before the second date;
        // "between 5 January and 27 February": "between" makes "and" a stretch.
        const between = /\bbetween\s+$/i.test(context.text.slice(Math.max(0, prev.index - 9), prev.index));
        if (
          /^\s*,?\s*(?:\([^)]{1,25}\))?\s*,?\s*(?:to|until|till|through|–|—|-)\s*(?:the\s+)?$/i.test(gap) ||
          (between && /^\s*and\s*(?:the\s+)?$/i.test(gap)) ||
          isoInterval(prev.text, gap, r.text)
        ) {
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

/** chrono's English parser (strict: no "today") with the parsers above and those of date-forms, date-formats and date-phrases added. */
function buildParser(): chrono.Chrono {
  const parser = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));
  parser.parsers.push(
    hoursRangeParser,
    wholeHoursParser,
    hoursParser,
    noonParser,
    stretchAndDayParser,
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
    slashDayPairParser,
  );
  parser.refiners.push(joinRangeRefiner);
  return parser;
}

export const EN = buildParser();
export const YEARLESS_MONTH_END = new RegExp(`\\b(?:end(?:\\s+of\\s+|-)|(?:mid|early|late)[\\s-]+)(?:${MONTH_WORDS})\\b`, 'i');
export const OTHER: Record<string, chrono.Chrono> = { fr: chrono.fr.strict, es: chrono.es.strict, ru: chrono.ru.strict };
