import type { Delivery } from './fan-out.js';
import type { ReminderTransport } from './transport.js';

/**
 * A run claims its deliveries a batch of channels at a time, just before sending them, instead of
 * all at once: when the sender dies, its successor must search the history of every channel it
 * had claimed and not confirmed (Slack's conversations.history allows about 50 reads a minute),
 * so claims reach only about `aheadMs` of sending ahead. At the default 5 posts a second and 20 s
 * that is 100 channels; a platform without a workspace pace is claimed in one batch.
 */

export const DEFAULT_CLAIM_AHEAD_MS = 20_000;

/** How many channels one claim covers: `aheadMs` of sending at the slowest workspace pace among the transports. */
export function channelsPerClaim(transports: readonly Pick<ReminderTransport, 'pacing'>[], fallbackPerSecond: number, aheadMs: number): number {
  const paces = transports.map((t) => t.pacing?.workspacePerSecond ?? fallbackPerSecond).filter((p) => p > 0);
  if (!paces.length || aheadMs <= 0) return Number.POSITIVE_INFINITY;
  return Math.max(10, Math.ceil((Math.min(...paces) * aheadMs) / 1000));
}

/** The deliveries in batches of at most `channels` channels, in plan order, one channel's deliveries never split. */
export function channelBatches(deliveries: readonly Delivery[], channels: number): Delivery[][] {
  const order: string[] = [];
  const byChannel = new Map<string, Delivery[]>();
  for (const d of deliveries) {
    const list = byChannel.get(d.sub.id);
    if (list) list.push(d);
    else {
      byChannel.set(d.sub.id, [d]);
      order.push(d.sub.id);
    }
  }
  const batches: Delivery[][] = [];
  for (let i = 0; i < order.length; i += Number.isFinite(channels) ? channels : order.length) {
    const slice = order.slice(i, Number.isFinite(channels) ? i + channels : undefined);
    batches.push(slice.flatMap((id) => byChannel.get(id)!));
  }
  return batches;
}
