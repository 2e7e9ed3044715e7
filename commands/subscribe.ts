import { defineCommand } from '../src/dispatch/command.js';
import { UsageError } from '../src/errors.js';
import { applySubscribe, describeSubscription, parseSubscribeWords, subscriptionId } from '../src/reminders/subscriptions.js';

export default defineCommand({
  name: 'subscribe',
  aliases: ['remind', 'follow'],
  group: 'reminders',
  summary: 'Post reminders of events and deadlines in this channel.',
  usage: 'subscribe [all | events | deadlines] [tag | who-must-act …] [at HH:MM] [tz ZONE] [offsets 14d,3d,1d] [digest off]',
  help: [
    'This channel gets reminders before events (30, 7 and 1 days before) and deadlines (7 and 1 days before, and on the morning of the due day),',
    'a weekly digest on Mondays of the next 14 days, and a notice when an item it follows is added, moved, cancelled or gets its date.',
    'Reminders arrive at 09:00 Geneva time unless you say otherwise. Running it again changes only what you give.',
    'Examples: /cwg subscribe, /cwg subscribe deadlines members at 08:30 tz America/New_York, /cwg subscribe igf offsets 14d,3d digest off',
  ],
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
