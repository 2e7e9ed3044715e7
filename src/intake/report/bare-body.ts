import type { EventMention } from './events.js';

/**
 * Why: "the Chair's draft report to Council two weeks prior to the session" names the body (Council), not one
 * of its sessions: with neither a year nor a number ("Council 2031", "the 12th session of the Council"),
 * "the session" is the meeting the report was just speaking of, not the body's session.
 */
export function bareBody(m: Pick<EventMention, 'year' | 'ordinal' | 'name'>): boolean {
  return m.year === undefined && m.ordinal === undefined && !/\d/.test(m.name);
}
