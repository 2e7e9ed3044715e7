import { defineCommand } from '../src/dispatch/command.js';
import { UsageError } from '../src/errors.js';
import { personalDestination } from '../src/reminders/remind-me.js';
import { itemSubscriptionId, subscriptionId } from '../src/reminders/subscriptions.js';

export default defineCommand<{ itemId?: string }>({
  name: 'unsubscribe',
  aliases: ['stop-reminders', 'unfollow'],
  group: 'reminders',
  parse(words, ctx) {
    if (words.length > 1) throw new UsageError(ctx.msg.reminders.unsubscribe.noWords, ctx.msg.commands.unsubscribe?.usage);
    // "unsubscribe <id>": the reminders of one item ("remind me <id>"), from anywhere the caller can be reached privately
    if (words.length === 1) return { itemId: words[0]!.toLowerCase() };
    if (!ctx.conversation) throw new UsageError(ctx.msg.reminders.subscribe.needsConversation);
    return {};
  },
  async run({ itemId }, ctx) {
    if (itemId) {
      const where = (await personalDestination(ctx)) ?? ctx.conversation;
      const A = ctx.msg.asking.unsubscribe;
      if (!where) return { tone: 'empty', intro: [A.noItem(itemId)], sections: [] };
      const removed = await remove(ctx, itemSubscriptionId(where, itemId));
      return { tone: removed ? 'ok' : 'empty', intro: [removed ? A.item(itemId) : A.noItem(itemId)], sections: [] };
    }
    const conversation = ctx.conversation!.personal ? ((await personalDestination(ctx)) ?? ctx.conversation!) : ctx.conversation!;
    const removed = await remove(ctx, subscriptionId(conversation));
    const R = ctx.msg.reminders.unsubscribe;
    return { tone: removed ? 'ok' : 'empty', intro: [removed ? R.done : R.notSubscribed], sections: [] };
  },
});

async function remove(ctx: Parameters<typeof personalDestination>[0], id: string): Promise<boolean> {
  const removed = await ctx.store.update((draft) => {
    const before = draft.subscriptions.length;
    draft.subscriptions = draft.subscriptions.filter((s) => s.id !== id);
    return before !== draft.subscriptions.length;
  });
  if (removed) ctx.log.info('unsubscribed', { subscription: id, by: ctx.caller.id });
  return removed;
}
