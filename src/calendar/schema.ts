import * as z from 'zod';
import { isValidIsoDate, isValidLocalDateTime, isValidTimeZone } from './validate.js';

/*
 * Every schema here is wrapped in z.lazy: it is built the first time something validates with it, not when
 * the module loads. Building them all cost a read-only `cwg` command (which validates nothing when the data
 * file is unchanged, src/store/validated-texts.ts) about a tenth of its time. Validation is the same.
 */

/** Geneva: the group's home zone and the default for every date the report prints without a zone. */
export const GENEVA = 'Europe/Zurich';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
/** source.document of items the secretariat adds by hand (worded per language when shown). */
export const SECRETARIAT_DOCUMENT = 'Added by the CWG-WSIS&SDG secretariat';

export const ITEM_ID = /^[a-z0-9][a-z0-9-]{1,63}$/;

export const IsoDateSchema = z.lazy(() => z.string().regex(ISO_DATE, 'expected a date as YYYY-MM-DD').refine(isValidIsoDate, 'not a real calendar date'));

export const LocalDateTimeSchema = z.lazy(() =>
  z.string().regex(LOCAL_DATE_TIME, 'expected a local date-time as YYYY-MM-DDTHH:mm').refine(isValidLocalDateTime, 'not a real date and time'),
);

export const TimeZoneSchema = z.lazy(() => z.string().refine(isValidTimeZone, 'not an IANA time zone (e.g. Europe/Zurich)'));

export const ItemIdSchema = z.lazy(() => z.string().regex(ITEM_ID, 'ids are 2-64 lowercase letters, digits and hyphens, starting with a letter or digit'));

/** An all-day date or an inclusive range of all-day dates (IGF 2025: 2025-06-23..2025-06-27). */
export const DateWhenSchema = z.lazy(() =>
  z
    .object({
      type: z.literal('date'),
      start: IsoDateSchema,
      end: IsoDateSchema.optional(),
      /**
       * What the source says about the hours when it gives no times ("2 October all day, 3 October a.m."):
       * shown beside the dates rather than turned into times nobody printed.
       */
      hours: z.string().min(1).max(120).optional(),
    })
    .strict()
    .refine((w) => !w.end || w.end >= w.start, { message: 'end date is before start date', path: ['end'] }),
);

/** A timed item: wall-clock times in an IANA zone (13:30-14:30 CET is 13:30-14:30 Europe/Zurich). */
export const DateTimeWhenSchema = z.lazy(() =>
  z
    .object({
      type: z.literal('datetime'),
      start: LocalDateTimeSchema,
      end: LocalDateTimeSchema.optional(),
      tz: TimeZoneSchema,
    })
    .strict()
    .refine((w) => !w.end || w.end >= w.start, { message: 'end time is before start time', path: ['end'] }),
);

/**
 * A date that hangs off another item ("three weeks prior to the 42nd meeting").
 * offsetDays is counted from the anchor's start (negative = before); it is resolved at read time,
 * so the deadline moves whenever the anchor moves, and is "to be announced" while the anchor is.
 */
export const RelativeWhenSchema = z.lazy(() =>
  z
    .object({
      type: z.literal('relative'),
      anchor: ItemIdSchema,
      offsetDays: z.number().int().min(-3650).max(3650),
      /**
       * "not later than", "prior to": the resolved date is the latest acceptable day. "during": the item
       * happens inside the anchor event on days the source does not give; it takes the anchor's whole
       * span (offsetDays must be 0) and is shown as "during <event>, <its dates>".
       */
      bound: z.enum(['on', 'by', 'during']).default('by'),
    })
    .strict()
    .refine((w) => w.bound !== 'during' || w.offsetDays === 0, { message: '"during" takes offsetDays 0', path: ['offsetDays'] }),
);

/** Named but not dated in the source ("the Regional Development Forums in 2025"). */
export const TbaWhenSchema = z.lazy(() =>
  z
    .object({
      type: z.literal('tba'),
      /** What is known: a year ("2025") or a month ("2025-02"). */
      approx: z
        .string()
        .regex(/^\d{4}(-\d{2})?$/, 'approx is YYYY or YYYY-MM')
        .optional(),
    })
    .strict(),
);

export const WhenSchema = z.lazy(() => z.discriminatedUnion('type', [DateWhenSchema, DateTimeWhenSchema, RelativeWhenSchema, TbaWhenSchema]));

export const ITEM_KINDS = ['event', 'deadline'] as const;
export const ItemKindSchema = z.lazy(() => z.enum(ITEM_KINDS));

