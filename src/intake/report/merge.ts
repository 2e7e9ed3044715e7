import { daysBetweenIso } from '../../calendar/time.js';
import type { Item, ReviewFlag, Source, When } from '../../calendar/schema.js';
import type { Candidate } from './candidate-type.js';
import { sameName } from './events.js';
import { nameTokens } from './lexicon.js';
import { cap, subjectOf } from './candidate-text.js';
import { namesEventOnlyAsComplement } from './other-subject.js';

/** A candidate dated: what the draft proposes, before ids and anchors are given. */
export interface Built {
  c: Candidate;
  when: When;
  review: ReviewFlag[];
  seeAlso: Source[];
  history: Item['history'];
  status: Item['status'];
}

/** One item per thing: an event named in several paragraphs, a reschedule, duplicates of the same sentence. */
export function mergeBuilt(built: Built[], source: (paragraph: string, wording?: string) => Source): Built[] {
  const byEntity = new Map<number, Built>();
  const out: Built[] = [];
  for (const b of built) {
    const e = b.c.entity;
    if (!e) {
      const dup = out.find(
        (o) =>
          !o.c.entity &&
          o.c.kind === b.c.kind &&
          sameParent(o, b) &&
          (o.c.parent
            ? leadWords(o.c.title) === leadWords(b.c.title)
            : sameWhen(o.when, b.when) && sameAnchor(o.c, b.c) && (sameName(nameTokens(o.c.title), nameTokens(b.c.title)) || restated(o, b))),
      );
      if (dup) {
        dup.seeAlso.push(source(b.c.sentence.paragraph.number, b.c.wording));
        continue;
      }
      out.push(b);
      continue;
    }
    const prior = byEntity.get(e.id);
    const priorDated = prior?.when.type === 'date' || prior?.when.type === 'datetime';
    const dated = b.when.type === 'date' || b.when.type === 'datetime';
    // "The Bureau of the session will meet on …": another thing's date (other-subject.ts). Also when the event itself
    // is not dated (yet): "the consultation … on the draft contribution to the HLPF has been put back to …" — in a
    // reschedule unless the event is named "of" the thing moved ("the dates of the Forum have been moved to").
    const complement = namesEventOnlyAsComplement(b.c, b.c.reschedule);
    if (dated && (priorDated || b.c.reschedule) && !(prior && sameWhen(prior.when, b.when)) && complement) {
      // Titled after the sentence's own subject ("Virtual information session on the consultation"), not the event.
      const subject = subjectOf(b.c.sentence.text);
      out.push({ ...b, c: { ...b.c, entity: undefined, ...(subject ? { title: cap(subject) } : {}) } });
      continue;
    }
    if (!prior) {
      byEntity.set(e.id, b);
      out.push(b);
      continue;
    }
    // Another occurrence of a series ("the next Rapporteur Group meetings", a year later): its own item.
    if (dated && priorDated && !b.c.reschedule && Math.abs(daysBetweenIso(startOf(prior.when), startOf(b.when))) > SAME_OCCURRENCE_DAYS) {
      byEntity.set(e.id, b);
      out.push(b);
      continue;
    }
    if (dated && priorDated && !sameWhen(prior.when, b.when) && b.c.reschedule) {
      prior.history.push({
        when: prior.when,
        note: `originally scheduled, §${prior.c.sentence.paragraph.number}`,
        source: source(prior.c.sentence.paragraph.number, prior.c.wording),
      });
      prior.seeAlso.push(source(prior.c.sentence.paragraph.number, prior.c.wording));
      prior.when = b.when;
      prior.status = 'rescheduled';
      prior.c = { ...b.c };
      prior.review.push(...b.review);
    } else if ((dated || moreNearly(prior.when, b.when)) && !priorDated) {
      // A date, or an approximate one ("in 2028") for what was only named: the better-dated mention leads.
      prior.seeAlso.push(source(prior.c.sentence.paragraph.number, prior.c.wording));
      prior.when = b.when;
      prior.c = { ...b.c };
      prior.review = [...b.review];
    } else {
      prior.seeAlso.push(source(b.c.sentence.paragraph.number, b.c.wording));
      if (dated && priorDated && !sameWhen(prior.when, b.when)) {
        prior.review.push({
          printed: b.c.wording,
          interpretation: 'Kept the first date the report gives',
          reason: `§${b.c.sentence.paragraph.number} gives another date for the same event.`,
        });
      }
    }
  }
  // Sub-events happen during the event they are held at: dated by it ("during <event>, <its dates>"),
  // so they move when it moves and are to be announced while it is.
  for (const b of out) {
    if (b.c.date.type === 'tba' && b.c.date.approxFrom) {
      const parent = b.c.date.approxFrom;
      b.c = { ...b.c, date: { type: 'relative', anchor: parent, offsetDays: 0, bound: 'during', approximate: false } };
      b.when = { type: 'relative', anchor: 'pending', offsetDays: 0, bound: 'during' };
    }
  }
  return out;
}

/** Two dates of one named event further apart than this are two occurrences, not a contradiction. */
export const SAME_OCCURRENCE_DAYS = 120;

/** A to-be-announced time with a year or month, for one without. */
function moreNearly(prior: When, next: When): boolean {
  return prior.type === 'tba' && !prior.approx && next.type === 'tba' && Boolean(next.approx);
}

export function startOf(w: When): string {
  return w.type === 'date' ? w.start : w.type === 'datetime' ? w.start.slice(0, 10) : '';
}

/** "UNGIS side-event" and "UNGIS side event at the IGF 2024" name the same part of an event. */
function leadWords(title: string): string {
  return title.toLowerCase().replace(/[-‐–]/g, ' ').split(/\s+/).slice(0, 2).join(' ');
}

/**
 * Relative dates are compared before their anchors have ids ("pending"): "0d on" the 21st meeting and
 * "0d on" the 22nd are two deadlines, however alike their titles ("Secretariat due").
 */
function sameAnchor(a: Candidate, b: Candidate): boolean {
  if (a.date.type !== 'relative' || b.date.type !== 'relative') return true;
  return a.date.anchor === b.date.anchor;
}

function sameParent(a: Built, b: Built): boolean {
  return a.c.parent === b.c.parent;
}

export function sameWhen(a: When, b: When): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A timeline table that recaps deadlines told in the prose above ("the following timeline, in addition to the
 * dates given above"): a table row due the same day as a deadline of the prose is that deadline, worded shorter.
 */
function restated(a: Built, b: Built): boolean {
  return a.c.kind === 'deadline' && a.when.type === 'date' && a.c.sentence.paragraph.tableRow !== b.c.sentence.paragraph.tableRow;
}
