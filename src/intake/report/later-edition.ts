import { sameName } from './events.js';
import type { Entity } from './mentions.js';

/**
 * "Registration will close two weeks prior to the Forum" in a note that names "the WSIS Forum 2031, held from …"
 * and "the WSIS Forum 2032 will be held …": a name without its year ("the Forum"), in a sentence about what is
 * still to come, is the edition the report speaks of as to come, not a past edition that happened to be named last.
 * Only when the edition found is never spoken of in the future and a later edition of the same name is.
 */
const FUTURE = /\b(?:will|shall|must|is to|are to|to be held|is expected to|are expected to)\b/i;

export function laterEdition(entities: readonly Entity[], found: Entity | undefined, sentence: string): Entity | undefined {
  if (!found || found.year === undefined || found.groupMeeting || !FUTURE.test(sentence)) return found;
  if (found.mentions.some((x) => FUTURE.test(x.sentence))) return found;
  const later = entities
    .filter(
      (e) =>
        e !== found &&
        !e.groupMeeting &&
        e.year !== undefined &&
        e.year > found.year! &&
        e.head === found.head &&
        sameName(e.tokens, found.tokens) &&
        e.mentions.some((x) => FUTURE.test(x.sentence)),
    )
    .sort((a, b) => b.lastSeen - a.lastSeen);
  return later[0] ?? found;
}
