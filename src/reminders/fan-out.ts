import type { Logger } from '../log.js';
import type { Metrics } from '../metrics/metrics.js';
import { createPacer, sleep } from './pacer.js';
import type { DueRef, Subscription } from '../store/reminders-schema.js';
import type { ReminderMessage, ReminderTransport, SendResult } from './transport.js';

/** One message to deliver to one subscription's conversation. */
export interface Delivery {
  key: string;
  sub: Subscription;
  due: DueRef;
  dueAt: Date;
  message: ReminderMessage;
  /** The ledger says it was intended before (a crash came between send and confirm): ask the platform first. */
  needsCheck: boolean;
  /** When it was first marked intended (bounds the history search). */
  intendedAt: Date;
  /** Sent late after downtime (the message says so). */
  delayed: boolean;
}

export type Outcome =
  | { kind: 'confirmed'; delivery: Delivery; ref?: string; found?: boolean }
  | { kind: 'dead'; delivery: Delivery; attempts: number; error: string }
  | { kind: 'gone'; delivery: Delivery; error: string };

export interface FanOutOptions {
  /** Minimum spacing between two messages to one conversation (Slack: ~1/s). */
  perChannelIntervalMs: number;
  /** Workspace-wide ceiling (Slack: "several hundred per minute"); 0 = none. */
  workspacePerSecond: number;
  /** Conversations served at the same time. */
  concurrency: number;
  /** Tries for 5xx/network failures before dead-lettering. */
  maxAttempts: number;
  backoffMs: number;
  maxBackoffMs: number;
  /** Total time one message may spend waiting out 429s the client surfaced before it is dead-lettered. */
  rateLimitBudgetMs: number;
}

export const DEFAULT_FAN_OUT: FanOutOptions = {
  perChannelIntervalMs: 1000,
  workspacePerSecond: 5,
  concurrency: 16,
  maxAttempts: 5,
  backoffMs: 2000,
  maxBackoffMs: 60_000,
  rateLimitBudgetMs: 15 * 60_000,
};

/**
 * Delivers messages concurrently across conversations, one conversation's messages in order and
 * paced, retrying what may succeed later. Every message ends in exactly one outcome, reported
 * through `report` (which batches ledger writes). Stops taking new messages when `signal` aborts or `mayStillSend`
 * says no; then `stopped` is true and what was not sent has no outcome (it stays claimed).
 */
export async function fanOut(
  deliveries: readonly Delivery[],
  transportFor: (platform: string) => ReminderTransport | undefined,
  report: (outcome: Outcome) => void,
  opts: {
    options: FanOutOptions;
    log: Logger;
    signal?: AbortSignal;
    metrics?: Metrics;
    /**
     * Asked right before each send: false once this process's claim on the deliveries may run out before the post
     * lands (its lease is about to lapse, say after the process was starved of CPU). It then stops sending and leaves
     * the rest claimed: whoever takes them over checks the channel first, so nothing is sent twice.
     */
    mayStillSend?: () => boolean;
  },
): Promise<{ stopped: boolean }> {
  const o = opts.options;
  // A worker that quit before its queue was empty (aborted, or its claim about to run out).
  let stopped = false;
  const byChannel = new Map<string, Delivery[]>();
  for (const d of deliveries) {
    const list = byChannel.get(d.sub.id);
    if (list) list.push(d);
    else byChannel.set(d.sub.id, [d]);
  }
  const queue = [...byChannel.values()];
  const pacers = new Map<string, ReturnType<typeof createPacer>>();
  const pacerFor = (t: ReminderTransport) => {
    let p = pacers.get(t.platform);
    if (!p) {
      const pacing = t.pacing ?? { perChannelIntervalMs: o.perChannelIntervalMs, workspacePerSecond: o.workspacePerSecond };
      p = createPacer({ perKeyIntervalMs: pacing.perChannelIntervalMs, perSecond: pacing.workspacePerSecond });
      pacers.set(t.platform, p);
    }
    return p;
  };
  const worker = async () => {
    for (let channel = queue.shift(); channel; channel = queue.shift()) {
      for (let i = 0; i < channel.length; i++) {
        if (opts.signal?.aborted) {
          stopped = true;
          return;
        }
        if (opts.mayStillSend && !opts.mayStillSend()) {
          if (!stopped) opts.log.warn('reminders: stopped sending, this process may no longer hold the reminder job', { left: channel.length - i });
          stopped = true;
          return;
        }
        const d = channel[i]!;
        const transport = transportFor(d.sub.conversation.platform);
        if (!transport) continue;
        const outcome = await deliverOne(d, transport, pacerFor(transport), o, opts.log, opts.metrics, opts.mayStillSend);
        // Not sent: the claim may have run out while it waited its turn (it stays claimed for a takeover to check).
        if (!outcome) {
          stopped = true;
          return;
        }
        report(outcome);
        if (outcome.kind === 'gone') {
          // The bot cannot post there any more: the rest for this channel is gone too.
          for (const rest of channel.slice(i + 1)) report({ kind: 'gone', delivery: rest, error: outcome.error });
          break;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency, queue.length)) }, worker));
  return { stopped };
}

