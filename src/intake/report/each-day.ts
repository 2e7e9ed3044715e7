import { addDaysIso } from '../../calendar/time.js';
import type { DateMention } from './date-mention.js';

/**
 * "on 21 and 22 March, from 09:30 to 16:30 Lima time each day", "3-5 June 2031, 10:00-13:00 UTC daily": the hours
 * are those of every day, not one stretch from the first morning to the last afternoon. Read as one mention per
 * day, each with the hours, so that the calendar holds what the report says (a day's sessions, not a span across
 * nights). Only for a few days (a long "daily" stretch is a period, kept whole) and only with both times printed.
 */
const EACH_DAY = /^[\s,]*(?:\([^)]{1,30}\)[\s,]*)?(?:each|every|per)\s+day\b|^[\s,]*(?:\([^)]{1,30}\)[\s,]*)?daily\b/i;
const MAX_DAYS = 7;

export function splitEachDay(mentions: DateMention[], sentence: string): DateMention[] {
  return mentions.flatMap((m) => {
    if (!m.end || !m.startTime || !m.endTime || m.start.day === undefined || m.end.day === undefined) return [m];
    if (!EACH_DAY.test(sentence.slice(m.endIndex))) return [m];
    // A year is needed only to step through the days; the one printed (or a common year) serves.
    const year = m.end.year ?? m.start.year ?? 2001;
    const first = iso(m.start.year ?? year, m.start.month, m.start.day);
    const last = iso(year, m.end.month, m.end.day);
    const out: DateMention[] = [];
    for (let d = first; d <= last && out.length < MAX_DAYS + 1; d = addDaysIso(d, 1)) {
      const [y, mo, day] = d.split('-').map(Number) as [number, number, number];
      const { end: _end, ...one } = m;
      out.push({ ...one, start: { ...(m.start.year !== undefined || m.end.year !== undefined ? { year: y } : {}), month: mo, day } });
    }
    return out.length > MAX_DAYS ? [m] : out;
  });
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
