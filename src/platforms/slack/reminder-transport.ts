import { ErrorCode, LogLevel, type RetryOptions, type WebAPICallError, WebClient } from '@slack/web-api';
import type { Logger } from '../../log.js';
import { toBoltLogger } from './bolt-logger.js';
import { DEFAULT_HTTP_TIMEOUT_MS, httpFetch } from './http-fetch.js';
import { finishReply } from '../../dispatch/dispatch.js';
import { messagesFor } from '../../i18n/index.js';
import { renderSlackBlocks } from '../../render/slack-blocks.js';
import type { StoredConversation } from '../../store/reminders-schema.js';
import { type FindResult, REMINDER_EVENT_TYPE, type ReminderMessage, type ReminderTransport, type SendResult } from '../../reminders/transport.js';

/**
 * Reminders to Slack channels through the Web API. A post is never retried by the client (a 5xx or
 * a timeout may follow a stored message: the job looks in the history before sending again); history
 * reads are retried a few times. A `429 Retry-After` comes straight back (rejectRateLimitedCalls) as the client's typed
 * WebAPIRateLimitedError, so the job's fan-out waits it out within its own budget and pacing
 * instead of the client holding every call. What fails comes back as a typed SendResult. Every message
 * carries `metadata.event_type = "cwg_reminder"` with its ledger key, so after a crash the job
 * can find it in the channel history (after a crash, a 5xx or a timeout) instead of posting it twice.
 */

export interface SlackReminderTransportOptions {
  token: string;
  /** Base URL of the Web API (tests: the stand-in), ending with a slash. */
  apiUrl?: string;
  retryConfig?: RetryOptions;
  /** How long one call may take before it is abandoned and retried (default DEFAULT_HTTP_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Override pacing (tests, bench); Slack's defaults otherwise. */
  pacing?: { perChannelIntervalMs: number; workspacePerSecond: number };
  /** How long one chat.postMessage may take before it counts as a (retryable) timeout; default 30 s. */
  postTimeoutMs?: number;
  /** How many history pages (100 messages each) to search for a key. */
  historyPages?: number;
  /** Where the client's own warnings go (rate limiting, retries). */
  log?: Logger;
  /** Offer the "Add to calendar" button (the calendar export is in this build); default true. */
  calendarButton?: boolean;
}

/** A few quick retries inside the client for reading the history; posting is retried by the job only, after a history check. */
export const DEFAULT_SLACK_RETRY: RetryOptions = { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 10_000, randomize: true };

// The channel is lost to us. Workspace-wide refusals (invalid_auth, account_inactive, team_access_revoked)
// are not here: they say the token is wrong, not that a channel left, so they dead-letter instead.
const GONE = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);
const RETRYABLE = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited']);

