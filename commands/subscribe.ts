import { mineActor } from '../src/answers/parse-filter.js';
import { defineCommand } from '../src/dispatch/command.js';
import { UsageError } from '../src/errors.js';
import { parseRemindMe, personalDestination, type RemindMeArgs, remindMe } from '../src/reminders/remind-me.js';
import { applySubscribe, describeSubscription, parseSubscribeWords, type SubscribeArgs, subscriptionId } from '../src/reminders/subscriptions.js';

type Args = { type: 'item'; item: RemindMeArgs } | { type: 'conversation'; args: SubscribeArgs };

export default defineCommand<Args>({
  name: 'subscribe',
  aliases: ['remind', 'follow'],
  group: 'reminders',
  parse(words, ctx) {
    // "remind me <id> [offsets]": one item, to the caller alone
    if (words[0]?.toLowerCase() === 'me') return { type: 'item', item: parseRemindMe(words.slice(1), ctx) };
    if (!ctx.conversation) throw new UsageError(ctx.msg.reminders.subscribe.needsConversation);
    return { type: 'conversation', args: parseSubscribeWords(words, ctx.store.read().items, ctx.msg, mineActor(ctx.isSecretariat)) };
  },
  async run(parsed, ctx) {
    if (parsed.type === 'item') return remindMe(parsed.item, ctx);
    const { args } = parsed;
    // In a direct conversation the reminders are the caller's own; on Slack they go to the bot's IM with them.
    const personal = ctx.conversation!.personal ? await personalDestination(ctx) : undefined;
    const conversation = personal ?? ctx.conversation!;
    const id = subscriptionId(conversation);
    const { sub, existed } = await ctx.store.update((draft) => {
      const i = draft.subscriptions.findIndex((s) => s.id === id);
      const existing = i >= 0 ? draft.subscriptions[i] : undefined;
      const next = applySubscribe(existing, args, conversation, ctx.now, ctx.caller.id);
      if (existing) draft.subscriptions[i] = next;
      else draft.subscriptions.push(next);
      return { sub: next, existed: !!existing };
    });
    ctx.log.info(existed ? 'subscription changed' : 'channel subscribed', { subscription: id, by: ctx.caller.id, personal: !!personal });
    const what = describeSubscription(sub, ctx.msg);
    const R = ctx.msg.reminders;
    if (personal) {
      const P = ctx.msg.asking.personal;
      return { tone: 'ok', intro: [existed ? P.updated(what) : P.done(what)], sections: [], notes: [P.manage] };
    }
    // Slash commands work in any Slack channel, but posting needs the bot in it.
    const invite = !existed && conversation.platform === 'slack' ? [R.subscribe.slackInvite] : [];
    return { tone: 'ok', intro: [existed ? R.subscribe.updated(what) : R.subscribe.done(what)], sections: [], notes: [...invite, R.subscribe.manage] };
  },
});
