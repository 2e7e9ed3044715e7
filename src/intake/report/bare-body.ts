import type { EventMention } from './events.js';
import type { Entity } from './mentions.js';

/**
 * Why: "the Chair's draft report to Council two weeks prior to the session" names the body (Council), not one
 * of its sessions: with neither a year nor a number ("Council 2031", "the 12th session of the Council"),
 * "the session" is the meeting the report was just speaking of, not the body's session.
 * Unless the paragraph names that sitting with its year ("… to Council 2026, which will meet … The report is to be
 * made available to Council no later than six weeks before the opening of the session").
 */
export function bareBody(m: Pick<EventMention, 'year' | 'ordinal' | 'name'>): boolean {
  return m.year === undefined && m.ordinal === undefined && !/\d/.test(m.name);
}

/**
 * Why: "no later than six weeks before the RPM" after "The Regional Preparatory Meeting … (RPM-AMS)": an acronym
 * named again without its suffix. Only when exactly one entity defines an acronym that starts so.
 */
export function acronymHead(entities: readonly Entity[], acronym: string): Entity | undefined {
  const defines = entities.filter((e) => e.mentions.some((m) => m.wording.includes(`(${acronym}-`)));
  return defines.length === 1 ? defines[0] : undefined;
}

/** The entity is named in the paragraph with a year printed in its words ("Council 2026"). */
export function namedWithYearIn(e: Entity, paragraph: string): boolean {
  return e.mentions.some((m) => m.paragraph === paragraph && /\b(?:19|20)\d{2}\b|-\d{2}\b/.test(m.wording));
}
