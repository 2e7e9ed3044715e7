import { DateParseError } from '../errors.js';
import { GENEVA } from '../calendar/schema.js';
import type { When } from '../calendar/when-schema.js';
import { daysBetweenIso } from '../calendar/time.js';
import { isValidIsoDate, isValidTimeZone } from '../calendar/validate.js';

/**
 * Reads a date the way people write it into a `When`:
 *   2025-03-04 · 4 March 2025 · 4 Mar 2025 · March 4, 2025 · 2025-06-04..2025-06-05 · 4-5 June 2025 ·
 *   23–27 June 2025 · 30 June - 2 July 2025 · 7 July 2025 13:30-14:30 Europe/Zurich · 2025-07-07T13:30 ·
 *   2025-06-04 - 2025-06-05 · 10:00 EST (ZONE_ABBREVIATIONS; IST, CST, AST refused with the zones they may mean) ·
 *   tba · tba 2025 · tba 2025-07 · 21 days before cwg-42 · 3 weeks after cstd-28 · during wsis20-hle-2025 ·
 *   2024-10-02..2024-10-03 (2 October all day, 3 October a.m.)  — words in brackets after all-day dates are the
 *   hours the source gives (kept as words, never turned into times)
 * Numeric day/month forms (03/04/2025) are refused: their order differs between countries.
 * Pure: no clock. `farDateWarning` is the separate "are you sure" check against now.
 */

export const DATE_EXAMPLES = '2025-03-04, 4 March 2025, 23–27 June 2025, 2025-06-04..2025-06-05 or 7 July 2025 13:30-14:30 Europe/Zurich';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
/**
 * Zone abbreviations people type after a time, each read as the zone of the place it names (so summer
 * time follows the calendar: "EST" in July is New York's EDT). CET/CEST are Geneva's, the group's home.
 * Documented in docs/editing.md; abbreviations used by several zones are refused with the choices.
 */
export const ZONE_ABBREVIATIONS: Record<string, string> = {
  cet: GENEVA,
  cest: GENEVA,
  geneva: GENEVA,
  utc: 'UTC',
  gmt: 'UTC',
  z: 'UTC',
  bst: 'Europe/London',
  wet: 'Europe/Lisbon',
  west: 'Europe/Lisbon',
  eet: 'Europe/Athens',
  eest: 'Europe/Athens',
  msk: 'Europe/Moscow',
  est: 'America/New_York',
  edt: 'America/New_York',
  et: 'America/New_York',
  cdt: 'America/Chicago',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  jst: 'Asia/Tokyo',
  kst: 'Asia/Seoul',
  hkt: 'Asia/Hong_Kong',
  sgt: 'Asia/Singapore',
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
  nzst: 'Pacific/Auckland',
  nzdt: 'Pacific/Auckland',
  eat: 'Africa/Nairobi',
  cat: 'Africa/Maputo',
  wat: 'Africa/Lagos',
  sast: 'Africa/Johannesburg',
  gst: 'Asia/Dubai',
  pkt: 'Asia/Karachi',
};
/** Abbreviations several zones use: refused, naming the zones to choose from. */
export const AMBIGUOUS_ZONES: Record<string, readonly string[]> = {
  ist: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
  cst: ['America/Chicago', 'Asia/Shanghai', 'America/Havana'],
  ast: ['America/Halifax', 'Asia/Riyadh'],
};
const ZONE_WORDS = ZONE_ABBREVIATIONS;
const MONTH = '([A-Za-z]{3,12})\\.?';
const DASH = '\\s*(?:-|–|—|to)\\s*';

export function parseDate(text: string): When {
  // Refused before any reading: nothing below ever sees more than a few hundred characters.
  if (text.length > 400) throw new DateParseError('tooLong', text.trim().slice(0, 20), DATE_EXAMPLES);
  const bracket = /^(.*\S)\s*\(([^()]{1,120})\)\s*$/s.exec(text.normalize('NFC').trim());
  if (!bracket) return parseBareDate(text);
  const when = parseBareDate(bracket[1]!);
  if (when.type !== 'date') throw new DateParseError('hoursOnDates', bracket[2]!, '2024-10-02..2024-10-03 (3 October a.m.)');
  return { ...when, hours: bracket[2]!.replace(/\s+/g, ' ').trim() };
}

