import type { EventMention } from './events.js';
import type { Entity } from './mentions.js';

/**
 * "Member States … should do so by the date of the next meeting of the Group" in the summary record of a Council
 * plenary that has just said "the Group's 62nd meeting, to take place on 22/23 September 2036": the record's own
 * meeting is another body's sitting, so the Group's next meeting is not the one after it by number, but the
 * numbered meeting of the Group the record has spoken of as to come.
 */
const TO_COME = /\b(?:will|shall|to take place|to be held|is to|are to|scheduled|planned)\b/i;

export function nextOfBody(entities: readonly Entity[], m: EventMention, context: string | undefined, sentence: string): Entity | undefined {
  if (m.ordinal || !/^(?:meeting|session)$/.test(m.head) || !context) return undefined;
  if (!/\bnext\s+(?:\S+\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 30), m.index))) return undefined;
  if (!entities.some((e) => e.ordinal === context && !e.groupMeeting && e.year !== undefined)) return undefined;
  const body = m.tokens.filter((t) => t !== m.head && t !== 'next');
  if (!body.length) return undefined;
  return [...entities]
    .reverse()
    .find((e) => e.ordinal && e.head === m.head && body.every((t) => e.tokens.includes(t)) && e.mentions.some((x) => TO_COME.test(x.sentence)));
}
