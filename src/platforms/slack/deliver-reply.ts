import type { WebClient } from '@slack/web-api';
import type { Caller } from '../../dispatch/context.js';
import { messagesFor } from '../../i18n/index.js';
import { escapeMrkdwn } from '../../render/mrkdwn.js';
import type { Reply } from '../../render/reply.js';
import type { SlackRenderOptions } from '../../render/slack-blocks.js';
import type { SendReply } from './ack-or-respond.js';
import { QUIET, renderFor, type SlackDeps } from './slack-deps.js';

export interface DeliverOptions {
  /** Post to the channel (only a successful answer is ever published). */
  inChannel?: boolean;
  /** Say who shared it (button shares; a shared slash command already shows its author). */
  credit?: boolean;
  render?: Partial<SlackRenderOptions>;
}

/**
 * Sends a reply where it belongs: through `respond` (a slash command's ack or the response_url;
 * ephemeral, or to the channel when shared), or, without a response_url (the Home tab), to the
 * person's DM with the app. A file (an .ics or an export) goes to the DM as well, after the
 * answer: "add to my calendar" is personal, never posted to a channel.
 */
export async function deliverReply(
  reply: Reply,
  caller: Caller,
  respond: SendReply | undefined,
  client: WebClient,
  deps: SlackDeps,
  opts: DeliverOptions = {},
): Promise<void> {
  const publish = opts.inChannel === true && (reply.tone === 'ok' || reply.tone === 'empty');
  const rendered = renderFor(deps, reply, caller, { ...opts.render, ...(publish ? { shared: true } : {}) });
  if (publish && opts.credit && /^[UW][A-Z0-9]+$/.test(caller.id)) {
    rendered.blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: (reply.lang ? messagesFor(reply.lang) : deps.bot.messagesFor(caller)).slack.sharedBy(`<@${caller.id}>`) }],
    });
  }
  let dm: string | undefined;
  if (respond) {
    await respond({ response_type: publish ? 'in_channel' : 'ephemeral', replace_original: false, ...rendered, ...QUIET });
  } else {
    dm = (await client.chat.postMessage({ channel: caller.id, ...rendered, ...QUIET })).channel;
  }
  if (!reply.file) return;
  try {
    dm ??= (await client.chat.postMessage({ channel: caller.id, text: escapeMrkdwn(reply.file.filename), ...QUIET })).channel;
    if (dm) await client.files.uploadV2({ channel_id: dm, filename: reply.file.filename, content: reply.file.content, title: reply.file.filename });
  } catch (err) {
    deps.log.warn('slack: could not send a file', { error: String(err), file: reply.file.filename });
    if (respond) await respond({ response_type: 'ephemeral', replace_original: false, text: escapeMrkdwn(deps.bot.messagesFor(caller).slack.fileFailed) });
  }
}
