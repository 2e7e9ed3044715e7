import type { Messages } from '../i18n/index.js';
import { type AdaptiveCard, CARD_SCHEMA, type CardElement, text } from './adaptive-cards.js';
import { DRAFT_COMMANDS, type DraftView, draftViewOf } from './import-draft-view.js';
import type { Reply } from './reply.js';
import { summarize } from './teams-text.js';

/** What a draft card's buttons send back: the `/cwg import …` line (the Teams app checks it against DRAFT_LINE). */
export interface DraftSubmitData {
  cwg: 'import';
  line: string;
}

/**
 * A page of an import draft as one Adaptive Card: the summary, each proposal with its paragraph and
 * sentence and Accept / Reject, then the page's actions (accept or reject the page, next page, apply, discard).
 * Undefined for other replies.
 */
export function renderDraftCard(reply: Reply, msg: Messages): AdaptiveCard | undefined {
  const view = draftViewOf(reply.data);
  if (!view || reply.tone !== 'ok' || view.page === 0) return undefined;
  const m = msg.intake;
  const body: CardElement[] = [];
  if (reply.heading) body.push(text(reply.heading, { size: 'medium', weight: 'bolder' }));
  const summary = reply.intro?.find((l) => l.includes('·'));
  if (summary) body.push(text(summary, { isSubtle: true }));
  for (const p of view.shown) {
    const buttons: CardElement[] = [];
    if (p.decision !== 'accepted') buttons.push(action(m.button.accept, DRAFT_COMMANDS.accept(p.n)));
    if (p.decision !== 'rejected') buttons.push(action(m.button.reject, DRAFT_COMMANDS.reject(p.n)));
    body.push({
      type: 'Container',
      separator: true,
      items: [
        text(p.line, { weight: 'bolder' }),
        text(p.evidence, { isSubtle: true, size: 'small' }),
        ...(buttons.length ? [{ type: 'ActionSet', actions: buttons }] : []),
      ],
    });
  }
  if (view.unread.length)
    body.push({
      type: 'Container',
      separator: true,
      items: [text(m.group('unread'), { weight: 'bolder' }), ...view.unread.slice(0, 15).map((u) => text(u, { size: 'small' }))],
    });
  for (const note of reply.notes ?? []) body.push(text(note, { isSubtle: true, size: 'small' }));
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    body,
    actions: pageActions(view, m),
    fallbackText: summarize(reply.text, 2000),
    msteams: { width: 'Full' },
  };
}

function pageActions(view: DraftView, m: Messages['intake']): CardElement[] {
  const ns = view.shown.map((s) => s.n);
  const out: CardElement[] = [];
  if (ns.length) out.push(action(m.button.acceptPage, DRAFT_COMMANDS.acceptPage(ns)), action(m.button.rejectPage, DRAFT_COMMANDS.rejectPage(ns)));
  if (view.page < view.pages) out.push(action(m.button.next, DRAFT_COMMANDS.page(view.page + 1)));
  if (view.accepted) out.push({ ...action(m.button.confirm, DRAFT_COMMANDS.confirm(view.code)), style: 'positive' });
  out.push({ ...action(m.button.discard, DRAFT_COMMANDS.discard()), style: 'destructive' });
  return out;
}

function action(title: string, line: string): CardElement {
  const data: DraftSubmitData = { cwg: 'import', line };
  return { type: 'Action.Submit', title, data };
}
