import type { Candidate } from './candidate-type.js';
import { withYear } from './dates.js';
import { shiftYear } from './future-year.js';
import { namedForYearBefore } from './named-year.js';
import type { ReportDocument } from './paragraphs.js';

/**
 * The first paragraphs' first dated event told as held: the meeting the report is about, in a report that
 * names no numbered meeting ("The Forum was held in Cairo on …"). Its year is the one its name gives when the
 * printed date is a year off ("RDF 2031 … was held on 11-12 May 2030"): the report's time, against which
 * year-less dates and history are read, must not inherit a misprint the draft itself corrects.
 */
export function openingMeeting(candidates: Candidate[], paragraphs: ReportDocument['paragraphs']): string | undefined {
  const first = new Set(paragraphs.slice(0, OPENING_PARAGRAPHS));
  const c = candidates.find(
    (x) =>
      x.kind === 'event' &&
      x.date.type === 'mention' &&
      x.date.mention.start.year !== undefined &&
      first.has(x.sentence.paragraph) &&
      /\b(?:was|were)\s+(?:\w+\s+){0,2}?(?:held|convened|organi[sz]ed)\b|\btook place\b|\bmet\b/i.test(x.sentence.text),
  );
  if (c?.date.type !== 'mention') return undefined;
  const start = withYear(c.date.mention, undefined)?.start;
  const named = c.entity?.year;
  if (!start || named === undefined || c.entity?.groupMeeting || !namedForYearBefore(c.entity!, c.sentence.text)) return start;
  const years = named - Number(start.slice(0, 4));
  return Math.abs(years) === 1 ? shiftYear(start, years) : start;
}
const OPENING_PARAGRAPHS = 6;
