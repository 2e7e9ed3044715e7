import { GENEVA } from '../src/calendar/schema.js';
import { isoDateIn, timeIn } from '../src/calendar/time.js';
import { defineCommand } from '../src/dispatch/command.js';
import { formatDay } from '../src/render/describe-item.js';
import { UsageError } from '../src/errors.js';

type Args = { action: 'status' } | { action: 'failed' } | { action: 'retry'; key: string };

export default defineCommand<Args>({
  name: 'deliveries',
  aliases: ['delivery'],
  group: 'reminders',
  secretariatOnly: true,
  parse(words, ctx) {
    const usage = ctx.msg.reminders.deliveries.usage;
    const [first, second, ...rest] = words.map((w) => w.trim());
    if (!first) return { action: 'status' };
    const verb = first.toLowerCase();
    if ((verb === 'failed' || verb === 'dead') && !second) return { action: 'failed' };
    if (verb === 'retry' && second && !rest.length) return { action: 'retry', key: second.toLowerCase() === 'all' ? 'all' : second };
    throw new UsageError(verb === 'retry' ? ctx.msg.reminders.deliveries.whichRetry : ctx.msg.reminders.deliveries.notUnderstood(first), usage);
  },
  async run(args, ctx) {
    const D = ctx.msg.reminders.deliveries;
    const db = ctx.store.read();
    const dead = db.reminders.deadLetters ?? [];
    if (args.action === 'status') {
      const confirmed = db.ledger.filter((e) => e.state === 'confirmed').length;
      const last = db.reminders.lastTickAt ? new Date(db.reminders.lastTickAt) : undefined;
      const lastRun = last ? `${formatDay(isoDateIn(last, GENEVA), ctx.msg)} ${timeIn(last, GENEVA)} Geneva time` : D.neverRan;
      return { tone: 'ok', intro: [D.status(lastRun, confirmed, dead.length, db.subscriptions.length)], sections: [], notes: dead.length ? [D.retryHint] : [] };
    }
    if (args.action === 'failed') {
      if (!dead.length) return { tone: 'empty', intro: [D.noneFailed], sections: [] };
      const lines = dead.map((x) =>
        D.failedLine(x.key, `${x.conversation.platform} ${x.conversation.name ?? x.conversation.id}`, x.attempts, x.error, x.failedAt, !!x.retryRequestedAt),
      );
      return { tone: 'ok', heading: D.failedHeading(dead.length), intro: lines, sections: [], notes: [D.retryHint] };
    }
    if (args.key !== 'all' && !dead.some((x) => x.key === args.key)) throw new UsageError(D.unknownKey(args.key), D.usage);
    const count = await ctx.store.update((draft) => {
      let n = 0;
      for (const x of draft.reminders.deadLetters ?? []) {
        if (args.key === 'all' || x.key === args.key) {
          x.retryRequestedAt = ctx.now.toISOString();
          n++;
        }
      }
      return n;
    });
    ctx.log.info('failed deliveries queued for retry', { key: args.key, count, by: ctx.caller.id });
    return { tone: 'ok', intro: [D.retried(count)], sections: [] };
  },
});
