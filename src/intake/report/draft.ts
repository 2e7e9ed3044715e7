import { GENEVA, type Item, ItemSchema, type ReviewFlag, type Source, type When } from '../../calendar/schema.js';
import { daysBetweenIso } from '../../calendar/time.js';
import { cancelledAfter } from './cancelled.js';
import { type Candidate, entityTitle, findCandidates } from './candidates.js';
import { weekdayFlag } from './date-formats.js';
import { type DateLanguage, type DateMention, withYear } from './dates.js';
import { tbaWhen } from './yearless-month.js';
import { documentNow, type FrontMatterDates, frontMatterDates } from './document-date.js';
import { futureYearSlip, laterMeetingSlip, outOfOrderSlip, shiftYear, type YearSlip } from './future-year.js';
import { openingMeeting } from './opening-meeting.js';
import { reportedMeetingSlip } from './reported-year.js';
import { type Built, mergeBuilt, SAME_OCCURRENCE_DAYS, startOf } from './merge.js';
import { namedForYearBefore } from './named-year.js';
import { placeZone } from './zones.js';
import { LOCAL_TIME, localZone } from './local-time.js';
import { dedupeFlags, dedupeSources, heldBefore, monthName, ordinalWord } from './draft-wording.js';
import { recalledSession } from './recalled-session.js';
import { ownCyclePast, ownMeeting, pastMonth, pastUndated, toldAsPast } from './history.js';
import { tagsIn } from './lexicon.js';
import { budgetYearOnly, listParagraphs, noiseDate } from './noise.js';
import { type Entity, type Reading, readMentions } from './mentions.js';
import { makeId } from '../../editing/make-id.js';
import { parseParagraphs, type ReportDocument } from './paragraphs.js';

/** What could not be turned into an item: the words and why, for the reviewer. */
export interface Unreadable {
  paragraph: string;
  sentence: string;
  wording: string;
  reason: string;
}

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

class DraftBuilder {
  private readonly meetingDates = new Map<string, string>();
  private readonly unreadable: Unreadable[] = [];
  private readonly flags = new Map<Candidate, ReviewFlag[]>();
  /** The report's own time (see now()), once known: planned dates before it are year slips (future-year.ts). */
  private nowInfo?: { date: string; why: string };

