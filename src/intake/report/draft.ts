import { type Item, ItemSchema, type Source, type When } from '../../calendar/schema.js';
import { daysBetweenIso } from '../../calendar/time.js';
import { cancelledAfter, movedToPeriod, postponedIndefinitely } from './cancelled.js';
import { type Candidate, entityTitle, findCandidates } from './candidates.js';
import type { DateLanguage } from './dates.js';
import { type FrontMatterDates, frontMatterDates } from './document-date.js';
import { type Built, mergeBuilt, SAME_OCCURRENCE_DAYS, startOf } from './merge.js';
import { dedupeFlags, dedupeSources } from './draft-wording.js';
import { recalledSession } from './recalled-session.js';
import { workingDaysOffset } from './working-days.js';
import { ownCyclePast, ownMeeting, pastMonth, pastUndated, toldAsPast } from './history.js';
import { tagsIn } from './lexicon.js';
import { budgetYearOnly, listParagraphs, noiseDate } from './noise.js';
import { type Entity, type Reading, readMentions } from './mentions.js';
import { makeId } from '../../editing/make-id.js';
import { itemFor } from './item-anchor.js';
import { parseParagraphs, type ReportDocument } from './paragraphs.js';
import { CandidateDating } from './candidate-dating.js';
import type { Unreadable } from './unreadable.js';

export type { Unreadable } from './unreadable.js';

export interface ReportDraft {
  doc: ReportDocument;
  items: Item[];
  /** Per item id: the sentence it was read from (evidence). */
  evidence: Map<string, { paragraph: string; sentence: string }>;
  unreadable: Unreadable[];
}

export interface ReadOptions {
  /** The document's short name for `source.document`. */
  document: string;
  language?: DateLanguage;
}

/** Report text → dated, sourced items (not yet compared with a calendar). Pure: no clock, no I/O. */
export function draftFromText(text: string, options: ReadOptions): ReportDraft {
  const doc = parseParagraphs(text);
  const reading = readMentions(doc, options.language ?? 'en');
  const candidates = findCandidates(reading);
  return new DraftBuilder(reading, options.document, frontMatterDates(text)).build(candidates);
}

class DraftBuilder extends CandidateDating {
  constructor(
    reading: Reading,
    private readonly document: string,
    front: FrontMatterDates = {},
  ) {
    super(reading, front);
  }

  build(candidates: Candidate[]): ReportDraft {
    this.dateMeetings(candidates);
    const now = this.now(candidates);
    this.nowInfo = this.nowWhy(candidates);
    const lists = listParagraphs(this.reading.doc);
    const built: Built[] = [];
    for (const c of candidates) {
      // Participants, document lists, document dates, approved minutes, budget periods (noise.ts): not calendar.
      if (lists.has(c.sentence.paragraph)) continue;
      if (c.date.type === 'mention' && noiseDate(c.sentence.text, c.date.mention)) continue;
      if (c.date.type === 'tba' && budgetYearOnly(c.sentence.text, c.date.approx)) continue;
      const when = this.whenOf(c);
      if (!when) continue;
      // A named event of a year before the report's own time is background ("adopted by WTDC-22"), not calendar.
      if (c.kind === 'event' && !c.parent && pastUndated(when, this.periodStartYear(c))) continue;
      if (now && this.history(c, when, now)) continue;
      const history: Item['history'] = [];
      if (c.previousDate) {
        const old = this.whenOf({ ...c, date: { type: 'mention', mention: c.previousDate }, previousDate: undefined });
        if (old)
          history.push({
            when: old,
            note: `before the reschedule reported in §${c.sentence.paragraph.number}`,
            source: this.source(c.sentence.paragraph.number, c.previousDate.text),
          });
      }
      const cancelled = c.kind === 'event' && c.date.type === 'mention' && cancelledAfter(c.sentence.text, c.date.mention.endIndex);
      // "planned for 20 January 2037, has been postponed sine die": to be announced, the old date in its history.
      // "had been planned for 8-10 December 2034, has been deferred to the first quarter of 2035": to be announced then.
      const period = c.kind === 'event' && c.date.type === 'mention' ? movedToPeriod(c.sentence.text, c.date.mention.endIndex) : undefined;
      if (c.kind === 'event' && c.date.type === 'mention' && (period || postponedIndefinitely(c.sentence.text, c.date.mention.endIndex))) {
        history.push({
          when,
          note: `postponed with no new day, §${c.sentence.paragraph.number}`,
          source: this.source(c.sentence.paragraph.number, c.date.mention.text),
        });
        const later: When = period ? { type: 'tba', approx: period } : { type: 'tba' };
        built.push({ c, when: later, review: [...c.review, ...(this.flags.get(c) ?? [])], seeAlso: [], history, status: 'tba' });
        continue;
      }
      const status = history.length ? 'rescheduled' : cancelled ? 'cancelled' : 'confirmed';
      built.push({ c, when, review: [...c.review, ...(this.flags.get(c) ?? [])], seeAlso: [], history, status });
    }
    const merged = mergeBuilt(built, (p, w) => this.source(p, w));
    return this.toItems(merged);
  }

