import { describe, expect, it } from 'vitest';
import { reminderJob, run } from '../../jobs/deliver-reminders.js';
import { healthReport } from '../../src/http/health-route.js';
import { manualTicker, startReminderScheduler } from '../../src/reminders/scheduler.js';
import { manualClock } from '../../src/clock.js';
import { memoryLogger } from '../../src/log.js';
import type { Delivery } from '../../src/reminders/fan-out.js';
import { createJobLease, REMINDER_LEASE } from '../../src/reminders/job-lease.js';
import { claimDeliveries } from '../../src/reminders/ledger.js';
import type { FindResult, ReminderTransport, SendResult } from '../../src/reminders/transport.js';
import { claimHandled, forgetHandled, handledKey } from '../../src/store/handled.js';
import { releaseLease, takeLease } from '../../src/store/leases.js';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import { FAST, item, storeWith, sub } from './helpers.js';

const config = { reminderGraceHours: 6, ledgerRetentionDays: 90 };

/** One channel both "processes" post into; its history answers findDelivered like Slack's metadata search. */
function sharedChannel() {
  const posts: string[] = [];
  const transport = (opts: { hangAfterPost?: boolean } = {}): ReminderTransport => ({
    platform: 'console',
    pacing: { perChannelIntervalMs: 0, workspacePerSecond: 0 },
    async send(_c, _m, key): Promise<SendResult> {
      posts.push(key);
      // The process dies here: the message is in the channel, the ledger never hears of it.
      if (opts.hangAfterPost) await new Promise(() => {});
      return { ok: true, ref: String(posts.length) };
    },
    async findDelivered(_c, key): Promise<FindResult> {
      return posts.includes(key) ? 'delivered' : 'not-found';
    },
  });
  return { posts, transport };
}

/** Two stores on one file ("processes"), two 7-day reminders due at 09:00 in Geneva, and a real clock for leases. */
async function twoProcessesOnOneFile() {
  const { store: a, file } = await storeWith(
    [
      item({ id: 'ev', kind: 'event', title: 'Council', when: { type: 'date', start: '2025-04-10' } }),
      item({ id: 'dl', kind: 'deadline', title: 'Contributions', when: { type: 'date', start: '2025-04-10' } }),
    ],
    [sub('geneva', { digest: false })],
  );
  const b = await openLowdbStore(file);
  await a.update((d) => void (d.reminders.lastTickAt = '2025-04-03T06:59:00Z'));
  const clock = manualClock(new Date('2025-04-03T07:00:30Z'));
  const real = manualClock(new Date('2026-01-01T00:00:00Z'));
  return { a, b, clock, real, leaseOpts: { realClock: real, ttlMs: 60_000, renewEveryMs: 3_600_000 } };
}

