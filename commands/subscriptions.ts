import { GENEVA } from '../src/calendar/schema.js';
import { defineCommand } from '../src/dispatch/command.js';
import type { CommandContext } from '../src/dispatch/context.js';
import { PermissionError, UsageError } from '../src/errors.js';
import { planReminders } from '../src/reminders/plan.js';
import type { Subscription } from '../src/store/reminders-schema.js';
import { describeOffsets, describeSubscription, subscriptionId } from '../src/reminders/subscriptions.js';
import { DEFAULT_OFFSETS } from '../src/reminders/plan.js';
import { findItem } from '../src/calendar/queries.js';
import { personalDestination } from '../src/reminders/remind-me.js';
import { describeItem } from '../src/render/describe-item.js';
import { formatDay } from '../src/render/describe-item.js';
import { isoDateIn, timeIn } from '../src/calendar/time.js';

export default defineCommand({
  name: 'subscriptions',
  aliases: ['subscription', 'reminders'],
  group: 'reminders',
  parse(words, ctx) {
    const all = words[0]?.toLowerCase() === 'all';
    if (words.length > 1 || (words.length === 1 && !all)) {
      throw new UsageError(ctx.msg.reminders.subscriptions.allOrNothing, ctx.msg.commands.subscriptions?.usage);
    }
    if (all && !ctx.isSecretariat) throw new PermissionError({ action: 'listSubscriptions' });
    if (!all && !ctx.conversation) throw new UsageError(ctx.msg.reminders.subscribe.needsConversation);
    return { all };
  },
  async run({ all }, ctx) {
    const R = ctx.msg.reminders.subscriptions;
    const subs = ctx.store.read().subscriptions;
    if (all) {
      const lines = subs.map((s) => R.allLine(`${s.conversation.platform} ${s.conversation.name ?? s.conversation.id}`, describeSubscription(s, ctx.msg)));
      return { tone: subs.length ? 'ok' : 'empty', heading: R.allHeading(subs.length), intro: lines, sections: [] };
    }
    // a direct conversation's reminders live in the bot's own IM with the caller (Slack)
    const conversation = ctx.conversation!.personal ? ((await personalDestination(ctx)) ?? ctx.conversation!) : ctx.conversation!;
    const here = subscriptionId(conversation);
    const sub = subs.find((s) => s.id === here);
    const itemLines = itemReminders(
      subs.filter((s) => s.id.startsWith(`${here}#`)),
      ctx,
    );
    if (!sub && !itemLines.length) return { tone: 'empty', intro: [R.none], sections: [] };
    return {
      tone: 'ok',
      heading: R.heading,
      intro: [...(sub ? [R.current(describeSubscription(sub, ctx.msg)), nextLine(sub, ctx)] : []), ...itemLines],
      sections: [],
      notes: ctx.isSecretariat ? [R.allHint] : [],
    };
  },
});

/** "remind me" items of this conversation, one line each with its next reminder. */
function itemReminders(subs: readonly Subscription[], ctx: CommandContext): string[] {
  if (!subs.length) return [];
  const A = ctx.msg.asking.subscriptions;
  const items = ctx.store.read().items;
  const lines = [A.itemsHeading];
  for (const s of subs) {
    const occ = findItem(items, s.items?.[0] ?? '');
    const offsets = describeOffsets({ scope: s.scope, offsets: s.offsets ?? [...DEFAULT_OFFSETS[occ?.item.kind ?? 'event']] }, ctx.msg);
    lines.push(A.item(occ?.item.title ?? s.items?.[0] ?? s.id, s.items?.[0] ?? '', offsets), `  ${nextLine(s, ctx)}`);
  }
  return lines;
}

/**
 * The next delivery not made yet: one the ledger already holds (a digest sent this morning) is
 * not "next". Looks a year ahead.
 */
function nextUndelivered(sub: Subscription, ctx: CommandContext) {
  const db = ctx.store.read();
  const done = new Set(db.ledger.filter((e) => e.subscriptionId === sub.id).map((e) => e.key));
  const window = { from: ctx.now, to: new Date(ctx.now.getTime() + 400 * 86_400_000) };
  return planReminders(db.items, [sub], window, db.subscriptions).find((d) => !done.has(d.key));
}

function nextLine(sub: Subscription, ctx: CommandContext): string {
  const R = ctx.msg.reminders;
  const items = ctx.store.read().items;
  const next = nextUndelivered(sub, ctx);
  if (!next) return R.subscriptions.nextNone;
  const at = (zone: string) => `${formatDay(isoDateIn(next.dueAt, zone), ctx.msg)} ${timeIn(next.dueAt, zone)}`;
  // The channel's own time first; Geneva beside it when the channel lives elsewhere.
  const when = sub.tz === GENEVA ? R.subscriptions.atGeneva(at(GENEVA)) : R.subscriptions.atZoneAndGeneva(at(sub.tz), sub.tz, at(GENEVA));
  let what: string = R.nextWhat.digest;
  if (next.due.type === 'reminder') {
    const dueRef = next.due;
    const occ = findItem(items, dueRef.itemId);
    // The item's own date and its distance from now (not the offset from the reminder's day, which read as "in 3 days" for 10).
    const shown = occ && describeItem(occ, { now: ctx.now, msg: ctx.msg, items });
    what = shown ? ctx.msg.asking.nextReminder(shown.title, shown.when, shown.countdown ?? '') : dueRef.itemId;
  } else if (next.due.type === 'notice') what = R.nextWhat.notice;
  return R.subscriptions.next(when, what);
}
