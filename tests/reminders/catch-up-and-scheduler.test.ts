import { describe, expect, it } from 'vitest';
import { reminderJob, run } from '../../jobs/deliver-reminders.js';
import { manualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { memoryLogger } from '../../src/log.js';
import { createConsoleTransport } from '../../src/platforms/console/console-transport.js';
import { everyMinuteOnClock, startReminderScheduler } from '../../src/reminders/scheduler.js';
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
    const scheduler = startReminderScheduler(
      reminderJob({
        store,
        clock,
        log,
        config: { reminderGraceHours: 6, ledgerRetentionDays: 90 },
        transports: [createConsoleTransport((t) => printed.push(t))],
        options: FAST,
      }),
    );
    try {
      for (let i = 0; i < 200 && !scheduler.state().lastSummary; i++) await new Promise((r) => setTimeout(r, 10));
      const state = scheduler.state();
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
    // No scheduler state outlives its scheduler (there is no module-level one to read).
    expect(scheduler.state()).toMatchObject({ running: false });
    expect(scheduler.state().nextRunAt).toBeUndefined();
  });

  it('honours CWG_REMINDER_GRACE_HOURS, and a grace of 0 still sends what is on time', async () => {
    const setup = async (lastTickAt: string) => {
      const { store } = await storeWith(
        [item({ id: 'ev', kind: 'event', title: 'Council', when: { type: 'date', start: '2025-04-10' } })],
        [sub('geneva', { digest: false })],
      );
      await store.update((d) => void (d.reminders.lastTickAt = lastTickAt));
      return store;
    };
    const runAt = async (store: Awaited<ReturnType<typeof setup>>, now: string, grace: string) => {
      const log = memoryLogger();
      const printed: string[] = [];
      const config = loadConfig({ CWG_REMINDER_GRACE_HOURS: grace });
      const summary = await run({
        store,
        clock: manualClock(new Date(now)),
        log,
        config,
        transports: [createConsoleTransport((t) => printed.push(t))],
        options: FAST,
      });
      return { summary, printed, log };
    };
    // The ordinary minute tick runs a few seconds after 09:00 Geneva (07:00Z): not a catch-up.
    const onTime = await runAt(await setup('2025-04-03T06:59:00.020Z'), '2025-04-03T07:00:00.020Z', '0');
    expect(onTime.summary).toMatchObject({ sent: 1, skipped: 0, delayed: 0 });
    expect(onTime.printed[0]).toContain('Reminder: Council starts in 7 days');
    // Back 2 hours late: skipped (and logged) with a grace of 1 hour, sent "(delayed)" with 3 hours.
    const late = await runAt(await setup('2025-04-03T06:00:00Z'), '2025-04-03T09:00:00Z', '1');
    expect(late.summary).toMatchObject({ sent: 0, skipped: 1 });
    expect(late.printed).toEqual([]);
    expect(late.log.lines.some((l) => l.includes('reminder skipped: due more than 1 h ago') && l.includes('rem:ev:'))).toBe(true);
    // Down for two months: what is older than the lookback is skipped in one line, not silently.
    const long = await runAt(await setup('2025-01-20T06:00:00Z'), '2025-04-03T09:00:00Z', '1');
    expect(long.summary).toMatchObject({ sent: 0, skipped: 2 }); // 30 days before (11 March) and 7 days before, listed
    expect(
      long.log.lines.some((l) => l.includes('reminder skipped: everything due before 2025-03-03T09:00:00.000Z') && l.includes('2025-01-20T06:00:00.000Z')),
    ).toBe(true);
    const graced = await runAt(await setup('2025-04-03T06:00:00Z'), '2025-04-03T09:00:00Z', '3');
    expect(graced.summary).toMatchObject({ sent: 1, skipped: 0, delayed: 1 });
    expect(graced.printed[0]).toContain('(delayed: this was due 2025-04-03 09:00');
  });

  it('plans from now when the clock is before the last run (a CWG_NOW rehearsal on a file used in real time)', async () => {
    const { store } = await storeWith(
      [item({ id: 'ev', kind: 'event', title: 'Council', when: { type: 'date', start: '2025-04-10' } })],
      [sub('geneva', { digest: false })],
    );
    await store.update((d) => void (d.reminders.lastTickAt = '2026-11-29T06:00:00Z'));
    const clock = manualClock(new Date('2025-04-03T06:59:30Z'));
    const log = memoryLogger();
    const printed: string[] = [];
    const deps = {
      store,
      clock,
      log,
      config: { reminderGraceHours: 6, ledgerRetentionDays: 90 },
      transports: [createConsoleTransport((t) => printed.push(t))],
      options: FAST,
      memory: {},
    };
    await run(deps);
    expect(log.lines.some((l) => l.includes('the clock is before the last reminder run'))).toBe(true);
    clock.advance(60_000);
    expect(await run(deps)).toMatchObject({ sent: 1, delayed: 0 });
    expect(printed[0]).toContain('Reminder: Council starts in 7 days');
  });

  it('ticks a rehearsal clock on its own minutes', () => {
    // Rehearsal 08:59:30 while real time reads 06:39:35: its hh:mm:01 falls on real second 06.
    expect(everyMinuteOnClock(Date.parse('2025-06-16T06:59:30Z'), Date.parse('2026-11-29T06:39:35Z'))).toBe('6 * * * * *');
    expect(everyMinuteOnClock(Date.parse('2026-11-29T06:39:35Z'), Date.parse('2026-11-29T06:39:35Z'))).toBe('1 * * * * *');
    // 59.6 s ahead: at real second 01 that clock reads hh:mm:00.6, still just after its minute.
    expect(everyMinuteOnClock(Date.parse('2025-01-01T00:00:59.600Z'), Date.parse('2025-01-01T00:00:00Z'))).toBe('1 * * * * *');
  });
});