function parseBareDate(text: string): When {
  const input = text.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/,/g, ' ').replace(/\s+/g, ' ');
  if (!input) throw new DateParseError('empty', '', DATE_EXAMPLES);
  if (input.length > 80) throw new DateParseError('tooLong', input.slice(0, 20), DATE_EXAMPLES);
  const tba = /^(?:tba|tbd|to be announced)(?: (\d{4}(?:-\d{2})?))?$/i.exec(input);
  if (tba) {
    if (tba[1] && tba[1].length === 7 && !isValidIsoDate(`${tba[1]}-01`)) throw new DateParseError('notMonth', tba[1], 'tba 2025-07');
    return tba[1] ? { type: 'tba', approx: tba[1] } : { type: 'tba' };
  }
  const rel = /^(\d{1,4}) (day|days|week|weeks) (before|after|prior to) ([a-z0-9][a-z0-9-]{1,63})$/i.exec(input);
  if (rel) {
    const days = Number(rel[1]) * (/week/i.test(rel[2]!) ? 7 : 1);
    if (days > 3650) throw new DateParseError('offsetTooLarge', input, '21 days before cwg-42');
    return { type: 'relative', anchor: rel[4]!.toLowerCase(), offsetDays: /after/i.test(rel[3]!) ? days : -days, bound: 'by' };
  }
  const during = /^during ([a-z0-9][a-z0-9-]{1,63})$/i.exec(input);
  if (during) return { type: 'relative', anchor: during[1]!.toLowerCase(), offsetDays: 0, bound: 'during' };
  refuseAmbiguous(input);
  const { datePart, times, zone } = splitTime(input);
  const [start, end] = readDays(datePart);
  if (end && end < start) throw new DateParseError('rangeBackwards', `${start} → ${end}`, '2025-06-04..2025-06-05');
  if (!times) return end && end !== start ? { type: 'date', start, end } : { type: 'date', start };
  if (end && end !== start) throw new DateParseError('timesOnRange', input, '7 July 2025 13:30-14:30 Europe/Zurich');
  const [from, to] = times;
  if (to && to <= from) throw new DateParseError('timeBackwards', `${from}-${to}`, '7 July 2025 13:30-14:30 Europe/Zurich');
  return { type: 'datetime', start: `${start}T${from}`, ...(to ? { end: `${start}T${to}` } : {}), tz: zone };
}

function refuseAmbiguous(input: string): void {
  if (/(^|\s)\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(\s|$)/.test(input) || /(^|\s)\d{1,2}\/\d{1,2}(\s|$)/.test(input)) {
    throw new DateParseError('ambiguous', input, '2025-04-03 or 3 April 2025');
  }
}

/** Splits "7 July 2025 13:30-14:30 Europe/Zurich" (or ISO 2025-07-07T13:30) into date words, times and zone. */
function splitTime(input: string): { datePart: string; times?: [string, string | undefined]; zone: string } {
  let rest = input.replace(/^(\d{4}-\d{2}-\d{2})T(\d{1,2}:\d{2})/, '$1 $2');
  let zone = GENEVA;
  const zoneMatch = / ([A-Za-z][A-Za-z0-9_+\-/]*)$/.exec(rest);
  const choices = zoneMatch ? AMBIGUOUS_ZONES[zoneMatch[1]!.toLowerCase()] : undefined;
  if (zoneMatch && choices) {
    const before = rest.slice(0, zoneMatch.index).trim();
    const time = /(\d{1,2}[:h.]\d{2}(?:\s*[-–]\s*\d{1,2}[:h.]\d{2})?)$/.exec(before)?.[1] ?? '10:00';
    throw new DateParseError('ambiguousZone', zoneMatch[1]!, choices.map((z) => `${time} ${z}`).join(', '));
  }
  if (zoneMatch && (zoneMatch[1]!.includes('/') || ZONE_WORDS[zoneMatch[1]!.toLowerCase()])) {
    const word = zoneMatch[1]!;
    const z = ZONE_WORDS[word.toLowerCase()] ?? word;
    if (!isValidTimeZone(z)) throw new DateParseError('notZone', word, '7 July 2025 13:30-14:30 Europe/Zurich');
    zone = z;
    rest = rest.slice(0, zoneMatch.index);
  }
  const t = new RegExp(`(?:^| )(\\d{1,2})[:h.](\\d{2})(?:${DASH}(\\d{1,2})[:h.](\\d{2}))?$`, 'i').exec(rest);
  if (!t) {
    if (zone !== GENEVA || /\d{1,2}:\d{2}/.test(rest)) throw new DateParseError('unreadableTime', input, '7 July 2025 13:30-14:30 Europe/Zurich');
    return { datePart: rest.trim(), zone };
  }
  const from = readTime(t[1]!, t[2]!);
  const to = t[3] ? readTime(t[3], t[4]!) : undefined;
  return { datePart: rest.slice(0, t.index).trim(), times: [from, to], zone };
}

