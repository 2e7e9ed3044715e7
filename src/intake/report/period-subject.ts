import { cap, tba } from './candidate-text.js';
import type { Candidate } from './candidate-type.js';
import type { Entity, Reading, SentenceReading } from './mentions.js';
import type { YearPeriod } from './year-periods.js';

/**
 * Why: an event announced for a part of a year is often the subject of its sentence without a proper name
 * ("A joint session with the … Group will be held in the first half of 2031", "The next intersessional panel is
 * expected to take place towards the end of 2030"), or a pronoun for the event the sentence before proposed
 * ("… proposed a regional workshop for the Arab States. It will be held later in 2031"). The registry holds no
 * entity for the first two and the owner search looks for a named event: both would be lost.
 */
const NOUN = `(?:session|meeting|workshop|panel|forum|seminar|symposium|conference|consultation|webinar|briefing|retreat|summit|dialogue|round[- ]?table|course)`;
// "The Commission's next intersessional panel": a body's possessive may stand before "next".
const SUBJECT = new RegExp(String.raw`^(?:An?|The\s+(?:\p{Lu}[\p{L}-]*['’]s\s+)?next|A\s+further|Another)\s+(?:[\w-]+\s+){0,4}?${NOUN}s?\b`, 'iu');
const VERB =
  /\s+(?:will|shall|would|is|are)\s+(?:(?:also|then|now|tentatively)\s+)?(?:be\s+(?:held|organi[sz]ed|convened|hosted)|take\s+place|meet|convene|expected|planned|foreseen|scheduled|to\s+be\s+held)\b/i;
const PRONOUN =
  /^(?:It|This|They)\s+(?:will|is|are|shall)\s+(?:(?:also|then|tentatively)\s+)?(?:be\s+(?:held|organi[sz]ed|convened|hosted)|take\s+place|expected|planned|foreseen|scheduled)\b/;

/** "It will be held later in 2031": the last event the previous sentence of the paragraph names. */
export function pronounOwner(reading: Reading, s: SentenceReading): Entity | undefined {
  if (!s.previous || !PRONOUN.test(s.text)) return undefined;
  const prev = reading.sentences.find((x) => x.text === s.previous && x.paragraph === s.paragraph);
  return [...(prev?.events ?? [])].reverse().find((e) => !e.mention.generic && !e.entity.groupMeeting && reading.entities.includes(e.entity))?.entity;
}

/** "A joint session with … will be held in the first half of 2031": a new event, to be announced in that year. */
export function periodSubject(s: SentenceReading, p: YearPeriod): Candidate | undefined {
  const subject = SUBJECT.exec(s.text);
  if (!subject) return undefined;
  const verb = VERB.exec(s.text);
  if (!verb || verb.index > p.index || verb.index < subject[0].length - 1 || verb.index > 160) return undefined;
  const name = s.text.slice(0, verb.index).replace(/^(?:An?|The|Another)\s+/i, '');
  return tba(s, 'event', cap(name), p.text, String(p.year), 'event');
}
