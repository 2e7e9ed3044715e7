/**
 * Events announced for a part of a year, with no month: "will be held in 2027", "in the third quarter of
 * 2025", "in the second half of 2027", "expected in late 2028", "foreseen for early 2028". The calendar can
 * only hold them as to be announced in that year; the words are kept for the reviewer.
 */
export interface YearPeriod {
  text: string;
  index: number;
  endIndex: number;
  year: number;
}

// "Q3 2032", "H2 2031": quarters and halves as planners abbreviate them.
/** A part of a year before it: "the third quarter of", "Q3", "early", "autumn" (also read by cancelled.ts). */
export const YEAR_PART = String.raw`(?:(?:Q[1-4]|H[12])\s+|(?:first|second|third|fourth|last)\s+(?:quarter|half|semester|trimester)\s+of\s+|(?:early|late|mid-?|the\s+(?:beginning|end|start|course)\s+of)\s*|(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)`;
const PERIOD = new RegExp(String.raw`\b(?:in|during|for|towards?)\s+(?:the\s+)?(?:${YEAR_PART})?((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)`, 'gi');
/** Words before the phrase that plan the event itself ("will be held", "is expected", "the offer of Morocco to host"), not just anything ("will guide"). */
const PLANNED =
  /\b(?:(?:will|would|shall|to)\s+(?:be\s+(?:held|organi[sz]ed|convened|hosted)|take\s+place|meet|convene|host|organi[sz]e)|(?:will|would|shall)\s+hold|(?:is|are)\s+to\s+be\s+held|planned|expected|foreseen|scheduled|tentatively)\b/i;
const RECALLED = /\b(?:was|were|had|took place|held in (?:19|20)\d{2})\b/i;

export function yearPeriodsIn(text: string): YearPeriod[] {
  const out: YearPeriod[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const before = text.slice(0, m.index);
    const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(': ')) + 1);
    if (!PLANNED.test(clause) || RECALLED.test(clause)) continue;
    out.push({ text: m[0], index: m.index, endIndex: m.index + m[0].length, year: Number(m[1]) });
  }
  return out;
}
