import type { Entity, Reading, SentenceReading } from './mentions.js';

/**
 * Events held at, during or alongside another event: "a high-level session will be organised at the
 * WSIS+20 High-Level Event 2025", "a side event … organized by ITU and South Africa at the IGF 2024",
 * "shared during a side event at the 42nd meeting", "the event … will be held in conjunction with the
 * AI4Good Global Summit". Such a thing has no date of its own: it happens during its parent, and is
 * proposed as "during <parent>" so that it moves with it.
 */
export interface SubEvent {
  /** The words that name it, e.g. "a formal CSTD session". */
  phrase: string;
  title: string;
  parent: Entity;
  /** Where in the sentence the phrase starts (for wording). */
  index: number;
  endIndex: number;
  /** The event it is, when the report names it ("the next facilitation meeting of Action Line C5"; held-during.ts). */
  entity?: Entity;
}

/** A kind of event that is usually part of another: "side event", "session", "segment"… */
const HEAD =
  /\b(an?|the)\s+((?:(?!(?:on|of|the|by|to|for|and|in|at|with|from|will|would|be|is|was|are|were|its|their|this|that)\b)[\p{L}\d+&'’-]+\s+){0,4}?(?:side[- ]events?|open\s+forums?|events?|sessions?|segments?|dialogues?|round[- ]?tables?|workshops?|exhibitions?|panels?|briefings?(?: sessions?)?|ceremon(?:y|ies)|tutorials?|breakfasts?|receptions?|luncheons?|lunch(?:es)?|dinners?|launch(?:es)?|field visits?|study visits?|site visits?|tours?|fairs?|hackathons?|showcases?))\b/giu;
/** What links it to the parent, right before the parent's name ("during the next RDF" too). */
const AT = /\b(?:at|during|in the margins of|on the margins of|on the sidelines of)\s+(?:the\s+)?(?:next\s+)?(?:(?:high-level\s+)?week\s+of\s+(?:the\s+)?)?$/i;
/** "The event … will be held in conjunction with X": X happens during the subject. */
const ALONGSIDE =
  /\b(?:held|organi[sz]ed|take place|takes place|run|runs)\s+(?:jointly\s+)?(?:in conjunction with|back[- ]to[- ]back with|alongside|together with)\s+(?:the\s+)?((?:[A-Z\d][\p{L}\d+&-]*)(?:\s+(?:[A-Z\d][\p{L}\d+&-]*|of|for|on|and|the))*)/u;
/** Words in a head phrase that make it a reference, not a new event ("the event", "the same session"). */
const BARE = /^(?:same\s+|said\s+|above\s+|first\s+|second\s+)?(?:event|session|meeting|events|sessions)$/i;

export function subEventsIn(reading: Reading, s: SentenceReading): SubEvent[] {
  const out: SubEvent[] = [];
  for (const { mention, entity } of s.events) {
    // "during the Summit": a generic name counts once the reading has resolved it to an event named before.
    if (mention.generic && !entity.groupMeeting && !(reading.entities.includes(entity) && entity.name !== mention.name)) continue;
    if (!entity.groupMeeting && !reading.entities.includes(entity)) continue;
    const before = s.text.slice(0, mention.index);
    if (!AT.test(before)) continue;
    // "at the Conference venue": a place, not a time.
    if (/^\s*(?:venue|premises|site|centre|center|building|hall)\b/i.test(s.text.slice(mention.endIndex))) continue;
    const from = Math.max(0, before.lastIndexOf(';') + 1, mention.index - 260);
    const head = lastHead(s, before, from);
    if (!head) continue;
    if (out.some((o) => o.index === head.index)) continue;
    // "provided a briefing at the 41st meeting" is what happened there; only a briefing to come is an item.
    if (/briefing/i.test(head.phrase) && !/\b(?:will|shall|to be|planned|scheduled)\b/i.test(s.text)) continue;
    // "The panel recalled that the glossary was last updated at the meeting": a subject telling the past, not a part to come.
    if (/\b(?:recalled|noted|was|were|had)\b/i.test(s.text.slice(head.endIndex, mention.index)) && !/\b(?:will|shall|to be|planned|scheduled)\b/i.test(s.text))
      continue;
    out.push({
      phrase: head.phrase,
      title: titleOf(head.phrase, entity, before.slice(head.endIndex)),
      parent: entity,
      index: head.index,
      endIndex: mention.endIndex,
    });
  }
  const along = ALONGSIDE.exec(s.text);
  if (along) {
    const subjectOf = subjectEvent(reading, s, along.index);
    const name = along[1]!.replace(/\s+(?:and|the|of|for|on)$/i, '').trim();
    if (subjectOf && name.length > 3 && !sameAs(name, subjectOf)) {
      out.push({ phrase: name, title: name, parent: subjectOf, index: along.index, endIndex: along.index + along[0].length });
    }
  }
  return out;
}

/** The last head phrase in [from, end of before) that is not itself part of a named event. */
function lastHead(s: SentenceReading, before: string, from: number): { phrase: string; index: number; endIndex: number } | undefined {
  let found: { phrase: string; index: number; endIndex: number } | undefined;
  HEAD.lastIndex = from;
  for (let m = HEAD.exec(before); m; m = HEAD.exec(before)) {
    const index = m.index;
    const endIndex = index + m[0].length;
    const words = m[2]!;
    if (BARE.test(words) && m[1]!.toLowerCase() === 'the') continue;
    // A proper name ("the WSIS+20 High-Level Event", "the Youth Session"): an event of its own, not a part.
    if (/^\p{Lu}/u.test(words.split(/\s+/).at(-1)!)) continue;
    // Another date between the phrase and the parent belongs to something else.
    if (s.dates.some((d) => d.index >= endIndex && d.index < before.length && d.start.day !== undefined)) continue;
    found = { phrase: `${m[1]} ${words}`, index, endIndex };
  }
  return found;
}

function titleOf(phrase: string, parent: Entity, between: string): string {
  const what = phrase.replace(/^(?:an?|the)\s+/i, '');
  const by = /^\s*(?:(?:will|is to|shall)\s+be\s+organi[sz]ed\s+)?by\s+([A-Z][^,.;()]{2,60}?)(?=\s+(?:will|at|during|in|on)\b|[,;()]|$)/.exec(between)?.[1];
  const parentName = parent.groupMeeting && parent.ordinal ? `${parent.ordinal}${suffix(Number(parent.ordinal))} meeting` : parent.name;
  const bare = parentName.replace(/^the\s+/i, '');
  // "at WTDC-33", "at IGF 2032", "at Council 2033": a name that is an acronym or a body's session takes no article.
  const article = /^(?:[A-Z][A-Z0-9]+(?:[-‑]\d{2})?(?:\s+(?:19|20)\d{2})?|(?:Council|Congress)\s+(?:19|20)\d{2})$/.test(bare) ? '' : 'the ';
  return `${what}${by ? ` by ${by.trim()}` : ''} at ${article}${bare}`;
}

/** The event a sentence is about: the one named before `index`, or "The event …" pointing at the previous sentence. */
function subjectEvent(reading: Reading, s: SentenceReading, index: number): Entity | undefined {
  const named = [...s.events].reverse().find((e) => e.mention.index < index && !e.mention.generic && reading.entities.includes(e.entity));
  if (named) return named.entity;
  // "The Summit will be held in conjunction with …": a generic name the reading resolved to a known event.
  const resolved = s.events.find((e) => e.mention.index < index && e.mention.generic && reading.entities.includes(e.entity) && !e.entity.groupMeeting);
  if (resolved) return resolved.entity;
  if (/^(?:The|This)\s+(?:event|meeting|forum|summit|conference)\b/i.test(s.text) && s.previous) {
    const prev = reading.sentences.find((x) => x.text === s.previous && x.paragraph === s.paragraph);
    return [...(prev?.events ?? [])].reverse().find((e) => !e.mention.generic && reading.entities.includes(e.entity))?.entity;
  }
  return undefined;
}

function sameAs(name: string, e: Entity): boolean {
  return e.name.toLowerCase().includes(name.toLowerCase()) || name.toLowerCase().includes(e.name.toLowerCase());
}

function suffix(n: number): string {
  return n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
}
