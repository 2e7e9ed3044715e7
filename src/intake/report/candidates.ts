import { periodSubject, pronounOwner } from './period-subject.js';
import { publishedOn } from './published-on.js';
import { closesReportedMeeting } from './closed-meeting.js';
import { bodySitting } from './body-sitting.js';
import { formerly, leadLength, RESCHEDULE, replacedBy, splitMoved } from './reschedule.js';
import type { Actor, ItemKind, ReviewFlag } from '../../calendar/schema.js';
import type { DateMention } from './dates.js';
import type { EventMention } from './events.js';
import type { Entity, Reading, SentenceReading } from './mentions.js';
import { actionTitle, actorsFor, cap, entityTitle, placeOf, sendToOf, tba, tidy } from './candidate-text.js';
import { deadlineCue, deliveryCue } from './deadline-cues.js';
import { subEventsIn } from './sub-events.js';
import { heldDuring } from './held-during.js';
import { isMeetingHead } from './anchors.js';
import { broughtTo } from './presented.js';
import { yearPeriodsIn } from './year-periods.js';
import { DEADLINE_LEAD, DEADLINE_WORDS, EVENT_WORDS, FUTURE, SKIP_LEADS, YEARLESS } from './candidate-words.js';
import { relativeIn } from './relative-candidates.js';
import { eventPart } from './event-parts.js';
import { edgeEventsIn } from './edge-events.js';
import { datedParts } from './dated-parts.js';

export { entityTitle, tidy } from './candidate-text.js';

/**
 * The second pass: what in each sentence is a calendar item. A candidate is not dated yet (years and
 * meeting corrections come from the whole document, in `dating.ts`); it keeps the sentence it came from.
 */
export type CandidateDate =
  | { type: 'mention'; mention: DateMention }
  | { type: 'relative'; anchor: Entity; offsetDays: number; bound: 'on' | 'by' | 'during'; approximate: boolean; fromEnd?: boolean }
  | { type: 'tba'; approx?: string; approxFrom?: Entity };

export interface Candidate {
  kind: ItemKind;
  title: string;
  date: CandidateDate;
  /** The report's exact words for the date (or for the thing, when undated). */
  wording: string;
  entity?: Entity;
  /** The event this one happens at ("a joint event … at the WSIS+20 High-Level Event 2025"). */
  parent?: Entity;
  sentence: SentenceReading;
  whoMustAct: Actor[];
  place?: string;
  sendTo?: string;
  /** The sentence announces it ("will be held", "upcoming", "scheduled for"). */
  future: boolean;
  /** "has been rescheduled to", "postponed to", "moved to". */
  reschedule: boolean;
  review: ReviewFlag[];
  /** Undated, but the year is that of the meeting the paragraph reports on ("has scheduled a briefing"). */
  approxFromContext?: boolean;
  /** The date it had before ("scheduled for 3 February 2026 has been rescheduled to 24 February 2026"). */
  previousDate?: DateMention;
}

const PAST_PRAISE = /\b(?:congratulat\w*|successful(?:ly)?)\b/i;

export function findCandidates(reading: Reading): Candidate[] {
  const out: Candidate[] = [];
  for (const s of reading.sentences) {
    if (s.paragraph.heading) continue; // headings only add "see also" to what the body proposes
    // "a side event at X on 19 November": the date is the part's (dated-parts.ts).
    const parts = datedParts(reading, s, datedIn(reading, s));
    const dated = parts.dated;
    // "will be presented to the next meeting of X, to be held on …": X, and a deadline on it (presented.ts).
    const periods = periodEventsIn(reading, s);
    // An event with a year period ("in the third quarter of 2027") is that item, not also one to be announced.
    const undated = undatedIn(reading, s).filter(
      (c) => (!c.entity || !periods.some((p) => p.entity === c.entity)) && !(c.parent && parts.absorbed.has(c.wording)),
    );
    out.push(...dated, ...broughtTo(reading, s, dated), ...relativeIn(reading, s), ...edgeEventsIn(reading, s), ...periods, ...undated);
  }
  // Undated tasks, only in paragraphs that propose no deadline already (that one carries the action).
  const withDeadline = new Set(out.filter((c) => c.kind === 'deadline').map((c) => c.sentence.paragraph));
  for (const s of reading.sentences) {
    if (s.paragraph.heading || withDeadline.has(s.paragraph)) continue;
    const task = undatedTask(reading, s);
    if (task) {
      out.push(task);
      withDeadline.add(s.paragraph);
    }
  }
  return out;
}

