import * as z from 'zod';
import { ItemSchema, ReviewFlagSchema } from '../calendar/schema.js';

// Schemas built on first use (z.lazy), as in src/calendar/schema.ts.

/**
 * A draft of an import (`/cwg import <file>`), kept per caller until it is confirmed, discarded or expires.
 * Proposals carry the item as it would be written; nothing in here touches the calendar. The revision of the
 * calendar item a proposal replaces is kept, so "confirm" can tell a wrong code from a calendar that changed.
 */

const Instant = z.lazy(() => z.string().datetime({ offset: true }));

export const DECISIONS = ['pending', 'accepted', 'rejected'] as const;

export const DraftProposalSchema = z.lazy(() =>
  z
    .object({
      n: z.number().int().min(1),
      action: z.enum(['add', 'change', 'unchanged']),
      item: ItemSchema,
      /** The calendar item it matches (change / unchanged) and that item's revision when the draft was made. */
      existingId: z.string().max(64).optional(),
      existingRevision: z.number().int().min(0).optional(),
      changes: z.array(z.string().max(40)).max(40).optional(),
      review: z.array(ReviewFlagSchema).max(20).default([]),
      evidence: z.object({ paragraph: z.string().max(80), sentence: z.string().max(2000) }).strict(),
      decision: z.enum(DECISIONS).default('pending'),
      /** Changed by `/cwg import edit`. */
      edited: z.boolean().optional(),
    })
    .strict(),
);

/** A part of the file that could not become an item: a report sentence, a spreadsheet row, a calendar entry. */
export const DraftUnreadSchema = z.lazy(() =>
  z
    .object({
      n: z.number().int().min(1),
      /** Paragraph, "row 12" or the entry's UID/summary. */
      where: z.string().max(200),
      sentence: z.string().max(2000).default(''),
      /** A code the catalogue words (intake.unread.*), with its data. */
      code: z.string().max(60),
      field: z.string().max(40).optional(),
      value: z.string().max(300).optional(),
      example: z.string().max(300).optional(),
      problem: z.string().max(300).optional(),
    })
    .strict(),
);

export const DraftWarningSchema = z.lazy(() =>
  z.object({ code: z.string().max(60), data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])) }).strict(),
);

export const ImportDraftSchema = z.lazy(() =>
  z
    .object({
      /** The file's name (also `source.document` of what it yields, unless the file says otherwise). */
      document: z.string().min(1).max(200),
      /** report | table | calendar | json */
      kind: z.enum(['report', 'table', 'calendar', 'json']),
      format: z.string().max(10),
      createdAt: Instant,
      expiresAt: Instant,
      proposals: z.array(DraftProposalSchema).max(10_000),
      unread: z.array(DraftUnreadSchema).max(10_000).default([]),
      warnings: z.array(DraftWarningSchema).max(50).default([]),
    })
    .strict(),
);

export type DraftProposal = z.infer<typeof DraftProposalSchema>;
export type DraftUnread = z.infer<typeof DraftUnreadSchema>;
export type ImportDraftRecord = z.infer<typeof ImportDraftSchema>;
export type Decision = (typeof DECISIONS)[number];

/** Drafts by caller key (`<platform>:<user id>`). */
export const ImportDraftsSchema = z.lazy(() => z.record(z.string().max(200), ImportDraftSchema));
