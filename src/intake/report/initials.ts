import type { EventMention } from './events.js';
import type { Entity } from './mentions.js';
import { namedNext } from './names.js';

/**
 * "prior to the next RDF" … "The next Regional Development Forum for the Arab States will be convened in 2028":
 * both name the next occurrence, one by its initials. A bare acronym read first as "the next X" is the same
 * thing as a later "next" name whose leading capitalised words spell it, so deadlines counted from the acronym
 * land on the event the report dates.
 */
export function nextByInitials(entities: readonly Entity[], m: EventMention, sentence: string): Entity | undefined {
  if (!namedNext(m, sentence)) return undefined;
  const spelled = initialsOf(m.name);
  if (spelled.length < 3) return undefined;
  return [...entities]
    .sort((a, b) => b.lastSeen - a.lastSeen)
    .find((e) => e.next && !e.groupMeeting && /^[A-Z]{2,8}$/.test(e.name) && spelled.startsWith(e.name));
}

/** "Regional Development Forum for the Arab States" → "RDFAS": the capitalised words' first letters. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}
