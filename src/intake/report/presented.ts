import { actorsFor, cap, deliverableTitle, sendToOf, tidy } from './candidate-text.js';
import type { Candidate } from './candidate-type.js';
import type { Reading, SentenceReading } from './mentions.js';

/**
 * "The outcomes will be presented to the next meeting of TDAG, to be held from 18 to 21 May 2026": the
 * meeting is an event (dated in the sentence) and, since someone must bring something to it, a deadline on
 * its day too ("the secretariat will submit the final draft to it"). Said of an event told as past
 * ("were presented to the meeting held on …") it is neither.
 */
const BROUGHT =
  /\b(?:(?:will|shall|would|is to|are to)\s+(?:also\s+)?(?:be\s+)?(?:presented|submitted|transmitted|reported|brought|forwarded|present|submit|transmit|report|bring|forward)\b[^.;]{0,80}?\s+to|to be (?:presented|submitted|transmitted|forwarded)\s+to)\s+(?:the\s+|its\s+)?(?:next\s+)?$/i;

export function broughtTo(reading: Reading, s: SentenceReading, dated: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // "its report will be submitted to Council" then "will submit his report … six weeks before the session":
  // the relative deadline of the same thing, just after, says when.
  const paragraphs = reading.doc.paragraphs;
  const at0 = paragraphs.indexOf(s.paragraph);
  const near = new Set(paragraphs.slice(at0, at0 + 2));
  const relativeNear = reading.sentences.filter((x) => near.has(x.paragraph) && x.relatives.length).map((x) => x.text.toLowerCase());
  for (const c of dated) {
    if (c.kind !== 'event' || !c.entity || c.date.type !== 'mention') continue;
    const dateAt = c.date.mention.index;
    const at = s.events.find((e) => e.entity === c.entity && e.mention.index < dateAt);
    if (!at) continue;
    const before = s.text.slice(0, at.mention.index);
    const brought = BROUGHT.exec(before);
    if (!brought) continue;
    const what = contentWords(before.slice(0, brought.index));
    if (relativeNear.some((t) => what.some((w) => t.includes(w)))) continue;
    out.push({
      kind: 'deadline',
      title: titleOf(s, before.slice(0, brought.index), at.mention.name),
      sentence: s,
      wording: s.text.slice(brought.index, at.mention.endIndex),
      date: { type: 'relative', anchor: c.entity, offsetDays: 0, bound: 'on', approximate: false },
      whoMustAct: actorsFor(s.text, 'deadline'),
      ...sendToOf(s.text),
      future: true,
      reschedule: false,
      review: [],
    });
  }
  return out;
}

/** "The outcomes of the Forum" + "presented to" + "TDAG": what is brought, and where. */
function titleOf(s: SentenceReading, subject: string, target: string): string {
  const thing = subject
    .replace(/^.*\b(?:that|agreed|decided|noted)\s+/i, '')
    .replace(/^(?:the|a|an|its|their)\s+/i, '')
    .trim();
  if (thing.length < 3 || thing.length > 90 || /^(?:it|they|this|these)$/i.test(thing)) return deliverableTitle(s, subject);
  return cap(tidy(`${thing} presented to the ${target.replace(/^the\s+/i, '')}`));
}

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !/^(?:that|this|will|shall|group|meeting|also|their|which)$/.test(w));
}
