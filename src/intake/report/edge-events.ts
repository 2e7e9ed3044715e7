import { cap, heldThing, tba } from './candidate-text.js';
import { DELIVERABLE } from './candidate-words.js';
import type { Candidate } from './candidate-type.js';
import { type Reading, resolvePhrase, type SentenceReading } from './mentions.js';

/**
 * Things set against the edge of another event rather than on a printed day: "a briefing will be held
 * immediately before the Assembly", "the groups will meet on the first day of the Conference", "a reception on
 * the last day of the Forum", "immediately after the Council". They move with that event, so they are proposed
 * relative to it (−1 day before its start, its first day, its last day, +1 day after its end), not as to be
 * announced. Only in a sentence that prints no day of its own: a printed day dates the thing itself.
 */
const EDGES: { re: RegExp; offsetDays: number; fromEnd?: boolean }[] = [
  { re: /\b(?:immediately|just|the day)\s+(?:before|prior to|preceding)\s+$/i, offsetDays: -1 },
  { re: /\bon the eve of\s+$/i, offsetDays: -1 },
  { re: /\b(?:on|during)\s+the\s+(?:first|opening)\s+day\s+of\s+$/i, offsetDays: 0 },
  // "on the third day of IGF 2036": that many days into it.
  ...['second', 'third', 'fourth', 'fifth'].map((nth, k) => ({
    re: new RegExp(`\\b(?:on|during)\\s+the\\s+${nth}\\s+day\\s+of\\s+$`, 'i'),
    offsetDays: k + 1,
  })),
  { re: /\b(?:on|during)\s+the\s+(?:last|final|closing)\s+day\s+of\s+$/i, offsetDays: 0, fromEnd: true },
  { re: /\b(?:immediately|just|the day)\s+(?:after|following)\s+$/i, offsetDays: 1, fromEnd: true },
  // "in the week after TDAG-37": from the same weekday a week on (a reviewer checks the exact day).
  { re: /\b(?:in|during)\s+the\s+week\s+(?:after|following)\s+$/i, offsetDays: 7 },
  { re: /\b(?:in|during)\s+the\s+week\s+(?:before|preceding|prior to)\s+$/i, offsetDays: -7 },
];
/** What is said to happen: the subject before "will be held", "will meet", or the whole clause. */
const SUBJECT =
  /(?:^|[;:]\s*|\)\s*)((?:an?|the)\s+[^;:]{3,90}?)\s+(?:will|shall|would|is to|are to)\s+(?:also\s+)?(?:be\s+held|take\s+place|meet|convene|\w+)\b/i;

export function edgeEventsIn(reading: Reading, s: SentenceReading): Candidate[] {
  if (s.dates.some((d) => d.start.day !== undefined)) return [];
  const out: Candidate[] = [];
  for (const { mention, entity: named } of s.events) {
    // "the annual meeting": a generic name, resolved the way an anchor is (the edition the report names).
    const entity = reading.entities.includes(named)
      ? named
      : mention.generic
        ? resolvePhrase(reading, s.text.slice(mention.index, mention.endIndex), s)
        : undefined;
    // The group's meetings only when numbered ("immediately following TDAG-37"): "before the meeting" alone is the
    // meeting reported on, already past.
    if (!entity || (entity.groupMeeting && (mention.generic || entity.ordinal === undefined))) continue;
    const before = s.text.slice(0, mention.index).replace(/(?:the|its|their)\s+$/i, '');
    const edge = EDGES.find((e) => e.re.test(before));
    if (!edge) continue;
    const at = edge.re.exec(before)!.index;
    const clause = before.slice(0, at);
    // "Proposals are due on the first day of the meeting": a deliverable, due then.
    const due = DELIVERABLE.test(clause) && !/\b(?:meeting|briefing|session|reception|event)\b/i.test(clause);
    // "BDT will hold an online briefing for the Regional Offices …": the thing held, not who holds it.
    const held = heldThing(clause);
    const subject =
      held ??
      SUBJECT.exec(clause)?.[1] ??
      clause.replace(/^[\s(a-z)]*\)\s*/, '').replace(/\s+(?:will|shall|would|is to|are to)\s+(?:be\s+held|take\s+place|meet|convene)(?:\s+on)?\s*$/i, '');
    out.push({
      ...tba(
        s,
        due ? 'deadline' : 'event',
        cap(subject.replace(/^(?:an?|the)\s+/i, '').trim() || mention.name),
        s.text.slice(at, mention.endIndex),
        undefined,
        due ? 'deadline' : 'event',
      ),
      date: {
        type: 'relative',
        anchor: entity,
        offsetDays: edge.offsetDays,
        bound: due ? 'by' : 'on',
        approximate: false,
        ...(edge.fromEnd ? { fromEnd: true } : {}),
      },
    });
  }
  return out;
}