describe('one reminder runner per store', () => {
  it('of two processes only the lease holder sends; when it dies mid-send, the other takes over after the lease and confirms from the history', async () => {
    const { a, b, clock, real, leaseOpts } = await twoProcessesOnOneFile();
    const leaseA = createJobLease(a, { holder: 'host:1:a', ...leaseOpts }, memoryLogger());
    const leaseB = createJobLease(b, { holder: 'host:2:b', ...leaseOpts }, memoryLogger());
    const channel = sharedChannel();
    // A holds the lease, claims both and dies after posting the first (its run never returns).
    void run({
      store: a,
      clock,
      realClock: real,
      log: memoryLogger(),
      config,
      transports: [channel.transport({ hangAfterPost: true })],
      options: FAST,
      lease: leaseA,
    });
    for (let i = 0; i < 100 && !channel.posts.length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(channel.posts).toHaveLength(1);
    await b.refresh();
    expect(b.read().leases[REMINDER_LEASE]?.holder).toBe('host:1:a');
    expect(b.read().ledger.map((e) => [e.state, e.holder])).toEqual([
      ['intended', 'host:1:a'],
      ['intended', 'host:1:a'],
    ]);
    // B ticks while A's lease runs: it sends nothing.
    const runB = () => run({ store: b, clock, realClock: real, log: memoryLogger(), config, transports: [channel.transport()], options: FAST, lease: leaseB });
    expect(await runB()).toMatchObject({ standby: true, sent: 0 });
    expect(leaseB.state()).toMatchObject({ holding: false, holder: 'host:1:a' });
    // A's lease runs out: B takes over, finds the first in the channel and posts only the second.
    real.advance(61_000);
    expect(await runB()).toMatchObject({ completed: true, sent: 1, alreadyDelivered: 1 });
    expect(channel.posts).toHaveLength(2);
    expect(new Set(channel.posts).size).toBe(2);
    expect(b.read().ledger.every((e) => e.state === 'confirmed' && e.holder === undefined)).toBe(true);
    expect(leaseB.state()).toMatchObject({ holding: true, holder: 'host:2:b' });
    await leaseB.stop();
    expect(b.read().leases[REMINDER_LEASE]).toBeUndefined(); // a clean stop hands over at once
  });

  it('a holder starved of time stops sending before its lease runs out, so a takeover never posts what it posts', async () => {
    const { a, b, clock, real, leaseOpts } = await twoProcessesOnOneFile();
    const leaseA = createJobLease(a, { holder: 'host:1:a', ...leaseOpts }, memoryLogger());
    const leaseB = createJobLease(b, { holder: 'host:2:b', ...leaseOpts }, memoryLogger());
    const posts: string[] = [];
    const findDelivered = async (_c: unknown, key: string): Promise<FindResult> => (posts.includes(key) ? 'delivered' : 'not-found');
    const runB = () =>
      run({
        store: b,
        clock,
        realClock: real,
        log: memoryLogger(),
        config,
        transports: [
          {
            platform: 'console',
            pacing: { perChannelIntervalMs: 0, workspacePerSecond: 0 },
            send: async (_c, _m, key) => {
              posts.push(key);
              return { ok: true };
            },
            findDelivered,
          },
        ],
        options: FAST,
        lease: leaseB,
      });
    let calls = 0;
    // A's first post takes 50 s of real time (the host was starved); were A to post again, B would by then have
    // taken over (A's lease lapses at 60 s), looked in the channel, and posted the second reminder itself.
    const transportA: ReminderTransport = {
      platform: 'console',
      pacing: { perChannelIntervalMs: 0, workspacePerSecond: 0 },
      async send(_c, _m, key): Promise<SendResult> {
        if (++calls === 1) real.advance(50_000);
        else {
          real.advance(11_000);
          await runB();
        }
        posts.push(key);
        return { ok: true };
      },
      findDelivered,
    };
    const log = memoryLogger();
    const summaryA = await run({ store: a, clock, realClock: real, log, config, transports: [transportA], options: FAST, lease: leaseA });
    expect(calls).toBe(1);
    expect(summaryA.completed).toBe(false);
    expect(log.lines.some((l) => /stopped sending/.test(l))).toBe(true);
    // The lease lapses; B takes over (A confirmed the first) and posts the second: each once.
    real.advance(11_000);
    expect(await runB()).toMatchObject({ sent: 1, completed: true });
    expect(posts.sort()).toEqual([expect.stringContaining(':dl:'), expect.stringContaining(':ev:')]);
    await leaseA.stop();
    await leaseB.stop();
  });

  it('a run that meets keys still claimed by a stalled former holder leaves its window open until they are taken', async () => {
    const { store } = await storeWith(
      [item({ id: 'ev', kind: 'event', title: 'Council', when: { type: 'date', start: '2025-04-10' } })],
      [sub('geneva', { digest: false })],
    );
    await store.update((d) => void (d.reminders.lastTickAt = '2025-04-03T06:59:00Z'));
    const clock = manualClock(new Date('2025-04-03T07:00:30Z'));
    const real = manualClock(new Date('2026-01-01T00:00:00Z'));
    const channel = sharedChannel();
    // The former holder claimed the key and is still inside its claim (it lost the job lease while stalled).
    await store.update((d) => {
      d.ledger = [
        {
          key: 'rem:ev:v0:2025-04-10:7d:console:geneva',
          subscriptionId: 'console:geneva',
          state: 'intended',
          dueAt: '2025-04-03T07:00:00.000Z',
          intendedAt: '2025-04-03T07:00:00.000Z',
          holder: 'old',
          leaseUntil: '2026-01-01T00:00:30.000Z',
        },
      ];
    });
    const lease = createJobLease(store, { holder: 'new', realClock: real, ttlMs: 60_000, renewEveryMs: 3_600_000 }, memoryLogger());
    const tick = () => run({ store, clock, realClock: real, log: memoryLogger(), config, transports: [channel.transport()], options: FAST, lease });
    expect(await tick()).toMatchObject({ sent: 0, completed: false });
    expect(store.read().reminders.lastTickAt).toBe('2025-04-03T06:59:00Z');
    real.advance(31_000);
    expect(await tick()).toMatchObject({ sent: 1, completed: true });
    expect(channel.posts).toEqual(['rem:ev:v0:2025-04-10:7d:console:geneva']);
    await lease.stop();
  });

  it('/healthz says whether this process runs the reminder job, and who does only with details', async () => {
    const { store } = await storeWith([], [sub('geneva')]);
    const clock = manualClock(new Date('2025-04-03T07:00:30Z'));
    const scheduler = startReminderScheduler(
      reminderJob({ store, clock, log: memoryLogger(), config, transports: [sharedChannel().transport()], options: FAST }),
      { ticker: manualTicker(), runAtStart: false },
    );
    try {
      await scheduler.tickNow();
      const plain = await healthReport({ store, clock, getSchedulerState: () => scheduler.state() });
      expect((plain.scheduler as { lease: unknown }).lease).toEqual({ holding: true });
      const detailed = await healthReport({ store, clock, getSchedulerState: () => scheduler.state(), details: true });
      expect(detailed.scheduler).toMatchObject({ lease: { holding: true, holder: expect.stringContaining(`:${process.pid}:`) } });
    } finally {
      await scheduler.stop();
    }
    expect(store.read().leases).toEqual({});
  });

  it('claims: a live claim of another holder is left alone, a lapsed one is taken with a history check', async () => {
    const { store } = await storeWith([], [sub('g')]);
    const s = store.read().subscriptions[0]!;
    const d = (key: string): Delivery => ({
      key,
      sub: s,
      due: { type: 'digest', week: '2025-04-07' },
      dueAt: new Date('2025-04-07T07:00:00Z'),
      message: { key, text: key, body: { tone: 'ok', sections: [] } },
      needsCheck: false,
      intendedAt: new Date('2025-04-07T07:00:00Z'),
      delayed: false,
    });
    const at = new Date('2025-04-07T07:00:00Z');
    const real = new Date('2026-01-01T00:00:00Z');
    const taken = await store.update((draft) => claimDeliveries(draft, [d('k1'), d('k2')], at, { holder: 'A', realNow: real, ttlMs: 60_000 }));
    expect(taken.map((x) => x.key)).toEqual(['k1', 'k2']);
    const byB = await store.update((draft) => claimDeliveries(draft, [d('k1'), d('k3')], at, { holder: 'B', realNow: real, ttlMs: 60_000 }));
    expect(byB.map((x) => x.key)).toEqual(['k3']);
    const later = new Date(real.getTime() + 61_000);
    const afterLapse = await store.update((draft) => claimDeliveries(draft, [d('k1')], at, { holder: 'B', realNow: later, ttlMs: 60_000 }));
    expect(afterLapse).toMatchObject([{ key: 'k1', needsCheck: true }]);
    expect(store.read().ledger.find((e) => e.key === 'k1')).toMatchObject({ holder: 'B', leaseUntil: new Date(later.getTime() + 60_000).toISOString() });
  });

  it('leases and handled requests are decided inside update, by real time', async () => {
    const { store } = await storeWith([], []);
    const t0 = new Date('2026-01-01T00:00:00Z');
    expect(await store.update((d) => takeLease(d, 'x', 'A', t0, 60_000)?.holder)).toBe('A');
    expect(await store.update((d) => takeLease(d, 'x', 'B', new Date(t0.getTime() + 59_000), 60_000))).toBeUndefined();
    expect(await store.update((d) => takeLease(d, 'x', 'B', new Date(t0.getTime() + 60_001), 60_000)?.holder)).toBe('B');
    expect(await store.update((d) => releaseLease(d, 'x', 'A'))).toBe(false);
    expect(await store.update((d) => releaseLease(d, 'x', 'B'))).toBe(true);

    const key = handledKey(['view', 'V1', 'x'.repeat(400)]);
    expect(key).toMatch(/^sha256:/);
    expect(await store.update((d) => claimHandled(d, key, t0, 3_600_000))).toBe(true);
    expect(await store.update((d) => claimHandled(d, key, new Date(t0.getTime() + 1000), 3_600_000))).toBe(false);
    await store.update((d) => forgetHandled(d, key));
    expect(await store.update((d) => claimHandled(d, key, t0, 3_600_000))).toBe(true);
    // Expired entries are pruned by the next claim.
    expect(await store.update((d) => claimHandled(d, 'other', new Date(t0.getTime() + 3_600_001), 3_600_000))).toBe(true);
    expect(store.read().handled.map((h) => h.key)).toEqual(['other']);
  });

  it("a process whose keeper takes over a dead holder's lease runs the job at once, not at the next minute", async () => {
    const { store } = await storeWith(
      [item({ id: 'ev', kind: 'event', title: 'Council', when: { type: 'date', start: '2025-04-10' } })],
      [sub('geneva', { digest: false })],
    );
    const clock = manualClock(new Date('2025-04-03T07:00:30Z'));
    const real = manualClock(new Date('2026-01-01T00:00:00Z'));
    await store.update((d) => {
      d.reminders.lastTickAt = '2025-04-03T06:59:00Z';
      takeLease(d, REMINDER_LEASE, 'host:1:dead', real(), 60_000);
    });
    const channel = sharedChannel();
    const lease = createJobLease(store, { holder: 'host:2:b', realClock: real, ttlMs: 60_000, renewEveryMs: 20 }, memoryLogger());
    const job = reminderJob({ store, clock, realClock: real, log: memoryLogger(), config, transports: [channel.transport()], options: FAST, lease });
    // The minute ticker never fires in this test.
    const scheduler = startReminderScheduler(job, { ticker: manualTicker(), runAtStart: false });
    await new Promise((r) => setTimeout(r, 100));
    expect(channel.posts).toEqual([]);
    real.advance(61_000); // the dead holder's lease lapses
    for (let i = 0; i < 200 && !channel.posts.length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(channel.posts).toEqual(['rem:ev:v0:2025-04-10:7d:console:geneva']);
    expect(scheduler.state().lease).toMatchObject({ holding: true, holder: 'host:2:b' });
    await scheduler.stop();
  });

  it('a run holding the lease claims a batch of channels at a time, so a dead sender leaves few claims to check', async () => {
    const subs = Array.from({ length: 25 }, (_, i) => sub(`c${String(i).padStart(2, '0')}`, { digest: false }));
    const { store } = await storeWith([item({ id: 'ev', kind: 'event', title: 'Council', when: { type: 'date', start: '2025-04-10' } })], subs);
    await store.update((d) => void (d.reminders.lastTickAt = '2025-04-03T06:59:00Z'));
    const real = manualClock(new Date('2026-01-01T00:00:00Z'));
    const claimedAtSend: number[] = [];
    const transport: ReminderTransport = {
      platform: 'console',
      // 1,000 a second × 10 ms ahead: 10 channels a claim.
      pacing: { perChannelIntervalMs: 0, workspacePerSecond: 1000 },
      async send(): Promise<SendResult> {
        claimedAtSend.push(store.read().ledger.length);
        return { ok: true };
      },
      async findDelivered(): Promise<FindResult> {
        return 'not-found';
      },
    };
    const lease = createJobLease(store, { holder: 'host:1:a', realClock: real, ttlMs: 60_000, renewEveryMs: 3_600_000 }, memoryLogger());
    const summary = await run({
      store,
      clock: manualClock(new Date('2025-04-03T07:00:30Z')),
      realClock: real,
      log: memoryLogger(),
      config,
      transports: [transport],
      options: { ...FAST, claimAheadMs: 10 },
      lease,
    });
    expect(summary).toMatchObject({ sent: 25, completed: true });
    expect(claimedAtSend.slice(0, 10).every((n) => n === 10)).toBe(true);
    expect(claimedAtSend.slice(10, 20).every((n) => n === 20)).toBe(true);
    expect(claimedAtSend.slice(20).every((n) => n === 25)).toBe(true);
    expect(store.read().ledger.every((e) => e.state === 'confirmed')).toBe(true);
    await lease.stop();
  });
});
