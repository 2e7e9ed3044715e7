/**
 * "… will be held 28 June – 2 July 2027 in Montevideo, with Day 0 events on June 27, 2027", "… with a
 * high-level segment on 30 May": the second date is a part of the event named before, an item of its own
 * (the event keeps its dates), titled with the event's name and the part's words.
 */
const WITH_PART =
  /\b(?:with|including)\s+(?:an?\s+|the\s+|its\s+)?((?:[\p{L}\d+&'’-]+\s+){0,4}?(?:events?|sessions?|segments?|track|ceremony|day|dialogue|exhibition))\s*(?:on|from|held on|taking place on)?\s*$/iu;

export function eventPart(sentence: string, dateIndex: number): string | undefined {
  const before = sentence.slice(Math.max(0, dateIndex - 80), dateIndex);
  const clause = before.slice(before.lastIndexOf(';') + 1);
  return WITH_PART.exec(clause)?.[1]?.trim();
}
