import * as z from 'zod';
import { ItemIdSchema, WhenSchema } from './when-schema.js';

/*
 * The item schema. Its dates are in when-schema.ts; the calendar and the seed file, with the rules
 * across items, in calendar-schema.ts.
 *
 * Every schema of the calendar is wrapped in z.lazy: it is built the first time something validates with it, not when
 * the module loads. Building them all cost a read-only `cwg` command (which validates nothing when the data
 * file is unchanged, src/store/validated-texts.ts) about a tenth of its time. Validation is the same.
 */

/** Geneva: the group's home zone and the default for every date the report prints without a zone. */
export const GENEVA = 'Europe/Zurich';
/** source.document of items the secretariat adds by hand (worded per language when shown). */
export const SECRETARIAT_DOCUMENT = 'Added by the CWG-WSIS&SDG secretariat';

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

export type ItemKind = z.infer<typeof ItemKindSchema>;
export type Status = z.infer<typeof StatusSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type ReviewFlag = z.infer<typeof ReviewFlagSchema>;
export type ReviewKind = z.infer<typeof ReviewKindSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type ItemInput = z.input<typeof ItemSchema>;
/** For the importers that take When from here (src/i18n, src/render, src/intake/report); elsewhere from when-schema.ts. */
export type { When } from './when-schema.js';
