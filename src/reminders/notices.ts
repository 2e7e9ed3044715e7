import { resolveItem, indexItems } from '../calendar/resolve.js';
import type { Item } from '../calendar/schema.js';
import type { AuditEntry } from '../store/audit-schema.js';
import { follows, type PlannedDelivery } from './plan.js';
import type { Subscription } from '../store/reminders-schema.js';

/**
 * Change notices, derived from the audit trail: an item a channel follows was added, moved,
 * cancelled or got its date. Each audit entry is told once per following channel (ledger key
 * per entry and channel). Pure: the caller gives the entries after its cursor.
 */

export type NoticeKind = 'added' | 'rescheduled' | 'cancelled' | 'reinstated' | 'announced' | 'removed';

/** What an audit entry means for subscribers, or undefined when it changes nothing they follow. */
export function noticeKind(entry: AuditEntry): NoticeKind | undefined {
  const { before, after } = entry;
  if (!before && after) return after.status === 'cancelled' ? undefined : 'added';
  if (before && !after) return before.status === 'cancelled' ? undefined : 'removed';
  if (!before || !after) return undefined;
  if (after.status === 'cancelled' && before.status !== 'cancelled') return 'cancelled';
  if (before.status === 'cancelled' && after.status !== 'cancelled') return 'reinstated';
  if (after.status === 'cancelled') return undefined;
  // A deadline tied to a moved anchor keeps its `when`; only its resolved dates tell it moved.
  const whenChanged = JSON.stringify(before.when) !== JSON.stringify(after.when);
  const resolvedChanged = !!entry.resolved && JSON.stringify(entry.resolved.before) !== JSON.stringify(entry.resolved.after);
  if (!whenChanged && !resolvedChanged) return undefined;
  const wasUndated = before.when.type === 'tba' || before.status === 'tba' || (resolvedChanged && !entry.resolved!.before);
  return wasUndated || entry.action === 'announce' ? 'announced' : 'rescheduled';
}

export function noticeKey(auditId: string, subId: string): string {
  return `notice:${auditId}:${subId}`;
}

/**
 * The audit entries after the cursor (by id; by time when the cursor entry is gone or only a
 * time is known). Same-instant entries are included: notice keys make a second look harmless.
 */
export function entriesAfter(audit: readonly AuditEntry[], cursor: { id?: string; at?: string }): AuditEntry[] {
  if (cursor.id) {
    const i = audit.findIndex((e) => e.id === cursor.id);
    if (i >= 0) return audit.slice(i + 1);
  }
  if (cursor.at) {
    const since = Date.parse(cursor.at);
    return audit.filter((e) => Date.parse(e.at) >= since);
  }
  return [...audit];
}

/** More notices than this from one batch of changes (an import, an anchor with many deadlines) go to a channel as one message. */
export const BATCH_SUMMARY_OVER = 5;

/** The entries of the trail that one batch notice covers for one channel (the message builder reuses this). */
export function batchEntriesFor(audit: readonly AuditEntry[], batchId: string, sub: Subscription, items: readonly Item[]): AuditEntry[] {
  const lookup = indexItems(items);
  return audit.filter((e) => (e.batch ?? e.id) === batchId && tells(e, sub, lookup));
}

/** Whether this change is news for this channel. */
function tells(entry: AuditEntry, sub: Subscription, lookup: ReturnType<typeof indexItems>): boolean {
  const kind = noticeKind(entry);
  if (!kind) return false;
  const at = new Date(entry.at);
  // A change to an item that is entirely over when it is made is not announced.
  const occ = resolveItem(entry.after ?? entry.before!, lookup);
  if (kind !== 'cancelled' && kind !== 'removed' && occ.end && occ.end <= at) return false;
  if (new Date(sub.createdAt) > at) return false;
  return !!((entry.before && follows(sub, entry.before)) || (entry.after && follows(sub, entry.after)));
}

/**
 * One notice per (entry, following subscription), or one per (batch, subscription) when a batch
 * holds more than BATCH_SUMMARY_OVER changes the channel follows. `items` is the current calendar,
 * used to place relative dates; an item is followed if the channel follows it before or after the change.
 */
export function planNotices(entries: readonly AuditEntry[], subscriptions: readonly Subscription[], items: readonly Item[]): PlannedDelivery[] {
  const out: PlannedDelivery[] = [];
  const lookup = indexItems(items);
  const batches = new Map<string, AuditEntry[]>();
  for (const entry of entries) {
    const id = entry.batch ?? entry.id;
    const list = batches.get(id);
    if (list) list.push(entry);
    else batches.set(id, [entry]);
  }
  // A "remind me" of one item says nothing its conversation's own subscription already says (one notice per person).
  const own = new Map(subscriptions.filter((s) => !s.items).map((s) => [`${s.conversation.platform}:${s.conversation.id}`, s]));
  for (const [batchId, batch] of batches) {
    for (const sub of subscriptions) {
      const general = sub.items ? own.get(`${sub.conversation.platform}:${sub.conversation.id}`) : undefined;
      const told = batch.filter((e) => tells(e, sub, lookup) && !(general && tells(e, general, lookup)));
      if (told.length > BATCH_SUMMARY_OVER) {
        const first = told[0]!;
        out.push({
          key: `notices:${batchId}:${sub.id}`,
          subscriptionId: sub.id,
          due: { type: 'notice', auditId: batchId, itemId: first.itemId, batch: true },
          dueAt: new Date(first.at),
        });
        continue;
      }
      for (const e of told)
        out.push({ key: noticeKey(e.id, sub.id), subscriptionId: sub.id, due: { type: 'notice', auditId: e.id, itemId: e.itemId }, dueAt: new Date(e.at) });
    }
  }
  return out;
}
