import type { AllMiddlewareArgs, App, BlockAction, RespondFn, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { SlackConfig } from '../../config/app-config.js';
import type { Caller, IncomingFile } from '../../dispatch/context.js';
import { messagesFor } from '../../i18n/index.js';
import { IMPORT_ACTION } from '../../render/import-draft-blocks.js';
import { DRAFT_LINE } from '../../render/import-draft-view.js';
import { escapeMrkdwn } from '../../render/mrkdwn.js';
import { downloadBounded } from '../bounded-download.js';
import { isCallerSecretariat, QUIET, renderFor, type SlackDeps, slackConversation } from './slack-deps.js';

/**
 * Files for `/cwg import` in Slack: uploaded in a direct message to the app, or in the form `/cwg import`
 * opens (a `file_input`). The file is downloaded with the bot token (files:read) from Slack's own host
 * only, bounded by CWG_IMPORT_MAX_MB and a timeout; a "Reading…" message is posted at once and then
 * replaced by the draft, whose buttons run `/cwg import accept|reject|show page|confirm|discard`.
 */

export const IMPORT_MODAL_CALLBACK = 'cwg_import_file';
const DOWNLOAD_TIMEOUT_MS = 30_000;

interface SlackFile {
  id?: string;
  name?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

export function registerImportFiles(app: App, deps: SlackDeps, slack: SlackConfig): void {
  app.event('message', async ({ event, body, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    const m = event as unknown as { channel_type?: string; subtype?: string; bot_id?: string; user?: string; channel: string; files?: SlackFile[] };
    if (m.channel_type !== 'im' || m.bot_id || !m.user || !m.files?.length) return;
    if (!deps.seen.claim(`file:${(body as { event_id?: string }).event_id ?? ''}:${m.channel}`, true)) return;
    const caller = await deps.resolver.resolve(m.user);
    await importFiles(client, deps, slack, caller, m.channel, m.files).catch((err) => deps.log.error('slack: import failed', { error: String(err) }));
  });

  app.view(IMPORT_MODAL_CALLBACK, async ({ ack, body, view, client }) => {
    await ack();
    const caller = await deps.resolver.resolve(body.user.id, body.user.name);
    const value = view.state.values.file?.file as unknown as { files?: SlackFile[] } | undefined;
    const files = value?.files ?? [];
    if (!files.length) return;
    // Posting to the user id lands in their DM with the app (no im:write needed); updates use the channel it returns.
    await importFiles(client, deps, slack, caller, caller.id, files).catch((err) => deps.log.error('slack: import failed', { error: String(err) }));
  });

  app.action(new RegExp(`^${IMPORT_ACTION}`), async ({ ack, body, action, respond, client }) => {
    await ack();
    const b = body as BlockAction;
    const line = (action as { value?: string }).value ?? '';
    if (!DRAFT_LINE.test(line)) return;
    if (!deps.seen.claim(`import-action:${b.trigger_id}`, true)) return;
    const caller = await deps.resolver.resolve(b.user.id, b.user.name);
    const channel = b.channel?.id ?? b.container?.channel_id;
    const reply = await deps.bot.handle(line, caller, slackConversation(channel, b.team?.id ?? undefined));
    await show(client, respond, caller, deps, reply, b.response_url ? undefined : channel);
  });
}

/** `/cwg import` without a file in Slack: the form with a file field (secretariat only). */
export async function openImportModal(
  client: WebClient,
  triggerId: string,
  caller: Caller,
  deps: SlackDeps,
  refuse: (text: string) => Promise<void>,
): Promise<void> {
  const msg = messagesFor(caller.locale);
  if (!isCallerSecretariat(deps, caller)) return refuse(msg.slack.notSecretariat);
  const m = msg.intake.modal;
  await client.views.open({
    trigger_id: triggerId,
    view: {
      type: 'modal',
      callback_id: IMPORT_MODAL_CALLBACK,
      title: { type: 'plain_text', text: m.title.slice(0, 24) },
      submit: { type: 'plain_text', text: m.submit.slice(0, 24) },
      blocks: [
        {
          type: 'input',
          block_id: 'file',
          label: { type: 'plain_text', text: m.label.slice(0, 2000) },
          element: { type: 'file_input', action_id: 'file', max_files: 1, filetypes: ['docx', 'pdf', 'txt', 'html', 'htm', 'csv', 'xlsx', 'ics', 'json'] },
        },
      ],
    },
  });
}

async function importFiles(client: WebClient, deps: SlackDeps, slack: SlackConfig, caller: Caller, channel: string, files: SlackFile[]): Promise<void> {
  const msg = messagesFor(caller.locale);
  const first = files[0]!;
  const name = (first.name ?? 'file').slice(0, 200);
  if (!isCallerSecretariat(deps, caller)) {
    await client.chat.postMessage({ channel, text: escapeMrkdwn(msg.slack.notSecretariat), ...QUIET });
    return;
  }
  const reading = await client.chat.postMessage({ channel, text: escapeMrkdwn(msg.intake.reading(name)), ...QUIET });
  const ts = reading.ts;
  const where = reading.channel ?? channel;
  let lastUpdate = 0;
  // Progress updates go one after another and all before the draft, so a late one never overwrites it.
  let updating: Promise<unknown> = Promise.resolve();
  const progress = (text: string) => {
    // At most one update a second (Slack's rate for chat.update is about that per channel).
    if (!ts || Date.now() - lastUpdate < 1000) return;
    lastUpdate = Date.now();
    updating = updating.then(() => client.chat.update({ channel: where, ts, text: escapeMrkdwn(text) })).catch(() => {});
  };
  const maxBytes = deps.bot.deps.config.importMaxMb * 1024 * 1024;
  const file = await downloadSlackFile(client, first, slack, maxBytes);
  const reply = await deps.bot.handle('import', caller, slackConversation(where), { files: [file], progress });
  const rendered = renderFor(deps, reply, caller);
  await updating;
  if (ts) await client.chat.update({ channel: where, ts, ...rendered });
  else await client.chat.postMessage({ channel: where, ...rendered, ...QUIET });
}

async function show(
  client: WebClient,
  respond: RespondFn,
  caller: Caller,
  deps: SlackDeps,
  reply: Awaited<ReturnType<SlackDeps['bot']['handle']>>,
  channel?: string,
) {
  const rendered = renderFor(deps, reply, caller);
  if (channel) await client.chat.postMessage({ channel, ...rendered, ...QUIET });
  else await respond({ replace_original: true, ...rendered });
}

/**
 * The file's bytes, with the bot token sent only to Slack's own host (files.slack.com, or the configured
 * API host in tests). Too big (as Slack states it, or while reading) or not downloadable: a file the import
 * command refuses with its own sentence, so the words stay in one place.
 */
export async function downloadSlackFile(client: WebClient, file: SlackFile, slack: SlackConfig, maxBytes: number): Promise<IncomingFile> {
  const name = (file.name ?? 'file').slice(0, 200);
  const failed = (why: 'tooBig' | 'download', size?: number): IncomingFile => ({ name, bytes: new Uint8Array(0), failed: why, ...(size ? { size } : {}) });
  if (typeof file.size === 'number' && file.size > maxBytes) return failed('tooBig', file.size);
  let url = file.url_private_download ?? file.url_private;
  if (!url && file.id) {
    const info = (await client.files.info({ file: file.id }).catch(() => undefined)) as { file?: SlackFile } | undefined;
    if (info?.file?.size && info.file.size > maxBytes) return failed('tooBig', info.file.size);
    url = info?.file?.url_private_download ?? info?.file?.url_private;
  }
  if (!url || !trustedHost(url, slack)) return failed('download');
  try {
    return { name, bytes: await downloadBounded(url, { maxBytes, timeoutMs: DOWNLOAD_TIMEOUT_MS, headers: { authorization: `Bearer ${slack.botToken}` } }) };
  } catch (err) {
    return (err as Error).message === 'tooBig' ? failed('tooBig', (err as { size?: number }).size ?? maxBytes + 1) : failed('download');
  }
}

function trustedHost(url: string, slack: SlackConfig): boolean {
  try {
    const u = new URL(url);
    if (slack.apiUrl && u.host === new URL(slack.apiUrl).host) return true;
    return u.protocol === 'https:' && (u.hostname === 'files.slack.com' || u.hostname.endsWith('.slack.com'));
  } catch {
    return false;
  }
}
