import { GENEVA, type ReviewFlag, type When } from '../../calendar/schema.js';
import { daysBetweenIso } from '../../calendar/time.js';
import type { Candidate } from './candidate-type.js';
import { weekdayFlag } from './date-formats.js';
import type { DateMention } from './date-mention.js';
import { withYear } from './with-year.js';
import { tbaWhen } from './yearless-month.js';
import { documentNow, type FrontMatterDates } from './document-date.js';
import { futureYearSlip, laterMeetingSlip, outOfOrderSlip, shiftYear, type YearSlip } from './future-year.js';
import { openingMeeting } from './opening-meeting.js';
import { reportedMeetingSlip } from './reported-year.js';
import { namedForYearBefore } from './named-year.js';
import { placeZone } from './zones.js';
import { LOCAL_TIME, localZone } from './local-time.js';
import { heldBefore, monthName, ordinalWord } from './draft-wording.js';
import type { Reading } from './mentions.js';
import type { Unreadable } from './unreadable.js';

/** Words telling a deadline as past (it closed, was extended): not a task still to come. */
const PAST_TENSE = /\b(?:was|were|had|closed|ended|expired)\b/i;

/**
 * When each candidate is: the group's meetings dated first (their printed years checked against the rest of
 * the report), then every other date read against them. The draft builder (draft.ts) extends it.
 */
export class CandidateDating {
  protected readonly meetingDates = new Map<string, string>();
  protected readonly unreadable: Unreadable[] = [];
  protected readonly flags = new Map<Candidate, ReviewFlag[]>();
  /** The report's own time (see now()), once known: planned dates before it are year slips (future-year.ts). */
  protected nowInfo?: { date: string; why: string };

  constructor(
    protected readonly reading: Reading,
    protected readonly front: FrontMatterDates = {},
  ) {}

  /** The report's "now": its meetings' first day, else its own date (document-date.ts). */
  protected now(candidates: Candidate[]): string | undefined {
    return this.nowWhy(candidates)?.date;
  }

  protected nowWhy(candidates: Candidate[]): { date: string; why: string } | undefined {
    const reported = [...this.meetingDates.entries()].filter(([n]) => this.reading.doc.meetings.includes(n)).map(([, d]) => d);
    // A report that names no numbered meeting opens on the one it is about ("The Forum was held in Amman on …").
    const opening = reported.length ? undefined : openingMeeting(candidates, this.reading.doc.paragraphs);
    return documentNow(this.front, opening ? [opening] : reported, this.reading.doc.documentDate);
  }

  /** The group's own meetings: printed dates, checked against what the rest of the report says of them. */
  protected dateMeetings(candidates: Candidate[]): void {
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
  protected periodStartYear(c: Candidate): number | undefined {
    const doc = this.reading.doc;
    if (doc.periodStartYear !== undefined) return doc.periodStartYear;
    const covered = [...this.meetingDates.entries()].filter(([n]) => doc.meetings.includes(n)).map(([, d]) => Number(d.slice(0, 4)));
    if (covered.length) return Math.min(...covered);
    const ref = this.reference(c).date;
    return ref ? Number(ref.slice(0, 4)) : undefined;
  }

  protected whenOf(c: Candidate): When | undefined {
    if (c.date.type === 'relative') return { type: 'relative', anchor: 'pending', offsetDays: c.date.offsetDays, bound: c.date.bound };
    if (c.date.type === 'tba') {
      // A year from the context: for an undated item, or a month printed without one (yearless-month.ts).
      const t = tbaWhen(c.date.approx, c.approxFromContext, () => this.reference(c));
      if (t.flag) this.flags.set(c, [{ ...t.flag, printed: c.wording }]);
      return t.when;
    }
    const m = c.date.mention;
    const ref = this.reference(c);
    // A task asked at a meeting falls due after it: "Members may send inputs … by 14 January", read at a meeting of
    // 1-2 February, is next January. Other dates may be recent past (a quarter back keeps the meeting's year).
    const asked = c.kind === 'deadline' && !PAST_TENSE.test(c.sentence.text) && ref.date !== undefined && c.sentence.contextMeeting !== undefined;
    const r = withYear(m, ref.date, asked ? 0 : undefined);
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
}
