import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/calendar/schema.js';
import type { When } from '../../src/calendar/when-schema.js';
import { buildCalendarIcs, buildItemIcs } from '../../src/export/build-ics.js';
import type { Store } from '../../src/store/store.js';
import { openTempStore } from '../support/fixtures.js';
import { contentLines, parseIcs } from './ics-parse.js';

const uid = (id: string) => `${id}@cwg-wsis-sdg.itu.int`;

/** Changes an item the way the editing API does: revision always, dateVersion and history on a date change. */
async function edit(store: Store, id: string, at: string, change: (it: Item) => void): Promise<void> {
  await store.update((db) => {
    const it = db.items.find((x) => x.id === id);
    if (!it) throw new Error(`no ${id}`);
    const before = structuredClone(it.when);
    change(it);
    if (JSON.stringify(before) !== JSON.stringify(it.when)) {
      it.history.push({ when: before, changedAt: at });
      it.dateVersion += 1;
    }
    it.revision += 1;
    it.updatedAt = at;
  });
}

async function addItem(store: Store, item: Partial<Item> & Pick<Item, 'id' | 'kind' | 'title' | 'when'>): Promise<void> {
  await store.update((db) => {
    db.items.push({
      status: 'confirmed',
      whoMustAct: [],
      tags: [],
      seeAlso: [],
      history: [],
      review: [],
      dateVersion: 0,
      revision: 0,
      source: { document: 'test', paragraph: '1.1' },
      ...item,
    } as Item);
  });
}

function eventOf(store: Store, id: string) {
  return parseIcs(buildCalendarIcs(store.read().items).ics).events.get(uid(id));
}