function datedIn(reading: Reading, s: SentenceReading): Candidate[] {
  const out: Candidate[] = [];
  const intro = s.bullet ? s.paragraph.text : '';
  let clauseStart = 0;
  let previousDate: DateMention | undefined;
  const dates = s.dates.flatMap((m) => splitMoved(s.text, m));
  dates.forEach((m, i) => {
    const next = dates[i + 1];
    if (replacedBy(s.text, m, next)) {
      previousDate = m;
      return;
    }
    // "has been rescheduled to 11 September; it had been convened for 4 September": the old date told after the new.
    const last = out.at(-1);
    if (
      last &&
      !last.previousDate &&
      last.date.type === 'mention' &&
      formerly(last.reschedule, s.text.slice(last.date.mention.endIndex, m.index + leadLength(m)))
    ) {
      last.previousDate = m;
      last.reschedule = true;
      return;
    }
    const c = datedOne(reading, s, m, clauseStart, intro);
    clauseStart = m.endIndex;
    if (!c) return;
    if (previousDate) {
      c.previousDate = previousDate;
      c.reschedule = true;
      previousDate = undefined;
    }
    out.push(c);
  });
  return out;
}

function datedOne(reading: Reading, s: SentenceReading, m: DateMention, clauseStart: number, intro: string): Candidate | undefined {
  {
    const clause = s.text.slice(clauseStart, m.endIndex);
    const clauseFrom = clauseStart;
    if (SKIP_LEADS.test(m.lead)) return undefined;
    if (m.start.day === undefined) return monthOnly(reading, s, m, clauseFrom);
    // "in the week of August 23, 2027": no day is fixed yet, only the month (as "in August 2027").
    const week = /\b(?:the\s+)?week\s*$/i.exec(s.text.slice(0, m.index));
    if (week && m.start.year !== undefined && !m.end && /^of\b/i.test(m.text)) {
      // Read from "the week", so that "week" is not taken for an event of that name ("Digital Learning Week").
      const text = s.text.slice(week.index, m.endIndex);
      return monthOnly(reading, s, { ...m, index: week.index, text, start: { month: m.start.month, year: m.start.year } }, clauseFrom);
    }
    // "closed the meeting on Friday, 24 November 2023, at 17:10": the end of the meeting reported on, not an item.
    if (closesReportedMeeting(s.text)) return undefined;
    if (/\(\s*(?:as of|as at)\b[^)]*$/i.test(s.text.slice(0, m.index))) return undefined;
    const listed = dashListing(s.text, m);
    const found = listed ? undefined : ownerOf(reading, s, m, clauseFrom);
    // "with Day 0 events on June 27": a part of the event, its own item (not another date of the event).
    const part = found ? eventPart(s.text, m.index) : undefined;
    // "The final agenda of the Forum will be published on …": the document's date (published-on.ts).
    const published = publishedOn(s.text, m.index);
    const owner = part || published ? undefined : found;
    let kind: ItemKind;
    const cue = deadlineCue(s.text, m.index, m.endIndex);
    if (DEADLINE_LEAD.test(m.lead) || cue === 'strong' || published) kind = 'deadline';
    else if (owner) kind = 'event';
    else if (cue === 'action') kind = 'deadline';
    else if (s.bullet && /\b(?:timeline|deadlines?|schedule|key dates)\b/i.test(intro)) kind = 'deadline';
    else if (DEADLINE_WORDS.test(listed?.title ?? clause) && !EVENT_WORDS.test(listed?.title ?? clause)) kind = 'deadline';
    else kind = 'event';
    const title =
      listed?.title ??
      (part && found
        ? cap(`${entityTitle(found, reading)}: ${part}`)
        : owner && kind === 'event'
          ? entityTitle(owner, reading)
          : actionTitle(s, clause, m, kind));
    return {
      kind,
      title,
      date: { type: 'mention', mention: m },
      wording: m.text,
      sentence: s,
      ...(owner && kind === 'event' ? { entity: owner } : {}),
      whoMustAct: actorsFor(s.text, kind),
      ...placeOf(s.text.slice(m.endIndex), s.text.slice(owner ? 0 : clauseFrom, m.index)),
      ...sendToOf(s.text),
      future: FUTURE.test(s.text),
      reschedule: RESCHEDULE.test(s.text.slice(Math.max(0, m.index - 40), m.endIndex)),
      review: [],
    };
  }
}

