import { isMeetingHead, meetingByOrdinal, nextMeeting } from './anchors.js';
import { actorsFor, cap, deliverableTitle, entityTitle, sendToOf } from './candidate-text.js';
import { DELIVERABLE, EVENT_WORDS, SCHEDULED_FOR, SKIP_LEADS } from './candidate-words.js';
import type { Candidate } from './candidate-type.js';
import type { DateMention } from './dates.js';
import { eachAnchored, eachTitle } from './each-anchor.js';
import { type Entity, type Reading, resolvePhrase, type SentenceReading } from './mentions.js';
import { itemAnchor, itemAnchorNoun } from './item-anchor.js';
import { pronounAnchor } from './pronoun-anchor.js';
import { weekPrecedingFlag } from './week-preceding.js';

/**
 * Deadlines hung on another item rather than printed as a day: "three weeks prior to the 42nd meeting"
 * (relative.ts reads the offset, the anchor is resolved here), "present it to the Council in 2025", and
 * things due at a meeting ("continue reporting to the next meeting", "will be finalized at the 14th meeting",
 * "present the matrix at Council 2029").
 */
export function relativeIn(reading: Reading, s: SentenceReading): Candidate[] {
  const out: Candidate[] = [];
  for (const r of s.relatives) {
    const before = s.text.slice(0, r.index);
    // A day printed near the phrase dates the thing itself, unless it is an event's own schedule
    // ("the 30th session …, scheduled for April 19–23, 2027 in Geneva, will be circulated prior to the session").
    const scheduleOf = (d: DateMention) => SCHEDULED_FOR.test(s.text.slice(Math.max(0, d.index - 30), d.index));
    if (
      s.dates.some(
        (d) => d.start.day !== undefined && !SKIP_LEADS.test(d.lead) && !scheduleOf(d) && d.index < r.index + r.text.length && d.endIndex > r.index - 60,
      )
    )
      continue;
    // "join a connection test three working days before the Forum": a thing that takes place then, brought in just before.
    const happening = DELIVERABLE.test(before) ? undefined : HAPPENING.exec(before)?.[1];
    if (!happening && (!DELIVERABLE.test(before) || (EVENT_WORDS.test(before.replace(/\b(?:meeting|session)\b[^,]*$/, '')) && !DELIVERABLE.test(before))))
      continue;
    // "contributions to its next meeting … prior to the meeting": the meeting after the one reported on.
    const next =
      /^(?:the\s+)?(?:meeting|session)$/i.test(r.anchor.trim()) && /\bnext\s+(?:meeting|session)\b/i.test(before) ? nextMeeting(reading, s) : undefined;
    const each = eachAnchored(reading, s, r.anchor);
    for (const e of each) {
      out.push({
        kind: 'deadline',
        title: eachTitle(before, entityTitle(e, reading), deliverableTitle(s, before)),
        sentence: s,
        wording: r.text,
        date: { type: 'relative', anchor: e, offsetDays: r.offsetDays, bound: r.bound, approximate: r.approximate },
        whoMustAct: actorsFor(s.text, 'deadline'),
        future: true,
        reschedule: false,
        review: [],
      });
    }
    // "convene an expert group meeting … ten days in advance of the expert group meeting": the thing this sentence
    // has just brought in with "a"/"an" is the anchor, not an earlier event the registry would match to the words.
    const introduced = introducedBefore(r.anchor, before);
    const event =
      each.length || introduced ? undefined : (next ?? pronounAnchor(reading, r.anchor, s, r.index, r.sameSentence) ?? resolvePhrase(reading, r.anchor, s));
    // "three weeks after the drafts are due": another dated item, found once all are dated (item-anchor.ts).
    const noun = event || each.length ? undefined : itemAnchorNoun(r.anchor);
    const anchor = event ?? (noun ? itemAnchor(noun, r.anchor, s, reading.sentences.indexOf(s) * 100 + r.index) : undefined);
    if (!anchor) continue;
    out.push({
      kind: happening ? 'event' : 'deadline',
      title: happening ? cap(happening) : deliverableTitle(s, before),
      sentence: s,
      wording: r.text,
      date: {
        type: 'relative',
        anchor,
        offsetDays: r.offsetDays,
        bound: happening ? 'on' : r.bound,
        approximate: r.approximate,
        ...(r.fromEnd ? { fromEnd: true } : {}),
        ...(r.workingDays ? { workingDays: true } : {}),
      },
      whoMustAct: actorsFor(s.text, 'deadline'),
      ...sendToOf(s.text),
      future: true,
      reschedule: false,
      review: weekPrecedingFlag(r.text) ? [weekPrecedingFlag(r.text)!] : [],
    });
  }
  // "present it to the Council in 2025": due at the event itself.
  // "to the Council", or an acronym without an article ("to TDAG").
  // "will be submitted to Council 2031": passive, a sitting named with its year needs no article.
  const present =
    /\b([Pp]resent|[Ss]ubmit)\w*\s+(?:it|them|this|[Tt]he [\w\s-]{1,60}?)?\s*to (?:the\s|(?=[A-Z]{2}))/.exec(s.text) ??
    // "will present the report of the Group to Council 2038": a report, to a sitting named with its year.
    /\b([Pp]resent|[Ss]ubmit)\w*\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?report\b[^,;.]{0,40}?\s+to\s+(?=[A-Z][a-z]+\s+(?:19|20)\d{2}\b)/.exec(s.text) ??
    /\b(?:be|been)\s+(submitted|presented|transmitted|forwarded|sent|laid before|tabled at|put before)\s+(?:to\s+)?(?=[A-Z][a-z]+\s+(?:19|20)\d{2}\b)/.exec(
      s.text,
    );
  if (present && !out.length && !s.dates.some((d) => d.start.day !== undefined)) {
    const target = s.events.find(
      (e) =>
        e.mention.index >= present.index + present[0].length - 5 &&
        (e.mention.year !== undefined || datedElsewhere(reading, e.entity, s)) &&
        !e.entity.groupMeeting,
    );
    if (target) {
      out.push({
        kind: 'deadline',
        title: deliverableTitle(s, s.text.slice(0, present.index)),
        sentence: s,
        wording: s.text.slice(present.index, target.mention.endIndex),
        date: { type: 'relative', anchor: target.entity, offsetDays: 0, bound: 'by', approximate: false },
        whoMustAct: actorsFor(s.text, 'deadline'),
        future: true,
        reschedule: false,
        review: [],
      });
    }
  }
  if (!out.length) out.push(...dueAtMeetingIn(reading, s));
  return out;
}

