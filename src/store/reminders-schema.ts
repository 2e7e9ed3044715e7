import * as z from 'zod';
import { ActorSchema } from '../calendar/schema.js';
import { TimeZoneSchema } from '../calendar/when-schema.js';
import { SurfaceSchema } from './audit-schema.js';

// Schemas built on first use (z.lazy), as in src/calendar/schema.ts.

/**
 * Reminder subscriptions, the delivery ledger and the job's state, as stored in the data file
 * (`subscriptions`, `ledger`, `reminders`). The store validates the whole file with these.
 */

const Instant = z.lazy(() => z.string().datetime({ offset: true }));

/** Where to deliver later: enough to post without the original command (Teams adds a conversation reference). */
export const StoredConversationSchema = z.lazy(() =>
  z
    .object({
      platform: SurfaceSchema,
      // Teams conversation ids can be long (a:1…, 19:…@thread.tacv2).
      id: z.string().min(1).max(400),
      name: z.string().max(200).optional(),
      teamId: z.string().max(200).optional(),
      /** Platform data needed to post proactively (Teams ConversationReference). */
      ref: z.unknown().optional(),
      /** A direct conversation between the bot and one person (Slack IM, Teams 1:1): personal reminders. */
      personal: z.boolean().optional(),
    })
    .strict(),
);

export const SUBSCRIPTION_SCOPES = ['all', 'events', 'deadlines'] as const;
export const SubscriptionScopeSchema = z.lazy(() => z.enum(SUBSCRIPTION_SCOPES));

export const SubscriptionSchema = z.lazy(() =>
  z
    .object({
      /** `platform:conversation id`, one subscription per conversation (plus `#item` for each "remind me" item). */
      id: z.string().min(1).max(420),
      conversation: StoredConversationSchema,
      scope: SubscriptionScopeSchema,
      tags: z.array(z.string().max(32)).max(20).default([]),
      actors: z.array(ActorSchema).max(10).default([]),
      /** Delivery time of day, HH:MM in `tz`. */
      at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM'),
      tz: TimeZoneSchema,
      /** Days before the item; absent = defaults (events 30, 7, 1; deadlines 7, 1, 0). */
      offsets: z.array(z.number().int().min(0).max(365)).min(1).max(10).optional(),
      digest: z.boolean().default(true),
      /** "/cwg remind me <id>": the subscription follows only this item (its id is `platform:conversation#item`). */
      items: z.array(z.string().max(64)).min(1).max(1).optional(),
      createdAt: Instant,
      createdBy: z.string().max(200).optional(),
      updatedAt: Instant.optional(),
    })
    .strict(),
);

/** What a planned delivery is about; enough to rebuild its message on retry. */
export const DueRefSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('reminder'), itemId: z.string().max(64), dateVersion: z.number().int().min(0), offsetDays: z.number().int() }).strict(),
    z.object({ type: z.literal('digest'), week: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
    // `batch`: one message for a whole batch of changes (an import, a move with many anchored deadlines); auditId is the batch id.
    z.object({ type: z.literal('notice'), auditId: z.string().max(80), itemId: z.string().max(64), batch: z.boolean().optional() }).strict(),
  ]),
);

export const LEDGER_STATES = ['intended', 'confirmed', 'dead', 'gone'] as const;

/** One delivery: written `intended` before sending and `confirmed` after; a confirmed key is never sent again. */
export const LedgerEntrySchema = z.lazy(() =>
  z
    .object({
      key: z.string().min(1).max(600),
      subscriptionId: z.string().min(1).max(420),
      state: z.enum(LEDGER_STATES),
      dueAt: Instant,
      intendedAt: Instant,
      confirmedAt: Instant.optional(),
      /** Platform message id (Slack ts). */
      ref: z.string().max(200).optional(),
      delayed: z.boolean().optional(),
      /** Which process claimed the delivery (state `intended`), and until when its claim holds (real time). */
      holder: z.string().max(200).optional(),
      leaseUntil: Instant.optional(),
    })
    .strict(),
);

/** A delivery that failed a bounded number of times; the secretariat sees and retries it. */
export const DeadLetterSchema = z.lazy(() =>
  z
    .object({
      key: z.string().min(1).max(600),
      subscriptionId: z.string().min(1).max(420),
      conversation: StoredConversationSchema,
      due: DueRefSchema,
      dueAt: Instant,
      attempts: z.number().int().min(0),
      error: z.string().max(500),
      failedAt: Instant,
      /** Set by "/cwg deliveries retry": the next tick sends it again. */
      retryRequestedAt: Instant.optional(),
    })
    .strict(),
);

export const RemindersStateSchema = z.lazy(() =>
  z
    .object({
      /** End of the last window the job finished delivering (exclusive). */
      lastTickAt: Instant.optional(),
      /** Id of the last audit entry turned into change notices. */
      auditCursor: z.string().max(80).optional(),
      /** Time of that audit entry (fallback if the entry is ever pruned). */
      auditCursorAt: Instant.optional(),
      deadLetters: z.array(DeadLetterSchema).optional(),
    })
    .strict(),
);

export type StoredConversation = z.infer<typeof StoredConversationSchema>;
export type SubscriptionScope = z.infer<typeof SubscriptionScopeSchema>;
export type Subscription = z.infer<typeof SubscriptionSchema>;
export type DueRef = z.infer<typeof DueRefSchema>;
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
export type DeadLetter = z.infer<typeof DeadLetterSchema>;
export type RemindersState = z.infer<typeof RemindersStateSchema>;
