import type { App, BlockAction, BlockElementAction, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Reply } from '../../render/reply.js';
import { ACTION, type ItemAction } from '../../render/slack-blocks.js';
import { openModal, modalOpForAction } from './modals.js';
import { deliverReply } from './deliver-reply.js';
import { forChannel, isQuestion, slackConversation, type SlackDeps } from './slack-deps.js';

const BY_ACTION_ID = new Map<string, ItemAction | 'share' | 'add'>(
  Object.entries(ACTION)
    .filter(([k]) => k !== 'menu')
    .map(([k, v]) => [v, k as ItemAction | 'share' | 'add']),
);

const MENU_KINDS = new Set<string>(['details', 'subscribe', 'calendar', 'shareItem', 'edit', 'reschedule', 'cancel', 'done']);

/** Actions whose repeat would change data or post in the channel again: claimed across processes. */
const CHANGES_OR_POSTS = new Set<string>(['subscribe', 'share', 'shareItem']);

/** Buttons and overflow menus on our messages and the Home tab. */
export function registerItemActions(app: App, deps: SlackDeps): void {
  app.action(/^cwg_/, async ({ ack, body, action, respond, client }) => {
    await ack();
    const b = body as BlockAction;
    const picked = readAction(action as BlockElementAction);
    if (!picked) return;
    if (!(await deps.requests.first(`action:${b.trigger_id}:${b.actions?.[0]?.action_ts ?? ''}`, CHANGES_OR_POSTS.has(picked.kind)))) return;
    try {
      await runAction(picked.kind, picked.value, b, b.response_url ? respond : undefined, client, deps);
    } catch (err) {
      deps.log.error('slack: action failed', { error: String(err), action: picked.kind, user: b.user.id });
    }
  });
}

function readAction(action: BlockElementAction): { kind: ItemAction | 'share' | 'add'; value: string } | undefined {
  if (action.type === 'overflow') {
    const [kind, ...rest] = action.selected_option.value.split(':');
    return kind && MENU_KINDS.has(kind) ? { kind: kind as ItemAction, value: rest.join(':') } : undefined;
  }
  if (action.type !== 'button') return undefined;
  const kind = BY_ACTION_ID.get(action.action_id);
  return kind ? { kind, value: action.value ?? '' } : undefined;
}

async function runAction(
  kind: ItemAction | 'share' | 'add',
  value: string,
  body: BlockAction,
  respond: RespondFn | undefined,
  client: WebClient,
  deps: SlackDeps,
): Promise<void> {
  const caller = await deps.resolver.resolve(body.user.id, body.user.name);
  const channelId = body.channel?.id ?? body.container?.channel_id;
  const conversation = slackConversation(channelId, body.team?.id ?? undefined);
  const answer = (reply: Reply, opts: { inChannel?: boolean } = {}) => deliverReply(reply, caller, respond, client, deps, { ...opts, credit: true });
  const op = modalOpForAction(kind);
  if (op || kind === 'add') {
    await openModal(
      client,
      body.trigger_id,
      { op: op ?? 'add', ...(op ? { itemId: value } : {}), ...(channelId ? { channel: channelId } : {}) },
      caller,
      deps,
      respond,
    );
    return;
  }
  switch (kind) {
    case 'details':
      return answer(await deps.bot.handle(`show ${value}`, caller, conversation));
    case 'shareItem':
      return answer(await deps.bot.handle(`show ${value}`, forChannel(caller, deps, conversation), conversation), { inChannel: true });
    case 'share': {
      // The line came from our own button, but only questions are re-run: never an edit.
      if (!isQuestion(deps, value, caller)) return;
      return answer(await deps.bot.handle(value, forChannel(caller, deps, conversation), conversation), { inChannel: true });
    }
    case 'subscribe':
      return answer(await deps.bot.handle('subscribe', caller, conversation));
    case 'calendar':
      return answer(await deps.bot.handle(`ics ${value}`, caller, conversation));
  }
}