function readTime(h: string, m: string): string {
  const hh = Number(h);
  const mm = Number(m);
  if (hh > 23 || mm > 59) throw new DateParseError('notTime', `${h}:${m}`, '7 July 2025 13:30-14:30 Europe/Zurich');
  return `${String(hh).padStart(2, '0')}:${m}`;
}

/** Date words → [start, end?] as YYYY-MM-DD. */
function readDays(text: string): [string, string | undefined] {
  const range = /^(.+?)\s*\.\.\s*(.+)$/.exec(text);
  if (range) return [readDay(range[1]!), readDay(range[2]!)];
  // two whole dates around a dash or "to": 2025-06-04 - 2025-06-05, 4 June 2025 – 5 June 2025
  const pair = /^(\d{4}-\d{1,2}-\d{1,2})\s*(?:-|–|—|to)\s*(\d{4}-\d{1,2}-\d{1,2})$/i.exec(text) ?? /^(.+?\d{4})\s+(?:-|–|—|to)\s+(.+\d{4})$/i.exec(text);
  if (pair) return [readDay(pair[1]!), readDay(pair[2]!)];
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return [checkedDay(Number(iso[1]), Number(iso[2]), Number(iso[3]), text), undefined];
  // 4-5 June 2025, 23–27 June 2025
  let m = new RegExp(`^(\\d{1,2})${DASH}(\\d{1,2}) ${MONTH} (\\d{4})$`, 'i').exec(text);
  if (m) {
    const month = monthOf(m[3]!);
    return [checkedDay(Number(m[4]), month, Number(m[1]), text), checkedDay(Number(m[4]), month, Number(m[2]), text)];
  }
  // 30 June - 2 July 2025
  m = new RegExp(`^(\\d{1,2}) ${MONTH}${DASH}(\\d{1,2}) ${MONTH} (\\d{4})$`, 'i').exec(text);
  if (m) {
    const year = Number(m[5]);
    return [checkedDay(year, monthOf(m[2]!), Number(m[1]), text), checkedDay(year, monthOf(m[4]!), Number(m[3]), text)];
  }
  // June 4-5, 2025
  m = new RegExp(`^${MONTH} (\\d{1,2})${DASH}(\\d{1,2}) (\\d{4})$`, 'i').exec(text);
  if (m) {
    const month = monthOf(m[1]!);
    return [checkedDay(Number(m[4]), month, Number(m[2]), text), checkedDay(Number(m[4]), month, Number(m[3]), text)];
  }
  return [readDay(text), undefined];
}

function readDay(raw: string): string {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return checkedDay(Number(iso[1]), Number(iso[2]), Number(iso[3]), text);
  let m = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? ${MONTH} (\\d{4})$`, 'i').exec(text);
  if (m) return checkedDay(Number(m[3]), monthOf(m[2]!), Number(m[1]), text);
  m = new RegExp(`^${MONTH} (\\d{1,2})(?:st|nd|rd|th)? (\\d{4})$`, 'i').exec(text);
  if (m) return checkedDay(Number(m[3]), monthOf(m[1]!), Number(m[2]), text);
  if (new RegExp(`^(\\d{1,2}) ${MONTH}$|^${MONTH} (\\d{1,2})$`, 'i').test(text)) {
    throw new DateParseError('noYear', text, `${text} 2025`);
  }
  throw new DateParseError('unreadable', text, DATE_EXAMPLES);
}

function monthOf(word: string): number {
  const m = MONTHS[word.toLowerCase().replace(/\.$/, '')];
  if (!m) throw new DateParseError('notMonth', word, '4 March 2025 or 4 Mar 2025');
  return m;
}

function checkedDay(year: number, month: number, day: number, text: string): string {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (year < 1900 || year > 2200 || !isValidIsoDate(iso)) throw new DateParseError('notReal', text, '2025-02-28 or 28 February 2025');
  return iso;
}

/** The first calendar day a `When` names (undefined for tba and relative dates). */
export function firstDayOf(when: When): string | undefined {
  if (when.type === 'date') return when.start;
  if (when.type === 'datetime') return when.start.slice(0, 10);
  return undefined;
}

/**
 * "Are you sure?": a date more than a year in the past or more than three years ahead of `today`
 * (YYYY-MM-DD) is probably a typo. Returns which (the catalogue words it), or undefined.
 */
export function farDateWarning(when: When, today: string): { problem: 'farPast' | 'farAhead'; day: string } | undefined {
  const day = firstDayOf(when);
  if (!day) return undefined;
  const days = daysBetweenIso(today, day);
  if (days < -366) return { problem: 'farPast', day };
  if (days > 3 * 366) return { problem: 'farAhead', day };
  return undefined;
}
