import type { DateMention } from './date-mention.js';
import type { EventMention } from './events.js';
import type { Entity, Reading, SentenceReading } from './mentions.js';
import { isMeetingHead } from './anchors.js';
import { EVENT_WORDS } from './candidate-words.js';

/** The event a date belongs to: a named event before it in the clause, or "the event" resolved. */
export function ownerOf(reading: Reading, s: SentenceReading, m: Pick<DateMention, 'index'>, clauseFrom: number): Entity | undefined {
  const before = s.events.filter((e) => e.mention.endIndex <= m.index && e.mention.index >= clauseFrom - 200);
  for (const e of [...before].reverse()) {
    const between = s.text.slice(e.mention.endIndex, m.index);
    if (complementOf(s, e.mention, before)) continue;
    if (/[;]|\b(?:to submit|comments|and invited|requested)\b/i.test(between)) continue;
    if (e.mention.generic && !reading.entities.includes(e.entity)) continue;
    // "Following the side event, the co-organizers will present … on 25 July": an event named in an opening
    // adverbial is when, not what, the sentence dates.
    if (/^\s*(?:following|after|before|ahead of|prior to)\s+(?:the\s+)?$/i.test(s.text.slice(0, e.mention.index))) continue;
    // The group's meeting, or "the meeting" (the one reported on), owns a date only when it is held on it
    // ("… of the IGF 2027 cycle took place virtually on": the cycle's word and the manner may come between).
    if (
      (e.entity.groupMeeting || (e.mention.generic && isMeetingHead(e.entity.head))) &&
      !/^\s*(?:\d{1,2}\s+)?(?:(?:cycle|period|year|series)\s+)?[:,]?\s*(?:(?:will|shall|would)\s+)?(?:be\s+|was\s+|is\s+)?(?:of (?:the|this) (?:study period|period|year|cycle)\s+)?(?:(?:tentatively|provisionally|now|currently)\s+)?(?:(?:planned|expected|due|set|foreseen|proposed|scheduled)\s+to\s+(?:be\s+)?)?(?:held|take place|took place|takes place|scheduled|convened?|planned|foreseen|expected)?(?:\s+(?:virtually|online|remotely|in person|in hybrid format))?(?:\s*(?:at|in)\s+[^;.]{1,80}?)?\s*(?:for|on|from|in)?\s*$/i.test(
        between,
      )
    )
      continue;
    return e.entity;
  }
  // "The event will take place on 7-11 July 2025": the sentence's subject points at the previous sentence's event.
  const subject = /^(?:The|This|That|It|The same)\s*(event|meeting|forum|session|conference|summit|workshop)?\b/i.exec(s.text);
  if (subject && s.previous && EVENT_WORDS.test(s.text.slice(0, m.index))) {
    const head = (subject[1] ?? 'event').toLowerCase();
    const prev = reading.sentences.find((x) => x.text === s.previous && x.paragraph === s.paragraph);
    const hit = [...(prev?.events ?? [])].reverse().find((e) => e.entity.head === head && reading.entities.includes(e.entity));
    if (hit) return hit.entity;
  }
  return undefined;
}

/**
 * "The second meeting of the OCP on the agenda of the WSIS Forum 2027 took place on …": the Forum is what
 * the meeting is about (named after "of"/"on" with no verb between), not what took place on that date.
 */
function complementOf(s: SentenceReading, m: EventMention, before: readonly { mention: EventMention }[]): boolean {
  const subject = [...before].reverse().find((x) => x.mention.endIndex <= m.index && !x.mention.generic);
  if (!subject) return false;
  const between = s.text.slice(subject.mention.endIndex, m.index);
  return (
    /\b(?:of|on|for|about)\s+(?:the\s+)?$/i.test(between) &&
    !/[;]|\b(?:was|were|is|are|will|would|shall|has|have|had|took|held|be|been|and the|and its)\b/i.test(between)
  );
}