  /**
   * Told as done before the report's "now" (history.ts): not proposed. The meetings the report is about stay;
   * the group's earlier meetings stay only when their printed date is in doubt (flagged: the calendar's entry
   * may need correcting). Recalled with a plain date ("the 25th meeting, held on 5 May 2026") they are history.
   */
  private history(c: Candidate, when: When, now: string): boolean {
    const e = c.entity;
    const reported = this.reading.doc.meetings;
    // A meeting reported on is calendar, at its own dates; "revised at the meeting of 14 September 2026", read
    // as that meeting, is another, earlier one when told as past far from them.
    if (e?.groupMeeting && e.ordinal && reported.includes(e.ordinal) && !this.farFromMeeting(e.ordinal, when)) return false;
    const previous = e?.groupMeeting && e.ordinal && reported.length && Number(e.ordinal) === Math.min(...reported.map(Number)) - 1;
    if (previous && (this.flags.get(c)?.length || c.review.length)) return false;
    const flaggedOwn = e?.groupMeeting && (this.flags.get(c)?.length || c.review.length);
    if (when.type === 'tba') return c.kind === 'event' && pastMonth(when.approx, now, c.sentence.text);
    if ((when.type !== 'date' && when.type !== 'datetime') || c.date.type !== 'mention') return false;
    const m = c.date.mention;
    const last = (when.end ?? when.start).slice(0, 10);
    const supplied = m.start.year === undefined;
    const dd = this.reading.doc.documentDate;
    // "elected its Bureau at the first meeting, on 12 May 2031", "At its tenth meeting, on 16 May": a sitting of the
    // session reported on, told as done before the report was written; not an item of its own.
    if (e?.groupMeeting && e.ordinal && !flaggedOwn && dd && dd > now && toldAsPast(c.sentence.text, m.index, m.endIndex, last, dd, supplied)) return true;
    // "the Catalogue was agreed and published on 30 May 2030" in a report dated 3 June 2030: done before the report was written.
    const done =
      /\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+(?:and\s+)?)?(?:published|posted|issued|circulated|sent|submitted|released)\s+$|\b(?:comments|contributions|replies|inputs|proposals|submissions)\s+received\s+$/i;
    if (c.kind === 'deadline' && !supplied && dd && last < dd && done.test(c.sentence.text.slice(Math.max(0, m.index - 60), m.index))) return true;
    // A deadline is told as past only in words that say so; "(published 10 December 2029)", "presented …, published on"
    // say so of a document too.
    if (
      c.kind === 'deadline' &&
      !supplied &&
      !/\b(?:was|were|had|closed|ended|expired)\b|\bpublished\s+(?:on\s+)?\d|\(\s*(?:published|issued|released)\b/i.test(c.sentence.text)
    )
      return false;
    if (!toldAsPast(c.sentence.text, m.index, m.endIndex, last, now, supplied)) return false;
    const name = e?.name ?? c.title;
    const own = ownMeeting(name, e?.ordinal, Boolean(e?.groupMeeting), this.reading.doc.group, this.front.text ?? '');
    // A bullet is read with the paragraph that introduces it ("noted the reports of the meetings held in 2024, including:").
    const sentence = c.sentence.bullet ? `${c.sentence.paragraph.text} ${c.sentence.text}` : c.sentence.text;
    if (e?.groupMeeting && e.ordinal && !flaggedOwn) return true;
    if (own && !flaggedOwn && recalledSession(sentence, e?.ordinal, reported)) return true;
    return !ownCyclePast({ daysBefore: daysBetweenIso(last, now), sentence, name, own });
  }

