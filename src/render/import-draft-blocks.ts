import type { Button } from '@slack/types';
import type { Messages } from '../i18n/index.js';
import { DRAFT_COMMANDS, type DraftView, draftViewOf } from './import-draft-view.js';
import { bold, escapeMrkdwn, plainText, truncate } from './mrkdwn.js';
import type { Reply } from './reply.js';
import type { SlackBlock, SlackMessage } from './slack-blocks.js';

/** The one action id of the draft's buttons; the value is the `/cwg import …` line to run (checked again by the adapter). */
export const IMPORT_ACTION = 'cwgimport_run';

const MAX_BLOCKS = 50;

/**
 * A page of an import draft in Block Kit: the summary, each proposal as a section with its paragraph and
 * sentence and Accept / Reject buttons, then buttons for the whole page and Apply. Undefined for other replies.
 */
export function renderDraftBlocks(reply: Reply, msg: Messages): SlackMessage | undefined {
  const view = draftViewOf(reply.data);
  if (!view || reply.tone !== 'ok' || view.page === 0) return undefined;
  const m = msg.intake;
  const blocks: SlackBlock[] = [];
  if (reply.heading) blocks.push({ type: 'header', text: { type: 'plain_text', text: plainText(reply.heading, 150), emoji: true } });
  const summary = reply.intro?.find((l) => l.includes('·')) ?? '';
  if (summary) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(summary) }] });
  for (const p of view.shown) {
    if (blocks.length + 4 > MAX_BLOCKS) break;
    blocks.push({ type: 'section', block_id: `draft:${p.n}`, text: { type: 'mrkdwn', text: truncate(`${bold(p.line)}\n${escapeMrkdwn(p.evidence)}`, 2900) } });
    const buttons: Button[] = [];
    if (p.decision !== 'accepted') buttons.push(button(m.button.accept, DRAFT_COMMANDS.accept(p.n), 'primary'));
    if (p.decision !== 'rejected') buttons.push(button(m.button.reject, DRAFT_COMMANDS.reject(p.n)));
    if (buttons.length) blocks.push({ type: 'actions', block_id: `draft-acts:${p.n}`, elements: buttons });
  }
  if (view.unread.length && blocks.length < MAX_BLOCKS - 3) {
    const lines = [bold(m.group('unread')), ...view.unread.map(escapeMrkdwn)];
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(lines.join('\n'), 2900) } });
  }
  if (reply.notes?.length)
    blocks.push({ type: 'context', elements: reply.notes.slice(0, 10).map((n) => ({ type: 'mrkdwn' as const, text: truncate(escapeMrkdwn(n), 2900) })) });
  blocks.push({ type: 'actions', block_id: 'draft-page', elements: pageButtons(view, m) });
  return { text: truncate(escapeMrkdwn(reply.text), 3900), blocks: blocks.slice(0, MAX_BLOCKS) };
}

function pageButtons(view: DraftView, m: Messages['intake']): Button[] {
  const ns = view.shown.map((s) => s.n);
  const out: Button[] = [];
  if (ns.length) out.push(button(m.button.acceptPage, DRAFT_COMMANDS.acceptPage(ns)), button(m.button.rejectPage, DRAFT_COMMANDS.rejectPage(ns)));
  if (view.page < view.pages) out.push(button(m.button.next, DRAFT_COMMANDS.page(view.page + 1)));
  if (view.accepted) out.push(button(m.button.confirm, DRAFT_COMMANDS.confirm(view.code), 'primary'));
  out.push(button(m.button.discard, DRAFT_COMMANDS.discard(), 'danger'));
  return out;
}

function button(text: string, line: string, style?: 'primary' | 'danger'): Button {
  // The action id must be unique within a block: the line is, so it goes in both (Slack allows 255 characters).
  return {
    type: 'button',
    action_id: `${IMPORT_ACTION}:${line}`.slice(0, 255),
    text: { type: 'plain_text', text: plainText(text, 75), emoji: true },
    value: line.slice(0, 2000),
    ...(style ? { style } : {}),
  };
}
