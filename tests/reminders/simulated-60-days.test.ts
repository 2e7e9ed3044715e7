import { describe, expect, it } from 'vitest';
import { run } from '../../jobs/deliver-reminders.js';
import { manualClock } from '../../src/clock.js';
import { timeIn } from '../../src/calendar/time.js';
import { createConsoleTransport } from '../../src/platforms/console/console-transport.js';
import { FAST, item, quiet, storeWith, sub } from './helpers.js';

/**
 * Sixty days (1 March – 30 April 2025) through Europe's and North America's spring-forward,
 * ticking the real job every 15 minutes with an injected clock. The expected list is worked out
 * by hand from the rules (not by the planner): offsets from the item's day, delivery time in the
 * channel's zone, nothing for cancelled/done/started items, digests on Mondays when not empty.
 */
const ITEMS = [
  item({ id: 'ev-a', kind: 'event', when: { type: 'date', start: '2025-04-10' }, tags: ['cwg'], whoMustAct: ['members'] }),
  item({ id: 'dl-b', kind: 'deadline', when: { type: 'date', start: '2025-03-31' }, tags: ['igf'], whoMustAct: ['members'], sendTo: 'wsis-info@itu.int' }),
  item({ id: 'ev-c', kind: 'event', when: { type: 'datetime', start: '2025-04-02T14:00', tz: 'Europe/Zurich' }, tags: ['igf'] }),
  item({ id: 'ev-x', kind: 'event', status: 'cancelled', when: { type: 'date', start: '2025-04-05' } }),
  item({ id: 'dl-y', kind: 'deadline', status: 'done', when: { type: 'date', start: '2025-03-20' } }),
  item({ id: 'dl-z', kind: 'deadline', when: { type: 'datetime', start: '2025-03-02T08:30', tz: 'Europe/Zurich' } }),
];
const SUBS = [
  sub('geneva'),
  sub('newyork', { scope: 'deadlines', at: '08:30', tz: 'America/New_York', offsets: [3, 0], digest: false }),
  sub('london', { tags: ['igf'], at: '07:15', tz: 'Europe/London' }),
];

// [channel, what, instant (UTC)]
const EXPECTED: Array<[string, string, string]> = [
  ['geneva', 'rem:dl-z 1d', '2025-03-01T08:00:00Z'],
  ['geneva', 'rem:ev-c 30d', '2025-03-03T08:00:00Z'],
  ['london', 'rem:ev-c 30d', '2025-03-03T07:15:00Z'],
  ['geneva', 'rem:ev-a 30d', '2025-03-11T08:00:00Z'],
  ['geneva', 'rem:dl-b 7d', '2025-03-24T08:00:00Z'],
  ['london', 'rem:dl-b 7d', '2025-03-24T07:15:00Z'],
  ['geneva', 'digest', '2025-03-24T08:00:00Z'],
  ['london', 'digest', '2025-03-24T07:15:00Z'],
  ['geneva', 'rem:ev-c 7d', '2025-03-26T08:00:00Z'],
  ['london', 'rem:ev-c 7d', '2025-03-26T07:15:00Z'],
  ['newyork', 'rem:dl-b 3d', '2025-03-28T12:30:00Z'],
  // 30 March: Europe springs forward; 09:00 Geneva is now 07:00Z, 07:15 London is 06:15Z.
  ['geneva', 'rem:dl-b 1d', '2025-03-30T07:00:00Z'],
  ['london', 'rem:dl-b 1d', '2025-03-30T06:15:00Z'],
  ['geneva', 'rem:dl-b 0d', '2025-03-31T07:00:00Z'],
  ['london', 'rem:dl-b 0d', '2025-03-31T06:15:00Z'],
  ['newyork', 'rem:dl-b 0d', '2025-03-31T12:30:00Z'],
  ['geneva', 'digest', '2025-03-31T07:00:00Z'],
  ['london', 'digest', '2025-03-31T06:15:00Z'],
  ['geneva', 'rem:ev-c 1d', '2025-04-01T07:00:00Z'],
  ['london', 'rem:ev-c 1d', '2025-04-01T06:15:00Z'],
  ['geneva', 'rem:ev-a 7d', '2025-04-03T07:00:00Z'],
  ['geneva', 'digest', '2025-04-07T07:00:00Z'],
  ['geneva', 'rem:ev-a 1d', '2025-04-09T07:00:00Z'],
];

