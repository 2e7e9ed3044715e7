import * as z from 'zod';
import { ItemSchema } from '../calendar/schema.js';

// Schemas built on first use (z.lazy), as in src/calendar/schema.ts.

export const SurfaceSchema = z.lazy(() => z.enum(['cli', 'console', 'slack', 'teams', 'import', 'system']));
export type Surface = z.infer<typeof SurfaceSchema>;

/** Where an item sat on the time line (ISO instants; a deadline's start = end = due), or null while undated. */
export const ResolvedDatesSchema = z.lazy(() =>
  z
    .object({ start: z.string().max(40), end: z.string().max(40) })
    .strict()
    .nullable(),
);
export type ResolvedDates = z.infer<typeof ResolvedDatesSchema>;

/** One change to the calendar: who, when, where from, the item before and after. */
export const AuditEntrySchema = z.lazy(() =>
  z
    .object({
      id: z.string().min(1).max(80),
      at: z.string().datetime({ offset: true }),
      actor: z.object({ id: z.string().min(1).max(120), platform: SurfaceSchema, name: z.string().max(200).optional() }).strict(),
      surface: SurfaceSchema,
      action: z.string().min(1).max(40),
      itemId: z.string().min(1).max(64),
      before: ItemSchema.nullable(),
      after: ItemSchema.nullable(),
      reason: z.string().max(500).optional(),
      /** Set when this entry was reverted by `undo`, with the id of the entry that did it. */
      undoneBy: z.string().max(80).optional(),
      /** Changes made together (a reschedule that moved anchored deadlines) share a batch id. */
      batch: z.string().max(80).optional(),
      /**
       * The item's resolved dates before and after the change, following anchors. Set whenever they
       * differ, including for deadlines that moved only because their anchor did (their `when` is unchanged).
       */
      resolved: z.object({ before: ResolvedDatesSchema, after: ResolvedDatesSchema }).strict().optional(),
    })
    .strict(),
);

export type AuditEntry = z.infer<typeof AuditEntrySchema>;
