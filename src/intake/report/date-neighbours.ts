import type { DateMention } from './date-mention.js';

/**
 * Dates of one list that share what is printed once, after the last of them: "on Tuesday 3 June and Wednesday
 * 4 June 2031, 10 a.m.-1 p.m. EDT" gives both days the same hours and zone. chrono reads the hours only with
 * the date they follow, which would leave the first day without a time (and, in a calendar, all day long).
 * Only a bare "and" may stand between the two dates (a comma list shares too: "2, 3 and 4 June, 0900-1200 UTC"),
 * and only a date printed without hours of its own and without a stretch of days takes them.
 */
export function shareHours(mentions: DateMention[], sentence: string): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const m = mentions[i]!;
    const next = mentions[i + 1]!;
    if (m.startTime || m.end || next.end || !next.startTime || m.start.day === undefined) continue;
    if (!/^\s*(?:,|and|,\s*and)\s*$/i.test(sentence.slice(m.endIndex, next.index))) continue;
    // The hours must be printed after the next date ("29 May 2030, 9.30 a.m."), not before it ("by 6 p.m. on …"),
    if (timeFirst(next.text.slice(next.lead.length))) continue;
    m.startTime = next.startTime;
    if (next.endTime) m.endTime = next.endTime;
    if (next.zone) m.zone = next.zone;
  }
}

/** "6 p.m. EDT on 17 May", "1400 hours on 3 May": the text opens with digits that are not a day before its month. */
function timeFirst(text: string): boolean {
  return /^\s*\d{1,4}(?!\d|\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/i.test(text);
}
