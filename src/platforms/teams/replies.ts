import { type Activity, CardFactory } from 'botbuilder';
import type { Messages } from '../../i18n/index.js';
import { type AdaptiveCard, type CardOptions, renderAdaptiveCard } from '../../render/adaptive-cards.js';
import type { ReplyBody } from '../../render/reply.js';
import { neutralizeActivityText, summarize } from '../../render/teams-text.js';

/** A reply as a Teams message: one Adaptive Card, with a short summary for notifications. */
export function replyActivity(reply: ReplyBody & { text?: string }, opts: CardOptions): Partial<Activity> {
  const card = renderAdaptiveCard(reply, opts);
  return cardActivity(card, reply.text ?? card.fallbackText ?? '');
}

export function cardActivity(card: AdaptiveCard, plainText: string): Partial<Activity> {
  return {
    type: 'message',
    attachments: [CardFactory.adaptiveCard(card)],
    summary: neutralizeActivityText(summarize(plainText)),
  };
}

/** A short plain message (welcome, errors outside the dispatcher). */
export function textActivity(text: string): Partial<Activity> {
  return { type: 'message', text: neutralizeActivityText(text), textFormat: 'plain' };
}

export function cardOptions(msg: Messages, tz: string | undefined, extra: Omit<CardOptions, 'msg' | 'tz'>): CardOptions {
  return { msg, ...(tz ? { tz } : {}), ...extra };
}
