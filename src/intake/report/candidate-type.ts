import type { Actor, ItemKind, ReviewFlag } from '../../calendar/schema.js';
import type { DateMention } from './date-mention.js';
import type { Entity, SentenceReading } from './mentions.js';

/**
 * The second pass: what in each sentence is a calendar item. A candidate is not dated yet (years and
 * meeting corrections come from the whole document, in `dating.ts`); it keeps the sentence it came from.
 */
export type CandidateDate =
  | { type: 'mention'; mention: DateMention }
  | {
      type: 'relative';
      anchor: Entity;
      offsetDays: number;
      bound: 'on' | 'by' | 'during';
      approximate: boolean;
      fromEnd?: boolean;
      /** Counted in working days (working-days.ts). */
      workingDays?: boolean;
    }
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
