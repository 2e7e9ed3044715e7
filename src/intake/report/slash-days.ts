import type * as chrono from 'chrono-node';
import type { ParsingContext } from 'chrono-node';
import { monthNumber } from './date-phrases.js';

/**
 * "on 21/22 May 2030", "22/23 September 2036": two days of a month joined by a slash are a two-day meeting
 * (chrono reads only the second). Only consecutive days: "3/7 May" is no range anyone prints.
 */
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

export const slashDayPairParser: chrono.Parser = {
  pattern: () => new RegExp(`(?<![\\d/.])(\\d{1,2})\\s?/\\s?(\\d{1,2})\\s+(${MONTHS})\\b(?:,?\\s+((?:19|20)\\d{2}))?`, 'i'),
  extract: (context: ParsingContext, m: RegExpMatchArray) => {
    const [first, second] = [Number(m[1]), Number(m[2])];
    if (second !== first + 1 || first < 1 || second > 31) return null;
    const month = monthNumber(m[3]!);
    const year = m[4] ? { year: Number(m[4]) } : {};
    return context.createParsingResult(m.index ?? 0, m[0], { day: first, month, ...year }, { day: second, month, ...year });
  },
};
