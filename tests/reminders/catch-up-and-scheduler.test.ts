import { describe, expect, it } from 'vitest';
import { run } from '../../jobs/deliver-reminders.js';
import { manualClock } from '../../src/clock.js';
import { memoryLogger } from '../../src/log.js';
import { createConsoleTransport } from '../../src/platforms/console/console-transport.js';
import { getSchedulerState, startReminderScheduler } from '../../src/reminders/scheduler.js';
import { FAST, item, storeWith, sub } from './helpers.js';

describe('starting after downtime', () => {
  it('sends what is due within the grace window marked "(delayed)", and logs what is older as skipped', async () => {
    const { store } = await storeWith(
      [item({ id: 'ev', kind: 'event', title: 'Council', when: { type: 'date', start: '2025-04-10' } })],
      [sub('geneva', { digest: false }), sub('tokyo', { tz: 'Asia/Tokyo', digest: false })],
    );
    // Down since 20:00Z the evening before; back at 12:00Z. Geneva's 09:00 (07:00Z) is 5 h late, Tokyo's 09:00 (00:00Z) 12 h.
    await store.update((d) => void (d.reminders.lastTickAt = '2025-04-02T20:00:00Z'));
    const clock = manualClock(new Date('2025-04-03T12:00:00Z'));
    const log = memoryLogger();
    const printed: string[] = [];
    const scheduler = startReminderScheduler({ store, clock, log, config: { reminderGraceHours: 6, ledgerRetentionDays: 90 }, transports: [createConsoleTransport((t) => printed.push(t))], options: FAST });
    try {
      for (let i = 0; i < 200 && !scheduler.state().lastSummary; i++) await new Promise((r) => setTimeout(r, 10));
      const state = getSchedulerState()!;
      expect(state.lastSummary).toMatchObject({ sent: 1, skipped: 1, delayed: 1, completed: true });
      expect(state.lastCompletedAt).toBe('2025-04-03T12:00:00.000Z');
      expect(state.nextRunAt).toMatch(/:00\.000Z$/); // the next whole minute, node-cron in UTC
      expect(printed).toHaveLength(1);
      expect(printed[0]).toContain('[#geneva reminder] Reminder: Council starts in 7 days');
      expect(printed[0]).toContain('(delayed: this was due 2025-04-03 09:00');
      expect(log.lines.some((l) => l.includes('reminder skipped: due more than 6 h ago') && l.includes('console:tokyo'))).toBe(true);
      expect(store.read().reminders.lastTickAt).toBe('2025-04-03T12:00:00.000Z');
      // A run while one is in flight is skipped (the next one covers the gap).
      clock.advance(60_000);
      const [a, b] = await Promise.all([scheduler.tickNow(), scheduler.tickNow()]);
      expect(a?.completed).toBe(true);
      expect(b).toBeUndefined();
      expect(scheduler.state().overlapsSkipped).toBe(1);
    } finally {
      await scheduler.stop();
    }
    expect(getSchedulerState()).toBeUndefined();
  });

  it('plans from now when the clock is before the last run (a CWG_NOW rehearsal on a file used in real time)', async () => {
    const { store } = await storeWith([item({ id: 'ev', kind: 'event', title: 'Council', when: { type: 'date', start: '2025-04-10' } })], [sub('geneva', { digest: false })]);
    await store.update((d) => void (d.reminders.lastTickAt = '2026-11-29T06:00:00Z'));
    const clock = manualClock(new Date('2025-04-03T06:59:30Z'));
    const log = memoryLogger();
    const printed: string[] = [];
    const deps = { store, clock, log, config: { reminderGraceHours: 6, ledgerRetentionDays: 90 }, transports: [createConsoleTransport((t) => printed.push(t))], options: FAST, memory: {} };
    await run(deps);
    expect(log.lines.some((l) => l.includes('the clock is before the last reminder run'))).toBe(true);
    clock.advance(60_000);
    expect(await run(deps)).toMatchObject({ sent: 1, delayed: 0 });
    expect(printed[0]).toContain('Reminder: Council starts in 7 days');
  });
});
