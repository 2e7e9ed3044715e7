import type { Entity, Reading, SentenceReading } from './mentions.js';

/**
 * "Contributions to each plenary meeting are due 21 calendar days before it", said above a schedule: one
 * deadline per meeting of that kind the paragraph lists (its table rows cite the same paragraph), not one
 * anchored to "it". The kind is the head noun after "each" ("each plenary meeting" → the listed meetings;
 * "each session" → the sessions), so a schedule's workshops and consultations get none.
 */
const EACH = /\beach\s+(?:[\p{L}-]+\s+){0,2}?(meeting|session|workshop|consultation|webinar)s?\b/iu;

export function eachAnchored(reading: Reading, s: SentenceReading, anchorWords: string): Entity[] {
  if (!/^(?:it|them|the meeting|the session)$/i.test(anchorWords.trim())) return [];
  const each = EACH.exec(s.text);
  if (!each) return [];
  const head = each[1]!.toLowerCase();
  const paragraph = s.paragraph.number;
  return reading.entities.filter((e) => e.head === head && e.mentions.some((m) => m.paragraph === paragraph && m.sentence !== s.text));
}

/** "Contributions to the 5th meeting of the EGTI": what is due, named with the meeting it is due for. */
export function eachTitle(before: string, meeting: string, fallback: string): string {
  const what = /\b(contributions|comments|inputs|documents|submissions|proposals|reports)\b/i.exec(before)?.[1];
  return what ? `${what[0]!.toUpperCase()}${what.slice(1).toLowerCase()} to the ${meeting.replace(/^the\s+/i, '')}` : `${fallback} (${meeting})`;
}
