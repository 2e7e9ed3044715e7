import type { CloudAdapter, ConversationReference } from 'botbuilder';
import { messagesFor } from '../../i18n/index.js';
import type { StoredConversation } from '../../store/reminders-schema.js';
import type { FindResult, ReminderMessage, ReminderTransport, SendResult } from '../../reminders/transport.js';
import type { Store } from '../../store/store.js';
import { findReference } from './references.js';
import { cardOptions, replyActivity } from './replies.js';

export interface TeamsTransportOptions {
  adapter: CloudAdapter;
  /** The bot's app id (BOT_ID); empty only against a local stand-in with authentication off. */
  appId: string;
  store: Store;
  /** An item's link on the published calendar feed, for "Add to my calendar" in channels (CWG_PUBLIC_URL). */
  calendarLink?: (id: string) => string | undefined;
}

/**
 * Delivers reminders to Teams through stored conversation references. The Bot Connector client
 * already waits on 429 Retry-After and retries 5xx a few times; what still fails is classified so
 * the delivery job retries, dead-letters or unsubscribes.
 */
export function createTeamsReminderTransport(opts: TeamsTransportOptions): ReminderTransport {
  return {
    platform: 'teams',
    // Teams allows about 7 messages per second per conversation and 50 per second per bot and tenant;
    // stay well inside both so throttling stays the exception.
    pacing: { perChannelIntervalMs: 500, workspacePerSecond: 20 },
    async send(conversation: StoredConversation, message: ReminderMessage, _key: string): Promise<SendResult> {
      const reference = referenceFor(conversation, opts.store);
      if (!reference) {
        return {
          ok: false,
          kind: 'fatal',
          detail: `no Teams conversation reference stored for ${conversation.id}; mention the bot there once, or run subscribe again`,
        };
      }
      // In a 1:1 chat "Add to my calendar" asks the bot for the file; elsewhere it links to the feed.
      const personal = reference.conversation?.conversationType === 'personal';
      const addToCalendar = personal ? ('file' as const) : opts.calendarLink;
      const activity = replyActivity(
        { ...message.body, text: message.text },
        cardOptions(messagesFor(message.lang), undefined, { subscribe: false, ...(addToCalendar ? { addToCalendar } : {}) }),
      );
      try {
        let id: string | undefined;
        await opts.adapter.continueConversationAsync(opts.appId, reference, async (ctx) => {
          id = (await ctx.sendActivity(activity))?.id;
        });
        return id ? { ok: true, ref: id } : { ok: true };
      } catch (err) {
        return classifySendError(err);
      }
    },
    // Teams offers no search of a bot's own messages by key: the job sends again.
    async findDelivered(): Promise<FindResult> {
      return 'unknown';
    },
  };
}

function referenceFor(conversation: StoredConversation, store: Store): Partial<ConversationReference> | undefined {
  const ref = conversation.ref as Partial<ConversationReference> | undefined;
  if (ref?.serviceUrl && ref.conversation?.id) return ref;
  return findReference(store.read(), conversation.id)?.reference;
}

/** Bot Connector failures → what the delivery job should do about them. */
export function classifySendError(err: unknown): Exclude<SendResult, { ok: true }> {
  const e = err as { statusCode?: number; code?: string; message?: string; response?: { headers?: { get?(name: string): string | undefined } } };
  const status = e?.statusCode;
  const detail = `${status ?? e?.code ?? 'error'}: ${String(e?.message ?? err).slice(0, 300)}`;
  if (status === 429) {
    const header = e.response?.headers?.get?.('retry-after');
    const seconds = header !== undefined && /^\d+(\.\d+)?$/.test(header) ? Number(header) : 1;
    return { ok: false, kind: 'rate-limited', retryAfterMs: Math.max(1000, seconds * 1000), detail };
  }
  // 403 BotNotInConversationRoster / ConversationBlockedByUser, 404 ConversationNotFound: removed.
  if (status === 403 || status === 404) return { ok: false, kind: 'gone', detail };
  if (status === undefined || status === 408 || status >= 500) return { ok: false, kind: 'retryable', detail };
  return { ok: false, kind: 'fatal', detail };
}
