import type { WebClient } from '@slack/web-api';
import type { Conversation } from '../../dispatch/context.js';

/**
 * The conversation a slash command came from, as the bot sees it. A direct message (an IM, D…) is
 * personal; wherever it was typed, `openPersonal` finds the bot's own IM with the caller
 * (conversations.open, im:write), where personal reminders go: a slash command typed in a DM
 * between two people comes from a conversation the bot cannot post in.
 */
export function slashConversation(client: WebClient, userId: string, channelId: string | undefined, teamId?: string, name?: string): Conversation | undefined {
  if (!channelId) return undefined;
  const personal = channelId.startsWith('D') || name === 'directmessage';
  let opened: Promise<Conversation> | undefined;
  const openPersonal = () => {
    opened ??= client.conversations.open({ users: userId }).then((res) => {
      const id = res.channel?.id;
      if (!id) throw new Error(`slack: conversations.open gave no channel for ${userId}`);
      return { platform: 'slack' as const, id, personal: true, ...(teamId ? { teamId } : {}) };
    });
    return opened;
  };
  return {
    platform: 'slack',
    id: channelId,
    ...(name ? { name } : {}),
    ...(teamId ? { teamId } : {}),
    ...(personal ? { personal: true } : {}),
    ...(/^[UW][A-Z0-9]+$/.test(userId) ? { openPersonal } : {}),
  };
}
