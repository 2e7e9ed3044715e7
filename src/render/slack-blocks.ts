import type { Button, ConfirmationDialog, ContextBlock, KnownBlock, Overflow, SectionBlock } from '@slack/types';
import type { Messages } from '../i18n/index.js';
import { bold, escapeMrkdwn, link, plainText, truncate } from './mrkdwn.js';
import type { Reply, ReplyItem } from './reply.js';
import { type ShownParts, shownId, shownParts, shownText, shownWords } from './shown-text.js';

/** Block Kit as @slack/types describes it (a type-only import: no Slack code runs in src/render). */
export type SlackBlock = KnownBlock;

export interface SlackMessage {
  /** Fallback for notifications and clients without Block Kit; always present. */
  text: string;
  blocks: SlackBlock[];
}

/** Action ids the Slack adapter listens for; the button value is the item id (or the command line). */
export const ACTION = {
  details: 'cwg_details',
  subscribe: 'cwg_subscribe',
  calendar: 'cwg_calendar',
  shareItem: 'cwg_share_item',
  share: 'cwg_share',
  menu: 'cwg_item_menu',
  edit: 'cwg_edit',
  reschedule: 'cwg_reschedule',
  cancel: 'cwg_cancel',
  done: 'cwg_done',
  add: 'cwg_add',
} as const;
export type ItemAction = 'details' | 'subscribe' | 'calendar' | 'shareItem' | 'edit' | 'reschedule' | 'cancel' | 'done';

export interface SlackRenderOptions {
  msg: Messages;
  /** Show edit/reschedule/cancel/mark-done (only ever for the secretariat). */
  isSecretariat?: boolean;
  /** Which optional features exist in this deployment. */
  features?: { subscribe?: boolean; calendar?: boolean };
  /** The command line behind the reply: adds a "Share in channel" button that re-posts it. */
  shareLine?: string;
  /** The message is posted to a channel: no per-person buttons such as Share. */
  shared?: boolean;
  /** The bot posts it in a channel itself (reminders): item buttons stay, but sharing is pointless. */
  inChannel?: boolean;
}

type ItemRenderOptions = SlackRenderOptions & { shareItem?: boolean };

const MAX_BLOCKS = 50;
const MAX_TEXT = 3000;
const BUTTONS_UP_TO = 3;

/**
 * The reply model as a Slack message: Block Kit blocks plus the escaped plain-text fallback.
 * Right to left, every shown piece is isolated before it is escaped and cut (src/render/shown-text.ts),
 * so Slack's limits hold for the isolated text; `reply.text` is the plain text, isolated already.
 */
export function renderSlackBlocks(reply: Reply, opts: SlackRenderOptions): SlackMessage {
  const shown = shownParts(reply, opts.msg);
  const s = shownText(opts.msg);
  const blocks: SlackBlock[] = [];
  const footer = footerBlocks(reply, shown, opts);
  const budget = MAX_BLOCKS - footer.length - 1;
  const headerText = shown.heading ?? (shown.sections.length === 1 ? shown.sections[0]!.heading : undefined);
  if (headerText) blocks.push({ type: 'header', text: { type: 'plain_text', text: plainText(headerText, 150), emoji: true } });
  if (shown.intro?.length) blocks.push(...chunkedSections(shown.intro.map(escapeMrkdwn)));
  const total = reply.items.length;
  const withButtons = reply.detailed || total <= BUTTONS_UP_TO;
  // One item and a Share button for the whole answer: a second Share on the item would say the same.
  const itemOpts = { ...opts, shareItem: !opts.inChannel && !(opts.shareLine && total === 1) };
  let count = 0;
  outer: for (const [si, sec] of shown.sections.entries()) {
    if (sec.heading && sec.heading !== headerText) {
      if (blocks.length >= budget) break;
      blocks.push(section(bold(sec.heading)));
    }
    for (const [ii, item] of sec.items.entries()) {
      const itemBlocks = renderItem(item, `${si}.${ii}`, reply.detailed === true, withButtons, itemOpts);
      if (blocks.length + itemBlocks.length > budget) break outer;
      blocks.push(...itemBlocks);
      count++;
    }
  }
  if (count < total) blocks.push(context([escapeMrkdwn(s(opts.msg.slack.moreItems(total - count)))]));
  blocks.push(...footer);
  return { text: truncate(escapeMrkdwn(reply.text), 3900), blocks };
}

