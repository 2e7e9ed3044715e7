import { findDates, withYear } from './dates.js';

/**
 * The "now" of a document, read from its own front matter, never from the machine clock: the line that
 * dates the document ("Date: 20 March 2027", "15 February 2023" alone on a line) and the place-and-date
 * line of the meeting it reports on ("Geneva, 15 and 16 March 2027", "(Geneva, 20-24 November 2023)",
 * "Third meeting, virtual, 11 March 2025", "REPORT OF … (GENEVA, 11-20 MAY 2026)").
 */
export interface FrontMatterDates {
  /** The document's own date. */
  documentDate?: string;
  /** The first day of the meeting the front matter names with a place and a date. */
  meetingStart?: string;
  /** The words it was read from. */
  meetingWording?: string;
  /** The front matter's lines, joined (who the report is by and about). */
  text?: string;
}

/** Front matter: the lines before the first numbered paragraph, at most this many. */
const FRONT_LINES = 25;
/** "1.2\t…", "3. The …", and bracketed numbers ("(1) The Forum was held …", "[4]", "2)"): the body has begun. */
const NUMBERED_LINE = /^\s*(?:\d{1,2}(?:\.\d{1,3}){0,5}\.?|\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}\))(?:\t|\s{2,}|\s(?=[A-Z]))/;
const DATE_ONLY = /^\s*(?:Date\s*:\s*)?(?:\p{L}+,?\s+)?\d{1,2}\s+\p{L}+\s+(?:19|20)\d{2}\s*$/u;
const DATE_LABEL = /^\s*Date\s*:/i;
/** Lines whose dates are not the meeting's: a document's symbol, revision, language, dispatch. */
const NOT_MEETING = /\b(?:Original|Document|Doc\.|Revision|Rev\.|Corrigendum|Addendum|Source|Circular|Dispatched|Deadline)\b/i;

export function frontMatterDates(text: string): FrontMatterDates {
  const lines: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (!raw.trim()) continue;
    if (NUMBERED_LINE.test(raw) && !DATE_ONLY.test(raw)) break;
    lines.push(raw.trim());
    if (lines.length >= FRONT_LINES) break;
  }
  const out: FrontMatterDates = { text: lines.join('\n') };
  for (const line of lines) {
    // Upper-case title lines ("(GENEVA, 11-20 MAY 2026)") read as the prose they are.
    const prose = line === line.toUpperCase() ? titleCase(line) : line;
    const dated = findDates(prose)
      .map((m) => ({ m, r: withYear(m, undefined) }))
      .filter((x) => x.r);
    if (!dated.length) continue;
    if (DATE_ONLY.test(prose) || DATE_LABEL.test(prose)) {
      out.documentDate ??= dated[0]!.r!.start;
      continue;
    }
    if (NOT_MEETING.test(prose) || out.meetingStart) continue;
    // A place-and-date line is short: a place, maybe "virtual", and the dates; a sentence is something else.
    const rest = prose.replace(dated[0]!.m.text, '').replace(/[()\s,.:–-]+/g, ' ');
    if (rest.split(/\s+/).filter(Boolean).length > 14) continue;
    out.meetingStart = dated[0]!.r!.start;
    out.meetingWording = dated[0]!.m.text;
  }
  return out;
}

function titleCase(line: string): string {
  return line.toLowerCase().replace(/(^|[\s(,])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/**
 * The day from which the report's own time runs: the first day of the meetings it reports on (dated in its
 * body, or on its place-and-date line), else the document's date. What the report tells as done before that
 * day is history; what it plans after it is calendar.
 */
export function documentNow(front: FrontMatterDates, reportedStarts: readonly string[], documentDate?: string): { date: string; why: string } | undefined {
  const starts = [...reportedStarts, ...(front.meetingStart ? [front.meetingStart] : [])].sort();
  const dd = front.documentDate ?? documentDate;
  // A letter or note dated before the meeting it is about (an invitation, a draft work plan for the meeting):
  // what it announces may come before the meeting, not before the letter itself.
  if (starts.length && dd && dd < starts[0]!) return { date: dd, why: `the document's date (${dd}), before the meeting it is about` };
  if (starts.length) return { date: starts[0]!, why: `the meeting the report is about (${starts[0]})` };
  return dd ? { date: dd, why: `the document's date (${dd})` } : undefined;
}
