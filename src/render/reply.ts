import type { Actor, ItemKind, ReviewFlag, Status } from '../calendar/schema.js';

/** One calendar item as every renderer sees it: data plus ready-made wording. */
export interface ReplyItem {
  id: string;
  /** The item's revision: what `edit <id> rev=N` checks (shown in details). */
  revision?: number;
  kind: ItemKind;
  title: string;
  /** All-day: YYYY-MM-DD; timed: ISO date-time with offset; a deadline's start is its due date; null while to be announced. */
  start: string | null;
  end: string | null;
  status: Status;
  statusLabel: string;
  /** For a deadline: the instant it is due (ISO, Geneva offset). */
  dueAt?: string;
  /** The date in Geneva time, in words, followed by any `marks` (" · date not verified"). */
  when: string;
  /** Doubts about the date shown with it: not verified, counted from an unverified date, extended deadline. */
  marks?: string[];
  /** The same moment in the asker's zone, when known and different. */
  whenLocal?: string;
  /** "in 3 days", "yesterday", "under way…". */
  countdown?: string;
  place?: string;
  organiser?: string;
  whoMustAct: Actor[];
  whoMustActText?: string;
  sendTo?: string;
  url?: string;
  tags: string[];
  description?: string;
  /** `link`: the document's address (http/https, already checked), shown as a link or button. */
  source: { document: string; paragraph: string; wording?: string; link?: string; label: string };
  review: ReviewFlag[];
  /** The short marker lists and reminders show for review flags ("date to be checked"); the full lines are for the details view. */
  reviewMark?: string;
  /** "date as printed in the report: …" lines, one per review flag. */
  reviewText: string[];
  /** Earlier dates of a rescheduled item, in words. */
  previously: string[];
  anchor?: { id: string; title: string; offsetDays: number; text: string };
}

export type ReplyTone = 'ok' | 'empty' | 'error' | 'help';

/** A section of a reply: an optional heading and items ("Happening now", "Next event"). */
export interface ReplySection {
  heading?: string;
  items: ReplyItem[];
}

/** What every command returns; renderers turn it into plain text, Block Kit or Adaptive Cards. */
export interface ReplyBody {
  tone: ReplyTone;
  heading?: string;
  /** Lines before the items. */
  intro?: string[];
  sections: ReplySection[];
  /** Lines after the items. */
  notes?: string[];
  /** Show every field of each item (details view) rather than a compact line. */
  detailed?: boolean;
  error?: { code: string; message: string };
  /** A file produced by the command (calendar export). */
  file?: { filename: string; contentType: string; content: string; path?: string };
  /** Free-form, platform-neutral data for renderers and --json (e.g. an export). */
  data?: unknown;
}

export interface Reply extends ReplyBody {
  /** The language the reply is worded in (chosen by src/dispatch/language.ts): adapters word their buttons in it. */
  lang?: string;
  /** The whole reply as plain text (also the fallback text on chat platforms). */
  text: string;
  /** Every item of every section, in order (the --json contract). */
  items: ReplyItem[];
}
