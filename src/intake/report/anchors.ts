import { initialsOf } from './initials.js';
import type { EventMention } from './events.js';
import { findEvents, sameName } from './events.js';
import { acronymHead, bareBody, namedWithYearIn } from './bare-body.js';
import { laterEdition } from './later-edition.js';
import { notRecalledEdition } from './recalled-edition.js';
import type { Entity, Reading, SentenceReading } from './mentions.js';

/**
 * Which item a phrase points at when a report names it again: "the meeting", "the session", "that
 * meeting", "its next meeting", "the TDAG meeting", "the fifth meeting". Reports name a meeting once
 * in full ("The fifth meeting of Study Group 1 will be held …") and then refer to it in the following
 * sentences and paragraphs; a deadline "12 days before the session" is counted from that meeting.
 */

/** Bodies that meet in sessions: "the session" after "Council 2028" is Council 2028 (not "registration for the Consultations … before the meeting"). */
const SITTING_BODY = /^(?:council|assembly|conference|commission|committee|board|plenary)$/;

/** Meeting and session are one thing for a referent ("Contributions to the 21st meeting … prior to the session"). */
const MEETING = /^(?:meeting|session)s?$/i;

export function isMeetingHead(head: string): boolean {
  return MEETING.test(head);
}

/** The latest-seen entity of that ordinal that is a meeting (the group's own first). */
export function meetingByOrdinal(entities: readonly Entity[], ordinal: string): Entity | undefined {
  const all = entities.filter((e) => e.ordinal !== undefined && Number(e.ordinal) === Number(ordinal) && isMeetingHead(e.head));
  return all.find((e) => e.groupMeeting) ?? [...all].sort((a, b) => b.lastSeen - a.lastSeen)[0];
}

/** The meeting a paragraph reports on: the one it names ("During the 42nd meeting"), else the latest the report covers. */
export function reportedMeeting(entities: readonly Entity[], reported: readonly string[], context?: string): Entity | undefined {
  const ordinal = context ?? [...reported].sort((a, b) => Number(b) - Number(a))[0];
  return ordinal === undefined ? undefined : meetingByOrdinal(entities, ordinal);
}

/**
 * A numbered meeting named again: "the fifth meeting" after "The fifth meeting of Study Group 1", or
 * "the fourth meeting of Study Group 5" after "its next meeting" (already read as the fourth). The same
 * ordinal and head, and one side unnamed or both names the same.
 */
export function sameNumberedMeeting(entities: readonly Entity[], m: EventMention, ordinal: string, bare: boolean): Entity | undefined {
  if (!isMeetingHead(m.head)) return undefined;
  return [...entities]
    .filter((e) => e.ordinal !== undefined && Number(e.ordinal) === Number(ordinal) && e.head === m.head)
    .sort((a, b) => b.lastSeen - a.lastSeen)
    .find((e) => bare || unnamed(e) || sameName(e.tokens, m.tokens));
}

function unnamed(e: Entity): boolean {
  return e.tokens.every((t) => /^(?:meeting|session|next|virtual|\d+\w*|[a-z]+-?(?:first|second|third|th))$/.test(t) || t === e.ordinal);
}

/**
 * "the TDAG meeting", "the next CSTD session": an acronym that another entity carries in brackets or as
 * its long name ("the Telecommunication Development Advisory Group (TDAG)"), followed only by generic words.
 */
export function acronymAlias(entities: readonly Entity[], m: EventMention): Entity | undefined {
  const acronyms = [...m.name.matchAll(/\b([A-Z][A-Z0-9]{1,11}(?:-[A-Z]{1,6})?)\b/g)].map((x) => x[1]!);
  if (acronyms.length !== 1) return undefined;
  const acronym = acronyms[0]!;
  const rest = m.name
    .replace(acronym, '')
    .replace(/\b(?:the|next|meeting|session|meetings|sessions)\b/gi, '')
    .trim();
  // "(WTIS 2028)" defines the acronym with its edition's year: "WTIS 2028" names that one only (a bare
  // "(IGF)" definition does not say which edition "IGF 2025" is).
  const edition = m.year !== undefined && rest === String(m.year);
  if (rest && !edition) return undefined;
  const defined = (w: string) => (edition ? w.includes(`(${acronym} ${m.year})`) : w.includes(`(${acronym})`));
  return [...entities].sort((a, b) => b.lastSeen - a.lastSeen).find((e) => e.head === m.head && e.mentions.some((x) => defined(x.wording)) && !e.groupMeeting);
}