/** "The twenty-first meeting … is tentatively scheduled for September 2023": an event expected in that month. */
function monthOnly(reading: Reading, s: SentenceReading, m: DateMention, clauseFrom: number): Candidate | undefined {
  if (m.start.month === undefined || m.end) return undefined;
  const before = s.text.slice(Math.max(clauseFrom, m.index - 60), m.index);
  const approx = `${m.start.year ?? YEARLESS}-${String(m.start.month).padStart(2, '0')}`;
  // "will be held in Bogotá in November 2028", "agreed to hold the Tenth Conference … in November 2028".
  const held = /\b(?:scheduled|planned|expected|take place|be held|convened?)\b[\p{L}\s,]{0,30}$/iu.test(before);
  if (!held && !/\b(?:to hold|to host|to convene|to organi[sz]e)\b/i.test(s.text.slice(clauseFrom, m.index))) {
    // "The secretariat will circulate the draft in mid-June 2027": a deliverable due that month.
    if (!deliveryCue(s.text.slice(clauseFrom), m.index - clauseFrom)) return bodySitting(s, m);
    const clause = s.text.slice(clauseFrom, m.endIndex);
    return { ...tba(s, 'deadline', actionTitle(s, clause, m, 'deadline'), m.text, approx, 'deadline'), wording: m.text };
  }
  const owner = ownerOf(reading, s, m, clauseFrom);
  if (!owner) return undefined;
  return {
    ...tba(s, 'event', entityTitle(owner, reading), m.text, undefined, 'event'),
    entity: owner,
    date: { type: 'tba', approx },
    wording: m.text,
  };
}

/** "Letter on … – 20 January 2025" (title before) or "24 February – Deadline for …", "15.12.2027: deadline for …" (title after). */
function dashListing(text: string, m: DateMention): { title: string } | undefined {
  const before = text.slice(0, m.index).trim();
  const after = text.slice(m.endIndex).trim();
  // "24 February – Deadline for …", "15.12.2027: deadline for partners to submit …".
  if (m.index <= 1 && /^[–—:-]\s*\S/.test(after)) return { title: tidy(after.replace(/^[–—:-]\s*/, '')) };
  if (/\s[–—-]$/.test(before) && !after.replace(/^[.;,)\s]*/, '')) return { title: tidy(before.replace(/\s[–—-]$/, '')) };
  return undefined;
}

