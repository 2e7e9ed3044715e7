import { type EventMention, findEvents, sameName } from './events.js';
import { type DateMention, findDates, type DateLanguage } from './dates.js';
import type { ReportDocument, ReportParagraph } from './paragraphs.js';
import { findRelative, type RelativeMention } from './relative.js';
import { splitSentences } from './sentences.js';

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
      const found = findEvents(t, doc.group);
      const events = found.map((mention) => ({ mention, entity: register(entities, mention, p, t, context, previous) }));
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
  }
  return { doc, sentences, entities };
}

function register(entities: Entity[], m: EventMention, p: ReportParagraph, sentence: string, context: string | undefined, previous?: string): Entity {
  let ordinal = m.ordinal;
  let groupMeeting = m.groupMeeting;
  // "the next meeting of the CWG" from the 41st meeting's paragraphs is the 42nd.
  if (!ordinal && /^meeting$/.test(m.head) && /\bnext\s+(?:\S+\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 30), m.index)) && context) {
    ordinal = String(Number(context) + 1);
    groupMeeting = true;
  }
  const wording = sentence.slice(m.index, m.endIndex);
  const mention = { paragraph: p.number, wording, heading: p.heading, sentence };
  let found: Entity | undefined;
  if (groupMeeting && ordinal) found = entities.find((e) => e.groupMeeting && e.ordinal === ordinal);
  else if (m.generic) found = resolveGeneric(entities, m, p.number, previous);
  else {
    found = [...entities]
      .reverse()
      .find((e) => !e.groupMeeting && yearsAgree(e.year, m.year) && (m.ordinal === e.ordinal || !m.ordinal || !e.ordinal) && sameName(e.tokens, m.tokens));
  }
  if (found) {
    found.mentions.push(mention);
    found.lastSeen = ++seen;
    if (found.year === undefined && m.year !== undefined) found.year = m.year;
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
  };
  if (!m.generic || groupMeeting) entities.push(entity);
  return entity;
}

function yearsAgree(a?: number, b?: number): boolean {
  return a === undefined || b === undefined || a === b;
}

/** "the event", "the Forum", "the meeting": the latest named thing with that head (this paragraph first). */
export function resolveGeneric(entities: readonly Entity[], m: { head: string; tokens: string[] }, paragraph: string, _previous?: string): Entity | undefined {
  const fits = (e: Entity) => e.head === m.head || e.tokens.includes(m.head) || (m.tokens.length > 1 && sameName(e.tokens, m.tokens));
  const here = [...entities].reverse().find((e) => fits(e) && e.mentions.some((x) => x.paragraph === paragraph));
  if (here) return here;
  return [...entities].sort((a, b) => b.lastSeen - a.lastSeen).find((e) => fits(e) && !e.groupMeeting);
}

/** The entity a phrase names ("the 42nd meeting of CWG-WSIS&SDG", "the annual session", "Council 2025"). */
export function resolvePhrase(reading: Reading, phrase: string, s: SentenceReading): Entity | undefined {
  const found = findEvents(phrase, reading.doc.group)[0];
  if (!found) return undefined;
  if (found.groupMeeting && found.ordinal) {
    // "the fifth meeting" without a name, after "The fifth meeting of Study Group 1 …": that meeting, not the report's group's.
    const named = reading.doc.group && phrase.includes(reading.doc.group);
    const other = named
      ? undefined
      : [...reading.entities].filter((e) => !e.groupMeeting && e.ordinal === found.ordinal).sort((a, b) => b.lastSeen - a.lastSeen)[0];
    return other ?? reading.entities.find((e) => e.groupMeeting && e.ordinal === found.ordinal);
  }
  if (found.generic) {
    // "before the meeting": the meeting this sentence or paragraph names.
    const inSentence = [...s.events].reverse().find((e) => e.entity.head === found.head && e.mention.index < (s.text.indexOf(phrase) + 1 || Infinity));
    if (inSentence) return inSentence.entity;
    return resolveGeneric(reading.entities, found, s.paragraph.number);
  }
  return [...reading.entities].reverse().find((e) => !e.groupMeeting && yearsAgree(e.year, found.year) && sameName(e.tokens, found.tokens));
}