/** "The TDAG will hold its next meeting", "the Council at its next session": another body's meeting, not the group's. */
export function anotherBodysNext(sentence: string, index: number, group?: string): boolean {
  const before = sentence.slice(0, index);
  if (!/\b(?:its|their)\s+next\s+(?:\S+\s+)?$/i.test(before)) return false;
  const named = [...before.matchAll(/\(([A-Z][A-Z0-9&-]{1,15})\)|\b([A-Z]{2,}[A-Z0-9&-]*)\b/g)].map((x) => x[1] ?? x[2]!);
  return named.some((n) => n !== group && !/^(?:ITU|UN)$/.test(n));
}

/** The meeting after the one the paragraph reports on ("contributions to its next meeting … prior to the meeting"). */
export function nextMeeting(reading: Reading, s: SentenceReading): Entity | undefined {
  const context = s.contextMeeting ?? (reading.doc.meetings.length === 1 ? reading.doc.meetings[0] : undefined);
  if (!context) return undefined;
  return meetingByOrdinal(reading.entities, String(Number(context) + 1));
}

/** The entity a phrase names ("the 42nd meeting of CWG-WSIS&SDG", "the annual session", "Council 2025", "the session"). */
/**
 * "at least two weeks before IRM-5": an acronym alone is no event name, but the report may have defined it
 * in brackets after one ("The fifth Inter-regional Meeting (IRM-5) …"): that event, the latest so named.
 */
function definedAcronym(entities: readonly Entity[], phrase: string): Entity | undefined {
  const acronym = /^\s*(?:the\s+)?([A-Z][A-Z0-9&]{1,11}(?:[-‑][A-Z0-9]{1,6})?)\s*$/.exec(phrase)?.[1];
  if (!acronym) return undefined;
  // "the RPM" after "(RPM-AMS)": the acronym's first part names it too, when only one entity is so defined.
  const latest = [...entities].sort((a, b) => b.lastSeen - a.lastSeen);
  return latest.find((e) => e.mentions.some((m) => m.wording.includes(`(${acronym})`))) ?? acronymHead(latest, acronym) ?? spelledBy(latest, acronym);
}

/**
 * "the close of the RPM" where the report names "the Regional Preparatory Meeting for the Americas" in full and
 * defines the acronym only in its title block: the one event whose capitalised words spell it.
 */
function spelledBy(entities: readonly Entity[], acronym: string): Entity | undefined {
  if (acronym.length < 3 || !/^[A-Z]+$/.test(acronym)) return undefined;
  // A name of several words (not another acronym) whose capitals spell it.
  const spelled = entities.filter((e) => !e.groupMeeting && /\s/.test(e.name) && initialsOf(e.name).startsWith(acronym));
  return spelled.length === 1 ? spelled[0] : undefined;
}