/**
 * "TDAG will meet on 6-9 November … The Chair will present the report to TDAG": an event the report dates
 * in another sentence of the same paragraph is a target as good as one named with its year.
 */
function datedElsewhere(reading: Reading, e: Entity, s: SentenceReading): boolean {
  if (!reading.entities.includes(e)) return false;
  return reading.sentences.some(
    (x) =>
      x !== s && x.paragraph === s.paragraph && x.dates.some((d) => d.start.day !== undefined) && x.events.some((m) => m.entity === e && !m.mention.generic),
  );
}

const TO_MEETING =
  /\b(?:report\w*|present\w*|submit\w*|finali[sz]\w*|provid\w*(?:\s+\w+)?\s+updates?|updat\w*|shar\w+\s+(?:their|its)\s+views)\b[^.;]{0,160}?\b(?:to|at)\s+(?:the\s+|its\s+|their\s+)?(?:next\s+)?$/i;
/** Bodies that sit in named sessions: "present the matrix at Council 2029" is due at that session. */
const SITTING = /^(?:council|assembly|conference|commission|board|plenary|wtdc|wtsa|pp|wrc|ra|tdag|tsag|rag)$/i;

/** "continue reporting … to the next meeting", "provide further updates at the next meeting": due at that meeting. */
function dueAtMeetingIn(reading: Reading, s: SentenceReading): Candidate[] {
  if (s.dates.some((d) => d.start.day !== undefined && !SKIP_LEADS.test(d.lead))) return [];
  for (const e of s.events) {
    const before = s.text.slice(0, e.mention.index);
    // "the next meeting" with no name, in a group's report: the group's next meeting.
    const nextOfGroup = e.mention.generic && /^meetings?$/i.test(e.entity.head) && /\bnext\s+$/i.test(before);
    // "at the next meeting of the Study Group", "to the Group at its twenty-second meeting": a numbered meeting.
    const numbered = isMeetingHead(e.entity.head) && e.entity.ordinal !== undefined && reading.entities.includes(e.entity);
    // "at the Study Group meeting", "to the next meeting of Study Group 13": another body's meeting the report dates.
    const datedMeeting = !numbered && !e.entity.groupMeeting && isMeetingHead(e.entity.head) && datedInReport(reading, e.entity);
    // "present the matrix at Council 2029": a sitting body's session named with its year, dated or to be
    // announced ("to Council 2029" is read above: something sent to the body, due by then).
    const session =
      !e.entity.groupMeeting && !e.mention.generic && e.mention.year !== undefined && SITTING.test(e.entity.head) && /\bat\s+(?:the\s+)?$/i.test(before);
    if (!e.entity.groupMeeting && !nextOfGroup && !numbered && !datedMeeting && !session) continue;
    // "at the Study Group 1 meeting": the body's name may stand before the meeting word.
    const asked = TO_MEETING.exec(before) ?? TO_MEETING.exec(before.replace(/(?:[A-Z][\w-]*\s+(?:\d+(?:\/\d+)?\s+)?){1,4}$/, ''));
    if (!asked) continue;
    const meeting = datedMeeting || session ? e.entity : meetingMeant(reading, s, e.entity, /\bnext\s+$/i.test(before));
    if (!meeting) continue;
    return [
      {
        kind: 'deadline',
        title: deliverableTitle(s, before.slice(0, asked.index + asked[0].length)),
        sentence: s,
        wording: s.text.slice(asked.index, e.mention.endIndex),
        date: { type: 'relative', anchor: meeting, offsetDays: 0, bound: 'on', approximate: false },
        whoMustAct: actorsFor(s.text, 'deadline'),
        ...sendToOf(s.text),
        future: true,
        reschedule: false,
        review: [],
      },
    ];
  }
  return [];
}

