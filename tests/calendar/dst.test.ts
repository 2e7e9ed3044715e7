import { describe, expect, it } from 'vitest';
import { nextDeadline, nextEvent } from '../../src/calendar/queries.js';
import { indexItems, resolveItem } from '../../src/calendar/resolve.js';
import { type Item, ItemSchema } from '../../src/calendar/schema.js';
import { endOfDayIn, isoWithOffset, zonedInstant } from '../../src/calendar/time.js';

const item = (id: string, kind: 'event' | 'deadline', when: unknown): Item =>
  ItemSchema.parse({ id, kind, title: id, when, status: 'confirmed', source: { document: 'test', paragraph: '1' } });

// Europe/Zurich changes on the last Sundays of March and October: 30 March and 26 October 2025.
describe('Geneva daylight-saving boundaries', () => {
  it('a date-only deadline on the spring-forward day is due at 24:00 CEST (22:00 UTC); the day before at 24:00 CET', () => {
    expect(endOfDayIn('2025-03-30').toISOString()).toBe('2025-03-30T22:00:00.000Z');
    expect(endOfDayIn('2025-03-29').toISOString()).toBe('2025-03-29T23:00:00.000Z');
  });

  it('a date-only deadline on the fall-back day is due at 24:00 CET (23:00 UTC); the day before at 24:00 CEST', () => {
    expect(endOfDayIn('2025-10-26').toISOString()).toBe('2025-10-26T23:00:00.000Z');
    expect(endOfDayIn('2025-10-25').toISOString()).toBe('2025-10-25T22:00:00.000Z');
  });

  it('wall-clock times keep their local hour on both sides of each change', () => {
    expect(zonedInstant('2025-03-29', '09:00', 'Europe/Zurich').toISOString()).toBe('2025-03-29T08:00:00.000Z');
    expect(zonedInstant('2025-03-31', '09:00', 'Europe/Zurich').toISOString()).toBe('2025-03-31T07:00:00.000Z');
    expect(zonedInstant('2025-10-25', '09:00', 'Europe/Zurich').toISOString()).toBe('2025-10-25T07:00:00.000Z');
    expect(zonedInstant('2025-10-27', '09:00', 'Europe/Zurich').toISOString()).toBe('2025-10-27T08:00:00.000Z');
    expect(isoWithOffset(zonedInstant('2025-03-31', '09:00', 'Europe/Zurich'), 'Europe/Zurich')).toBe('2025-03-31T09:00:00+02:00');
  });

  it('next-deadline switches exactly at Geneva midnight across the spring change', () => {
    const items = [item('due-spring', 'deadline', { type: 'date', start: '2025-03-30' }), item('due-after', 'deadline', { type: 'date', start: '2025-04-02' })];
    expect(nextDeadline(items, new Date('2025-03-30T21:59:59Z')).next.map((o) => o.item.id)).toEqual(['due-spring']);
    expect(nextDeadline(items, new Date('2025-03-30T22:00:00Z')).next.map((o) => o.item.id)).toEqual(['due-after']);
  });

  it('a timed meeting on the fall-back morning lands on the right instant', () => {
    const meeting = item('autumn-call', 'event', { type: 'datetime', start: '2025-10-26T13:30', end: '2025-10-26T14:30', tz: 'Europe/Zurich' });
    const o = resolveItem(meeting, indexItems([meeting]));
    expect(o.start?.toISOString()).toBe('2025-10-26T12:30:00.000Z');
    expect(nextEvent([meeting], new Date('2025-10-26T12:29:00Z')).next).toHaveLength(1);
    expect(nextEvent([meeting], new Date('2025-10-26T13:00:00Z')).ongoing).toHaveLength(1);
  });
});

describe('wall-clock times that are ambiguous or missing', () => {
  it('takes the earlier instant in the repeated autumn hour, on any server zone', () => {
    // 02:30 on 26 Oct 2025 happens twice in Geneva: 00:30Z (CEST) and 01:30Z (CET).
    expect(zonedInstant('2025-10-26', '02:30', 'Europe/Zurich').toISOString()).toBe('2025-10-26T00:30:00.000Z');
    expect(zonedInstant('2025-11-02', '01:30', 'America/New_York').toISOString()).toBe('2025-11-02T05:30:00.000Z');
  });

  it('moves a time inside the spring gap forward by the gap, as RFC 5545 does', () => {
    // 02:30 on 30 Mar 2025 does not exist in Geneva: read with the winter offset, it is 01:30Z = 03:30 CEST.
    expect(zonedInstant('2025-03-30', '02:30', 'Europe/Zurich').toISOString()).toBe('2025-03-30T01:30:00.000Z');
  });

  it('reads dates, times and offsets back in zones with half-hour and quarter-hour offsets', () => {
    const t = zonedInstant('2025-07-01', '09:15', 'Asia/Kathmandu');
    expect(t.toISOString()).toBe('2025-07-01T03:30:00.000Z');
    expect(isoWithOffset(t, 'Asia/Kathmandu')).toBe('2025-07-01T09:15:00+05:45');
    expect(isoWithOffset(zonedInstant('2025-01-10', '23:30', 'America/St_Johns'), 'Europe/Zurich')).toBe('2025-01-11T04:00:00+01:00');
  });
});
