import { EVENT_HEADS, EVENT_MODIFIERS } from './lexicon.js';
import { acronymMentions } from './acronyms.js';
import { type EventMention, findEvents, sameName } from './events.js';
import { type DateMention, findDates, type DateLanguage } from './dates.js';
import type { ReportDocument, ReportParagraph } from './paragraphs.js';
import { findRelative, type RelativeMention } from './relative.js';
import { splitSentences } from './sentences.js';
import { nextByInitials } from './initials.js';
import { bodyMeeting } from './possessive.js';
import { eventOfWeek, namedAgain, namedNext, nextAgrees } from './names.js';
import { laterEdition } from './later-edition.js';
import { nextOfBody } from './next-of-body.js';
import { notRecalledEdition } from './recalled-edition.js';
import { inferSessionYears } from './session-year.js';
import { acronymAlias, anotherBodysNext, isMeetingHead, reportedMeeting, resolveAnchor, sameNumberedMeeting } from './anchors.js';

/**
 * The first pass over a report: every sentence with what it names (events, dates, relative dates), the
 * meeting of the group each paragraph reports on, and a registry of the events named across the document
 * so that "the event", "the Forum", "the annual session", "IGF-25" and "IGF 2025" are one thing.
 */
export interface Entity {
  id: number;
  name: string;
  tokens: string[];
  head: string;
  year?: number;
  month?: string;
  ordinal?: string;
  groupMeeting: boolean;
  /** Where the document names it: paragraph, the words, whether in a heading. */
  mentions: { paragraph: string; wording: string; heading: boolean; sentence: string }[];
  /** Order of the latest mention in the document: "the Forum" is the forum named last. */
  lastSeen: number;
  /** Named as "the next X" (names.ts): not the past X of the same name. */
  next?: boolean;
  /** Its year counted from another numbered session of the same body (session-year.ts), for the reviewer. */
  inferredFrom?: string;
  /** Not an event: a stand-in for the dated item that concerns this noun ("draft"), see item-anchor.ts. */
  itemNoun?: string;
}

let seen = 0;

export interface SentenceReading {
  paragraph: ReportParagraph;
  /** 0 = the paragraph's own text, n = its n-th bullet. */
  bullet: number;
  text: string;
  /** The previous sentence of the same paragraph (for "The event will take place on …"). */
  previous?: string;
  events: { mention: EventMention; entity: Entity }[];
  dates: DateMention[];
  relatives: RelativeMention[];
  /** The ordinal of the group meeting this paragraph reports on, when the report says ("During the 42nd … meeting"). */
  contextMeeting?: string;
}

export interface Reading {
  doc: ReportDocument;
  sentences: SentenceReading[];
  entities: Entity[];
}

const CONTEXT_MARKER = /^(?:During|At|In|Updates from|Update from|Outcomes? of)\s+(?:the\s+)?(\d{1,3})(?:st|nd|rd|th)\b[^,.;]{0,40}?\b(?:meeting|session)/i;

export function readMentions(doc: ReportDocument, language: DateLanguage = 'en'): Reading {
  const entities: Entity[] = [];
  const sentences: SentenceReading[] = [];
  let context: string | undefined;
  let contextScope = '';
  let previousParagraph: string | undefined;
  for (const p of doc.paragraphs) {
    // Running paragraph numbers ("[12]") under roman sections: what a paragraph reports on holds for its section.
    const scope = p.section !== undefined && !p.number.includes('.') ? p.section : p.number.split('.').slice(0, 2).join('.');
    if (scope !== contextScope && !p.unnumbered) {
      context = undefined;
      contextScope = scope;
    }
    const marker = CONTEXT_MARKER.exec(p.text);
    if (marker && (p.unnumbered || /meeting|session/i.test(marker[0]))) context = marker[1];
    const parts = [...splitSentences(p.text).map((t) => ({ t, bullet: 0 })), ...p.bullets.map((t, i) => ({ t, bullet: i + 1 }))];
    let previous: string | undefined;
    for (const { t, bullet } of parts) {
      const named = findEvents(t, doc.group).map((m) => bodyMeeting(eventOfWeek(m, t, doc.group), t));
      const found = [...named, ...acronymMentions(t, entities, named)].sort((a, b) => a.index - b.index);
      const where = { doc, context, previousParagraph };
      const events = found.map((mention) => ({ mention, entity: register(entities, mention, p, t, where, previous) }));
      sentences.push({
        paragraph: p,
        bullet,
        text: t,
        events,
        dates: findDates(t, language, doc.dateOrder),
        relatives: findRelative(t),
        ...(previous ? { previous } : {}),
        ...(context ? { contextMeeting: context } : {}),
      });
      previous = t;
    }
    if (previousParagraph !== p.number) previousParagraph = p.number;
  }
  inferSessionYears(entities);
  return { doc, sentences, entities };
}

