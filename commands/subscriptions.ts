import { titleIn } from '../src/calendar/translations.js';
import { GENEVA } from '../src/calendar/schema.js';
import { defineCommand } from '../src/dispatch/command.js';
import type { CommandContext } from '../src/dispatch/context.js';
import { PermissionError, UsageError } from '../src/errors.js';
import { nextDelivery } from '../src/reminders/plan.js';
import type { Subscription } from '../src/store/reminders-schema.js';
import { describeSubscription, subscriptionId } from '../src/reminders/subscriptions.js';
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
  run({ all }, ctx) {
    const R = ctx.msg.reminders.subscriptions;
    const subs = ctx.store.read().subscriptions;
    if (all) {
      const lines = subs.map((s) => R.allLine(`${s.conversation.platform} ${s.conversation.name ?? s.conversation.id}`, describeSubscription(s, ctx.msg)));
      return { tone: subs.length ? 'ok' : 'empty', heading: R.allHeading(subs.length), intro: lines, sections: [] };
    }
    const sub = subs.find((s) => s.id === subscriptionId(ctx.conversation!));
    if (!sub) return { tone: 'empty', intro: [R.none], sections: [] };
    return {
      tone: 'ok',
      heading: R.heading,
      intro: [R.current(describeSubscription(sub, ctx.msg)), nextLine(sub, ctx)],
      sections: [],
      notes: ctx.isSecretariat ? [R.allHint] : [],
    };
  },
});

function nextLine(sub: Subscription, ctx: CommandContext): string {
  const R = ctx.msg.reminders;
  const items = ctx.store.read().items;
  const next = nextDelivery(items, sub, ctx.now);
  if (!next) return R.subscriptions.nextNone;
  const at = (zone: string) => `${formatDay(isoDateIn(next.dueAt, zone), ctx.msg)} ${timeIn(next.dueAt, zone)}`;
  // The channel's own time first; Geneva beside it when the channel lives elsewhere.
  const when = sub.tz === GENEVA ? R.subscriptions.atGeneva(at(GENEVA)) : R.subscriptions.atZoneAndGeneva(at(sub.tz), sub.tz, at(GENEVA));
  let what: string = R.nextWhat.digest;
  if (next.due.type === 'reminder') {
    const dueRef = next.due;
    const item = items.find((it) => it.id === dueRef.itemId);
    what = R.nextWhat.reminder(item ? titleIn(item, ctx.msg.lang) : dueRef.itemId, R.offset(dueRef.offsetDays));
  } else if (next.due.type === 'notice') what = R.nextWhat.notice;
  return R.subscriptions.next(when, what);
}
