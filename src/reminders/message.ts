import { indexItems, resolveItem } from '../calendar/resolve.js';
import type { Item } from '../calendar/schema.js';
import { titleIn } from '../calendar/translations.js';
import { isoWithOffset } from '../calendar/time.js';
import type { Messages } from '../i18n/index.js';
import { describeItem, formatRawWhen, formatResolvedDates } from '../render/describe-item.js';
import { renderPlainText } from '../render/plain-text.js';
import type { ReplyBody } from '../render/reply.js';
import type { AuditEntry } from '../store/audit-schema.js';
import { batchEntriesFor, noticeKind } from './notices.js';
import { DIGEST_DAYS, listDigestItems } from './plan.js';
import type { DueRef, Subscription } from '../store/reminders-schema.js';
import type { ReminderMessage } from './transport.js';

export interface MessageContext {
  items: readonly Item[];
  audit: readonly AuditEntry[];
  sub: Subscription;
  /** When the message is sent (countdowns count from here). */
  now: Date;
  msg: Messages;
  /** Sent after its time because the bot was down: say so. */
  delayed?: boolean;
}

/**
 * The message for one planned delivery, or undefined when it no longer applies (the item moved,
 * was cancelled or deleted since it was planned: the planner has made a new key for the new date).
 */
export function buildMessage(key: string, due: DueRef, dueAt: Date, ctx: MessageContext): ReminderMessage | undefined {
  const body = buildBody(due, dueAt, ctx);
  if (!body) return undefined;
  const notes = [...(body.notes ?? [])];
  if (ctx.delayed) notes.push(ctx.msg.reminders.delayed(`${isoWithOffset(dueAt, ctx.sub.tz).slice(0, 16).replace('T', ' ')} ${ctx.sub.tz}`));
  notes.push(ctx.msg.reminders.footer);
  const full: ReplyBody = { ...body, notes };
  return { key, text: renderPlainText(full, ctx.msg), body: full, lang: ctx.msg.lang };
}

function buildBody(due: DueRef, dueAt: Date, ctx: MessageContext): ReplyBody | undefined {
  const { msg, sub } = ctx;
  const R = msg.reminders;
  const describe = (item: Item, items: readonly Item[]) => describeItem(resolveItem(item, indexItems(items)), { now: ctx.now, msg, items, tz: sub.tz });
  switch (due.type) {
    case 'reminder': {
      const item = ctx.items.find((it) => it.id === due.itemId);
      if (!item || item.dateVersion !== due.dateVersion || item.status === 'cancelled' || item.status === 'done') return undefined;
      const occ = resolveItem(item, indexItems(ctx.items));
      if (!occ.start || occ.start <= ctx.now) return undefined;
      const heading = R.heading[item.kind](R.offset(due.offsetDays), titleIn(item, msg.lang));
      return { tone: 'ok', heading, sections: [{ items: [describe(item, ctx.items)] }], notes: [R.details(item.id), R.addToCalendar(item.id)] };
    }
    case 'digest': {
      const found = listDigestItems(ctx.items, sub, due.week, dueAt);
      if (!found.length) return undefined;
      const items = found.map((o) => describeItem(o, { now: ctx.now, msg, items: ctx.items, tz: sub.tz }));
      return { tone: 'ok', heading: R.heading.digest(items.length, DIGEST_DAYS), sections: [{ items }], notes: [R.details('<id>')] };
    }
    case 'notice': {
      if (due.batch) return batchBody(due.auditId, ctx);
      const entry = ctx.audit.find((e) => e.id === due.auditId);
      const kind = entry && noticeKind(entry);
      if (!entry || !kind) return undefined;
      const shown = entry.after ?? entry.before!;
      // Place the item as it was at the change, with today's calendar for its anchors.
      const items = [...ctx.items.filter((it) => it.id !== shown.id), shown];
      const wasNow = kind === 'rescheduled' ? wasAndNow(entry, items, msg) : undefined;
      const intro = wasNow ? R.wasNow(wasNow[0], wasNow[1]) : [];
      if (entry.reason) intro.push(ctx.msg.editing.storedReason(entry.reason));
      const calendar = kind === 'cancelled' || kind === 'removed' ? [] : [R.addToCalendar(shown.id)];
      return {
        tone: 'ok',
        heading: R.heading[kind](titleIn(shown, msg.lang)),
        intro,
        sections: [{ items: [describe(shown, items)] }],
        notes: [R.details(shown.id), ...calendar],
      };
    }
  }
}

/** A rescheduled item's old and new dates in words (resolved dates when it moved with its anchor). */
function wasAndNow(entry: AuditEntry, items: readonly Item[], msg: Messages): [string, string] | undefined {
  const { before, after } = entry;
  if (!before || !after) return undefined;
  const movedWithAnchor = JSON.stringify(before.when) === JSON.stringify(after.when);
  if (movedWithAnchor && entry.resolved)
    return [formatResolvedDates(entry.resolved.before, after.kind, msg), formatResolvedDates(entry.resolved.after, after.kind, msg)];
  return [formatRawWhen(before.when, before.kind, items, msg), formatRawWhen(after.when, after.kind, items, msg)];
}

/** One message for a batch of changes (an import, a meeting moved with many anchored deadlines): one line per change. */
function batchBody(batchId: string, ctx: MessageContext): ReplyBody | undefined {
  const R = ctx.msg.reminders;
  const entries = batchEntriesFor(ctx.audit, batchId, ctx.sub, ctx.items);
  if (!entries.length) return undefined;
  const lines = entries.slice(0, BATCH_LINES).map((e) => {
    const shown = e.after ?? e.before!;
    const kind = noticeKind(e)!;
    const wasNow = kind === 'rescheduled' ? wasAndNow(e, [...ctx.items.filter((it) => it.id !== shown.id), shown], ctx.msg) : undefined;
    const when = kind === 'cancelled' || kind === 'removed' || wasNow ? undefined : formatRawWhen(shown.when, shown.kind, ctx.items, ctx.msg);
    return R.batch.line(R.heading[kind](titleIn(shown, ctx.msg.lang)), shown.id, wasNow, when);
  });
  if (entries.length > BATCH_LINES) lines.push(R.batch.more(entries.length - BATCH_LINES));
  // A reason shared by the whole batch ("moved with cwg-42") says why; different ones would only clutter.
  const reason = entries.every((e) => e.reason === entries[0]!.reason) ? entries[0]!.reason : undefined;
  const intro = [...lines, ...(reason ? [ctx.msg.editing.storedReason(reason)] : [])];
  return { tone: 'ok', heading: R.batch.heading(entries.length), intro, sections: [], notes: [R.details('<id>')] };
}

const BATCH_LINES = 20;
