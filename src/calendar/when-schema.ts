import * as z from 'zod';
import { isValidIsoDate, isValidLocalDateTime, isValidTimeZone } from './validate.js';

/*
 * When an item happens, and the scalars its dates are made of (dates, local times, zones, and the item
 * ids a relative date names as its anchor). Lazy, as every schema of the calendar is (see schema.ts).
 */

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

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

export type When = z.infer<typeof WhenSchema>;
export type DateWhen = z.infer<typeof DateWhenSchema>;
export type DateTimeWhen = z.infer<typeof DateTimeWhenSchema>;
export type RelativeWhen = z.infer<typeof RelativeWhenSchema>;
