/**
 * "meeting No. 48", "session no. 12", "Meeting #7": a body that numbers its meetings after the noun instead of
 * with an ordinal ("the 48th meeting"). The number is the meeting's ordinal, so that "meeting No. 48" and
 * "meeting No. 49" are two meetings (not one "WP 5D meeting" seen twice) and "the 48th meeting" is the same one.
 */
const NUMBER_AFTER = /^\s+(?:No\.?|no\.|Nr\.?|number|#)\s*(\d{1,3})\b(?![-–/.]\d)/;

/** The number printed right after an event noun, with the length of what it took. */
export function numberAfterHead(rest: string): { ordinal: string; length: number } | undefined {
  const m = NUMBER_AFTER.exec(rest);
  return m ? { ordinal: String(Number(m[1])), length: m[0].length } : undefined;
}
