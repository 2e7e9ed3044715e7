import type { Actor, ItemKind } from '../../calendar/schema.js';
import type { DateMention } from './dates.js';
import { actorsIn } from './lexicon.js';
import type { Entity, Reading, SentenceReading } from './mentions.js';
import type { Candidate } from './candidate-type.js';

/** How a candidate is worded: titles, who must act, place, where to send, from the sentence it came from. */

export function tba(
  s: SentenceReading,
  kind: ItemKind,
  title: string,
  wording: string,
  year: string | undefined,
  actorKind: ItemKind,
  contextYear = false,
): Candidate {
  return {
    kind,
    title: tidy(title),
    wording: tidy(wording),
    sentence: s,
    date: { type: 'tba', ...(year ? { approx: year } : {}) },
    whoMustAct: actorsFor(s.text, actorKind),
    future: true,
    reschedule: false,
    review: [],
    ...(contextYear ? { approxFromContext: true } : {}),
  };
}

export function entityTitle(e: Entity, reading: Reading): string {
  if (e.groupMeeting && e.ordinal) {
    const n = Number(e.ordinal);
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${e.ordinal}${suffix ?? 'th'} meeting of the ${reading.doc.group ?? 'group'}`;
  }
  const longest =
    e.mentions
      .map((m) => m.wording)
      .filter((w) => !/^(?:the )?(?:event|meeting|forum|session)$/i.test(w))
      .sort((a, b) => b.length - a.length)[0] ?? e.name;
  const name = tidy(longest.replace(/^(?:the|a|an|upcoming)\s+/i, ''));
  return cap(e.year !== undefined && !/\b(?:19|20)\d{2}\b|-\d{2}\b/.test(name) ? `${name} ${e.year}` : name);
}

/** "Lead authors will ", "Member States may ", "The secretariat is to ": who acts, then the task (not "will be …"). */
const WHO_WILL =
  /^(?:the\s+)?(?:[\p{L}&-]+\s+){1,4}?(?:will|shall|should|may|must|is to|are to)\s+(?=(?!(?:be|reach|arrive|come|remain|close|open|expire)\b)\p{Ll}+\s)/iu;

/** "The group requested the secretariat to include … by 11 October 2024" → "Include …". */
export function actionTitle(s: SentenceReading, clause: string, m: DateMention, kind: ItemKind): string {
  let t = clause.slice(0, clause.length - (m.endIndex - m.index)).trim();
  t = t.replace(/^[,;\s]*(?:and\s+)?/, '');
  const lead =
    /^.*?\b(?:requested|invited|encouraged|asked|urged|called (?:on|upon)|tasked|proposed that|agreed that|decided that)\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}?(?:to|is to)\s+/i.exec(
      t,
    );
  if (lead) t = t.slice(lead[0].length);
  t = t.replace(/^(?:attend|participate in|join)\s+/i, '').replace(/\s+(?:that|which)\s+(?:will|is to|shall)\s+(?:be held|take place)$/i, '');
  t = t
    .replace(/^(?:continue to\s+|be\s+)/i, '')
    .replace(/\s+(?:to|at)\s+[\w.+-]+@[\w.-]+$/i, '')
    .replace(/\s+(?:on or before|on or|by|on|until|from|for|of|the deadline of|the extended deadline of)$/i, '');
  t = t.replace(/\s+(?:by|on|until)\s+the(?:\s+extended)?\s+deadline$/i, '');
  if (/^for\s+comments?$/i.test(t) || t.length < 6) {
    const subject = subjectOf(s.text);
    t = `${/comment/i.test(t) ? 'Comments on' : 'Deadline:'} ${subject ?? 'the document'}`;
  } else if (kind === 'deadline' && WHO_WILL.test(t)) {
    // "Lead authors will send the first drafts …" → "Send the first drafts …": the task, as a delegate reads it.
    t = t.replace(WHO_WILL, '');
  } else if (
    kind === 'event' &&
    /\s(?:will|shall|is to|are to)\s+(?:be\s+)?(?:held|offered|organi[sz]ed|convened|hosted|run|celebrated|observed|launched|take\s+place)$/i.test(t)
  ) {
    // "An information webinar on the consultation will be offered" → "Information webinar on the consultation";
    // "The next working-level meeting will be held" → "Next working-level meeting".
    t = t
      .replace(/^(?:The \w+ (?:informed|noted|took note|agreed|recalled|confirmed)(?: that)?|It was (?:agreed|noted) that)\s+/i, '')
      .replace(/^(?:An?|The)\s+/, '')
      .replace(/\s+(?:will|shall|is to|are to)\s+(?:be\s+)?(?:held|offered|organi[sz]ed|convened|hosted|run|celebrated|observed|launched|take\s+place)$/i, '');
  } else if (/^(?:The|This|It)\b/.test(t) || kind === 'deadline') {
    t = t.replace(/^(?:The \w+ (?:informed|noted|took note|agreed|recalled|confirmed)(?: that)?|It was (?:agreed|noted) that)\s+/i, '');
    t = t.replace(/\s+(?:will|shall|should|is to|are to|must)\s+be\s+/i, ' ');
  }
  // "…, the Regional Office will run an online clinic" → "Online clinic": the thing held, not who holds it.
  const held = kind === 'event' ? heldThing(t) : undefined;
  if (held) t = held;
  // "The regional CyberDrill, which had been planned": the thing, without the clause that tells its old plan.
  if (kind === 'event') t = t.replace(/,\s*(?:which|that|initially|originally|first)\b.*$/i, '').replace(/^The\s+(?=\p{Ll}*\p{L})/u, '');
  return cap(tidy(t));
}

/** "BDT will hold an online briefing for the Regional Offices (on)" → "online briefing for the Regional Offices". */
export function heldThing(clause: string): string | undefined {
  return /\b(?:will|shall|is to|are to)\s+(?:hold|run|organi[sz]e|convene|host|offer)\s+(?:an?|the)\s+(.{3,120}?)(?:\s+(?:in|on|at|during))?\s*$/i.exec(
    clause,
  )?.[1];
}

export function deliverableTitle(s: SentenceReading, before: string): string {
  const subject = subjectOf(before);
  const generic = !subject || /^(?:the |this |it$)?(?:report|document|it|draft)$/i.test(subject);
  let thing = subject;
  if (generic && s.previous)
    thing =
      /\b(?:a|an|the)\s+((?:[\w+-]+\s){0,4}?(?:report|document|plan|roadmap|draft)\b[^,.;]{0,50}?)(?=\s+(?:to|by|for|at)\s|[,.;]|$)/i.exec(s.previous)?.[1] ??
      subject;
  const made = /\bmake (?:the |a |an )?(.{3,80}?) available\b/i.exec(s.text);
  if (made && (!thing || /^(?:the\s+)?(?:secretariat|group|chair|members?)$/i.test(thing))) thing = made[1];
  // "The secretariat will submit the Group's report … to Council": the thing due is the object, not the one who acts.
  // "Dynamic Coalitions … are asked to submit the descriptions of their sessions": the same, whoever is asked.
  if (thing && (ACTOR.test(thing) || ASKED.test(before))) thing = objectOf(s.text) ?? thing;
  thing ??= objectOf(s.text) ?? 'Document';
  const verb = /\bmade available\b|\bavailable\b/i.test(before)
    ? 'available'
    : /\bpresent/i.test(before)
      ? 'presented'
      : /\bpublish/i.test(before)
        ? 'published'
        : 'due';
  return cap(tidy(`${thing!.replace(/^(?:the|a|an|its)\s+/i, '')} ${verb}`));
}

/** Who acts rather than what is due: "the secretariat", "Members", "Lead authors", "Member States", "the Chair". */
const ACTOR =
  /^(?:the\s+)?(?:secretariat|bureau|chairs?|co-chairs|vice-chairs?|group|members?|member states|delegations?|participants|administrations|councillors|lead authors|rapporteurs?|editors?|coordinators?|bdt|tsb|br|itu)$/i;

const ASKED = /\b(?:is|are)\s+(?:asked|invited|requested|encouraged|urged|expected|called upon)\s+to\b/i;
const HANDING = 'present|submit|update|send|provide|publish|circulate|return|transmit|deliver|share|post|issue|distribute|dispatch|upload|release|forward';
/** "six weeks", "21 days", "two months": a count that starts a relative date. */
const COUNT = String.raw`(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\s+(?:calendar\s+|working\s+)?(?:days?|weeks?|months?)\b`;

/** "… will submit the Group's report on its activities to Council 2033" → "Group's report on its activities". */
function objectOf(text: string): string | undefined {
  const m = new RegExp(
    String.raw`\b(?:${HANDING})\w*\s+((?:the|a|an|its|their)\s+[^,.;]{3,80}?)(?=\s+(?:to|by|for|at|in|no later|not later|not less|no less|at least|within|before|prior|ahead)\s|\s+${COUNT}|[,.;]|$)`,
    'i',
  ).exec(text);
  return m?.[1]?.replace(/^(?:the|a|an|its|their)\s+/i, '');
}

export function subjectOf(text: string): string | undefined {
  const m =
    /^(?:.*?\b(?:informed|noted|took note|agreed|confirmed|announced|said|stated|emphasized|stressed)(?: \w+)? that\s+)?(?:the\s+|a\s+|an\s+)?([^,;]{3,120}?)\s+(?:will|shall|should|is|are|was|were|has|have|can|may|must)\b/i.exec(
      text,
    );
  return m?.[1] ? tidy(m[1]) : undefined;
}

export function actorsFor(text: string, kind: ItemKind): Actor[] {
  const asked = /\b(?:requested|invited|encouraged|asked|urged|called (?:on|upon)|tasked)\s+((?:the\s+)?[A-Z\w][\w\s&-]{1,60}?)\s+to\b/.exec(text);
  const passive =
    /(?:^|\.\s)((?:The\s+|All\s+)?[A-Z\w][\w\s&-]{1,60}?)\s+(?:was|were|is|are)\s+(?:also\s+)?(?:requested|invited|encouraged|asked|expected|urged)\b/.exec(
      text,
    );
  const who = asked?.[1] ?? passive?.[1];
  if (who) return actorsIn(who);
  if (kind === 'event' && /\binvited to (?:attend|participate)\b/i.test(text)) return ['members'];
  return [];
}

export function placeOf(after: string, between: string): { place?: string } {
  const re =
    /(?:^|[\s,(])(?:in|at|hosted in|held in)\s+((?:(?:UNESCO|ITU|UN|WHO)\s+Headquarters\s+in\s+)?[A-Z][\p{L}’'-]+(?:\s(?:es|de|del|la|am|[A-Z][\p{L}’'-]+))*(?:,\s(?:Kingdom of\s|Republic of\s)?[A-Z][\p{L}’'-]+(?:\s[A-Z][\p{L}’'-]+)?)?)/u;
  const paren = /^\s*\(([A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+)?,\s[A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+)?)\)/u.exec(after);
  const m = paren ? paren : (re.exec(after.slice(0, 80)) ?? re.exec(between.slice(-80)));
  const place = m?.[1]?.replace(/[,.]$/, '');
  if (
    !place ||
    /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Council|The|WSIS|CWG|Document|Doc|Member|ITU|UN|Internet|Forum)\b/.test(
      place,
    )
  )
    return {};
  if (/\b(?:Forum|Event|Meeting|Session|Conference|Summit|Workshop|Review|Report|Resolution|Process)\b/.test(place)) return {};
  return { place: place.replace(/^(UNESCO|ITU|UN|WHO) Headquarters in (.+)$/, '$1 Headquarters, $2') };
}

export function sendToOf(text: string): { sendTo?: string } {
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text)?.[0]?.replace(/\.$/, '');
  if (email) return { sendTo: email };
  const url = /\bhttps?:\/\/[^\s)]+/.exec(text)?.[0]?.replace(/[.,;]$/, '');
  return url ? { sendTo: url } : {};
}

export function tidy(s: string): string {
  return s
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:–—-]+$/, '')
    .replace(/\.$/, '')
    .trim();
}

export function cap(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
