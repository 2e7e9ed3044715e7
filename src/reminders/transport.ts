import type { ReplyBody } from '../render/reply.js';
import type { StoredConversation } from '../store/reminders-schema.js';

/**
 * How a platform delivers a reminder to a conversation. One implementation per platform
 * (src/platforms/slack/reminder-transport.ts, src/platforms/teams/…, src/platforms/console/…);
 * the delivery job only sees this interface, so pacing, the ledger and retries are shared.
 */
export interface ReminderMessage {
  /** The ledger key: stable per (item, date version, offset, channel), digest week or change notice. */
  key: string;
  /** The whole message as plain text (fallback text, console, notifications). */
  text: string;
  /** The neutral reply model, for Block Kit / Adaptive Cards. */
  body: ReplyBody;
  /** The language the message is in (the conversation's, src/reminders/channel-language.ts): transports word their buttons in it. */
  lang?: string;
}

/**
 * The outcome of one send. Failures are typed so the job knows what to do:
 * - `rate-limited`: the platform said 429 even after its client's own waiting; retry after `retryAfterMs`.
 * - `retryable`: 5xx, timeouts, network errors; retry with backoff, then dead-letter.
 * - `gone`: the bot can no longer post there (Slack `not_in_channel`, `channel_not_found`, bot removed): unsubscribe.
 * - `fatal`: anything else that will not get better by retrying (bad token, invalid blocks): dead-letter at once.
 */
export type SendResult =
  | { ok: true; ref?: string }
  | { ok: false; kind: 'rate-limited'; retryAfterMs: number; detail: string }
  | { ok: false; kind: 'retryable'; detail: string }
  | { ok: false; kind: 'gone'; detail: string }
  | { ok: false; kind: 'fatal'; detail: string };

/**
 * Whether a message with this key already reached the conversation (after a crash between
 * sending and confirming). `unknown` when the platform cannot tell (Teams): the job then sends.
 */
export type FindResult = 'delivered' | 'not-found' | 'unknown';

export interface ReminderTransport {
  /** The platform whose conversations this transport serves ("slack", "teams", "console"). */
  readonly platform: string;
  /** `key` equals `message.key` (kept separate so transports can tag the message without reading the body). */
  send(conversation: StoredConversation, message: ReminderMessage, key: string): Promise<SendResult>;
  /** `since`: when the key was first marked intended (no need to look further back). */
  findDelivered(conversation: StoredConversation, key: string, since?: Date): Promise<FindResult>;
  /** The platform's posting limits; the job's defaults (Slack's) apply when absent. */
  readonly pacing?: { perChannelIntervalMs: number; workspacePerSecond: number };
}

/** Slack message metadata event type carried by every reminder (its payload holds the key). */
export const REMINDER_EVENT_TYPE = 'cwg_reminder';
