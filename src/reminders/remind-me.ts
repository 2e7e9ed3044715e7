import { findItem, suggestIds } from '../calendar/queries.js';
import { ITEM_ID } from '../calendar/when-schema.js';
import { canonicalZone } from '../calendar/validate.js';
import type { CommandContext, Conversation } from '../dispatch/context.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { ReplyBody } from '../render/reply.js';
import type { Subscription } from '../store/reminders-schema.js';
import { DEFAULT_OFFSETS } from './plan.js';
import { applySubscribe, describeOffsets, itemSubscriptionId, readItemOffsets } from './subscriptions.js';

export interface RemindMeArgs {
  itemId: string;
  offsets?: number[];
}

/**
 * The bot's direct conversation with the caller: this one when it is already direct (a Slack IM, a
 * Teams 1:1 chat), else the one the platform opens (Slack conversations.open); undefined where
 * the platform cannot open one (Teams outside the 1:1 chat, the command line).
 */
export async function personalDestination(ctx: CommandContext): Promise<Conversation | undefined> {
  const conv = ctx.conversation;
  if (conv?.openPersonal) return { ...(await conv.openPersonal()), personal: true };
  return conv?.personal ? conv : undefined;
}

/** Reads `remind me <id> [offsets]` (the words after "me"). */
export function parseRemindMe(words: string[], ctx: CommandContext): RemindMeArgs {
  const A = ctx.msg.asking.remindMe;
  const id = words[0]?.toLowerCase();
  if (!id) throw new UsageError(A.missingId, A.usage);
  const items = ctx.store.read().items;
  if (!items.some((it) => it.id === id)) throw new NotFoundError(id.slice(0, 64), ITEM_ID.test(id) ? suggestIds(items, id) : []);
  const offsets = readItemOffsets(words.slice(1), ctx.msg);
  return { itemId: id, ...(offsets ? { offsets } : {}) };
}

/** `remind me <id>`: a personal subscription that follows one item, delivered in the caller's direct conversation. */
export async function remindMe(args: RemindMeArgs, ctx: CommandContext): Promise<ReplyBody> {
  const A = ctx.msg.asking.remindMe;
  const occ = findItem(ctx.store.read().items, args.itemId)!;
  const { item } = occ;
  if (occ.status === 'cancelled' || occ.status === 'done' || (occ.end && occ.end <= ctx.now)) {
    return { tone: 'empty', intro: [A.over(item.title, item.id)], sections: [] };
  }
  const destination = await personalDestination(ctx);
  if (!destination) {
    // The console chat and `npx cwg` have no direct conversation to open: "open a chat with me" would send them in circles.
    const local = ctx.conversation?.platform === 'console' || ctx.conversation?.platform === 'cli';
    throw new UsageError(local ? A.notOnConsole(item.id) : A.needsDirect(item.id));
  }
  const id = itemSubscriptionId(destination, item.id);
  const scope = item.kind === 'event' ? 'events' : 'deadlines';
  const sub = await ctx.store.update((draft) => {
    const i = draft.subscriptions.findIndex((s) => s.id === id);
    const existing = i >= 0 ? draft.subscriptions[i] : undefined;
    const zone = ctx.caller.tz ? canonicalZone(ctx.caller.tz) : undefined;
    const tz = zone ? { tz: zone } : {};
    const next: Subscription = applySubscribe(
      existing,
      { scope, tags: [], actors: [], items: [item.id], digest: false, ...tz, ...(args.offsets ? { offsets: args.offsets } : {}) },
      destination,
      ctx.now,
      ctx.caller.id,
      id,
    );
    if (existing) draft.subscriptions[i] = next;
    else draft.subscriptions.push(next);
    return next;
  });
  ctx.log.info('item reminder set', { subscription: id, by: ctx.caller.id });
  const offsets = describeOffsets({ scope, offsets: sub.offsets ?? [...DEFAULT_OFFSETS[item.kind]] }, ctx.msg);
  const intro = [A.done(item.title, item.id, offsets)];
  if (!occ.start) intro.push(A.undated(item.title));
  return { tone: 'ok', intro, sections: [], notes: [A.stop(item.id)] };
}