describe('iCalendar export after changes in the store', () => {
  it('keeps a cancelled item with STATUS:CANCELLED and no reminder', async () => {
    const store = await openTempStore();
    expect(eventOf(store, 'hlpf-2025-comments')!.alarms).toHaveLength(1);
    await edit(store, 'hlpf-2025-comments', '2025-02-20T10:00:00+01:00', (it) => {
      it.status = 'cancelled';
    });
    const ev = eventOf(store, 'hlpf-2025-comments')!;
    expect(ev.status).toBe('CANCELLED');
    expect(ev.summary).toMatch(/^Cancelled: Deadline: /);
    expect(ev.alarms).toEqual([]);
    expect(ev.sequence).toBe(1);
    expect(buildCalendarIcs(store.read().items).cancelled).toBe(1);
  });

  it('moves a rescheduled item under the same UID with a higher SEQUENCE and the edit time as DTSTAMP', async () => {
    const store = await openTempStore();
    const before = eventOf(store, 'cstd-28')!;
    await edit(store, 'cstd-28', '2025-03-01T09:15:00+01:00', (it) => {
      it.when = { type: 'date', start: '2025-04-14', end: '2025-04-17' };
      it.status = 'rescheduled';
    });
    const cal = parseIcs(buildCalendarIcs(store.read().items).ics);
    const after = cal.events.get(uid('cstd-28'))!;
    expect(cal.uids.filter((u) => u === uid('cstd-28'))).toHaveLength(1);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.start).toEqual({ kind: 'date', date: '2025-04-14' });
    expect(after.end).toEqual({ kind: 'date', date: '2025-04-18' });
    expect(after.dtstamp).toBe('2025-03-01T08:15:00Z');
    expect(after.lastModified).toBe('2025-03-01T08:15:00Z');
    expect(after.description).toContain('Previously: ');
    // The deadline the day before CSTD 28 moves with it, and its SEQUENCE rises although it was not edited itself.
    const dependent = cal.events.get(uid('cstd-wsis20-report'))!;
    expect(dependent.start).toEqual({ kind: 'date', date: '2025-04-13' });
    expect(dependent.sequence).toBeGreaterThan(eventOf(await openTempStore(), 'cstd-wsis20-report')!.sequence);
  });

  it('drops an item whose date becomes "to be announced" and counts it', async () => {
    const store = await openTempStore();
    const n = buildCalendarIcs(store.read().items).tba;
    await edit(store, 'igf-2025', '2025-03-02T00:00:00Z', (it) => {
      it.when = { type: 'tba', approx: '2025' } as When;
      it.status = 'tba';
    });
    const built = buildCalendarIcs(store.read().items);
    expect(parseIcs(built.ics).events.has(uid('igf-2025'))).toBe(false);
    expect(built.tba).toBe(n + 1);
    expect(parseIcs(built.ics).description).toContain(`${n + 1} items whose dates are to be announced`);
  });

  it('writes a summer-time meeting in Geneva and one in New York with their own VTIMEZONEs', async () => {
    const store = await openTempStore();
    await addItem(store, {
      id: 'summer-call',
      kind: 'event',
      title: 'Summer call',
      when: { type: 'datetime', start: '2025-07-08T13:30', end: '2025-07-08T14:30', tz: 'Europe/Zurich' },
    });
    await addItem(store, {
      id: 'ny-briefing',
      kind: 'event',
      title: 'UNGA briefing',
      when: { type: 'datetime', start: '2025-03-10T10:00', end: '2025-03-10T11:00', tz: 'America/New_York' },
    });
    const cal = parseIcs(buildCalendarIcs(store.read().items).ics);
    expect(cal.events.get(uid('summer-call'))!.start).toEqual({ kind: 'time', tzid: 'Europe/Zurich', utc: '2025-07-08T11:30:00.000Z' });
    expect(cal.events.get(uid('summer-call'))!.end).toEqual({ kind: 'time', tzid: 'Europe/Zurich', utc: '2025-07-08T12:30:00.000Z' });
    // 10 March 2025: New York is already on EDT (UTC-4), Geneva still on CET.
    expect(cal.events.get(uid('ny-briefing'))!.start).toEqual({ kind: 'time', tzid: 'America/New_York', utc: '2025-03-10T14:00:00.000Z' });
    expect([...cal.tzids].sort()).toEqual(['America/New_York', 'Europe/Zurich']);
  });

  it('writes a timed deadline as a point in time at its due minute, reminding a day before', async () => {
    const store = await openTempStore();
    await addItem(store, {
      id: 'timed-deadline',
      kind: 'deadline',
      title: 'Registration closes',
      when: { type: 'datetime', start: '2025-05-15T17:00', tz: 'Europe/Zurich' },
    });
    const ev = eventOf(store, 'timed-deadline')!;
    expect(ev.summary).toBe('Deadline: Registration closes');
    expect(ev.start).toEqual({ kind: 'time', tzid: 'Europe/Zurich', utc: '2025-05-15T15:00:00.000Z' });
    expect(ev.end).toBeNull();
    expect(ev.alarms.map((a) => a.trigger)).toEqual(['-P1D']);
  });

  it('escapes commas, semicolons, backslashes and newlines so they round-trip, and folds long lines', async () => {
    const store = await openTempStore();
    const title = 'Comments, please; on the "draft" C:\\docs\nsecond line';
    const place = 'Room A, Tower; Geneva';
    const url = 'https://www.itu.int/net4/wsis/forum/2025/Home/Consultation?x=1,2;y=3';
    await edit(store, 'igf-2025', '2025-03-01T00:00:00Z', (it) => {
      it.title = title;
      it.place = place;
      it.url = url;
      it.description = 'A long description '.repeat(20).trim();
    });
    const built = buildCalendarIcs(store.read().items);
    const ev = parseIcs(built.ics).events.get(uid('igf-2025'))!;
    expect(ev.summary).toBe(title);
    expect(ev.location).toBe(place);
    // URI values have no escaping: the two characters travel percent-encoded instead.
    expect(ev.url).toBe('https://www.itu.int/net4/wsis/forum/2025/Home/Consultation?x=1%2C2%3By=3');
    expect(ev.description).toContain('A long description '.repeat(20).trim());
    expect(ev.description).toContain(`Link: ${url}`);
    const raw = contentLines(built.ics).find((l) => l.startsWith('SUMMARY:Comments'))!;
    expect(raw).toBe('SUMMARY:Comments\\, please\\; on the "draft" C:\\\\docs\\nsecond line');
    for (const line of built.ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // The calendar's own name (written verbatim by the library) is escaped by us.
    expect(parseIcs(buildItemIcs(store.read().items, 'igf-2025').ics).name).toBe(`CWG-WSIS&SDG calendar (${title})`);
  });

  it('gives one item its own file (same UID as in the feed) and nothing for an undated one', async () => {
    const store = await openTempStore();
    const one = buildItemIcs(store.read().items, 'open-consultation-3');
    const cal = parseIcs(one.ics);
    expect([...cal.events.keys()]).toEqual([uid('open-consultation-3')]);
    expect(cal.tzids).toEqual(['Europe/Zurich']);
    expect(buildItemIcs(store.read().items, 'council-2025').included).toEqual([]);
  });

  it('filters by tag and who must act like the chat commands', async () => {
    const store = await openTempStore();
    const items = store.read().items;
    const built = buildCalendarIcs(items, { filter: { tags: ['hlpf'], actors: ['members'] } });
    const expected = items.filter((it) => it.tags.includes('hlpf') && it.whoMustAct.includes('members')).map((it) => it.id);
    const got = [...parseIcs(built.ics).events.keys()].map((u) => u.split('@')[0]);
    expect(got.length).toBeGreaterThan(0);
    for (const id of got) expect(expected).toContain(id);
  });
});
