import * as z from 'zod';
import { calendarIssues } from '../calendar/calendar-schema.js';
import { ItemSchema } from '../calendar/schema.js';
import { LedgerEntrySchema, RemindersStateSchema, SubscriptionSchema } from './reminders-schema.js';
import { AuditEntrySchema } from './audit-schema.js';
import { HandledSchema, LeaseSchema, PreferencesSchema } from './coordination-schema.js';
import { ImportDraftsSchema } from './import-draft-schema.js';

/*
 * As in src/calendar/schema.ts, every schema here is wrapped in z.lazy: it is built the first time something validates with it, not when
 * the module loads. Building them all cost a read-only `cwg` command (which validates nothing when the data
 * file is unchanged, src/store/validated-texts.ts) about a tenth of its time. Validation is the same.
 */

export const CURRENT_SCHEMA_VERSION = 2;

/** Everything the bot keeps: the calendar, its audit trail, subscriptions and the delivery ledger. */
export const DbSchema = z.lazy(() =>
  z
    .object({
      schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
      items: z.array(ItemSchema),
      audit: z.array(AuditEntrySchema).default([]),
      subscriptions: z.array(SubscriptionSchema).default([]),
      ledger: z.array(LedgerEntrySchema).default([]),
      reminders: RemindersStateSchema.default({}),
      /** Platform bookkeeping (Teams conversation references, caches) keyed by platform. */
      platforms: z.record(z.string(), z.unknown()).default({}),
      /** Slack retries and form submissions already acted on (key → expiry), shared by every process. */
      handled: z.array(HandledSchema).default([]),
      /** Named leases (e.g. who runs the reminder job), by real time, so one process acts at a time. */
      leases: z.record(z.string(), LeaseSchema).default({}),
      /** Languages chosen by people and channels (/cwg language). */
      preferences: PreferencesSchema.default({ users: {}, channels: {} }),
      /** Import drafts under review, one per caller (`/cwg import`), until confirmed, discarded or expired. */
      importDrafts: ImportDraftsSchema.default({}),
    })
    .strict()
    .superRefine((db, ctx) => {
      for (const issue of calendarIssues(db.items)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }),
);

export type Db = z.infer<typeof DbSchema>;