function footerBlocks(reply: Reply, shown: ShownParts, opts: SlackRenderOptions): SlackBlock[] {
  const out: SlackBlock[] = [];
  if (shown.notes?.length) out.push(context(shown.notes.map(escapeMrkdwn)));
  if (opts.shareLine && !opts.shared && reply.tone === 'ok') {
    out.push({
      type: 'actions',
      block_id: 'cwg_footer',
      elements: [button(shownWords(opts.msg, opts.msg.slack.button).share, ACTION.share, truncate(opts.shareLine, 2000))],
    });
  }
  return out;
}

function renderItem(item: ReplyItem, key: string, detailed: boolean, withButtons: boolean, opts: ItemRenderOptions): SlackBlock[] {
  const { msg } = opts;
  const s = shownText(msg);
  const L = shownWords(msg, msg.label);
  const lines: string[] = [];
  const status = item.status === 'confirmed' ? '' : `  ·  _${escapeMrkdwn(item.statusLabel)}_`;
  lines.push(`${bold(item.title)}${status}`);
  lines.push(`:date: ${escapeMrkdwn(item.when)}${item.countdown ? ` (${escapeMrkdwn(item.countdown)})` : ''}`);
  if (item.whenLocal) lines.push(`:clock3: ${escapeMrkdwn(s(msg.slack.yourTime(item.whenLocal)))}`);
  if (detailed && item.anchor) lines.push(`${L.anchor}${msg.colon}${escapeMrkdwn(item.anchor.text)}`);
  for (const p of item.previously) lines.push(`_${L.previously}${msg.colon.trimEnd()}_ ~${escapeMrkdwn(p)}~`);
  if (item.place) lines.push(`:round_pushpin: ${escapeMrkdwn(item.place)}`);
  if (detailed && item.organiser) lines.push(`${L.organiser}${msg.colon}${escapeMrkdwn(item.organiser)}`);
  if (item.whoMustActText) lines.push(`${bold(L.whoMustAct)}${msg.colon}${escapeMrkdwn(item.whoMustActText)}`);
  if (item.sendTo) lines.push(`${bold(L.sendTo)}${msg.colon}${escapeMrkdwn(item.sendTo)}`);
  if (detailed && item.url) lines.push(`${L.link}${msg.colon}${link(item.url, s(item.url))}`);
  if (detailed && item.description) lines.push(escapeMrkdwn(item.description));
  const main = section(lines.join('\n'));
  main.block_id = `item:${key}:${item.id}`.slice(0, 255);
  if (!withButtons && !opts.shared) main.accessory = overflow(item, opts);
  const sourceWords = detailed && item.source.wording ? `${msg.colon}“${escapeMrkdwn(item.source.wording)}”` : '';
  // the document's link makes the source itself a link (http/https only, checked by describe-item)
  const sourceLabel = item.source.link ? link(item.source.link, item.source.label) : escapeMrkdwn(item.source.label);
  const facts = [`${sourceLabel}${sourceWords}`, `${L.id}${msg.colon}\`${escapeMrkdwn(shownId(msg)(item.id))}\``];
  if (detailed && item.revision !== undefined) facts.push(`${L.revision}${msg.colon}${item.revision} (\`${s(`rev=${item.revision}`)}\`)`);
  if (detailed && item.tags.length) facts.push(`${L.tags}${msg.colon}${escapeMrkdwn(item.tags.join(', '))}`);
  const blocks: SlackBlock[] = [main, context(facts)];
  // lists carry the short marker; the full review notes are for the details view
  if (detailed && item.reviewText.length) blocks.push(context(item.reviewText.map((r) => `:warning: ${escapeMrkdwn(r)}`)));
  else if (!detailed && item.reviewMark) blocks.push(context([`:warning: ${escapeMrkdwn(item.reviewMark)}`]));
  if (withButtons && !opts.shared)
    blocks.push({ type: 'actions', block_id: `acts:${key}:${item.id}`.slice(0, 255), elements: itemButtons(item, detailed, opts) });
  return blocks;
}

