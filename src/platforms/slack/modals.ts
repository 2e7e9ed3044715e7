import { createHash } from 'node:crypto';
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Caller } from '../../dispatch/context.js';
import { messagesFor } from '../../i18n/index.js';
import { escapeMrkdwn } from '../../render/mrkdwn.js';
import type { SendReply } from './ack-or-respond.js';
import { submitEdit } from './editing-bridge.js';
import { buildModal, MODAL_CALLBACK, type ModalMeta, type ModalOp, readModalMeta, readModalValues, type ModalValue } from './modal-views.js';
import { isCallerSecretariat, QUIET, renderFor, type SlackDeps } from './slack-deps.js';

/**
 * The secretariat's forms. Opening one is checked (role, editing available, item exists), and
 * so is every submission, since a view can be submitted by anyone who holds its id.
 */
export async function openAddModal(client: WebClient, triggerId: string, caller: Caller, deps: SlackDeps, respond: SendReply): Promise<void> {
  await openModal(client, triggerId, { op: 'add' }, caller, deps, respond);
}

export async function openModal(client: WebClient, triggerId: string, meta: ModalMeta, caller: Caller, deps: SlackDeps, respond?: SendReply): Promise<void> {
  const msg = deps.bot.messagesFor(caller);
  // From the Home tab there is no response_url: the refusal goes to the person's DM with the app.
  const refuse = async (text: string) => {
    if (respond) await respond({ response_type: 'ephemeral', replace_original: false, text: escapeMrkdwn(text) });
    else await client.chat.postMessage({ channel: caller.id, text: escapeMrkdwn(text), ...QUIET });
  };
  if (!isCallerSecretariat(deps, caller)) {
    deps.log.warn('slack: refused modal: not secretariat', { user: caller.id, op: meta.op });
    await refuse(msg.slack.notSecretariat);
    return;
  }
  if (!deps.features.editing) {
    await refuse(msg.slack.editingUnavailable);
    return;
  }
  await deps.bot.deps.store.refresh();
  const item = meta.itemId ? deps.bot.deps.store.read().items.find((i) => i.id === meta.itemId) : undefined;
  if (meta.itemId && !item) {
    await refuse(msg.error.notFound(meta.itemId, []));
    return;
  }
  const full: ModalMeta = { ...meta, ...(item ? { revision: item.revision } : {}) };
  await client.views.open({ trigger_id: triggerId, view: buildModal(full, item, msg) });
}

/** Slack closes a form with an error after 3 s; past this, the form closes and the outcome goes by message. */
const FORM_DEADLINE_MS = 2500;

export function registerModals(app: App, deps: SlackDeps): void {
  app.view(MODAL_CALLBACK, async ({ ack, body, view, client }) => {
    const blocks = view.blocks ?? [];
    // The same submission twice (a replayed request, a double click, a retry reaching another
    // process) saves once; a submission answered with errors may be sent again (corrected or confirmed).
    const submission = `view:${view.id}:${createHash('sha256').update(JSON.stringify(view.state.values)).digest('hex')}`;
    if (!(await deps.requests.first(submission, true))) {
      await ack();
      deps.log.info('slack: repeated form submission ignored', { view: view.id });
      return;
    }
    let acked = false;
    const ackOnce = async (response?: { response_action: 'errors'; errors: Record<string, string> }) => {
      if (acked) return false;
      acked = true;
      await (response ? ack(response) : ack());
      return true;
    };
    type Outcome = { errors?: Record<string, string>; notice?: () => Promise<void> };
    const work = (async (): Promise<Outcome> => {
      const caller = await deps.resolver.resolve(body.user.id, body.user.name);
      const meta = readModalMeta(view.private_metadata);
      if (!meta || !isCallerSecretariat(deps, caller)) {
        deps.log.warn('slack: refused modal submission', { user: caller.id, op: meta?.op });
        return { errors: { [firstBlockId(blocks)]: deps.bot.messagesFor(caller).slack.notSecretariat } };
      }
      const values = readModalValues(view.state.values as Record<string, Record<string, ModalValue>>);
      const outcome = await submitEdit(deps, meta, values, caller, view.id);
      if (outcome.kind === 'errors')
        return {
          errors: mapErrors(outcome.fields, blocks),
          notice: () => tell(client, caller.id, meta.channel, { text: escapeMrkdwn(Object.values(outcome.fields).join('\n')) }, deps),
        };
      return { notice: () => tell(client, caller.id, meta.channel, renderFor(deps, outcome.reply, caller), deps) };
    })()
      .catch((err: unknown): Outcome => {
        deps.log.error('slack: form submission failed', { error: String(err) });
        return { errors: { [firstBlockId(blocks)]: messagesFor().error.internal } };
      })
      .then(async (o) => {
        if (o.errors) await deps.requests.forget(submission);
        return o;
      });
    const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), FORM_DEADLINE_MS).unref());
    const first = await Promise.race([work, timer]);
    if (first === 'late') {
      await ackOnce();
      deps.log.warn('slack: form took longer than Slack waits; answering by message');
      const outcome = await work;
      await outcome.notice?.();
      return;
    }
    if (first.errors) {
      await ackOnce({ response_action: 'errors', errors: first.errors });
      return;
    }
    await ackOnce();
    await first.notice?.();
  });
}

/** A private confirmation where the form came from; the bot may not be in that channel, so the app DM is the fallback. */
async function tell(
  client: WebClient,
  userId: string,
  channel: string | undefined,
  message: { text: string; blocks?: unknown[] },
  deps: SlackDeps,
): Promise<void> {
  const m = { ...message, ...QUIET } as { text: string };
  try {
    if (channel) await client.chat.postEphemeral({ channel, user: userId, ...m });
    else await client.chat.postMessage({ channel: userId, ...m });
  } catch {
    await client.chat.postMessage({ channel: userId, ...m }).catch((err) => deps.log.warn('slack: could not confirm a save', { error: String(err) }));
  }
}

export function modalOpForAction(action: string): ModalOp | undefined {
  return ({ edit: 'edit', reschedule: 'reschedule', cancel: 'cancel', done: 'done' } as Record<string, ModalOp>)[action];
}

/** Errors for fields the form does not show go on the first input, so none is lost. */
function mapErrors(fields: Record<string, string>, blocks: ReadonlyArray<{ block_id?: string; type: string }>): Record<string, string> {
  const shown = new Set(blocks.filter((b) => b.type === 'input').map((b) => b.block_id));
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const target = shown.has(field) ? field : firstBlockId(blocks);
    out[target] = out[target] ? `${out[target]}; ${message}` : message;
  }
  return out;
}

function firstBlockId(blocks: ReadonlyArray<{ block_id?: string; type: string }>): string {
  return blocks.find((b) => b.type === 'input')?.block_id ?? 'title';
}
