import { describe, expect, it } from 'vitest';
import { indexItems, resolveItem } from '../../src/calendar/resolve.js';
import type { Item } from '../../src/calendar/schema.js';
import { buildCalendarIcs, SEED_STAMP } from '../../src/export/build-ics.js';
import { messagesFor } from '../../src/i18n/index.js';

const en = messagesFor('en');
import { openTempStore } from '../support/fixtures.js';
import { contentLines, parseIcs, type ParsedEvent } from './ics-parse.js';

const uid = (id: string) => `${id}@cwg-wsis-sdg.itu.int`;

/** The day after an ISO date, computed here independently of the code under test. */
function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function checkCommon(ev: ParsedEvent, item: Item): void {
  expect(ev.sequence, item.id).toBe(item.revision);
  expect(ev.dtstamp, item.id).toBe(item.updatedAt ? new Date(item.updatedAt).toISOString().replace('.000', '') : SEED_STAMP.toISOString().replace('.000', ''));
  expect(ev.location, item.id).toBe(item.place ?? null);
  expect(ev.url, item.id).toBe(item.url ?? null);
  expect(ev.categories, item.id).toEqual(item.tags);
  // Who must act, where to send, the source paragraph and the review notes travel with the item.
  for (const actor of item.whoMustAct) expect(ev.description, item.id).toContain(en.actor[actor]);
  if (item.sendTo) expect(ev.description, item.id).toContain(item.sendTo);
  expect(ev.description, item.id).toContain(`§${item.source.paragraph}`);
  for (const flag of item.review) expect(ev.description, item.id).toContain(`"${flag.printed}"`);
  expect(ev.description, item.id).toContain(`/cwg show ${item.id}`);
}

