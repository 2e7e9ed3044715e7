/**
 * A list of participants laid out as a table ("Entity | Name | Participation", "Country | Delegate | Role"):
 * its dates are the days each person attended, never calendar items. Told from a schedule by its columns:
 * a person column ("Name", "Participant", "Delegate") beside a column of whom they represent or how they
 * took part, and no column naming a meeting or event.
 */
const PERSON = /^(?:(?:participant|delegate|representative|attendee|speaker|panellist|panelist)s?|(?:full\s+)?names?|contact(?:\s+person)?)$/i;
const AFFILIATION =
  /^(?:entity|entities|organi[sz]ations?|agency|agencies|affiliations?|countr(?:y|ies)|member\s+states?|administrations?|delegations?|institutions?|participation|attendance|attended|mode|role|functions?|titles?|e-?mail)$/i;
const EVENT = /^(?:meetings?|events?|sessions?|activit(?:y|ies)|conference|workshop)\b/i;

/** True when a header row is that of a list of people. */
export function isPeopleHeader(cells: readonly string[]): boolean {
  const words = cells.map((c) => c.trim()).filter(Boolean);
  return words.some((c) => PERSON.test(c)) && words.some((c) => AFFILIATION.test(c)) && !words.some((c) => EVENT.test(c));
}