async function deliverOne(
  d: Delivery,
  transport: ReminderTransport,
  pacer: ReturnType<typeof createPacer>,
  o: FanOutOptions,
  log: Logger,
  metrics?: Metrics,
  mayStillSend?: () => boolean,
): Promise<Outcome | undefined> {
  const conv = d.sub.conversation;
  if (d.needsCheck) {
    const found = await transport.findDelivered(conv, d.key, d.intendedAt).catch(() => 'unknown' as const);
    if (found === 'delivered') {
      log.info('reminder already in the channel, confirming without sending', { key: d.key });
      return { kind: 'confirmed', delivery: d, found: true };
    }
  }
  let failures = 0;
  let rateLimited = 0;
  let waited = 0;
  let last = '';
  for (;;) {
    await pacer.take(conv.id);
    if (mayStillSend && !mayStillSend()) {
      pacer.done(conv.id);
      log.warn('reminders: stopped sending, this process may no longer hold the reminder job', { key: d.key });
      return undefined;
    }
    let res: SendResult;
    try {
      res = await transport.send(conv, d.message, d.key);
    } catch (err) {
      res = { ok: false, kind: 'retryable', detail: err instanceof Error ? err.message : String(err) };
    } finally {
      pacer.done(conv.id);
    }
    if (res.ok) {
      log.info('reminder sent', { key: d.key, platform: conv.platform, channel: conv.id, ...(d.delayed ? { delayed: true } : {}) });
      metrics?.reminderSent(conv.platform);
      return { kind: 'confirmed', delivery: d, ...(res.ref ? { ref: res.ref } : {}) };
    }
    last = res.detail;
    switch (res.kind) {
      case 'gone':
        log.warn('reminder not delivered: the bot can no longer post in this conversation', {
          key: d.key,
          platform: conv.platform,
          channel: conv.id,
          error: res.detail,
        });
        return { kind: 'gone', delivery: d, error: res.detail };
      case 'fatal':
        return { kind: 'dead', delivery: d, attempts: failures + rateLimited + 1, error: res.detail };
      case 'rate-limited': {
        // Honour Retry-After, but back off further when Slack keeps saying "later" with no delay.
        const wait = Math.max(res.retryAfterMs, Math.min(o.maxBackoffMs, o.backoffMs * 2 ** Math.min(rateLimited, 10)));
        rateLimited++;
        waited += wait;
        if (waited > o.rateLimitBudgetMs) return { kind: 'dead', delivery: d, attempts: failures + rateLimited, error: res.detail };
        await sleep(wait);
        break;
      }
      case 'retryable': {
        metrics?.reminderFailed(conv.platform);
        if (++failures >= o.maxAttempts) return { kind: 'dead', delivery: d, attempts: failures + rateLimited, error: last };
        log.warn('reminder send failed, will retry', { key: d.key, attempt: failures, error: res.detail });
        await sleep(Math.min(o.maxBackoffMs, o.backoffMs * 2 ** (failures - 1)) * (0.75 + Math.random() / 2));
        // A 5xx or a timeout may come after the platform stored the message: look before sending it again.
        const found = await transport.findDelivered(conv, d.key, d.intendedAt).catch(() => 'unknown' as const);
        if (found === 'delivered') {
          log.info('reminder reached the channel despite the error, confirming without sending again', { key: d.key, error: res.detail });
          return { kind: 'confirmed', delivery: d, found: true };
        }
        break;
      }
    }
  }
}