describe('the seed calendar as iCalendar, read back with ical.js', async () => {
  const store = await openTempStore();
  const items = store.read().items;
  const lookup = indexItems(items);
  const built = buildCalendarIcs(items);
  const cal = parseIcs(built.ics);

  it('writes every dated item once, with a stable UID, and leaves out exactly those to be announced', () => {
    expect(new Set(cal.uids).size).toBe(cal.uids.length);
    let tba = 0;
    for (const item of items) {
      const occ = resolveItem(item, lookup);
      if (!occ.start) {
        expect(cal.events.has(uid(item.id)), `${item.id} has no date and must be left out`).toBe(false);
        if (occ.status === 'tba') tba++;
      } else {
        expect(cal.events.has(uid(item.id)), `${item.id} must be in the calendar`).toBe(true);
      }
    }
    expect(tba).toBeGreaterThan(0);
    expect(built.tba).toBe(tba);
    expect(cal.events.size + tba).toBe(items.filter((it) => resolveItem(it, lookup).start || resolveItem(it, lookup).status === 'tba').length);
    expect(cal.description).toContain(`${tba} items whose dates are to be announced are not included yet`);
  });

  it('matches the store for every dated item: dates, zones, all-day handling, deadlines, status', () => {
    let checked = 0;
    for (const item of items) {
      const occ = resolveItem(item, lookup);
      if (!occ.start) continue;
      const ev = cal.events.get(uid(item.id))!;
      checkCommon(ev, item);
      const w = occ.when;
      if (w.type === 'allDay') {
        const first = item.kind === 'deadline' ? w.endDate : w.startDate;
        expect(ev.start, item.id).toEqual({ kind: 'date', date: first });
        // Exclusive DTEND: the day after the last day.
        expect(ev.end, item.id).toEqual({ kind: 'date', date: nextDay(w.endDate) });
      } else if (w.type === 'timed') {
        expect(ev.start, item.id).toEqual({ kind: 'time', tzid: w.tz, utc: w.start.toISOString() });
        if (item.kind === 'event' && w.end) expect(ev.end, item.id).toEqual({ kind: 'time', tzid: w.tz, utc: w.end.toISOString() });
        expect(cal.tzids).toContain(w.tz);
      }
      if (item.kind === 'deadline') {
        expect(ev.summary, item.id).toBe(occ.status === 'cancelled' ? `Cancelled: Deadline: ${item.title}` : `Deadline: ${item.title}`);
        expect(ev.transp, item.id).toBe('TRANSPARENT');
        if (occ.status !== 'cancelled') {
          expect(ev.alarms, item.id).toHaveLength(1);
          expect(ev.alarms[0]!.action).toBe('DISPLAY');
          // 09:00 on the day before an all-day deadline.
          expect(ev.alarms[0]!.trigger, item.id).toBe(w.type === 'allDay' ? '-PT15H' : '-P1D');
        }
      } else {
        expect(ev.summary, item.id).toBe(occ.status === 'cancelled' ? `Cancelled: ${item.title}` : item.title);
        expect(ev.alarms, item.id).toEqual([]);
      }
      expect(ev.status, item.id).toBe(occ.status === 'cancelled' ? 'CANCELLED' : occ.status === 'tba' ? 'TENTATIVE' : 'CONFIRMED');
      checked++;
    }
    expect(checked).toBe(cal.events.size);
    expect(checked).toBeGreaterThan(20);
  });

  it('puts the 13:30-14:30 Geneva consultation at 12:30-13:30 UTC (CET, winter) with a matching VTIMEZONE', () => {
    const ev = cal.events.get(uid('open-consultation-3'))!;
    expect(ev.start).toEqual({ kind: 'time', tzid: 'Europe/Zurich', utc: '2025-02-11T12:30:00.000Z' });
    expect(ev.end).toEqual({ kind: 'time', tzid: 'Europe/Zurich', utc: '2025-02-11T13:30:00.000Z' });
    expect(contentLines(built.ics)).toContain('DTSTART;TZID=Europe/Zurich:20250211T133000');
    expect(cal.tzids).toEqual(['Europe/Zurich']);
  });

  it('writes IGF 2025 (23-27 June) as all-day dates with DTEND on 28 June', () => {
    const lines = contentLines(built.ics);
    const start = lines.indexOf(`UID:${uid('igf-2025')}`);
    const block = lines.slice(start, lines.indexOf('END:VEVENT', start));
    expect(block).toContain('DTSTART;VALUE=DATE:20250623');
    expect(block).toContain('DTEND;VALUE=DATE:20250628');
  });

  it('places relative deadlines on their resolved date (three weeks before the 42nd meeting)', () => {
    const ev = cal.events.get(uid('ai-report-cwg-42'))!;
    const occ = resolveItem(items.find((it) => it.id === 'ai-report-cwg-42')!, lookup);
    expect(occ.when.type).toBe('allDay');
    expect(ev.start).toEqual({ kind: 'date', date: '2025-01-11' });
    expect(ev.description).toContain('moves with');
  });

  it('marks the unverified 42nd meeting, and every item counted from it, in DESCRIPTION', () => {
    expect(cal.events.get(uid('cwg-42'))!.description).toContain('date not verified');
    const dependents = items.filter((it) => it.when.type === 'relative' && it.when.anchor === 'cwg-42').map((it) => it.id);
    expect(dependents).toEqual(expect.arrayContaining(['ai-report-cwg-42', 'wsis20-report-draft', 'cwg-42-side-event']));
    for (const id of dependents) {
      expect(cal.events.get(uid(id))!.description, id).toContain('date depends on the unverified date of 42nd meeting of the CWG-WSIS&SDG');
    }
    expect(cal.events.get(uid('cwg-41'))!.description).not.toContain('not verified');
  });

  it("writes the 41st meeting as 2-3 October 2024 and items during an event over that event's days", () => {
    expect(cal.events.get(uid('cwg-41'))!.start).toEqual({ kind: 'date', date: '2024-10-02' });
    expect(cal.events.get(uid('cwg-41'))!.end).toEqual({ kind: 'date', date: '2024-10-04' });
    const g20 = cal.events.get(uid('g20-joint-event-hle-2025'))!;
    expect(g20.start).toEqual({ kind: 'date', date: '2025-07-07' });
    expect(g20.end).toEqual({ kind: 'date', date: '2025-07-12' });
    expect(cal.events.get(uid('wsis20-call-for-inputs'))!.description).toContain('extended deadline');
  });

  it('is valid text: CRLF everywhere, folded at 75 octets, the same bytes on every run', () => {
    expect(built.ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(built.ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of built.ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(buildCalendarIcs(items).ics).toBe(built.ics);
  });
});
