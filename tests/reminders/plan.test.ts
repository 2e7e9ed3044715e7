import { describe, expect, it } from 'vitest';
import { ItemSchema, type ItemInput } from '../../src/calendar/schema.js';
import { timeIn } from '../../src/calendar/time.js';
import { nextDelivery, planReminders } from '../../src/reminders/plan.js';
import { noticeKind } from '../../src/reminders/notices.js';
import { item, sub } from './helpers.js';

const parse = (xs: ItemInput[]) => xs.map((x) => ItemSchema.parse(x));
const win = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });

describe('the reminder planner', () => {
  it('keeps 09:00 Geneva on both sides of the October change', () => {
    const items = parse([item({ id: 'ev', kind: 'event', when: { type: 'date', start: '2025-10-30' } })]);
    const got = planReminders(items, [sub('g', { digest: false })], win('2025-09-01T00:00:00Z', '2025-11-01T00:00:00Z'));
    expect(got.map((p) => p.dueAt.toISOString())).toEqual(['2025-09-30T07:00:00.000Z', '2025-10-23T07:00:00.000Z', '2025-10-29T08:00:00.000Z']);
    for (const p of got) expect(timeIn(p.dueAt, 'Europe/Zurich')).toBe('09:00');
  });

  it('plans nothing for cancelled, done, undated or already started items, nor before the channel subscribed', () => {
    const items = parse([
      item({ id: 'cancelled', kind: 'event', status: 'cancelled', when: { type: 'date', start: '2025-05-10' } }),
      item({ id: 'done', kind: 'deadline', status: 'done', when: { type: 'date', start: '2025-05-10' } }),
      item({ id: 'undated', kind: 'event', status: 'tba', when: { type: 'tba' } }),
      item({ id: 'early', kind: 'deadline', when: { type: 'datetime', start: '2025-05-10T08:00', tz: 'Europe/Zurich' } }),
      item({ id: 'late', kind: 'deadline', when: { type: 'date', start: '2025-05-10' } }),
    ]);
    const s = sub('g', { digest: false, createdAt: '2025-05-05T00:00:00Z' });
    const keys = planReminders(items, [s], win('2025-04-01T00:00:00Z', '2025-06-01T00:00:00Z')).map((p) => p.key);
    // "early" is due at 08:00, before the 09:00 same-day reminder; 7 days before is before the subscription.
    expect(keys).toEqual(['rem:early:v0:2025-05-10:1d:console:g', 'rem:late:v0:2025-05-10:1d:console:g', 'rem:late:v0:2025-05-10:0d:console:g']);
  });

  it('gives a rescheduled item new keys on its new date', () => {
    const before = parse([item({ id: 'ev', kind: 'event', when: { type: 'date', start: '2025-05-10' } })]);
    const after = parse([item({ id: 'ev', kind: 'event', when: { type: 'date', start: '2025-05-12' }, dateVersion: 1, status: 'rescheduled' })]);
    const w = win('2025-05-01T00:00:00Z', '2025-05-20T00:00:00Z');
    const s = sub('g', { digest: false });
    expect(planReminders(before, [s], w).map((p) => p.key)).toEqual(['rem:ev:v0:2025-05-10:7d:console:g', 'rem:ev:v0:2025-05-10:1d:console:g']);
    expect(planReminders(after, [s], w).map((p) => [p.key, p.dueAt.toISOString()])).toEqual([
      ['rem:ev:v1:2025-05-12:7d:console:g', '2025-05-05T07:00:00.000Z'],
      ['rem:ev:v1:2025-05-12:1d:console:g', '2025-05-11T07:00:00.000Z'],
    ]);
  });

  it('follows scope, filters and custom offsets, and a relative deadline moves with its anchor', () => {
    const items = parse([
      item({ id: 'meet', kind: 'event', when: { type: 'date', start: '2025-06-20' }, tags: ['cwg'] }),
      item({ id: 'contrib', kind: 'deadline', when: { type: 'relative', anchor: 'meet', offsetDays: -21, bound: 'by' }, whoMustAct: ['members'] }),
    ]);
    const s = sub('m', { scope: 'deadlines', actors: ['members'], offsets: [14, 0], digest: false });
    const keys = planReminders(items, [s], win('2025-05-01T00:00:00Z', '2025-07-01T00:00:00Z')).map((p) => p.key);
    expect(keys).toEqual(['rem:contrib:v0:2025-05-30:14d:console:m', 'rem:contrib:v0:2025-05-30:0d:console:m']);
    expect(nextDelivery(items, s, new Date('2025-05-20T00:00:00Z'))?.dueAt.toISOString()).toBe('2025-05-30T07:00:00.000Z');
  });

  it("keeps 09:00 New York on both sides of its own changes (9 March, 2 November), which are not Geneva's", () => {
    const items = parse(
      ['2025-03-10', '2025-03-31', '2025-10-27', '2025-11-03'].map((d) => item({ id: `dl-${d}`, kind: 'deadline', when: { type: 'date', start: d } })),
    );
    const ny = sub('ny', { tz: 'America/New_York', offsets: [1], digest: false });
    const gva = sub('gva', { offsets: [1], digest: false });
    const got = planReminders(items, [ny, gva], win('2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z'));
    const at = (s: string) => got.filter((p) => p.subscriptionId === s).map((p) => p.dueAt.toISOString());
    // New York: EST (-5) on 8 March... EDT (-4) from 9 March to 1 November, EST again on 2 November.
    expect(at('console:ny')).toEqual(['2025-03-09T13:00:00.000Z', '2025-03-30T13:00:00.000Z', '2025-10-26T13:00:00.000Z', '2025-11-02T14:00:00.000Z']);
    // Geneva: CET until 29 March, CEST from 30 March to 25 October, CET from 26 October.
    expect(at('console:gva')).toEqual(['2025-03-09T08:00:00.000Z', '2025-03-30T07:00:00.000Z', '2025-10-26T08:00:00.000Z', '2025-11-02T08:00:00.000Z']);
    for (const p of got) expect(timeIn(p.dueAt, p.subscriptionId === 'console:ny' ? 'America/New_York' : 'Europe/Zurich')).toBe('09:00');
  });

  it('sends a delivery time inside the autumn repeated hour once, ticking minute by minute', () => {
    const items = parse([
      item({ id: 'ev', kind: 'event', when: { type: 'date', start: '2025-10-27' } }),
      item({ id: 'us', kind: 'event', when: { type: 'date', start: '2025-11-03' } }),
    ]);
    const cases = [
      { s: sub('gva', { at: '02:30', offsets: [1], digest: false, tags: [] }), from: '2025-10-25T22:00:00Z', zone: 'Europe/Zurich' },
      { s: sub('ny', { at: '01:30', tz: 'America/New_York', offsets: [1], digest: false }), from: '2025-11-02T03:00:00Z', zone: 'America/New_York' },
    ];
    for (const { s, from, zone } of cases) {
      const got = [];
      for (let t = Date.parse(from), end = t + 6 * 3_600_000; t < end; t += 60_000)
        got.push(...planReminders(items, [s], { from: new Date(t), to: new Date(t + 60_000) }));
      expect(
        got.map((p) => p.key),
        zone,
      ).toHaveLength(1);
      expect(timeIn(got[0]!.dueAt, zone)).toBe(s.at);
    }
    // The first of the two, whatever the process's own zone (TZDate alone answers differently under TZ=UTC and TZ=Europe/Zurich).
    const first = (c: (typeof cases)[number]) =>
      planReminders(items, [c.s], { from: new Date(c.from), to: new Date(Date.parse(c.from) + 6 * 3_600_000) })[0]!.dueAt.toISOString();
    expect(first(cases[0]!)).toBe('2025-10-26T00:30:00.000Z'); // 02:30 CEST
    expect(first(cases[1]!)).toBe('2025-11-02T05:30:00.000Z'); // 01:30 EDT
  });

  it('handles a delivery time inside the spring-forward gap without skipping the day', () => {
    const items = parse([item({ id: 'ev', kind: 'event', when: { type: 'date', start: '2025-03-31' } })]);
    const got = planReminders(items, [sub('g', { at: '02:30', digest: false })], win('2025-03-29T00:00:00Z', '2025-03-31T00:00:00Z'));
    expect(got).toHaveLength(1);
    expect(got[0]!.dueAt.toISOString()).toBe('2025-03-30T01:30:00.000Z'); // 03:30 CEST: moved on by the hour the clocks skip, as iCalendar does
  });

  it('reads audit entries as notices', () => {
    const a = ItemSchema.parse(item({ id: 'xx', kind: 'event', when: { type: 'date', start: '2025-05-10' } }));
    const moved = { ...a, when: { type: 'date' as const, start: '2025-05-12' } };
    const base = { id: 'a1', at: '2025-04-01T10:00:00Z', actor: { id: 'op', platform: 'cli' as const }, surface: 'cli' as const, itemId: 'xx' };
    expect(noticeKind({ ...base, action: 'add', before: null, after: a })).toBe('added');
    expect(noticeKind({ ...base, action: 'reschedule', before: a, after: moved })).toBe('rescheduled');
    expect(noticeKind({ ...base, action: 'undo', before: moved, after: a })).toBe('rescheduled');
    expect(noticeKind({ ...base, action: 'cancel', before: a, after: { ...a, status: 'cancelled' } })).toBe('cancelled');
    expect(noticeKind({ ...base, action: 'edit', before: a, after: { ...a, title: 'New title' } })).toBeUndefined();
    const tba = ItemSchema.parse(item({ id: 'xx', kind: 'event', status: 'tba', when: { type: 'tba' } }));
    expect(noticeKind({ ...base, action: 'announce', before: tba, after: a })).toBe('announced');
  });
});