  private farFromMeeting(ordinal: string, when: When): boolean {
    // A report of one meeting that dates it only in a sentence of its own: its time is that meeting's.
    const dated = this.meetingDates.get(ordinal) ?? (this.reading.doc.meetings.length === 1 ? this.nowInfo?.date : undefined);
    const start = startOf(when);
    return Boolean(dated && start && Math.abs(daysBetweenIso(dated, start)) > SAME_OCCURRENCE_DAYS);
  }

  private source(paragraph: string, wording?: string): Source {
    return { document: this.document, paragraph, ...(wording ? { wording: wording.slice(0, 500) } : {}) };
  }

  private toItems(built: Built[]): ReportDraft {
    const items: Item[] = [];
    const evidence = new Map<string, { paragraph: string; sentence: string }>();
    const ids = new Set<string>();
    const idOfEntity = new Map<number, string>();
    const pending: { b: Built; item: Record<string, unknown> }[] = [];
    const anchorItem = (e: Entity): string => {
      const known = idOfEntity.get(e.id);
      if (known) return known;
      // An anchor named but never dated in the report: proposed as to be announced.
      const m = e.mentions[0]!;
      const b: Built = {
        c: {
          kind: 'event',
          title: entityTitle(e, this.reading),
          date: { type: 'tba' },
          wording: m.wording,
          entity: e,
          whoMustAct: [],
          future: true,
          reschedule: false,
          review: [],
          sentence: this.reading.sentences.find((s) => s.text === m.sentence)!,
        },
        when: e.year !== undefined ? { type: 'tba', approx: String(e.year) } : { type: 'tba' },
        review: e.inferredFrom
          ? [
              {
                kind: 'interpretation',
                printed: m.wording,
                interpretation: `to be announced in ${e.year}, counted from ${e.inferredFrom}, one session a year`,
                reason: 'The report gives the session by its number only; check the year.',
              },
            ]
          : [],
        seeAlso: [],
        history: [],
        status: 'tba',
      };
      return add(b);
    };
    const add = (b: Built): string => {
      // Short, stable ids made as /cwg add makes them (cstd-29, council-2026), never keyed to one report.
      const id = makeId(b.c.title, b.when, (x) => ids.has(x));
      ids.add(id);
      if (b.c.entity) idOfEntity.set(b.c.entity.id, id);
      const p = b.c.sentence.paragraph.number;
      const seeAlso = dedupeSources([...b.seeAlso, ...this.entitySeeAlso(b)], p);
      const status = b.status === 'rescheduled' || b.status === 'cancelled' ? b.status : b.when.type === 'tba' ? 'tba' : 'confirmed';
      const item = {
        id,
        kind: b.c.kind,
        title: b.c.title.slice(0, 200),
        when: b.when,
        status,
        ...(b.c.place ? { place: b.c.place.slice(0, 200) } : {}),
        whoMustAct: b.c.whoMustAct,
        ...(b.c.sendTo ? { sendTo: b.c.sendTo.slice(0, 200) } : {}),
        tags: tagsIn(`${b.c.title} ${b.c.sentence.text}`, this.reading.doc.group)
          .map((t) => t.toLowerCase())
          .filter((t) => /^[a-z0-9][a-z0-9+-]{0,31}$/.test(t)),
        source: this.source(p, b.c.wording),
        seeAlso: seeAlso.slice(0, 20),
        history: b.history,
        review: dedupeFlags(b.review).slice(0, 20),
        dateVersion: b.history.length,
        revision: 0,
      };
      pending.push({ b, item });
      evidence.set(id, { paragraph: p, sentence: b.c.sentence.text });
      return id;
    };
    for (const b of built) if (b.when.type !== 'relative') add(b);
    for (const b of built) {
      if (b.when.type !== 'relative' || b.c.date.type !== 'relative') continue;
      const target = b.c.date.anchor.itemNoun === undefined ? undefined : itemFor(this.reading, b.c.date.anchor.itemNoun, b, pending);
      if (b.c.date.anchor.itemNoun !== undefined) {
        if (!target) {
          this.unreadable.push({
            paragraph: b.c.sentence.paragraph.number,
            sentence: b.c.sentence.text,
            wording: b.c.wording,
            reason: `No dated item about "${b.c.date.anchor.name}" found before it to count from.`,
          });
          continue;
        }
        idOfEntity.set(b.c.date.anchor.id, target);
      }
      const anchor = anchorItem(b.c.date.anchor);
      b.when = { ...b.when, anchor };
      const anchorWhen = pending.find((x) => x.item.id === anchor)?.b.when;
      b.status = anchorWhen?.type === 'tba' ? 'tba' : 'confirmed';
      if (b.c.date.fromEnd) {
        // The schema counts from the anchor's first day: "ten days after the closing of" adds the anchor's span.
        const span = anchorWhen && (anchorWhen.type === 'date' || anchorWhen.type === 'datetime') && anchorWhen.end ? anchorWhen : undefined;
        if (span?.end) b.when = { ...b.when, offsetDays: b.when.offsetDays + daysBetweenIso(span.start.slice(0, 10), span.end.slice(0, 10)) };
        else
          b.review.push({
            printed: b.c.wording,
            interpretation: `${b.when.offsetDays} days from the first day`,
            reason: 'Counted from the end of an item whose last day is not known yet; check the day once it is.',
          });
      }
      const first = anchorWhen && (anchorWhen.type === 'date' || anchorWhen.type === 'datetime') ? anchorWhen.start : undefined;
      if (b.c.date.workingDays && first && b.when.type === 'relative') {
        const calendar = workingDaysOffset(first, b.when.offsetDays);
        b.review.push({
          kind: 'interpretation',
          printed: b.c.wording,
          interpretation: `${Math.abs(b.when.offsetDays)} working days = ${Math.abs(calendar)} calendar days from ${first.slice(0, 10)}`,
          reason: 'Working days counted without Saturdays and Sundays; public holidays are not known.',
        });
        b.when = { ...b.when, offsetDays: calendar };
      } else if (b.c.date.approximate)
        b.review.push({
          printed: b.c.wording,
          interpretation: `${Math.abs(b.when.offsetDays)} days`,
          reason: 'Months or working days counted as calendar days; check the exact day.',
        });
      const id = add(b);
      const entry = pending.find((x) => x.item.id === id)!;
      entry.item.status = b.status;
    }
    for (const { b, item } of pending) {
      const parsed = ItemSchema.safeParse(item);
      if (parsed.success) items.push(parsed.data);
      else
        this.unreadable.push({
          paragraph: b.c.sentence.paragraph.number,
          sentence: b.c.sentence.text,
          wording: b.c.wording,
          reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        });
    }
    return { doc: this.reading.doc, items, evidence, unreadable: this.unreadable };
  }

  /** Every other paragraph that names the same event, headings included. */
  private entitySeeAlso(b: Built): Source[] {
    const e = b.c.entity;
    if (!e) return [];
    return e.mentions.map((m) => this.source(m.paragraph, m.wording));
  }
}
