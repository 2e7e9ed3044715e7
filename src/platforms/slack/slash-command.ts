import type { App, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { messagesFor } from '../../i18n/index.js';
import { escapeMrkdwn } from '../../render/mrkdwn.js';
import { ACK_BUDGET_MS, ackOrRespond, type SendReply } from './ack-or-respond.js';
import { readSlashText } from './command-text.js';
import { deliverReply } from './deliver-reply.js';
import { openImportModal } from './import-files.js';
import { openAddModal } from './modals.js';
import { slashConversation } from './personal-conversation.js';
import { forChannel, isQuestion, type SlackDeps } from './slack-deps.js';

/**
 * `/cwg …`: answered in the acknowledgement when the answer is ready within the ack budget (the
 * usual case), otherwise acked empty at the budget and answered through `respond` (see
 * ack-or-respond.ts). Files and other follow-ups always come after the ack. Answers are ephemeral
 * unless the user asked to share; a retried delivery is acked and ignored.
 */
export function registerSlashCommand(app: App, deps: SlackDeps): void {
  app.command('/cwg', async ({ command, ack, respond, client }) => {
    // A private answer to a question may be given twice; a change or a shared answer is claimed across processes.
    const asked = readSlashText(command.text ?? '');
    // Whether the line is a question does not depend on who asks beyond the id (roles only shape the answer).
    const durable = asked.share || !isQuestion(deps, asked.line, { id: command.user_id, platform: 'slack' });
    if (!(await deps.requests.first(`command:${command.trigger_id}`, durable))) {
      await ack();
      deps.log.info('slack: retried /cwg delivery ignored', { trigger: command.trigger_id });
      return;
    }
    const reply = ackOrRespond(ack, respond, deps.ackBudgetMs ?? ACK_BUDGET_MS, deps.log);
    try {
      await answerCommand(command, reply.send, client, deps);
    } catch (err) {
      deps.log.error('slack: /cwg failed', { error: String(err), user: command.user_id });
      await reply.send({ response_type: 'ephemeral', text: escapeMrkdwn(messagesFor().error.internal) }).catch(() => {});
    } finally {
      await reply.settle();
    }
  });
}

async function answerCommand(command: SlashCommand, respond: SendReply, client: WebClient, deps: SlackDeps): Promise<void> {
  const caller = await deps.resolver.resolve(command.user_id, command.user_name);
  const { line, share } = readSlashText(command.text ?? '');
  const conversation = slashConversation(client, command.user_id, command.channel_id, command.team_id, command.channel_name);
  const msg = deps.bot.messagesFor(caller, conversation);
  if (share && !line) {
    await respond({ response_type: 'ephemeral', text: escapeMrkdwn(msg.slack.shareUsage) });
    return;
  }
  if (line.toLowerCase() === 'add') {
    await openAddModal(client, command.trigger_id, caller, deps, respond);
    return;
  }
  if (line.toLowerCase() === 'import') {
    // Without a file: the form with a file field (a file can also be sent in a direct message to the app).
    await openImportModal(client, command.trigger_id, caller, deps, async (text) => {
      await respond({ response_type: 'ephemeral', text: escapeMrkdwn(text) });
    });
    return;
  }
  if (share) {
    // Shared answers carry Geneva time only; an error stays private (deliverReply publishes only answers).
    await deliverReply(await deps.bot.handle(line, forChannel(caller, deps, conversation), conversation), caller, respond, client, deps, { inChannel: true });
    return;
  }
  const reply = await deps.bot.handle(line, caller, conversation);
  await deliverReply(reply, caller, respond, client, deps, isQuestion(deps, line, caller) ? { render: { shareLine: line } } : {});
}
