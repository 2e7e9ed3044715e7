import type { ReviewFlag, Source } from '../../calendar/schema.js';

/**
 * Small pure helpers of the draft builder (draft.ts), kept apart so that the builder holds only the reading:
 * de-duplicating sources and review flags, the "held on" test, and month and ordinal words for messages.
 */

export function dedupeSources(sources: Source[], own: string): Source[] {
  const seen = new Set<string>([own]);
  const out: Source[] = [];
  for (const s of sources) {
    if (seen.has(s.paragraph)) continue;
    seen.add(s.paragraph);
    out.push(s);
  }
  return out;
}

export function dedupeFlags(flags: ReviewFlag[]): ReviewFlag[] {
  const seen = new Set<string>();
  return flags.filter((f) => {
    const key = f.printed + f.reason;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The words just before a date say it already happened ("held on", "took place from") and nothing says it is to come. */
export function heldBefore(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  return (
    /\b(?:held|took place|convened|met)\s*(?:virtually\s+|online\s+|in [A-Z][\p{L}-]+\s+)?$/u.test(before.slice(-60).replace(/\s*(?:on|from|in)\s*$/, '')) &&
    // "decided that its next session would be held in …": a summary record's reported speech plans it.
    !/\b(?:will|shall|would|to be|is to|are to|planned|scheduled|expected)\b/i.test(before)
  );
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function monthName(ym: string): string {
  return `${MONTH_NAMES[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;
}

export function ordinalWord(n: string): string {
  const k = Number(n);
  const suffix = k % 100 >= 11 && k % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][k % 10] ?? 'th');
  return `${n}${suffix}`;
}
