import { defineCommand } from '../src/dispatch/command.js';
import { UsageError } from '../src/errors.js';
import { subscriptionId } from '../src/reminders/subscriptions.js';

export default defineCommand({
  name: 'unsubscribe',
  aliases: ['stop-reminders', 'unfollow'],
  group: 'reminders',
  parse(words, ctx) {
    if (!ctx.conversation) throw new UsageError(ctx.msg.reminders.subscribe.needsConversation);
    if (words.length) throw new UsageError(ctx.msg.reminders.unsubscribe.noWords, ctx.msg.commands.unsubscribe?.usage);
    return {};
  },
  async run(_args, ctx) {
    const id = subscriptionId(ctx.conversation!);
    const removed = await ctx.store.update((draft) => {
      const before = draft.subscriptions.length;
      draft.subscriptions = draft.subscriptions.filter((s) => s.id !== id);
      return before !== draft.subscriptions.length;
    });
    if (removed) ctx.log.info('channel unsubscribed', { subscription: id, by: ctx.caller.id });
    const R = ctx.msg.reminders.unsubscribe;
    return { tone: removed ? 'ok' : 'empty', intro: [removed ? R.done : R.notSubscribed], sections: [] };
  },
});
