import { withReadings } from './relative-join.js';
import type { ReviewFlag } from '../../calendar/schema.js';
import type { RelativeMention } from './relative.js';

/**
 * Why: "by the end of the week preceding the Forum", "by the end of the week before the meeting": the last working
 * day of the week before the one the event opens in. Events open on a Monday far more often than not, so it is read
 * as the Friday before, three days before the opening, and flagged for the reviewer to check against the event's
 * first day. ("before the meeting" alone is read in relative.ts.)
 */
const WEEK_PRECEDING =
  /\bby\s+the\s+end\s+of\s+the\s+week\s+(?:preceding|before|prior\s+to)\s+((?:the\s+)?[^,;.()]{2,80}?)(?=\s*(?:[,;.()]|$|\s+(?:and|or|with|so|in order|to allow)\b))/gi;

export function weekPreceding(sentence: string): RelativeMention[] {
  return [...sentence.matchAll(WEEK_PRECEDING)].map((m) => ({
    text: m[0].trim(),
    index: m.index ?? 0,
    offsetDays: -3,
    bound: 'by' as const,
    anchor: m[1]!.trim(),
    approximate: false,
  }));
}

/** The relative dates of a sentence with these added (relative-join.ts). */
export function withWeekPreceding(found: RelativeMention[], sentence: string): RelativeMention[] {
  return withReadings(found, weekPreceding(sentence));
}

/** The flag that goes with it: what was printed and how it was read. */
export function weekPrecedingFlag(text: string): ReviewFlag | undefined {
  if (!/\bend\s+of\s+the\s+week\s+(?:preceding|before|prior\s+to)\b/i.test(text)) return undefined;
  return {
    kind: 'interpretation',
    printed: text,
    interpretation: 'the Friday of the week before the event opens, read as 3 days before its first day',
    reason: 'The report gives the end of the week before the event, not a day; 3 days holds for an event opening on a Monday. Check against its first day.',
  };
}
