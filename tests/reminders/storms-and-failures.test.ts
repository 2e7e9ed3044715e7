import { describe, expect, it } from 'vitest';
import { run } from '../../jobs/deliver-reminders.js';
import { manualClock } from '../../src/clock.js';
import { memoryLogger } from '../../src/log.js';
import { createSlackReminderTransport } from '../../src/platforms/slack/reminder-transport.js';
import type { Store } from '../../src/store/store.js';
import { makeTestBot } from '../support/fixtures.js';
import { startSlackApiStandIn, type SlackApiStandIn } from '../support/slack-api-stand-in.js';
import { FAST, item, storeWith, sub } from './helpers.js';

const NOW = new Date('2025-04-03T07:01:00Z');
// Three events a week away: each channel gets three reminders in the same minute.
const ITEMS = ['ev-a', 'ev-b', 'ev-c'].map((id) => item({ id, kind: 'event', when: { type: 'date', start: '2025-04-10' } }));

async function setup(channels: number) {
  const subs = Array.from({ length: channels }, (_, i) => sub(`C${i + 1}`, {}, 'slack'));
  const { store } = await storeWith(ITEMS, subs);
  await store.update((d) => void (d.reminders.lastTickAt = '2025-04-03T06:59:00Z'));
  return { store, subs };
}

function runOnce(store: Store, api: SlackApiStandIn, log = memoryLogger(), options: Record<string, number> = {}, clock = manualClock(NOW), timeoutMs?: number) {
  const transport = createSlackReminderTransport({
    token: 'xoxb-test',
    apiUrl: api.url,
    log,
    ...(timeoutMs ? { timeoutMs } : {}),
    retryConfig: { retries: 1, minTimeout: 10, maxTimeout: 20 },
    pacing: { perChannelIntervalMs: 0, workspacePerSecond: 0 },
  });
  return run({
    store,
    clock,
    log,
    config: { reminderGraceHours: 6, ledgerRetentionDays: 90 },
    transports: [transport],
    options: { ...FAST, concurrency: 6, maxAttempts: 6, ...options },
  });
}

function expectEachOnce(api: SlackApiStandIn, channels: number) {
  for (let i = 1; i <= channels; i++) {
    const keys = (api.posted.get(`C${i}`) ?? []).map((m) => (m.metadata as { event_payload: { key: string } }).event_payload.key);
    expect(keys.length, `C${i}`).toBe(3);
    expect(new Set(keys).size, `C${i}`).toBe(3);
  }
}