export const STATUSES = ['confirmed', 'tba', 'rescheduled', 'cancelled', 'done'] as const;
export const StatusSchema = z.lazy(() => z.enum(STATUSES));

/** `chair` is the group's Chair; `council-chair` the Chair of ITU Council (e.g. transmits the HLPF contribution). */
export const ACTORS = ['secretariat', 'members', 'chair', 'all-stakeholders', 'sectors', 'councillors', 'council-chair'] as const;
export const ActorSchema = z.lazy(() => z.enum(ACTORS));

export const SourceSchema = z.lazy(() =>
  z
    .object({
      /** The document's short name, e.g. "CWG-WSIS&SDG 41st-42nd outcomes report". */
      document: z.string().min(1).max(200),
      /** The paragraph as the report numbers it, e.g. "6.7.9". */
      paragraph: z.string().min(1).max(40),
      /** The report's own words for the date ("by 4 March", "three weeks prior to the 42nd meeting"). */
      wording: z.string().max(500).optional(),
      /** The document's address (http/https only: cleaned by safe-url.ts), shown as a link or button. */
      link: z.string().url().max(500).optional(),
    })
    .strict(),
);

/**
 * What a review flag is about (absent = 'date'):
 *  - date: the printed date is wrong or incomplete (a misprinted year, no year) and we read it otherwise;
 *  - unverified: the date is kept as printed but doubtful; every answer showing the item, or an item whose
 *    date is counted from it, says so until the secretariat clears the flag (`edit <id> review=resolved`);
 *  - interpretation: the source gives no exact date ("in due time prior to Council 2025") and we chose one;
 *  - wording: the source's sentence itself is unclear (not its date).
 */
export const REVIEW_KINDS = ['date', 'unverified', 'interpretation', 'wording'] as const;
export const ReviewKindSchema = z.lazy(() => z.enum(REVIEW_KINDS));

/** Where the report contradicts itself or leaves something out: its words beside our reading. */
export const ReviewFlagSchema = z.lazy(() =>
  z
    .object({
      kind: ReviewKindSchema.optional(),
      printed: z.string().min(1).max(500),
      interpretation: z.string().min(1).max(500),
      reason: z.string().min(1).max(1000),
    })
    .strict(),
);

/** A date the item used to have: kept so answers can say "rescheduled" and show both. */
export const DateHistoryEntrySchema = z.lazy(() =>
  z
    .object({
      when: WhenSchema,
      /** When the change was made (ISO instant), when known. */
      changedAt: z.string().datetime({ offset: true }).optional(),
      /** Why or where we learnt it, e.g. "rescheduled, reported in §6.2.6.1". */
      note: z.string().max(500).optional(),
      source: SourceSchema.optional(),
    })
    .strict(),
);

const Text = (max: number) => z.string().min(1).max(max);

/** A translation of an item's text into one language; each field optional (the English one shows where it is missing). */
const ItemTranslationSchema = z.lazy(() => z.object({ title: Text(200).optional(), place: Text(200).optional(), description: Text(2000).optional() }).strict());

/** Translations by language (src/calendar/translations.ts): optional, so data without them stays valid. */
export const ItemTranslationsSchema = z.lazy(() =>
  z
    .object({
      ar: ItemTranslationSchema.optional(),
      zh: ItemTranslationSchema.optional(),
      fr: ItemTranslationSchema.optional(),
      ru: ItemTranslationSchema.optional(),
      es: ItemTranslationSchema.optional(),
    })
    .strict(),
);

