import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/clock.js';
import type { Store } from '../../src/store/store.js';
import { run } from '../../jobs/deliver-reminders.js';
import { createConsoleTransport } from '../../src/platforms/console/console-transport.js';
import { makeTestBot } from '../support/fixtures.js';
import { FAST, item, quiet, storeWith, sub } from './helpers.js';

/** The delivery job over a console transport: what it prints, and one run of it. */
function consoleTicker(store: Store, clock: Clock) {
  const printed: string[] = [];
  const transport = createConsoleTransport((text) => printed.push(text));
  const memory = {};
  const tick = async () =>
    run({
      store,
      clock,
      log: quiet(),
      config: { reminderGraceHours: 6, ledgerRetentionDays: 90 },
      transports: [transport],
      memory,
      options: { ...FAST, checkpointMs: 86_400_000 },
    });
  return { printed, tick };
}

/** Items change (through the real editing commands) between two runs of the job. */
describe('rescheduling and cancelling between two ticks', () => {
  it('tells each channel once, side by side, and moves the planned reminders to the new date', async () => {
    const { store } = await storeWith(
      [
        item({ id: 'ev-a', kind: 'event', title: 'Open consultation', when: { type: 'date', start: '2025-04-10' } }),
        item({ id: 'ev-b', kind: 'event', title: 'Regional forum', when: { type: 'date', start: '2025-04-20' } }),
        item({ id: 'ev-old', kind: 'event', title: 'Old meeting', when: { type: 'date', start: '2025-03-01' } }),
      ],
      [sub('geneva'), sub('other', { tags: ['igf'] })],
    );
    const t = await makeTestBot({ store, now: '2025-03-20T13:00:00+01:00' });
    const { printed, tick } = consoleTicker(store, t.clock);

    await tick(); // first run: sets the cursors
    expect((await t.ask('/cwg reschedule ev-a 2025-04-15')).error).toBeUndefined();
    expect((await t.ask('/cwg cancel ev-b')).error).toBeUndefined();
    expect((await t.ask('/cwg reschedule ev-old 2025-03-02')).error).toBeUndefined(); // stays in the past: no notice
    expect((await t.ask('/cwg add event title="IGF side event" date="2025-05-25" tags=igf id=igf-side')).error).toBeUndefined();
    t.clock.advance(60_000);
    await tick();
    const notices = printed.splice(0);
    expect(notices).toHaveLength(4);
    const [moved, cancelled] = notices.filter((n) => n.startsWith('[#geneva')) as [string, string, string];
    // The new item reaches both channels: "geneva" follows everything, "other" follows igf.
    expect(
      notices
        .filter((n) => n.includes('] New in the calendar: IGF side event'))
        .map((n) => n.slice(0, 10))
        .sort(),
    ).toEqual(['[#geneva r', '[#other re']);
    expect(moved).toContain('[#geneva reminder] Rescheduled: Open consultation');
    expect(moved).toContain('Was: Thu 10 Apr 2025');
    expect(moved).toContain('Now: Tue 15 Apr 2025');
    expect(cancelled).toContain('[#geneva reminder] Cancelled: Regional forum');
    // Told once: another run at a later minute adds nothing.
    t.clock.advance(60_000);
    await tick();
    expect(printed).toEqual([]);

    // Run on to the day after the new date, an hour at a time.
    while (t.clock().getTime() < Date.parse('2025-04-16T00:00:00Z')) {
      t.clock.advance(3_600_000);
      await tick();
    }
    const reminders = printed.filter((p) => p.includes('] Reminder:'));
    expect(reminders.map((r) => r.split('\n')[0])).toEqual([
      '[#geneva reminder] Reminder: Open consultation starts in 7 days',
      '[#geneva reminder] Reminder: Open consultation starts tomorrow',
    ]);
    const keys = store
      .read()
      .ledger.map((e) => e.key)
      .filter((k) => k.startsWith('rem:'));
    expect(keys).toEqual(['rem:ev-a:v1:2025-04-15:7d:console:geneva', 'rem:ev-a:v1:2025-04-15:1d:console:geneva']);
    expect(printed.some((p) => p.includes('Regional forum') && p.includes('] Reminder:'))).toBe(false);
    // The digests in between list the moved item, never the cancelled one.
    const digests = printed.filter((p) => p.includes('Weekly digest'));
    expect(digests.length).toBeGreaterThan(0);
    for (const d of digests) expect(d).not.toContain('Regional forum');
  });

  it('tells channels following an anchored deadline that it moved with its anchor, old and new dates side by side', async () => {
    const { store } = await storeWith(
      [
        item({ id: 'meeting', kind: 'event', title: 'Group meeting', when: { type: 'date', start: '2025-05-20' }, tags: ['cwg'] }),
        item({
          id: 'report-due',
          kind: 'deadline',
          title: 'Report three weeks before the meeting',
          when: { type: 'relative', anchor: 'meeting', offsetDays: -21 },
          tags: ['ai'],
        }),
      ],
      [sub('ai-only', { tags: ['ai'] })],
    );
    const t = await makeTestBot({ store, now: '2025-03-20T13:00:00+01:00' });
    const { printed, tick } = consoleTicker(store, t.clock);
    await tick();
    expect((await t.ask('/cwg reschedule meeting 2025-05-27')).error).toBeUndefined();
    t.clock.advance(60_000);
    await tick();
    // The channel follows only the "ai" deadline, not the meeting: it hears about the deadline alone.
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('Rescheduled: Report three weeks before the meeting');
    expect(printed[0]).toContain('Was: by Tue 29 Apr 2025, end of day (Geneva)');
    expect(printed[0]).toContain('Now: by Tue 6 May 2025, end of day (Geneva)');
  });

  it("sends, once and marked delayed, today's reminders that a channel's earlier new delivery time has already passed", async () => {
    const { store } = await storeWith(
      [item({ id: 'ev-week', kind: 'event', title: 'Consultation in a week', when: { type: 'date', start: '2025-04-10' } })],
      [sub('geneva')],
    );
    const t = await makeTestBot({ store, now: '2025-04-03T08:45:00+02:00' });
    const { printed, tick } = consoleTicker(store, t.clock);
    await tick(); // 08:45: the 7-day reminder is due at 09:00
    expect(printed).toEqual([]);
    t.clock.advance(60_000);
    const changed = await t.bot.handle(
      '/cwg subscribe at 08:30',
      { id: 'operator', platform: 'console', isLocalOperator: true },
      { platform: 'console', id: 'geneva' },
    );
    expect(changed.tone).not.toBe('error');
    t.clock.advance(60_000);
    await tick(); // 08:47: 08:30 is behind us, 09:00 no longer applies
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('Consultation in a week');
    expect(printed[0]).toContain('(delayed: this was due 2025-04-03 08:30 Europe/Zurich');
    while (t.clock().getTime() < Date.parse('2025-04-03T09:10:00+02:00')) {
      t.clock.advance(60_000);
      await tick();
    }
    expect(printed).toHaveLength(1);
  });
});
