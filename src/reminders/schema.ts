import { z } from 'zod';

/**
 * Reminder subscriptions and the delivery ledger, as stored. Placeholder shapes until the
 * reminders work lands; the store validates them with these schemas.
 */
export const SubscriptionSchema = z.object({ id: z.string().min(1) }).passthrough();
export const LedgerEntrySchema = z.object({ key: z.string().min(1) }).passthrough();
export const RemindersStateSchema = z
  .object({
    lastTickAt: z.string().datetime({ offset: true }).optional(),
  })
  .passthrough();

export type Subscription = z.infer<typeof SubscriptionSchema>;
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
