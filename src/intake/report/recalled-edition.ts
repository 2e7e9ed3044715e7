import type { Entity } from './mentions.js';

/**
 * "I have the pleasure of inviting you to the Fourth Global Forum … The Forum follows the Third Forum (Kigali,
 * 2029)": a lower-numbered edition named after a higher-numbered one of the same kind is recalled (what the
 * subject follows, builds on, replaces). "The Forum" after it is still the edition the report is about, not the
 * one recalled last. A higher-numbered edition named later ("The Fifth Forum will take place in 2033") stays
 * what "the Forum" means after it.
 */
export function notRecalledEdition(entities: readonly Entity[], found: Entity | undefined): Entity | undefined {
  if (!found || found.ordinal === undefined || found.groupMeeting || !/^\d+$/.test(found.ordinal)) return found;
  const higher = entities
    .filter((e) => e.id < found.id && !e.groupMeeting && e.head === found.head && e.ordinal !== undefined && Number(e.ordinal) > Number(found.ordinal))
    .sort((a, b) => b.lastSeen - a.lastSeen);
  return higher[0] ?? found;
}
