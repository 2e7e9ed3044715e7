import { describe, expect, it } from 'vitest';
import { indexItems, resolveAll, resolveItem } from '../../src/calendar/resolve.js';
import { type Item, ItemSchema } from '../../src/calendar/schema.js';
import { SeedFileSchema } from '../../src/calendar/calendar-schema.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/fixtures.js';

const seed = SeedFileSchema.parse(JSON.parse(readFileSync(path.join(REPO_ROOT, 'data/calendar.seed.json'), 'utf8')));

function withWhen(items: Item[], id: string, when: Item['when'], status: Item['status'] = 'confirmed'): Item[] {
  return items.map((it) => (it.id === id ? { ...it, when, status } : it));
}

function occ(items: Item[], id: string) {
  return resolveItem(items.find((it) => it.id === id)!, indexItems(items));
}

describe('relative dates stay linked to their anchor', () => {
  it('resolves "three weeks prior to the 42nd meeting" from the meeting date', () => {
    const o = occ(seed.items, 'ai-report-cwg-42');
    expect(o.when).toMatchObject({ type: 'allDay', startDate: '2025-01-11', anchoredTo: 'cwg-42' });
    expect(o.status).toBe('confirmed');
  });

  it('moves when the anchor moves', () => {
    const moved = withWhen(seed.items, 'cwg-42', { type: 'date', start: '2025-02-10', end: '2025-02-11' });
    expect(occ(moved, 'ai-report-cwg-42').when).toMatchObject({ startDate: '2025-01-20' });
    expect(occ(moved, 'wsis20-report-draft').when).toMatchObject({ startDate: '2025-01-13' });
  });

  it('is "date to be announced" while the anchor has no date, and resolves once it has one', () => {
    const before = occ(seed.items, 'call-for-inputs-report-council-2025');
    expect(before.status).toBe('tba');
    expect(before.when).toEqual({ type: 'tba', waitingFor: 'council-2025' });
    const dated = withWhen(seed.items, 'council-2025', { type: 'date', start: '2025-06-17', end: '2025-06-27' });
    const after = occ(dated, 'call-for-inputs-report-council-2025');
    expect(after.when).toMatchObject({ type: 'allDay', startDate: '2025-06-16' });
    expect(after.start?.toISOString()).toBe('2025-06-16T22:00:00.000Z'); // end of 16 June, Geneva summer time
  });

  it('follows chains of anchors and survives a cancelled anchor', () => {
    const items: Item[] = [
      ItemSchema.parse({
        id: 'aa',
        kind: 'event',
        title: 'A',
        when: { type: 'date', start: '2025-05-10' },
        status: 'confirmed',
        source: { document: 'd', paragraph: '1' },
      }),
      ItemSchema.parse({
        id: 'bb',
        kind: 'deadline',
        title: 'B',
        when: { type: 'relative', anchor: 'aa', offsetDays: -7 },
        status: 'confirmed',
        source: { document: 'd', paragraph: '1' },
      }),
      ItemSchema.parse({
        id: 'cc',
        kind: 'deadline',
        title: 'C',
        when: { type: 'relative', anchor: 'bb', offsetDays: -2 },
        status: 'confirmed',
        source: { document: 'd', paragraph: '1' },
      }),
    ];
    expect(occ(items, 'cc').when).toMatchObject({ startDate: '2025-05-01' });
    const cancelled = items.map((it) => (it.id === 'aa' ? { ...it, status: 'cancelled' as const } : it));
    expect(occ(cancelled, 'cc').status).toBe('tba');
  });

  it('resolves every seed item without throwing, each dated item with start ≤ end', () => {
    for (const o of resolveAll(seed.items)) {
      if (o.start && o.end) expect(o.start.getTime()).toBeLessThanOrEqual(o.end.getTime());
      else expect(o.when.type).toBe('tba');
    }
  });
});

describe('schema rules across items', () => {
  it('refuses anchors that do not exist and cycles', async () => {
    const { CalendarSchema } = await import('../../src/calendar/calendar-schema.js');
    const base = { kind: 'deadline', title: 'x', status: 'confirmed', source: { document: 'd', paragraph: '1' } };
    const missing = CalendarSchema.safeParse({ items: [{ ...base, id: 'x1', when: { type: 'relative', anchor: 'nope', offsetDays: 1 } }] });
    expect(missing.success).toBe(false);
    expect(JSON.stringify(missing.error?.issues)).toContain('does not exist');
    const cycle = CalendarSchema.safeParse({
      items: [
        { ...base, id: 'x1', when: { type: 'relative', anchor: 'x2', offsetDays: 1 } },
        { ...base, id: 'x2', when: { type: 'relative', anchor: 'x1', offsetDays: 1 } },
      ],
    });
    expect(cycle.success).toBe(false);
    expect(JSON.stringify(cycle.error?.issues)).toContain('cycle');
  });

  it('refuses impossible dates and unknown zones', () => {
    const base = { id: 'x1', kind: 'event', title: 'x', status: 'confirmed', source: { document: 'd', paragraph: '1' } };
    expect(ItemSchema.safeParse({ ...base, when: { type: 'date', start: '2025-02-30' } }).success).toBe(false);
    expect(ItemSchema.safeParse({ ...base, when: { type: 'datetime', start: '2025-02-03T10:00', tz: 'Mars/Olympus' } }).success).toBe(false);
    expect(ItemSchema.safeParse({ ...base, when: { type: 'date', start: '2025-02-10', end: '2025-02-09' } }).success).toBe(false);
  });
});