interface Where {
  doc: ReportDocument;
  /** The ordinal of the meeting the paragraph reports on, when it says. */
  context: string | undefined;
  previousParagraph: string | undefined;
}

function register(entities: Entity[], printed: EventMention, p: ReportParagraph, sentence: string, where: Where, previous?: string): Entity {
  const m = withHeldYear(printed, sentence);
  let ordinal = m.ordinal;
  let groupMeeting = m.groupMeeting;
  // "the next meeting of the CWG" from the 41st meeting's paragraphs is the 42nd; in a report of one meeting, the one after it.
  const context = where.context ?? (where.doc.meetings.length === 1 ? where.doc.meetings[0] : undefined);
  if (
    !ordinal &&
    /^(?:meeting|session)$/.test(m.head) &&
    ownMeetingWords(m.tokens, where.doc.group) &&
    /\bnext\s+(?:\S+\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 30), m.index)) &&
    context &&
    !anotherBodysNext(sentence, m.index, where.doc.group) &&
    !nextOfBody(entities, m, context, sentence)
  ) {
    ordinal = String(Number(context) + 1);
    groupMeeting = true;
  }
  const wording = sentence.slice(m.index, m.endIndex);
  const mention = { paragraph: p.number, wording, heading: p.heading, sentence };
  let found: Entity | undefined = ordinal ? undefined : nextOfBody(entities, m, context, sentence);
  // A numbered meeting named again, in full or bare ("the fifth meeting"), whichever was read first.
  if (found) {
    /* the body's next meeting, named before */
  } else if (ordinal) found = sameNumberedMeeting(entities, m, ordinal, m.generic || (m.groupMeeting && !m.name.includes(where.doc.group ?? '\u0000')));
  if (found) {
    /* found */
  } else if (groupMeeting && ordinal) found = entities.find((e) => e.groupMeeting && e.ordinal === ordinal);
  // "an open forum", "a session": an indefinite article brings in a new thing, not the forum or session named last.
  else if (m.generic && /\ban?\s+$/i.test(sentence.slice(Math.max(0, m.index - 4), m.index))) found = undefined;
  else if (m.generic)
    found = notRecalledEdition(
      entities,
      laterEdition(
        entities,
        resolveGeneric(entities, m, p.number, previous, isMeetingHead(m.head) ? { ...where, sentence, index: m.index } : undefined),
        sentence,
      ),
    );
  else {
    const documentYear = where.doc.documentDate ? Number(where.doc.documentDate.slice(0, 4)) : undefined;
    found =
      [...entities].reverse().find(
        (e) =>
          !e.groupMeeting &&
          yearsAgree(e.year, m.year) &&
          (ordinal === e.ordinal || !ordinal || !e.ordinal) &&
          // "the 22nd annual IGF meeting" and "the IGF 2026 annual meeting": an edition by number, another by
          // year; nothing says they are one.
          !(e.ordinal && e.year === undefined && !ordinal && m.year !== undefined) &&
          sameName(e.tokens, m.tokens) &&
          nextAgrees(e, m, sentence, documentYear),
      ) ??
      acronymAlias(entities, m) ??
      namedAgain(entities, m, sentence) ??
      nextByInitials(entities, m, sentence);
  }
  if (found) {
    found.mentions.push(mention);
    found.lastSeen = ++seen;
    if (found.year === undefined && m.year !== undefined) found.year = m.year;
    if (found.ordinal === undefined && ordinal !== undefined) found.ordinal = ordinal;
    if (!found.month && m.month) found.month = m.month;
    // Prefer the fuller name ("Internet Governance Forum (IGF) 2024" over "IGF-24") only when not generic.
    return found;
  }
  const entity: Entity = {
    id: entities.length,
    name: m.name,
    tokens: m.tokens,
    head: m.head,
    groupMeeting,
    mentions: [mention],
    lastSeen: ++seen,
    ...(m.year !== undefined ? { year: m.year } : {}),
    ...(m.month ? { month: m.month } : {}),
    ...(ordinal ? { ordinal } : {}),
    ...(namedNext(m, sentence) ? { next: true } : {}),
  };
  if ((!m.generic && !topicHeading(m, p)) || groupMeeting || datedSubject(m, sentence)) entities.push(entity);
  return entity;
}