/** The event a date belongs to: a named event before it in the clause, or "the event" resolved. */
function ownerOf(reading: Reading, s: SentenceReading, m: Pick<DateMention, 'index'>, clauseFrom: number): Entity | undefined {
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

/** "The next forum will be held in 2027", "… in the third quarter of 2025" (year-periods.ts): an event expected that year. */
function periodEventsIn(reading: Reading, s: SentenceReading): Candidate[] {
  const out: Candidate[] = [];
  for (const p of yearPeriodsIn(s.text)) {
    // A day printed in the same stretch dates the thing itself; one elsewhere in the sentence ("… foreseen for
    // early 2028, are invited to inform … by 14 May 2027") belongs to something else.
    if (s.dates.some((d) => d.start.day !== undefined && !SKIP_LEADS.test(d.lead) && d.index < p.index && d.endIndex > p.index - 120)) continue;
    const owner = ownerOf(reading, s, p, 0) ?? pronounOwner(reading, s);
    if (!owner) {
      const subject = out.length ? undefined : periodSubject(s, p);
      if (subject) out.push(subject);
      continue;
    }
    for (const e of [...coordinated(s, owner), owner]) {
      if (out.some((c) => c.entity === e)) continue;
      out.push({ ...tba(s, 'event', entityTitle(e, reading), p.text, String(p.year), 'event'), entity: e });
    }
  }
  return out;
}

/** "the Radiocommunication Assembly (RA-27) and the World Radiocommunication Conference (WRC-27) will be held in …": both subjects. */
function coordinated(s: SentenceReading, owner: Entity): Entity[] {
  const at = s.events.findIndex((e) => e.entity === owner);
  const out: Entity[] = [];
  for (let k = at - 1; k >= 0; k--) {
    const gap = s.text.slice(s.events[k]!.mention.endIndex, s.events[k + 1]!.mention.index);
    if (!/^\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?$/.test(gap) || s.events[k]!.mention.generic) break;
    out.unshift(s.events[k]!.entity);
  }
  return out;
}

function undatedIn(reading: Reading, s: SentenceReading): Candidate[] {
  const out: Candidate[] = [];
  const dated = s.dates.some((d) => d.start.day !== undefined && !SKIP_LEADS.test(d.lead));
  const period = reading.doc.periodStartYear;
  const calls = /\b(?:contribute|participate)[\w\s]*?\bto (?:all )?(?:the )?(?:((?:19|20)\d{2}) )?calls?,? (?:including|such as|namely)\s+([^.;]+)/i.exec(
    s.text,
  );
  if (calls) {
    for (const part of calls[2]!.split(/,\s*(?:and\s+|as well as\s+)?|\s+and\s+(?=the\s)|\s+as well as\s+/)) {
      const name = part
        .replace(/^(?:and|the)\s+/i, '')
        .replace(/^the\s+/i, '')
        .trim();
      if (name.length < 4 || !/^[A-Z]/.test(name)) continue;
      const year = calls[1] ?? /\b((?:19|20)\d{2})\b/.exec(name)?.[1];
      out.push(tba(s, 'deadline', `${name}${year && !name.includes(year) ? ` ${year}` : ''}`, name, year, 'deadline'));
    }
  }
  const fund = /\b(?:encouraged|invited|called upon)\s+to\s+contribute to (?:the )?([A-Z][^,.;]*?\b((?:19|20)\d{2}))\b/.exec(s.text);
  if (fund && !calls) out.push(tba(s, 'deadline', fund[1]!, fund[1]!, fund[2], 'deadline'));
  const email = /\b(?:can|may|should|are to) be (?:submitted|sent) to (?:the )?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/i.exec(s.text);
  if (email && !dated && !s.relatives.length) {
    const subject = /^(?:The |These |Such )?([\w\s+-]{2,60}?)\s+(?:can|may|should|are to)\b/.exec(s.text)?.[1] ?? 'Submissions';
    const named = /\b(?:a|an|the)\s+((?:[A-Z][\w+&-]*\s)+Reports?)\b/.exec(s.paragraph.text)?.[1];
    out.push({ ...tba(s, 'deadline', `${named ?? cap(subject)} submissions`, email[0], undefined, 'deadline'), sendTo: email[1]! });
  }
  // "side-events …: i) consultative meeting of …; and ii) UNGIS side-event": each an event at the parent.
  const list = /\b(?:side[- ]events?|events|sessions|meetings)\b[^:]{0,80}:\s*((?:[ivx]{1,4}|[a-h])\)\s*.+)$/i.exec(s.text);
  if (list) {
    const parent = parentIn(reading, s, list.index);
    for (const part of list[1]!.split(/;?\s*(?:and\s+)?\b(?:[ivx]{1,4}|[a-h])\)\s*/).filter((x) => x.trim().length > 3)) {
      const name = tidy(part.replace(/[;.]\s*(?:and)?\s*$/, ''));
      out.push({ ...tba(s, 'event', cap(name), name, undefined, 'event'), ...(parent ? { parent, date: { type: 'tba', approxFrom: parent } } : {}) });
    }
  }
  // Held at, during or alongside another event: dated by that event.
  // Praise of past occasions ("the successful convening of … and the side events held during …") is history, not calendar.
  const subs = PAST_PRAISE.test(s.text) ? [] : subEventsIn(reading, s);
  for (const sub of [...subs, ...(subs.length || dated ? [] : heldDuring(reading, s))]) {
    if (list && sub.index > list.index) continue; // already read as an item of the list
    out.push({
      ...tba(s, 'event', cap(sub.title), s.text.slice(sub.index, sub.endIndex), undefined, 'event'),
      parent: sub.parent,
      date: { type: 'tba', approxFrom: sub.parent },
      ...(sub.entity ? { entity: sub.entity } : {}),
    });
  }
  // "The Chair has scheduled a briefing with the co-facilitators": scheduled, date not given.
  const scheduled = /\b(?:has|have|had) scheduled (?:an?|the) ([\w\s-]{3,60}?)(?=[,.;]|\s+(?:since|as|because)\b)/i.exec(s.text);
  if (scheduled && !dated) out.push(tba(s, 'event', cap(scheduled[1]!), scheduled[0], undefined, 'event', true));
  // Named events with a year (or "at the X meeting"), no day printed: to be announced.
  if (!dated && !PAST_PRAISE.test(s.text)) {
    for (const { mention, entity } of s.events) {
      if (list && mention.index > list.index) continue; // already read as an item of the list
      if (mention.generic || entity.groupMeeting || !reading.entities.includes(entity)) continue;
      if (/\b(?:since|last amended|amended)\s+$/i.test(s.text.slice(Math.max(0, mention.index - 20), mention.index))) continue;
      const atThe = /\b(?:at|in|during)\s+the\s+$/i.test(s.text.slice(Math.max(0, mention.index - 12), mention.index));
      const year = mention.year ?? entity.year;
      if (year !== undefined && period !== undefined && year < period) continue;
      // "the next Plenipotentiary Conference": a future occurrence named without a date (names.ts).
      const next = entity.next === true && !/^(?:meeting|session)s?$/.test(entity.head);
      if (mention.year === undefined && !mention.month && !next && !(atThe && /^(?:meeting|session)$/.test(entity.head))) continue;
      if ((reading.doc.group && mention.name.includes(reading.doc.group)) || /\bCWG\b/.test(mention.name)) continue;
      if (year === undefined && !next && !/[A-Z]{2,}/.test(mention.name)) continue;
      out.push({
        ...tba(s, 'event', entityTitle(entity, reading), mention.name + (mention.month ? '' : ''), undefined, 'event'),
        entity,
        date: {
          type: 'tba',
          ...((entity.month ?? mention.month) ? { approx: (entity.month ?? mention.month)! } : year !== undefined ? { approx: String(year) } : {}),
        },
        wording: s.text.slice(mention.index, mention.endIndex),
      });
    }
  }
  return out;
}

