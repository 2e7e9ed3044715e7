/**
 * Why: "The Chair recalled that, at its thirty-second session, held from 23 to 27 April 2029, the Commission had
 * selected …": a numbered session the report does not cover, recalled with the past tense, is background. The
 * reader keeps a group's own earlier meetings of the last year (the calendar holds them), but a recalled one with a
 * plain past date ("held from …", "had selected") is history, as for the group's numbered meetings in draft.ts.
 */
const RECALLED_THAT = /\brecalled\s+that\b/i;
const TOLD_PAST = /\b(?:had|was|were)\s+\w+|\bheld\s+(?:on|from|in)\b/i;

export function recalledSession(sentence: string, ordinal: string | undefined, reported: readonly string[]): boolean {
  if (ordinal === undefined || reported.includes(ordinal)) return false;
  return RECALLED_THAT.test(sentence) && TOLD_PAST.test(sentence) && !/\b(?:will|shall|next)\b/i.test(sentence);
}
