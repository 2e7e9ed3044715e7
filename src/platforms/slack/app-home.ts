import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { flaggedForReview } from '../../calendar/queries.js';
import type { Caller } from '../../dispatch/context.js';
import { finishReply } from '../../dispatch/dispatch.js';
import { describeAll } from '../../answers/reply-helpers.js';
import { escapeMrkdwn, plainText } from '../../render/mrkdwn.js';
import type { Reply } from '../../render/reply.js';
import { ACTION, type SlackBlock } from '../../render/slack-blocks.js';
import { isCallerSecretariat, renderFor, type SlackDeps } from './slack-deps.js';

const PER_LIST = 5;
const MAX_HOME_BLOCKS = 100;

/** The Home tab: what is next (in the viewer's zone), their channels with reminders, and review items for the secretariat. */
export function registerAppHome(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab && event.tab !== 'home') return;
    // Slack retries an event (X-Slack-Retry-Num) that was not acked in time, maybe to another process.
    if (!(await deps.requests.first(`event:${(body as { event_id?: string }).event_id ?? `${event.user}:${event.event_ts}`}`, true))) return;
    try {
      const caller = await deps.resolver.resolve(event.user);
      await deps.bot.deps.store.refresh();
      const blocks = await buildHome(caller, client, deps);
      await client.views.publish({ user_id: event.user, view: { type: 'home', blocks } });
    } catch (err) {
      deps.log.error('slack: could not publish the Home tab', { error: String(err), user: event.user });
    }
  });
}

export async function buildHome(caller: Caller, client: WebClient, deps: SlackDeps): Promise<SlackBlock[]> {
  const msg = deps.bot.messagesFor(caller);
  const h = msg.slack.home;
  const secretariat = isCallerSecretariat(deps, caller);
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: plainText(h.title, 150) } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(h.intro + (caller.tz ? ` ${h.zone(caller.tz)}` : '')) }] },
  ];
  if (secretariat) {
    blocks.push({
      type: 'actions',
      block_id: 'home_admin',
      elements: [{ type: 'button', action_id: ACTION.add, style: 'primary', text: { type: 'plain_text', text: plainText(h.addButton, 75) }, value: 'add' }],
    });
  }
  for (const [line, title] of [
    ['deadlines', h.deadlines],
    ['events', h.events],
  ] as const) {
    blocks.push({ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text: plainText(title, 150) } });
    const reply = firstItems(await deps.bot.handle(line, caller), PER_LIST);
    blocks.push(...(reply.items.length ? listBlocks(reply, caller, deps) : [mrkdwn(escapeMrkdwn(h.none))]));
  }
  blocks.push({ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text: plainText(h.subscriptions, 150) } });
  const channels = await subscribedChannelsOf(caller.id, client, deps);
  blocks.push(mrkdwn(channels.length ? channels.map((c) => `• <#${c.id}> ${escapeMrkdwn(c.what)}`).join('\n') : escapeMrkdwn(h.noSubscriptions)));
  if (secretariat) {
    blocks.push({ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text: plainText(h.review, 150) } });
    const review = reviewReply(caller, deps);
    blocks.push(...(review.items.length ? listBlocks(review, caller, deps) : [mrkdwn(escapeMrkdwn(h.noReview))]));
  }
  return blocks.slice(0, MAX_HOME_BLOCKS);
}

/** Item blocks only: the list's own heading is replaced by the Home tab's. */
function listBlocks(reply: Reply, caller: Caller, deps: SlackDeps): SlackBlock[] {
  const bare: Reply = { ...reply, heading: undefined, intro: [], notes: [], sections: reply.sections.map((s) => ({ items: s.items })) } as Reply;
  // The Home tab is no channel: nothing there to subscribe.
  return renderFor(deps, bare, caller, { features: { ...deps.features, subscribe: false } }).blocks.filter((b) => b.type !== 'header');
}

function firstItems(reply: Reply, n: number): Reply {
  let left = n;
  const sections = reply.sections.map((s) => {
    const items = s.items.filter((i) => i.start !== null).slice(0, Math.max(0, left));
    left -= items.length;
    return { ...s, items };
  });
  return { ...reply, sections, items: sections.flatMap((s) => s.items) };
}

function reviewReply(caller: Caller, deps: SlackDeps): Reply {
  const ctx = deps.bot.contextFor(caller);
  const occs = flaggedForReview(ctx.store.read().items).slice(0, 10);
  return finishReply({ tone: occs.length ? 'ok' : 'empty', sections: [{ items: describeAll(occs, ctx) }] }, ctx);
}

/**
 * Channels with a reminder subscription that the viewer belongs to. Slack cannot be asked "is this
 * user in channel X" cheaply, so we list the viewer's channels once (only when subscriptions exist).
 */
async function subscribedChannelsOf(userId: string, client: WebClient, deps: SlackDeps): Promise<Array<{ id: string; what: string }>> {
  const subs = deps.bot.deps.store.read().subscriptions.filter((s) => s.conversation.platform === 'slack' && /^[CG][A-Z0-9]+$/.test(s.conversation.id));
  if (!subs.length) return [];
  const mine = new Set<string>();
  try {
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const res = await client.users.conversations({
        user: userId,
        types: 'public_channel,private_channel',
        limit: 200,
        exclude_archived: true,
        ...(cursor ? { cursor } : {}),
      });
      for (const c of res.channels ?? []) if (c.id) mine.add(c.id);
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
  } catch (err) {
    deps.log.warn('slack: users.conversations failed; Home tab shows no channels', { error: String(err) });
    return [];
  }
  return subs.filter((s) => mine.has(s.conversation.id)).map((s) => ({ id: s.conversation.id, what: `${[s.scope, ...s.tags].join(', ')} · ${s.at} ${s.tz}` }));
}

function mrkdwn(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}