function describeKey(key: string): string {
  if (key.startsWith('digest:')) return 'digest';
  const [, id, , , offset] = key.split(':');
  return `rem:${id} ${offset}`;
}

describe('60 simulated days across the spring DST change', () => {
  it('delivers exactly the expected reminders, at their instants, once each', async () => {
    const { store } = await storeWith(ITEMS, SUBS);
    const clock = manualClock(new Date('2025-03-01T00:00:00Z'));
    const sent: Array<{ channel: string; key: string; at: Date; text: string }> = [];
    let lastText = '';
    const transport = createConsoleTransport((t) => (lastText = t));
    const recording = {
      ...transport,
      send: async (...a: Parameters<typeof transport.send>) => {
        const r = await transport.send(...a);
        sent.push({ channel: a[0].id, key: a[2], at: clock(), text: lastText });
        return r;
      },
    };
    const tick = 15 * 60_000;
    await store.update((d) => void (d.reminders.lastTickAt = clock().toISOString()));
    const memory = {};
    const end = new Date('2025-04-30T00:00:00Z').getTime();
    while (clock().getTime() < end) {
      clock.advance(tick);
      await run({
        store,
        clock,
        log: quiet(),
        config: { reminderGraceHours: 6, ledgerRetentionDays: 90 },
        transports: [recording],
        memory,
        options: { ...FAST, delayedAfterMs: tick, checkpointMs: 86_400_000 },
      });
    }
    const got = sent.map((s) => [s.channel, describeKey(s.key), '']);
    expect(got.map((g) => `${g[0]} ${g[1]}`).sort()).toEqual(EXPECTED.map((e) => `${e[0]} ${e[1]}`).sort());
    // Once each, and in the tick right after the due instant.
    expect(new Set(sent.map((s) => s.key)).size).toBe(sent.length);
    for (const [channel, what, instant] of EXPECTED) {
      const s = sent.find(
        (x) =>
          x.channel === channel &&
          describeKey(x.key) === what &&
          (what !== 'digest' || (x.at.getTime() - Date.parse(instant) > 0 && x.at.getTime() - Date.parse(instant) <= tick)),
      )!;
      expect(s, `${channel} ${what}`).toBeDefined();
      const due = Date.parse(instant);
      expect(s.at.getTime() - due, `${channel} ${what} ${instant} sent at ${s.at.toISOString()}`).toBeGreaterThan(0);
      expect(s.at.getTime() - due).toBeLessThanOrEqual(tick);
      expect(s.text).not.toContain('(delayed');
    }
    // Wall clock: every Geneva reminder at 09:00 Geneva, before and after the change.
    for (const s of sent.filter((x) => x.channel === 'geneva')) {
      const ledger = store.read().ledger.find((e) => e.key === s.key)!;
      expect(timeIn(new Date(ledger.dueAt), 'Europe/Zurich')).toBe('09:00');
      expect(ledger.state).toBe('confirmed');
    }
    // The message says what, when, who must act, where to send and the paragraph.
    const dl = sent.find((s) => s.channel === 'newyork' && s.key.includes(':3d:'))!;
    expect(dl.text).toContain('[#newyork reminder] Reminder: Title of dl-b is due in 3 days');
    expect(dl.text).toMatch(/Mon 31 Mar 2025/);
    expect(dl.text).toContain('America/New_York');
    expect(dl.text).toContain('wsis-info@itu.int');
    expect(dl.text).toContain('§1.1');
    expect(dl.text).toContain('/cwg show dl-b');
  });
});
