import { z } from 'zod';
import { calendarIssues, ItemSchema } from '../calendar/schema.js';
import { LedgerEntrySchema, RemindersStateSchema, SubscriptionSchema } from '../reminders/schema.js';
import { AuditEntrySchema } from './audit-schema.js';

export const CURRENT_SCHEMA_VERSION = 1;

/** Everything the bot keeps: the calendar, its audit trail, subscriptions and the delivery ledger. */
export const DbSchema = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    items: z.array(ItemSchema),
    audit: z.array(AuditEntrySchema).default([]),
    subscriptions: z.array(SubscriptionSchema).default([]),
    ledger: z.array(LedgerEntrySchema).default([]),
    reminders: RemindersStateSchema.default({}),
    /** Platform bookkeeping (Teams conversation references, caches) keyed by platform. */
    platforms: z.record(z.string(), z.unknown()).default({}),
  })
  .strict()
  .superRefine((db, ctx) => {
    for (const issue of calendarIssues(db.items)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

export type Db = z.infer<typeof DbSchema>;