export function createSlackReminderTransport(opts: SlackReminderTransportOptions): ReminderTransport {
  const clientFor = (retryConfig: RetryOptions, timeout?: number, rejectRateLimitedCalls = true) =>
    new WebClient(opts.token, {
      fetch: httpFetch,
      ...(opts.apiUrl ? { slackApiUrl: opts.apiUrl } : {}),
      retryConfig,
      ...(timeout ? { timeout } : {}),
      rejectRateLimitedCalls,
      ...(opts.log ? { logger: toBoltLogger(opts.log, LogLevel.WARN) } : { logLevel: LogLevel.ERROR }),
    });
  // Posting is never retried by the client: a 5xx or a timeout may come after Slack stored the
  // message, so the job's fan-out searches the history (findDelivered) before it sends again.
  // A socket that is accepted and never answered would otherwise hold its worker, and the run, forever.
  const poster = clientFor({ retries: 0 }, opts.postTimeoutMs ?? opts.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS);
  // History reads wait out a 429 inside the client (conversations.history is Tier 3, about 50 a
  // minute, and a takeover reads one channel per unconfirmed claim): a refused read would be
  // "unknown", and an unknown check sends again.
  const client = clientFor(opts.retryConfig ?? DEFAULT_SLACK_RETRY, opts.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS, false);
  return {
    platform: 'slack',
    ...(opts.pacing ? { pacing: opts.pacing } : {}),
    async send(conversation: StoredConversation, message: ReminderMessage, key: string): Promise<SendResult> {
      const msg = messagesFor(message.lang);
      const rendered = renderSlackBlocks(finishReply(message.body, { msg }), { msg, inChannel: true, features: { calendar: opts.calendarButton ?? true } });
      const post = async (withBlocks: boolean): Promise<SendResult> => {
        try {
          const res = await poster.chat.postMessage({
            channel: conversation.id,
            text: rendered.text,
            ...(withBlocks ? { blocks: rendered.blocks } : {}),
            metadata: { event_type: REMINDER_EVENT_TYPE, event_payload: { key } },
            unfurl_links: false,
            unfurl_media: false,
          });
          return { ok: true, ...(res.ts ? { ref: res.ts } : {}) };
        } catch (err) {
          return classify(err);
        }
      };
      const first = await post(true);
      // Blocks Slack refuses (a limit we did not foresee) must not cost the reminder: send the text alone.
      if (!first.ok && first.kind === 'fatal' && first.detail === 'invalid_blocks') return post(false);
      return first;
    },
    async findDelivered(conversation: StoredConversation, key: string, since?: Date): Promise<FindResult> {
      let cursor: string | undefined;
      try {
        for (let page = 0; page < (opts.historyPages ?? 3); page++) {
          const res = await client.conversations.history({
            channel: conversation.id,
            include_all_metadata: true,
            limit: 100,
            ...(since ? { oldest: String(Math.floor(since.getTime() / 1000) - 60) } : {}),
            ...(cursor ? { cursor } : {}),
          });
          const hit = (res.messages ?? []).some((m) => {
            const meta = (m as { metadata?: { event_type?: string; event_payload?: { key?: unknown } } }).metadata;
            return meta?.event_type === REMINDER_EVENT_TYPE && meta.event_payload?.key === key;
          });
          if (hit) return 'delivered';
          cursor = res.response_metadata?.next_cursor || undefined;
          if (!res.has_more || !cursor) return 'not-found';
        }
        return 'unknown';
      } catch {
        return 'unknown';
      }
    },
  };
}

/** Web API errors → what the job should do about them, by the client's own error codes. */
export function classify(err: unknown): SendResult {
  const e = err as Partial<WebAPICallError> | undefined;
  switch (e?.code) {
    case ErrorCode.RateLimitedError: {
      const { retryAfter } = err as Extract<WebAPICallError, { code: ErrorCode.RateLimitedError }>;
      return { ok: false, kind: 'rate-limited', retryAfterMs: retryAfter * 1000, detail: 'ratelimited' };
    }
    case ErrorCode.PlatformError: {
      const code = String((err as Extract<WebAPICallError, { code: ErrorCode.PlatformError }>).data.error ?? 'unknown_error');
      if (GONE.has(code)) return { ok: false, kind: 'gone', detail: code };
      if (code === 'ratelimited') return { ok: false, kind: 'rate-limited', retryAfterMs: 1000, detail: code };
      if (RETRYABLE.has(code)) return { ok: false, kind: 'retryable', detail: code };
      return { ok: false, kind: 'fatal', detail: code };
    }
    case ErrorCode.HTTPError: {
      const { statusCode } = err as Extract<WebAPICallError, { code: ErrorCode.HTTPError }>;
      return { ok: false, kind: statusCode >= 500 ? 'retryable' : 'fatal', detail: `HTTP ${statusCode}` };
    }
    case ErrorCode.RequestError: {
      const r = err as Extract<WebAPICallError, { code: ErrorCode.RequestError }>;
      return { ok: false, kind: 'retryable', detail: r.original?.message ?? r.message };
    }
    default: {
      const text = err instanceof Error ? err.message : String(err);
      return { ok: false, kind: 'retryable', detail: text.slice(0, 300) };
    }
  }
}
