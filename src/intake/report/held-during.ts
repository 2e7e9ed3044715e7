import type { Reading, SentenceReading } from './mentions.js';
import type { SubEvent } from './sub-events.js';

/**
 * "The next facilitation meeting of Action Line C5 will be held during the WSIS Forum 2027", "Working Party 1/5
 * and Working Party 2/5 will meet during the fourth meeting of the Study Group": the subject itself, named or
 * not, is held during the event that follows (sub-events.ts reads "a session … at X" instead, from its head noun).
 */
const HELD_DURING =
  /\s+(?:will|shall|would|is to|are to)\s+(?:also\s+)?(?:be\s+held|take\s+place|meet|convene)\s+(?:during|in the margins of|on the margins of|on the sidelines of|back[- ]to[- ]back with)\s+(?:(?:the|that|this|its|their)\s+)?$/i;
/** A subject sentence start short enough to be a name ("Working Party 1/5 and Working Party 2/5"). */
const SUBJECT = /^(?:The\s+)?(\p{Lu}[^,;:()]{2,80}?)$/u;

export function heldDuring(reading: Reading, s: SentenceReading): SubEvent[] {
  for (const { mention, entity } of s.events) {
    const before = s.text.slice(0, mention.index);
    const verb = HELD_DURING.exec(before);
    if (!verb) continue;
    if (!reading.entities.includes(entity) || (mention.generic && entity.name === mention.name)) continue;
    const subjectText = before.slice(0, verb.index);
    const named = [...s.events].reverse().find((e) => e.mention.endIndex <= verb.index && e.mention.endIndex >= verb.index - 2 && !e.mention.generic);
    if (named && named.entity !== entity && reading.entities.includes(named.entity))
      return [
        { phrase: named.mention.name, title: named.mention.name, parent: entity, index: named.mention.index, endIndex: mention.endIndex, entity: named.entity },
      ];
    const subject = SUBJECT.exec(subjectText.trim());
    if (!subject || /^(?:It|They|This|These|He|She|We)\b/.test(subject[1]!)) continue;
    // "Working Party 1/13 will meet during …": a body that meets, so the item is its meeting.
    const title = /\b(?:meet|convene)\b/i.test(verb[0]) ? `Meeting of ${subject[1]!}` : subject[1]!;
    return [{ phrase: subject[1]!, title, parent: entity, index: 0, endIndex: mention.endIndex }];
  }
  return [];
}