export function resolveAnchor(reading: Reading, phrase: string, s: SentenceReading): Entity | undefined {
  const pointed = latterOrFormer(reading, phrase, s);
  if (pointed !== null) return pointed;
  const found = findEvents(phrase, reading.doc.group)[0];
  // The registry already read these words in their sentence ("the next meeting of the Working Group" is the fourth;
  // "WTIS 2028" after "(WTIS 2028)" is that symposium).
  const at = s.text.indexOf(phrase);
  const own = at < 0 ? undefined : s.events.find((e) => e.mention.index >= at && e.mention.index < at + phrase.length && reading.entities.includes(e.entity));
  if (!found) return definedAcronym(reading.entities, phrase) ?? own?.entity;
  if (own && !found.generic) return own.entity;
  if (found.groupMeeting && found.ordinal) {
    // "the fifth meeting" without a name, after "The fifth meeting of Study Group 1 …": that meeting, not the report's group's.
    const named = reading.doc.group && phrase.includes(reading.doc.group);
    const other = named
      ? undefined
      : [...reading.entities].filter((e) => !e.groupMeeting && e.ordinal === found.ordinal).sort((a, b) => b.lastSeen - a.lastSeen)[0];
    return other ?? reading.entities.find((e) => e.groupMeeting && e.ordinal === found.ordinal);
  }
  if (found.generic) {
    // "before the meeting", "prior to the session": the meeting this sentence names, else the one the paragraph names.
    // "the drill" after "the Regional CyberDrill for Europe": a compound name ending in the head counts too.
    const fits = (e: Entity) =>
      e.head === found.head ||
      (isMeetingHead(found.head) && isMeetingHead(e.head)) ||
      (found.head.length >= 4 && e.tokens.some((t) => t.length > found.head.length && t.endsWith(found.head)));
    const before = (e: { mention: EventMention }) => e.mention.index < (at + 1 || Infinity) && !e.mention.generic;
    const inSentence = [...s.events].reverse().find((e) => fits(e.entity) && before(e));
    if (inSentence) return inSentence.entity;
    // "submit the report to Council 2028 in due time before the session": a meeting or session of the body
    // this sentence has just named, whatever its own head (council, assembly, conference).
    if (isMeetingHead(found.head)) {
      const named = [...s.events]
        .reverse()
        .find(
          (e) =>
            before(e) &&
            reading.entities.includes(e.entity) &&
            !e.entity.groupMeeting &&
            SITTING_BODY.test(e.entity.head) &&
            !(bareBody(e.mention) && !namedWithYearIn(e.entity, s.paragraph.number)),
        );
      if (named) return named.entity;
    }
    const meant =
      notRecalledEdition(reading.entities, laterEdition(reading.entities, earlierNamed(reading, s, fits, demonstrative(s.text, at)), s.text)) ?? own?.entity;
    if (meant) return meant;
    // "ahead of the annual meeting", "at the annual session": the yearly edition the report names ("IGF 2032",
    // "the WSIS Forum 2033"), when no meeting of that name was named.
    if (/\bannual\b/i.test(phrase)) return earlierNamed(reading, s, (e) => e.year !== undefined && !e.groupMeeting && !e.month, true);
    return undefined;
  }
  return (
    acronymAlias(reading.entities, found) ??
    [...reading.entities]
      .reverse()
      .find((e) => !e.groupMeeting && (e.year === undefined || found.year === undefined || e.year === found.year) && sameName(e.tokens, found.tokens))
  );
}

/**
 * "four weeks before the latter opens" after "to the Council and its Management Segment": the last (or, "the former",
 * the first) of the things this sentence named before the phrase. `null`: the phrase is no such pointer.
 */
export function latterOrFormer(reading: Reading, phrase: string, s: SentenceReading): Entity | undefined | null {
  const m = /^\s*the\s+(latter|former)\s*$/i.exec(phrase);
  if (!m) return null;
  const at = s.text.search(/\bthe\s+(?:latter|former)\b/i);
  const named: Entity[] = [];
  for (const e of s.events)
    if (e.mention.index < at && !e.mention.generic && reading.entities.includes(e.entity) && !named.includes(e.entity)) named.push(e.entity);
  if (named.length < 2) return named[0];
  return m[1]!.toLowerCase() === 'latter' ? named[named.length - 1] : named[named.length - 2];
}

/** "that meeting", "that session": pointing back past the paragraph, not at the meeting the report is about. */
function demonstrative(sentence: string, at: number): boolean {
  return at >= 0 && /^(?:that|this|said)\s/i.test(sentence.slice(at));
}

/**
 * The item of that kind named last before this sentence: earlier sentences of the same paragraph, then the
 * previous paragraphs (headings skipped: "Future meetings" names no meeting). "The meeting" looks back one
 * paragraph only (further back it is the meeting the report is about); "that meeting" looks back further.
 */
function earlierNamed(reading: Reading, s: SentenceReading, fits: (e: Entity) => boolean, far: boolean): Entity | undefined {
  const i = reading.sentences.indexOf(s);
  if (i < 0) return undefined;
  const paragraphs: string[] = [];
  for (let k = i; k >= 0; k--) {
    const x = reading.sentences[k]!;
    if (x.paragraph.heading) continue;
    if (!paragraphs.includes(x.paragraph.number)) paragraphs.push(x.paragraph.number);
    if (paragraphs.length > (far ? 4 : 2)) return undefined;
    if (k === i) continue;
    const hit = [...x.events].reverse().find((e) => !e.mention.generic && reading.entities.includes(e.entity) && fits(e.entity));
    if (hit) return hit.entity;
  }
  return undefined;
}