export const ItemSchema = z.lazy(() =>
  z
    .object({
      id: ItemIdSchema,
      kind: ItemKindSchema,
      title: Text(200),
      description: z.string().max(2000).optional(),
      when: WhenSchema,
      status: StatusSchema,
      place: z.string().max(200).optional(),
      organiser: z.string().max(200).optional(),
      /** Title, place and description in other languages, added by the secretariat (`/cwg edit <id> title.fr="…"`). */
      translations: ItemTranslationsSchema.optional(),
      whoMustAct: z.array(ActorSchema).max(ACTORS.length).default([]),
      /** A deadline the source calls extended ("by the extended deadline of 14 March"); the earlier date may be unknown. */
      extended: z.boolean().optional(),
      /** Where to send: an e-mail address or URL the report gives. */
      sendTo: z.string().max(200).optional(),
      url: z.string().url().max(500).optional(),
      tags: z
        .array(z.string().regex(/^[a-z0-9][a-z0-9+-]{0,31}$/, 'tags are lowercase words'))
        .max(20)
        .default([]),
      source: SourceSchema,
      seeAlso: z.array(SourceSchema).max(20).default([]),
      history: z.array(DateHistoryEntrySchema).max(100).default([]),
      review: z.array(ReviewFlagSchema).max(20).default([]),
      /** Incremented on every date change: reminder keys and iCalendar SEQUENCE are built on it. */
      dateVersion: z.number().int().min(0).default(0),
      /** Incremented on every change of any field (optimistic concurrency for edits). */
      revision: z.number().int().min(0).default(0),
      updatedAt: z.string().datetime({ offset: true }).optional(),
    })
    .strict()
    .superRefine((item, ctx) => {
      // An undated item is "tba" until it is dated, cancelled, or known to have happened ("done").
      if (item.when.type === 'tba' && !['tba', 'cancelled', 'done'].includes(item.status)) {
        ctx.addIssue({ code: 'custom', path: ['status'], message: 'an item without a date must have status "tba" (or "cancelled" or "done")' });
      }
      if (item.when.type !== 'tba' && item.when.type !== 'relative' && item.status === 'tba') {
        ctx.addIssue({ code: 'custom', path: ['status'], message: 'status "tba" needs when.type "tba" or "relative"' });
      }
      if (item.when.type === 'relative' && item.when.anchor === item.id) {
        ctx.addIssue({ code: 'custom', path: ['when', 'anchor'], message: 'an item cannot be anchored to itself' });
      }
    }),
);

export type When = z.infer<typeof WhenSchema>;
export type DateWhen = z.infer<typeof DateWhenSchema>;
export type DateTimeWhen = z.infer<typeof DateTimeWhenSchema>;
export type RelativeWhen = z.infer<typeof RelativeWhenSchema>;
export type ItemKind = z.infer<typeof ItemKindSchema>;
export type Status = z.infer<typeof StatusSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type ReviewFlag = z.infer<typeof ReviewFlagSchema>;
export type ReviewKind = z.infer<typeof ReviewKindSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type ItemInput = z.input<typeof ItemSchema>;

export interface CalendarIssue {
  path: (string | number)[];
  /** For logs and the store's refusal (operator English); people get `code` and `data` in their language. */
  message: string;
  code?: 'duplicateId' | 'anchorMissing' | 'anchorCycle';
  data?: Record<string, string>;
}

/**
 * The cross-item rules (unique ids, anchors that exist, no cycles) on items already valid one by one.
 * Kept apart from the item schema so the store, which parses every item anyway, does not parse them
 * a second time just to check these.
 */
export function calendarIssues(items: readonly Item[]): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  const byId = new Map<string, Item>();
  items.forEach((item, i) => {
    if (byId.has(item.id)) issues.push({ path: ['items', i, 'id'], message: `duplicate id "${item.id}"`, code: 'duplicateId', data: { id: item.id } });
    else byId.set(item.id, item);
  });
  items.forEach((item, i) => {
    if (item.when.type !== 'relative') return;
    if (!byId.has(item.when.anchor)) {
      const anchor = item.when.anchor;
      issues.push({ path: ['items', i, 'when', 'anchor'], message: `anchor "${anchor}" does not exist`, code: 'anchorMissing', data: { anchor } });
      return;
    }
    const seen = new Set<string>([item.id]);
    let cursor = byId.get(item.when.anchor);
    while (cursor && cursor.when.type === 'relative') {
      if (seen.has(cursor.id)) {
        const id = cursor.id;
        issues.push({ path: ['items', i, 'when', 'anchor'], message: `anchors form a cycle through "${id}"`, code: 'anchorCycle', data: { id } });
        return;
      }
      seen.add(cursor.id);
      cursor = byId.get(cursor.when.anchor);
    }
  });
  return issues;
}

/** The calendar as a whole: items plus cross-item rules (unique ids, anchors that exist, no cycles). */
export const CalendarSchema = z.lazy(() =>
  z
    .object({
      items: z.array(ItemSchema),
    })
    .strict()
    .superRefine((cal, ctx) => {
      for (const issue of calendarIssues(cal.items)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }),
);

export type Calendar = z.infer<typeof CalendarSchema>;

/** The seed file: the calendar plus where it came from. */
export const SeedFileSchema = z.lazy(() =>
  z
    .object({
      $comment: z.string().optional(),
      document: z.string().min(1),
      items: z.array(ItemSchema),
    })
    .strict()
    .superRefine((seed, ctx) => {
      for (const issue of calendarIssues(seed.items)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }),
);
