import { describe, expect, it } from 'vitest';
import { channelBatches, channelsPerClaim } from '../../src/reminders/claim-batches.js';
import type { Delivery } from '../../src/reminders/fan-out.js';

const d = (channel: string, key: string) => ({ key, sub: { id: channel } }) as unknown as Delivery;

describe('claim batches', () => {
  it('claims about 20 s of sending ahead at the slowest workspace pace, at least 10 channels, all at once without a pace', () => {
    expect(channelsPerClaim([{ pacing: { perChannelIntervalMs: 1000, workspacePerSecond: 5 } }], 5, 20_000)).toBe(100);
    expect(channelsPerClaim([{}, { pacing: { perChannelIntervalMs: 500, workspacePerSecond: 20 } }], 5, 20_000)).toBe(100);
    expect(channelsPerClaim([{ pacing: { perChannelIntervalMs: 1000, workspacePerSecond: 0.1 } }], 5, 20_000)).toBe(10);
    expect(channelsPerClaim([{ pacing: { perChannelIntervalMs: 0, workspacePerSecond: 0 } }], 5, 20_000)).toBe(Number.POSITIVE_INFINITY);
  });

  it('keeps plan order and never splits one channel across batches', () => {
    const list = [d('a', '1'), d('b', '2'), d('a', '3'), d('c', '4'), d('d', '5'), d('c', '6')];
    expect(channelBatches(list, 2).map((b) => b.map((x) => x.key))).toEqual([
      ['1', '3', '2'],
      ['4', '6', '5'],
    ]);
    expect(channelBatches(list, Number.POSITIVE_INFINITY)).toHaveLength(1);
    expect(channelBatches([], 2)).toEqual([]);
  });
});
