import { cap } from './candidate-text.js';
import type { Candidate } from './candidate-type.js';
import { itemAnchor } from './item-anchor.js';
import type { Reading, SentenceReading } from './mentions.js';

/**
 * Why: "The high-level segment of the Council will be held from 14 to 17 July 2031 in New York; the Chair will
 * present the outcome of the session during the high-level segment." The segment is named in lower case (no
 * entity of the registry), dated in the same sentence; what is done "during" it moves with it, so it is an event
 * during that item (bound `during`), found once the items are dated (item-anchor.ts, with the event's noun).
 * Only when the sentence names the same words with a date before, and says what will be done.
 */
const DURING =
  /\b(?:will|shall|is to|are to)\s+((?:\w+\s+){0,2}?(?:present|report|hold|launch|organi[sz]e|brief)\w*\b[^;:]{0,80}?)\s+during\s+the\s+((?:[\p{Ll}-]+\s+){1,3}(segment|forum|conference|summit|session|week))\b/iu;

export function duringNamedIn(reading: Reading, s: SentenceReading): Candidate[] {
  const m = DURING.exec(s.text);
  if (!m) return [];
  const phrase = m[2]!.trim();
  const named = s.text.toLowerCase().indexOf(`the ${phrase.toLowerCase()}`);
  if (named < 0 || named >= (m.index ?? 0) || !s.dates.some((d) => d.start.day !== undefined && d.index > named && d.index < (m.index ?? 0))) return [];
  const key = reading.sentences.indexOf(s) * 100 + (m.index ?? 0);
  return [
    {
      kind: 'event',
      title: cap(m[1]!.replace(/^(?:also\s+)/i, '')),
      sentence: s,
      wording: `during the ${phrase}`,
      date: {
        type: 'relative',
        anchor: itemAnchor(`event:${m[3]!.toLowerCase()}`, `the ${phrase}`, s, key),
        offsetDays: 0,
        bound: 'during',
        approximate: false,
      },
      whoMustAct: [],
      future: true,
      reschedule: false,
      review: [],
    },
  ];
}