/** The actions an item offers to this viewer, in display order. */
export function itemActions(item: Pick<ReplyItem, 'status'>, detailed: boolean, opts: SlackRenderOptions & { shareItem?: boolean }): ItemAction[] {
  const out: ItemAction[] = [];
  if (!detailed) out.push('details');
  if (opts.features?.subscribe) out.push('subscribe');
  if (opts.features?.calendar) out.push('calendar');
  if (opts.shareItem !== false) out.push('shareItem');
  if (opts.isSecretariat) {
    out.push('edit', 'reschedule');
    if (item.status !== 'cancelled' && item.status !== 'done') out.push('cancel', 'done');
  }
  return out;
}

const LABEL_KEY: Record<ItemAction, keyof Messages['slack']['button']> = {
  details: 'details',
  subscribe: 'subscribe',
  calendar: 'calendar',
  shareItem: 'shareItem',
  edit: 'edit',
  reschedule: 'reschedule',
  cancel: 'cancel',
  done: 'markDone',
};

function itemButtons(item: ReplyItem, detailed: boolean, opts: ItemRenderOptions): Button[] {
  const words = shownWords(opts.msg, opts.msg.slack.button);
  return itemActions(item, detailed, opts).map((a) => {
    const b = button(words[LABEL_KEY[a]], ACTION[a], item.id);
    if (a === 'details') b.style = 'primary';
    if (a === 'cancel') b.confirm = confirmDialog(shownWords(opts.msg, opts.msg.slack.cancelConfirm), 'danger');
    if (a === 'done') b.confirm = confirmDialog(shownWords(opts.msg, opts.msg.slack.doneConfirm));
    return b;
  });
}

function overflow(item: ReplyItem, opts: ItemRenderOptions): Overflow {
  // Overflow menus hold at most five options; the rest stay in the item's Details view.
  const words = shownWords(opts.msg, opts.msg.slack.button);
  const options = itemActions(item, false, opts)
    .slice(0, 5)
    .map((a) => ({ text: { type: 'plain_text' as const, text: plainText(words[LABEL_KEY[a]], 75) }, value: `${a}:${item.id}` }));
  return { type: 'overflow', action_id: ACTION.menu, options };
}

function button(label: string, actionId: string, value: string): Button {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: plainText(label, 75), emoji: true }, value };
}

function confirmDialog(c: { title: string; text: string; confirm: string; deny: string }, style?: 'danger'): ConfirmationDialog {
  return {
    title: { type: 'plain_text', text: plainText(c.title, 100) },
    text: { type: 'plain_text', text: plainText(c.text, 300) },
    confirm: { type: 'plain_text', text: plainText(c.confirm, 30) },
    deny: { type: 'plain_text', text: plainText(c.deny, 30) },
    ...(style ? { style } : {}),
  };
}

function section(mrkdwn: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn, MAX_TEXT) || ' ' } };
}

/** Lines as as few sections as Slack's 3000-character limit allows (help texts are long). */
function chunkedSections(lines: string[]): SlackBlock[] {
  const out: SlackBlock[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + line.length + 1 > MAX_TEXT) {
      out.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current.trim()) out.push(section(current));
  return out.slice(0, 10);
}

function context(parts: string[]): ContextBlock {
  return { type: 'context', elements: parts.slice(0, 10).map((p) => ({ type: 'mrkdwn', text: truncate(p, MAX_TEXT) })) };
}
