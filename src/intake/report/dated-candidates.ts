import { publishedOn } from './published-on.js';
import { closesReportedMeeting } from './closed-meeting.js';
import { bodySitting } from './body-sitting.js';
import { formerly, leadLength, RESCHEDULE, replacedBy, splitMoved } from './reschedule.js';
import type { ItemKind } from '../../calendar/schema.js';
import type { Candidate } from './candidate-type.js';
import type { DateMention } from './date-mention.js';
import type { Reading, SentenceReading } from './mentions.js';
import { actionTitle, actorsFor, cap, entityTitle, placeOf, sendToOf, subjectOf, tba, tidy } from './candidate-text.js';
import { deadlineCue, deliveryCue } from './deadline-cues.js';
import { DEADLINE_LEAD, DEADLINE_WORDS, EVENT_WORDS, FUTURE, SKIP_LEADS, YEARLESS } from './candidate-words.js';
import { eventPart } from './event-parts.js';
import { ownerOf } from './event-owner.js';

/** One candidate per printed date of the sentence; a date replaced by another ("rescheduled to") becomes that one's previous date. */
export function datedIn(reading: Reading, s: SentenceReading): Candidate[] {
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
  // "will be hosted by Uruguay in the first week of December 2031": hosted, organized, celebrated that month too.
  const held =
    /\b(?:scheduled|planned|expected|foreseen|envisaged|pencill?ed(?: in)?|slated|take place|be held|convened?|be hosted|be organi[sz]ed|be celebrated|meet|hold\s+(?:its|their|the|an?)\s+[^,;.]{0,80}?)\b[\p{L}\s,]{0,40}$/iu.test(
      before,
    );
  if (!held && !/\b(?:to hold|to host|to convene|to organi[sz]e)\b/i.test(s.text.slice(clauseFrom, m.index))) {
    // "The secretariat will circulate the draft in mid-June 2027": a deliverable due that month.
    if (!deliveryCue(s.text.slice(clauseFrom), m.index - clauseFrom)) return bodySitting(s, m);
    const clause = s.text.slice(clauseFrom, m.endIndex);
    return { ...tba(s, 'deadline', actionTitle(s, clause, m, 'deadline'), m.text, approx, 'deadline'), wording: m.text };
  }
  const owner = ownerOf(reading, s, m, clauseFrom);
  if (!owner) {
    // "Youth digital skills bootcamp will be held in June 2030": a thing no event name was read for, the subject.
    const subject = held ? subjectOf(s.text.slice(clauseFrom, m.index)) : undefined;
    if (!subject || !/^\p{Lu}/u.test(subject) || subject.split(/\s+/).length > 12) return undefined;
    return { ...tba(s, 'event', cap(subject), m.text, undefined, 'event'), date: { type: 'tba', approx }, wording: m.text };
  }
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
