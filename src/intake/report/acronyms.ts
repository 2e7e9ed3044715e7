import type { EventMention } from './events.js';
import { nameTokens } from './lexicon.js';
import type { Entity } from './mentions.js';

/**
 * "the next meeting of the Telecommunication Development Advisory Group (TDAG) will take place … The Chair
 * will present the report to TDAG": an acronym the report defined in brackets after an event's name names
 * that event when it stands alone later. Only a standalone acronym counts: not one inside a longer name
 * ("the TDAG Chair", "WSIS Action Lines", "TDAG-28"), where it names the body rather than its meeting. "(RFDS-33)"
 * defines RFDS as well: "the next RFDS" is a later edition (initials.ts ties it to the next one named in full).
 */
const DEFINED = /\(([A-Z][A-Z0-9]{1,11})(?:\s+(?:19|20)\d{2}|[-‑]\d{2})?\)/;
/** "(WTIS 2028)" then "WTIS 2028 will be held": the acronym with a year names the edition, even opening a sentence. */
const YEAR_AFTER = /^\s+((?:19|20)\d{2})\b/;

export function acronymMentions(sentence: string, entities: readonly Entity[], found: readonly EventMention[]): EventMention[] {
  const out: EventMention[] = [];
  const seen = new Set<string>();
  for (const e of entities) {
    if (e.groupMeeting) continue;
    const acronym = e.mentions.map((m) => DEFINED.exec(m.wording)?.[1]).find(Boolean);
    if (!acronym || seen.has(acronym)) continue;
    seen.add(acronym);
    for (const m of sentence.matchAll(new RegExp(`\\b${acronym}\\b`, 'g'))) {
      const index = m.index ?? 0;
      const year = YEAR_AFTER.exec(sentence.slice(index + acronym.length));
      const endIndex = index + acronym.length + (year ? year[0].length : 0);
      if (found.some((f) => f.index <= index && f.endIndex >= endIndex)) continue;
      const before = sentence.slice(Math.max(0, index - 30), index);
      const after = sentence.slice(endIndex);
      if (!/\b(?:to|at|of|by|for|before|after|during|until|the|next)\s+$/i.test(before) && !(year && /^\s*$/.test(before))) continue;
      if (!/^\s*(?:[.,;:)]|$|\s(?:[a-z]|and\b|or\b))/.test(after) || /^\s*[-(‑]/.test(after)) continue;
      const name = sentence.slice(index, endIndex);
      out.push({
        name,
        index,
        endIndex,
        head: e.head,
        tokens: nameTokens(name),
        generic: false,
        groupMeeting: false,
        ...(year ? { year: Number(year[1]) } : {}),
      });
    }
  }
  return out;
}
