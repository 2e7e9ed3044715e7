import { defineCommand } from '../src/dispatch/command.js';
import { UsageError } from '../src/errors.js';
import { applySubscribe, describeSubscription, parseSubscribeWords, subscriptionId } from '../src/reminders/subscriptions.js';

export default defineCommand({
  name: 'subscribe',
  aliases: ['remind', 'follow'],
  group: 'reminders',
  parse(words, ctx) {
    if (!ctx.conversation) throw new UsageError(ctx.msg.reminders.subscribe.needsConversation);
    return parseSubscribeWords(words, ctx.store.read().items, ctx.msg);
  },
  async run(args, ctx) {
    const conversation = ctx.conversation!;
    const id = subscriptionId(conversation);
    const { sub, existed } = await ctx.store.update((draft) => {
      const i = draft.subscriptions.findIndex((s) => s.id === id);
      const existing = i >= 0 ? draft.subscriptions[i] : undefined;
      const next = applySubscribe(existing, args, conversation, ctx.now, ctx.caller.id);
      if (existing) draft.subscriptions[i] = next;
      else draft.subscriptions.push(next);
      return { sub: next, existed: !!existing };
    });
    ctx.log.info(existed ? 'subscription changed' : 'channel subscribed', { subscription: id, by: ctx.caller.id });
    const what = describeSubscription(sub, ctx.msg);
    const R = ctx.msg.reminders;
    // Slash commands work in any Slack channel, but posting needs the bot in it.
    const invite = !existed && conversation.platform === 'slack' ? [R.subscribe.slackInvite] : [];
    return { tone: 'ok', intro: [existed ? R.subscribe.updated(what) : R.subscribe.done(what)], sections: [], notes: [...invite, R.subscribe.manage] };
  },
});