/**
 * "Annual meeting", "Future meetings" as a sub-heading: the topic of the paragraphs below, not a thing of its own.
 * Registered, it would collect every later "meeting" ("its next meeting in October") and be the anchor of "the
 * annual meeting" instead of the event the section is about.
 */
function topicHeading(m: EventMention, p: ReportParagraph): boolean {
  const line = p.text.trim();
  if (!p.unnumbered || line.length >= 60 || /[.;:]$/.test(line)) return false;
  return m.tokens.every((t) => EVENT_HEADS.test(t) || EVENT_MODIFIERS.test(t) || /^(?:next|future|upcoming|other|forthcoming)$/i.test(t));
}

/**
 * "The side event will take place on Wednesday, 10 July 2030, …": a generic name that is the subject of a
 * sentence dating it is the thing a note is about; it is registered, so that "10 days before the side event"
 * or "two weeks after the event" later find it. Not "the meeting" (the meeting reported on has its own rules).
 */
function datedSubject(m: EventMention, sentence: string): boolean {
  if (m.index > 4 || isMeetingHead(m.head) || !/^the\s/i.test(sentence)) return false;
  return /^\s*(?:will|is to|shall)\s+(?:take place|be held|be convened)\s+(?:online\s+|in person\s+)?on\s+(?:\p{L}+day,?\s+)?\d/iu.test(
    sentence.slice(m.endIndex),
  );
}

/** "at its eighty-fifth session, to be held in 2029": the year the report gives for it, after a comma. */
function withHeldYear(m: EventMention, sentence: string): EventMention {
  if (m.year !== undefined) return m;
  const held =
    /^\s*,?\s*(?:to be held|to take place|which will (?:be held|take place)|(?:planned|scheduled|foreseen) for)\s+in\s+((?:19|20)\d{2})\b(?![-–\d])/i.exec(
      sentence.slice(m.endIndex),
    );
  return held ? { ...m, year: Number(held[1]) } : m;
}

/** "meeting", "meeting of the Group", "meeting of the Study Group", "CWG-X meeting": no other body's name. */
function ownMeetingWords(tokens: readonly string[], group?: string): boolean {
  return tokens.every((t) => /^(?:meeting|session|group|working|study|expert|committee|commission|cwg|virtual)$/.test(t) || t === group?.toLowerCase());
}

function yearsAgree(a?: number, b?: number): boolean {
  return a === undefined || b === undefined || a === b;
}

/**
 * "the event", "the Forum", "the meeting": the latest named thing with that head (this paragraph first).
 * "The meeting" with no such thing in this paragraph or the one before is the meeting the report is about
 * ("The meeting was invited to …", "informed the meeting"), not whatever meeting was named last.
 */
export function resolveGeneric(
  entities: readonly Entity[],
  m: { head: string; tokens: string[] },
  paragraph: string,
  _previous?: string,
  meeting?: Where & { sentence: string; index: number },
): Entity | undefined {
  // "the next working-level meeting" is no "high-level meeting": modifiers that differ name different things.
  const clash = (e: Entity) => {
    const mods = (t: readonly string[]) => t.filter((x) => EVENT_MODIFIERS.test(x));
    const mine = mods(m.tokens);
    const theirs = mods(e.tokens);
    return mine.some((x) => !e.tokens.includes(x)) && theirs.some((x) => !m.tokens.includes(x));
  };
  const fits = (e: Entity) => !clash(e) && (e.head === m.head || e.tokens.includes(m.head) || (m.tokens.length > 1 && sameName(e.tokens, m.tokens)));
  const here = [...entities].reverse().find((e) => fits(e) && e.mentions.some((x) => x.paragraph === paragraph));
  if (here) return here;
  if (meeting && !/\bthat\s+$/i.test(meeting.sentence.slice(Math.max(0, meeting.index - 6), meeting.index))) {
    const before = meeting.previousParagraph;
    const justNamed = [...entities].reverse().find((e) => fits(e) && e.mentions.some((x) => x.paragraph === before));
    if (justNamed) return justNamed;
    const reported = reportedMeeting(entities, meeting.doc.meetings, meeting.context);
    if (reported) return reported;
  }
  return [...entities].sort((a, b) => b.lastSeen - a.lastSeen).find((e) => fits(e) && !e.groupMeeting);
}

/** The entity a phrase names (see anchors.ts). */
export const resolvePhrase = resolveAnchor;