describe('delivery under Slack failures', () => {
  it('a 5xx after Slack stored the message is not posted again: the history is checked before the retry', async () => {
    const api = await startSlackApiStandIn();
    try {
      api.failAfterStoring(2, 500);
      const { store } = await setup(2);
      const summary = await runOnce(store, api);
      expect(summary).toMatchObject({ planned: 6, sent: 4, alreadyDelivered: 2, failed: 0, completed: true });
      expectEachOnce(api, 2);
      expect(api.callsTo('chat.postMessage')).toHaveLength(6);
      expect(store.read().ledger.every((e) => e.state === 'confirmed')).toBe(true);
    } finally {
      await api.close();
    }
  });

  it('rides out a 429 storm and intermittent 5xx: nothing dropped, nothing doubled', async () => {
    const api = await startSlackApiStandIn();
    try {
      // Our pacing is off, so the stand-in's 1 msg / 300 ms / channel limit answers 429 (Retry-After: 0) a lot.
      api.limitPerChannel(300, 0);
      let n = 0;
      api.respond((call) => (call.method === 'chat.postMessage' && ++n % 3 === 0 ? { status: 503, body: 'service unavailable' } : undefined));
      const { store } = await setup(12);
      // Backoff scaled to the stand-in's 300 ms window, as production's 2 s is to Slack's 1 s.
      const summary = await runOnce(store, api, memoryLogger(), { backoffMs: 60, maxBackoffMs: 600, maxAttempts: 10 });
      expect(summary).toMatchObject({ planned: 36, sent: 36, failed: 0, gone: 0, completed: true });
      expectEachOnce(api, 12);
      const statuses = api.callsTo('chat.postMessage').length;
      expect(statuses).toBeGreaterThan(36 * 1.5); // the storm really happened
      expect(store.read().ledger.filter((e) => e.state === 'confirmed').length).toBe(36);
      expect(store.read().reminders.deadLetters ?? []).toEqual([]);
      // A second run at the same instant sends nothing again.
      await store.update((d) => void (d.reminders.lastTickAt = '2025-04-03T06:59:00Z'));
      await runOnce(store, api);
      expectEachOnce(api, 12);
    } finally {
      await api.close();
    }
  });

  it('a channel whose calls are accepted and never answered: the others go out, it is retried, then kept as failed', async () => {
    const api = await startSlackApiStandIn();
    try {
      api.stall((call) => call.method === 'chat.postMessage' && call.args.channel === 'C2');
      const { store } = await setup(4);
      const log = memoryLogger();
      const t0 = Date.now();
      const summary = await runOnce(store, api, log, { backoffMs: 10, maxBackoffMs: 20, maxAttempts: 3 }, manualClock(NOW), 300);
      // Bounded: 3 reminders × 3 attempts × 2 client tries × 300 ms, plus backoff, nowhere near "forever".
      expect(Date.now() - t0).toBeLessThan(15_000);
      expect(summary).toMatchObject({ planned: 12, sent: 9, completed: true });
      for (const c of ['C1', 'C3', 'C4']) expect(api.posted.get(c)?.length, c).toBe(3);
      expect(api.posted.get('C2')).toBeUndefined();
      // Each try of each C2 reminder reached the stand-in: retried inside the client and by the job.
      const stalled = api.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C2');
      expect(stalled.length).toBeGreaterThanOrEqual(3 * 3);
      expect(log.lines.some((l) => l.includes('reminder send failed, will retry'))).toBe(true);
      const dead = store.read().reminders.deadLetters ?? [];
      expect(dead.map((d) => d.key.includes('C2'))).toEqual([true, true, true]);
      expect(dead[0]!.error).toMatch(/abort|timeout/i);
    } finally {
      await api.close();
    }
  });

  it('keeps what keeps failing for the secretariat, retries it on request, and unsubscribes channels that removed the bot', async () => {
    const api = await startSlackApiStandIn();
    try {
      let failing = true;
      api.respond((call) => {
        if (call.method !== 'chat.postMessage') return undefined;
        if (call.args.channel === 'C2' && failing) return { status: 500, body: 'oops' };
        if (call.args.channel === 'C3') return { body: { ok: false, error: 'not_in_channel' } };
        return undefined;
      });
      const { store } = await setup(3);
      const log = memoryLogger();
      const summary = await runOnce(store, api, log, { maxAttempts: 3 });
      expect(summary).toMatchObject({ sent: 3, failed: 3, gone: 3 });
      expect(store.read().subscriptions.map((s) => s.id)).toEqual(['slack:C1', 'slack:C2']);
      expect(log.lines.some((l) => l.includes('unsubscribed it') && l.includes('slack:C3'))).toBe(true);
      expect(api.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C3').length).toBe(1);

      const t = await makeTestBot({ store, now: '2025-04-03T09:10:00+02:00', env: { CWG_SECRETARIAT: 'U0SEC' } });
      const delegate = await t.ask('/cwg deliveries failed', { id: 'U0DELEGATE', platform: 'slack' });
      expect(delegate.error?.code).toBe('FORBIDDEN');
      const failed = await t.ask('/cwg deliveries failed', { id: 'U0SEC', platform: 'slack' });
      expect(failed.text).toContain('3 failed deliveries');
      expect(failed.text).toContain('HTTP 500');
      expect(failed.text).toContain('slack:C2');

      failing = false;
      const retried = await t.ask('/cwg deliveries retry all', { id: 'U0SEC', platform: 'slack' });
      expect(retried.text).toContain('3 deliveries will be retried');
      const again = await runOnce(store, api, log, {}, manualClock(new Date('2025-04-03T07:12:00Z')));
      expect(again).toMatchObject({ sent: 3, failed: 0 });
      expect(api.posted.get('C2')!.length).toBe(3);
      expect(api.posted.get('C2')![0]!.text).toContain('delayed');
      expect(store.read().reminders.deadLetters).toEqual([]);
      expect((await t.ask('/cwg deliveries failed', { id: 'U0SEC', platform: 'slack' })).text).toContain('No failed deliveries');
      expectEachOnce(api, 2);
    } finally {
      await api.close();
    }
  });

  it('does not unsubscribe everyone when every channel refuses at once (a wrong token or workspace)', async () => {
    const api = await startSlackApiStandIn();
    try {
      api.respond((call) => (call.method === 'chat.postMessage' ? { body: { ok: false, error: 'channel_not_found' } } : undefined));
      const { store } = await setup(8);
      const log = memoryLogger();
      const summary = await runOnce(store, api, log);
      expect(summary).toMatchObject({ sent: 0, failed: 24, gone: 0 });
      expect(store.read().subscriptions).toHaveLength(8);
      expect(store.read().reminders.deadLetters).toHaveLength(24);
      expect(log.lines.some((l) => l.includes('too many channels refused reminders'))).toBe(true);
    } finally {
      await api.close();
    }
  });
});
