import { type EventMention, findEvents } from './events.js';
import type { Entity } from './mentions.js';

/**
 * A thing named once in full and again in short or through what surrounds it: "the Arab Regional Cyber
 * Week 2026" and later "the Cyber Week"; "during the week of Council 2027" (Council 2027 itself, the anchor
 * of what happens that week); "the next Plenipotentiary Conference", which is not the one "held in Doha
 * in 2026" nor that "of 1989".
 */

/** "the Cyber Week" after "the Arab Regional Cyber Week 2026": the last words of a longer name, with "the". */
export function namedAgain(entities: readonly Entity[], m: EventMention, sentence: string): Entity | undefined {
  if (m.year !== undefined || m.ordinal || m.tokens.length < 2) return undefined;
  if (!/\bthe\s+$/i.test(sentence.slice(Math.max(0, m.index - 4), m.index))) return undefined;
  return [...entities]
    .sort((a, b) => b.lastSeen - a.lastSeen)
    .find((e) => !e.groupMeeting && !e.next && e.head === m.head && e.tokens.length > m.tokens.length && endsWith(e.tokens, m.tokens));
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  const tail = long.slice(long.length - short.length);
  return tail.every((t, i) => t === short[i]);
}

const WEEK_OF = /^(?:(?:high-level|same)\s+)?(?:week|margins|sidelines|occasion)\s+of\s+(?:the\s+)?/i;

/** "week of Council 2027" → "Council 2027": the event whose week it is, found again in the same sentence. */
export function eventOfWeek(m: EventMention, sentence: string, group?: string): EventMention {
  const lead = WEEK_OF.exec(m.name);
  if (!lead) return m;
  const at = m.index + lead[0].length;
  const inner = findEvents(sentence.slice(at), group)[0];
  if (inner?.index !== 0) return m;
  return { ...inner, index: inner.index + at, endIndex: inner.endIndex + at };
}

/** "the next Plenipotentiary Conference": named with "next" (another entity than a past one of the same name). */
export function namedNext(m: EventMention, sentence: string): boolean {
  return !m.generic && /\bnext\s+$/i.test(sentence.slice(Math.max(0, m.index - 6), m.index));
}

/**
 * Whether a mention may be the same thing as an entity already read, as far as "next" goes: "the next X"
 * is not an X of a year before the document's, nor one told as held; an X of such a year is not "the next X".
 */
export function nextAgrees(e: Entity, m: EventMention, sentence: string, documentYear: number | undefined): boolean {
  const past = (year: number | undefined, words: string) =>
    (year !== undefined && documentYear !== undefined && year < documentYear) ||
    // "The Rapporteur Group meeting for Question 3/2 was held in Geneva …", "… 2027 (RDF-ARB-27) was held": the name's number or acronym, then its past verb.
    /^\s*(?:[\w/.()-]+\s+){0,2}?(?:(?:was|were|had been)\s+(?:\w+\s+)?(?:held|convened|organi[sz]ed)|took place)\b/i.test(words) ||
    /\b(?:adopted|approved|decided|held|took place|convened|recalled)\s+(?:\w+\s+){0,2}?(?:by|at|in)?\s*(?:the\s+)?$|^\s*(?:,\s*)?(?:held|of\s+(?:19|20)\d{2})\b/i.test(
      words,
    );
  if (namedNext(m, sentence))
    return !e.mentions.some((x) => {
      const at = Math.max(0, x.sentence.indexOf(x.wording));
      return past(e.year, x.sentence.slice(0, at)) || past(undefined, x.sentence.slice(at + x.wording.length));
    });
  if (e.next) return !past(m.year, sentence.slice(0, m.index)) && !past(m.year, sentence.slice(m.endIndex));
  return true;
}