/** Asked to deliver something, or told a deliverable will be sent, with no date: a deadline to be announced. */
const ASKED_TO_DELIVER =
  /\b(?:(?:was|were)\s+(?:also\s+)?requested\s+|requested\s+(?:the\s+)?(?:[\w&’'-]+\s+){1,3}?)to\s+(?:continue\s+(?:its|their)\s+work\s+[^,;]{0,40}?\s+and\s+)?(update|publish|submit|send|provide|establish|prepare|circulate|post|make available)\b/i;
const WILL_BE_SENT =
  /\b(?:an?|the)\s+((?:[\w-]+\s+){0,3}?(?:letter|report|roadmap|document|note|questionnaire|survey|template))\s+will\s+be\s+(?:sent|submitted|published|circulated|made available|issued|shared)\b/i;

function undatedTask(reading: Reading, s: SentenceReading): Candidate | undefined {
  // Only where the paragraph proposes nothing else: its dated items already carry the action.
  const others = reading.sentences.filter((x) => x.paragraph === s.paragraph && x !== s);
  if (others.some((x) => x.dates.some((d) => d.start.day !== undefined) || x.relatives.length)) return undefined;
  const asked = ASKED_TO_DELIVER.exec(s.text);
  const sent = asked ? undefined : WILL_BE_SENT.exec(s.text);
  if (!asked && !sent) return undefined;
  const wording = (asked ?? sent)![0];
  const title = sent
    ? `${cap(sent[1]!)} sent`
    : actionTitle(s, s.text.replace(/\.$/, ''), { index: s.text.length, endIndex: s.text.length } as DateMention, 'deadline');
  return { ...tba(s, 'deadline', title, wording, undefined, 'deadline'), ...sendToOf(s.text) };
}

function parentIn(reading: Reading, s: SentenceReading, before: number): Entity | undefined {
  const named = [...s.events].reverse().find((e) => e.mention.index < before && reading.entities.includes(e.entity));
  return named?.entity;
}
