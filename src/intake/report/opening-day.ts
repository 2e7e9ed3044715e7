import { withReadings } from './relative-join.js';
import type { RelativeMention } from './relative.js';

/**
 * Why: "no later than the opening day of the Forum", "by the opening of the 63rd meeting", "by the first day of that
 * session", "by the date of the next
 * meeting of the Group": a deadline on the day the event opens, counted 0 days from it (bound `by`); "on the
 * opening day of X" is that day itself (bound `on`). No count of days is printed, so relative.ts reads none.
 */
const OPENING_DAY =
  /\b(no later than|not later than|by|on|before)\s+(?:the\s+)?(?:opening\s+(?:day|date)|first\s+day|start(?:ing)?\s+date|date)\s+of\s+((?:the\s+)?[^,;.()]{2,80}?)(?=\s*(?:[,;.()]|$|\s+(?:and|or|with|so|in order|to allow|at the latest)\b))/gi;

/** "by the opening of the 63rd meeting": the opening (start, beginning) itself, only as a limit (not "on the opening of"). */
const BY_OPENING =
  /\b(no later than|not later than|by)\s+the\s+(?:opening|start|beginning)\s+of\s+((?:the\s+)?[^,;.()]{2,80}?)(?=\s*(?:[,;.()]|$|\s+(?:and|or|with|so|in order|to allow|at the latest)\b))/gi;

export function openingDay(sentence: string): RelativeMention[] {
  return [...sentence.matchAll(OPENING_DAY), ...sentence.matchAll(BY_OPENING)]
    .filter(
      (m) => !/\b(?:this|the present|its)\s+(?:letter|circular|report|document|decision|resolution)\b|^(?:the\s+)?(?:receipt|issue|publication)\b/i.test(m[2]!),
    )
    .map((m) => ({
      text: m[0].trim(),
      index: m.index ?? 0,
      offsetDays: /^before$/i.test(m[1]!) ? -1 : 0,
      bound: /^on$/i.test(m[1]!) ? ('on' as const) : ('by' as const),
      anchor: m[2]!.trim(),
      approximate: false,
    }));
}

/** The relative dates of a sentence with these added (relative-join.ts). */
export function withOpeningDay(found: RelativeMention[], sentence: string): RelativeMention[] {
  return withReadings(found, openingDay(sentence));
}