  constructor(
    private readonly reading: Reading,
    private readonly document: string,
    private readonly front: FrontMatterDates = {},
  ) {}

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
      const status = history.length ? 'rescheduled' : cancelled ? 'cancelled' : 'confirmed';
      built.push({ c, when, review: [...c.review, ...(this.flags.get(c) ?? [])], seeAlso: [], history, status });
    }
    const merged = mergeBuilt(built, (p, w) => this.source(p, w));
    return this.toItems(merged);
  }

  /** The report's "now": its meetings' first day, else its own date (document-date.ts). */
  private now(candidates: Candidate[]): string | undefined {
    return this.nowWhy(candidates)?.date;
  }

  private nowWhy(candidates: Candidate[]): { date: string; why: string } | undefined {
    const reported = [...this.meetingDates.entries()].filter(([n]) => this.reading.doc.meetings.includes(n)).map(([, d]) => d);
    // A report that names no numbered meeting opens on the one it is about ("The Forum was held in Amman on …").
    const opening = reported.length ? undefined : openingMeeting(candidates, this.reading.doc.paragraphs);
    return documentNow(this.front, opening ? [opening] : reported, this.reading.doc.documentDate);
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
    if (c.kind === 'deadline' && !supplied && !/\b(?:was|were|had|closed|ended|expired)\b/i.test(c.sentence.text)) return false;
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

  /** The group's own meetings: printed dates, checked against what the rest of the report says of them. */
  private dateMeetings(candidates: Candidate[]): void {
    const doc = this.reading.doc;
    for (const c of candidates) {
      const e = c.entity;
      if (!e?.groupMeeting || !e.ordinal || c.date.type !== 'mention' || this.meetingDates.has(e.ordinal)) continue;
      const m = c.date.mention;
      const printed = withYear(m, undefined);
      if (!printed) continue;
      let start = printed.start;
      const flags: ReviewFlag[] = [];
      const elsewhere = e.mentions.find((x) => x.paragraph !== c.sentence.paragraph.number && /\b(?:19|20)\d{2}\b/.test(x.wording) && e.month);
      if (e.month && e.month.slice(5) === start.slice(5, 7) && e.month.slice(0, 4) !== start.slice(0, 4)) {
        const year = e.month.slice(0, 4);
        const corrected = withYear(
          { ...m, start: { ...m.start, year: Number(year) }, ...(m.end ? { end: { ...m.end, year: Number(year) } } : {}) },
          undefined,
        )!;
        start = corrected.start;
        c.date = { type: 'mention', mention: { ...m, start: { ...m.start, year: Number(year) }, ...(m.end ? { end: { ...m.end, year: Number(year) } } : {}) } };
        flags.push({
          printed: m.text,
          interpretation: `${corrected.start}${corrected.end ? `..${corrected.end}` : ''} (year corrected to ${year}; day and month kept as printed)`,
          reason: `The report elsewhere places this meeting in ${monthName(e.month)} (§${elsewhere?.paragraph ?? '?'}: '${elsewhere?.wording ?? ''}').`,
        });
      } else if (
        this.laterMeeting(c, m, Number(e.ordinal), printed.start, printed.end, flags) ||
        this.outOfOrder(c, m, Number(e.ordinal), printed.start, printed.end, flags)
      ) {
        start = flags[flags.length - 1]!.interpretation.slice(0, 10);
      } else if (doc.periodStartYear !== undefined && Number(start.slice(0, 4)) < doc.periodStartYear) {
        flags.push({
          printed: m.text,
          interpretation: `${printed.start}, as printed (the year is very likely wrong)`,
          reason: `The report covers the period since ${doc.periodStartYear}, yet prints this meeting in ${start.slice(0, 4)}.`,
        });
      }
      this.flags.set(c, flags);
      this.meetingDates.set(e.ordinal, start);
    }
  }

  /**
   * A later meeting of the group printed before the meeting reported on (future-year.ts): its year moved on,
   * in the candidate itself so that everything read against it uses the corrected date.
   */
  private laterMeeting(c: Candidate, m: DateMention, ordinal: number, start: string, end: string | undefined, flags: ReviewFlag[]): boolean {
    const doc = this.reading.doc;
    const reported = [...this.meetingDates.entries()].filter(([n]) => doc.meetings.includes(n)).map(([, d]) => d);
    const now = documentNow(this.front, reported, doc.documentDate);
    // The meeting reported on, printed a year before the report's date (reported-year.ts): the same correction.
    const slip = laterMeetingSlip(ordinal, doc.meetings.map(Number), m, start, end, now, c.sentence.text.slice(0, m.index));
    return this.applySlip(
      c,
      m,
      start,
      slip ?? (doc.meetings.includes(String(ordinal)) ? reportedMeetingSlip(m, start, end, doc.documentDate) : undefined),
      flags,
    );
  }

  /** A meeting printed before an earlier-numbered one (future-year.ts): same correction. */
  private outOfOrder(c: Candidate, m: DateMention, ordinal: number, start: string, end: string | undefined, flags: ReviewFlag[]): boolean {
    return this.applySlip(c, m, start, outOfOrderSlip(ordinal, this.meetingDates, m, start, end), flags);
  }

  private applySlip(c: Candidate, m: DateMention, start: string, slip: YearSlip | undefined, flags: ReviewFlag[]): boolean {
    if (!slip) return false;
    const years = Number(slip.start.slice(0, 4)) - Number(start.slice(0, 4));
    c.date = {
      type: 'mention',
      mention: {
        ...m,
        start: { ...m.start, year: m.start.year! + years },
        ...(m.end?.year !== undefined ? { end: { ...m.end, year: m.end.year + years } } : {}),
      },
    };
    flags.push(slip.flag);
    return true;
  }

  /** The date a paragraph is read against: the meeting it reports on, else the latest meeting, else the document's date. */
  private reference(c: Candidate): { date?: string; why: string } {
    const ctx = c.sentence.contextMeeting;
    if (ctx && this.meetingDates.has(ctx)) return { date: this.meetingDates.get(ctx)!, why: `the ${ordinalWord(ctx)} meeting (${this.meetingDates.get(ctx)})` };
    // The latest meeting the report reports on (not a future one it announces).
    const covered = [...this.meetingDates.entries()].filter(([n]) => this.reading.doc.meetings.includes(n));
    const latest = (covered.length ? covered : [...this.meetingDates.entries()]).sort((a, b) => Number(b[0]) - Number(a[0]))[0];
    if (latest) return { date: latest[1], why: `the ${ordinalWord(latest[0])} meeting (${latest[1]}), the latest the report covers` };
    // No numbered meeting: the meeting the report is about ("The Forum was held in Cairo on …"), else its date.
    if (this.nowInfo) return this.nowInfo;
    const dd = this.reading.doc.documentDate;
    return dd ? { date: dd, why: `the document's date (${dd})` } : { why: 'nothing in the document' };
  }

  /** The first year the report covers: "since Council 24", else its first meeting's, else the year it is read against. */
  private periodStartYear(c: Candidate): number | undefined {
    const doc = this.reading.doc;
    if (doc.periodStartYear !== undefined) return doc.periodStartYear;
    const covered = [...this.meetingDates.entries()].filter(([n]) => doc.meetings.includes(n)).map(([, d]) => Number(d.slice(0, 4)));
    if (covered.length) return Math.min(...covered);
    const ref = this.reference(c).date;
    return ref ? Number(ref.slice(0, 4)) : undefined;
  }

  private whenOf(c: Candidate): When | undefined {
    if (c.date.type === 'relative') return { type: 'relative', anchor: 'pending', offsetDays: c.date.offsetDays, bound: c.date.bound };
    if (c.date.type === 'tba') {
      // A year from the context: for an undated item, or a month printed without one (yearless-month.ts).
      const t = tbaWhen(c.date.approx, c.approxFromContext, () => this.reference(c));
      if (t.flag) this.flags.set(c, [{ ...t.flag, printed: c.wording }]);
      return t.when;
    }
    const m = c.date.mention;
    const ref = this.reference(c);
    const r = withYear(m, ref.date);
    if (!r) {
      this.unreadable.push({
        paragraph: c.sentence.paragraph.number,
        sentence: c.sentence.text,
        wording: m.text,
        reason: `no year printed and ${ref.why} to infer it from`,
      });
      return undefined;
    }
    let { start, end } = r;
    const flags = this.flags.get(c) ?? [];
    if (r.yearSupplied && !m.yearFromNeighbour) {
      flags.push({
        printed: m.text,
        interpretation: `${start}${end ? `..${end}` : ''} (year ${start.slice(0, 4)} supplied by us)`,
        reason: `The report prints no year; read in the context of ${ref.why}.`,
      });
    } else if (m.yearFromNeighbour) {
      flags.push({
        printed: m.text,
        interpretation: `${start} (year taken from the next date in the sentence)`,
        reason: 'The report prints the year once for several dates.',
      });
    } else if (
      c.kind === 'event' &&
      c.entity?.year !== undefined &&
      !c.entity.groupMeeting &&
      namedForYearBefore(c.entity, c.sentence.text) &&
      Math.abs(Number(start.slice(0, 4)) - c.entity.year) === 1 &&
      (!end || end.slice(0, 4) === start.slice(0, 4))
    ) {
      // "Green Standards Week 2026, to be held in Rome on 14-17 September 2025": the event's own name says the year.
      const years = c.entity.year - Number(start.slice(0, 4));
      const printedStart = start;
      start = shiftYear(start, years);
      if (end) end = shiftYear(end, years);
      flags.push({
        printed: m.text,
        interpretation: `${start}${end ? `..${end}` : ''} (year corrected to ${c.entity.year}; day and month kept as printed)`,
        reason: `The event is named for ${c.entity.year}; the report prints ${printedStart.slice(0, 4)}.`,
      });
    } else if (
      c.future &&
      c.kind === 'event' &&
      c.sentence.contextMeeting &&
      ref.date &&
      !c.entity?.groupMeeting &&
      daysBetweenIso(ref.date, start) < -30 &&
      c.entity?.year !== Number(start.slice(0, 4))
    ) {
      // "will be held on 11 February 2024" said at a meeting of February 2025: the year cannot be right.
      let years = 0;
      while (daysBetweenIso(ref.date, shiftYear(start, years)) < 0 && years < 3) years++;
      if (years > 0 && years < 3) {
        const printedStart = start;
        start = shiftYear(start, years);
        if (end) end = shiftYear(end, years);
        flags.push({
          printed: m.text,
          interpretation: `${start}${end ? `..${end}` : ''}${m.startTime ? ` ${m.startTime}${m.endTime ? `-${m.endTime}` : ''} ${m.zone ?? GENEVA}` : ''} (year read as ${start.slice(0, 4)})`,
          reason: `Announced as upcoming at ${ref.why}; ${printedStart} would be before that meeting.`,
        });
      }
    }
    const slip =
      !r.yearSupplied && !m.yearFromNeighbour && !c.entity?.groupMeeting && start === r.start && this.nowInfo
        ? futureYearSlip(c.sentence.text, m, start, end, this.nowInfo)
        : undefined;
    if (slip) {
      start = slip.start;
      end = slip.end;
      flags.push(slip.flag);
    }
    const dd = this.reading.doc.documentDate;
    if (!r.yearSupplied && dd && start > dd && heldBefore(c.sentence.text, m.index)) {
      // "The second meeting, held on 9 December 2025" in a report dated March 2025: a past meeting printed
      // with a year after the document's own date. Read as the latest such day before the document.
      let years = 0;
      while (shiftYear(start, -years) > dd && years < 3) years++;
      if (years > 0 && years < 3) {
        const printedStart = start;
        start = shiftYear(start, -years);
        if (end) end = shiftYear(end, -years);
        flags.push({
          printed: m.text,
          interpretation: `${start}${end ? `..${end}` : ''} (year corrected to ${start.slice(0, 4)}; day and month kept as printed)`,
          reason: `The report, dated ${dd}, speaks of this as already held; ${printedStart} is after the document's date.`,
        });
      }
    }
    flags.push(...(m.notes ?? []));
    const weekday = weekdayFlag(m.text, start, end);
    if (weekday) flags.push(weekday);
    this.flags.set(c, flags);
    if (m.startTime) {
      const endDay = end ?? start;
      return {
        type: 'datetime',
        start: `${start}T${m.startTime}`,
        ...(m.endTime ? { end: `${endDay}T${m.endTime}` } : {}),
        tz:
          m.zone === LOCAL_TIME
            ? (localZone(c.sentence.text, c.sentence.paragraph, this.reading.doc.paragraphs, start) ?? GENEVA)
            : m.zone
              ? placeZone(m.zone, c.sentence.text, start)
              : GENEVA,
      };
    }
    return end ? { type: 'date', start, end } : { type: 'date', start };
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
        review: [],
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
      if (b.c.date.approximate)
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