/** An event some sentence of the report dates (a day printed where it is named). */
function datedInReport(reading: Reading, e: Entity): boolean {
  if (!reading.entities.includes(e)) return false;
  return reading.sentences.some((x) => x.dates.some((d) => d.start.day !== undefined) && x.events.some((m) => m.entity === e && !m.mention.generic));
}

/** The group meeting a phrase means: its ordinal, or "the next meeting" after the one the paragraph reports on. */
function meetingMeant(reading: Reading, s: SentenceReading, e: Entity, next: boolean): Entity | undefined {
  // The group's numbered meetings; when the report's group name was not recognised, any numbered meeting.
  const own = reading.entities.filter((x) => x.groupMeeting && x.ordinal);
  const meetings = own.length ? own : reading.entities.filter((x) => x.ordinal && isMeetingHead(x.head));
  if (e.ordinal) return meetingByOrdinal(reading.entities, e.ordinal) ?? e;
  const context = s.contextMeeting ?? (reading.doc.meetings.length === 1 ? reading.doc.meetings[0] : undefined);
  if (next && context) return meetingByOrdinal(reading.entities, String(Number(context) + 1));
  if (e.month) return meetings.find((x) => x.month === e.month);
  return undefined;
}

/** "the expert group meeting" after "an expert group meeting" in the same sentence. */
function introducedBefore(anchor: string, before: string): boolean {
  const words = anchor.trim().replace(/^the\s+/i, '');
  if (!/^\p{Ll}[\p{Ll}\s-]+$/u.test(words) || !/\s/.test(words)) return false;
  return new RegExp(`\\ban?\\s+${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(before);
}

/** "join a connection test", "attend a rehearsal", "hold a dry run": an event brought in right before the count. */
const HAPPENING =
  /\b(?:join|attend|hold|take part in|participate in|organi[sz]e|run)\s+an?\s+((?:[\w-]+\s+){0,3}?(?:test|tests|rehearsal|dry run|briefing|webinar|call))\s*$/i;
