import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { messagesFor } from '../../i18n/index.js';
import { escapeMrkdwn } from '../../render/mrkdwn.js';
import { readSlashText } from './command-text.js';
import { deliverReply } from './deliver-reply.js';
import { openAddModal } from './modals.js';
import { forChannel, isQuestion, slackConversation, type SlackDeps } from './slack-deps.js';

/**
 * `/cwg …`: acknowledged at once (Slack allows 3 seconds), then answered through `respond`.
 * Answers are ephemeral unless the user asked to share; a retried delivery is acked and ignored.
 */
export function registerSlashCommand(app: App, deps: SlackDeps): void {
  app.command('/cwg', async ({ command, ack, respond, client }) => {
    await ack();
    if (!deps.seen.claim(`command:${command.trigger_id}`, true)) {
      deps.log.info('slack: retried /cwg delivery ignored', { trigger: command.trigger_id });
      return;
    }
    try {
      await answerCommand(command, respond, client, deps);
    } catch (err) {
      deps.log.error('slack: /cwg failed', { error: String(err), user: command.user_id });
      await respond({ response_type: 'ephemeral', text: escapeMrkdwn(messagesFor().error.internal) }).catch(() => {});
    }
  });
}

async function answerCommand(command: SlashCommand, respond: RespondFn, client: WebClient, deps: SlackDeps): Promise<void> {
  const caller = await deps.resolver.resolve(command.user_id, command.user_name);
  const msg = messagesFor(caller.locale);
  const { line, share } = readSlashText(command.text ?? '');
  if (share && !line) {
    await respond({ response_type: 'ephemeral', text: escapeMrkdwn(msg.slack.shareUsage) });
    return;
  }
  if (line.toLowerCase() === 'add') {
    await openAddModal(client, command.trigger_id, caller, deps, respond);
    return;
  }
  const conversation = slackConversation(command.channel_id, command.team_id, command.channel_name);
  if (share) {
    // Shared answers carry Geneva time only; an error stays private (deliverReply publishes only answers).
    await deliverReply(await deps.bot.handle(line, forChannel(caller), conversation), caller, respond, client, deps, { inChannel: true });
    return;
  }
  const reply = await deps.bot.handle(line, caller, conversation);
  await deliverReply(reply, caller, respond, client, deps, isQuestion(deps, line) ? { render: { shareLine: line } } : {});
}
