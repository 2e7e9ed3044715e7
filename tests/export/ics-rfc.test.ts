import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/calendar/schema.js';
import { buildCalendarIcs, buildItemIcs, ICS_ITEM_CONTENT_TYPE } from '../../src/export/build-ics.js';
import { makeTestBot, openTempStore } from '../support/fixtures.js';
import { contentLines, parseIcs } from './ics-parse.js';

/** A timed event in a zone of its own, to check that every TZID used gets its VTIMEZONE. */
function timedItem(id: string, tz: string, start: string, end: string): Item {
  return {
    id,
    kind: 'event',
    title: `Call ${id}`,
    status: 'confirmed',
    when: { type: 'datetime', start, end, tz },
    whoMustAct: [],
    tags: [],
    seeAlso: [],
    history: [],
    review: [],
    dateVersion: 0,
    revision: 0,
    source: { document: 'test', paragraph: '1.1' },
  } as Item;
}

/** The VEVENT/VALARM/VTIMEZONE blocks of unfolded content lines. */
function blocks(lines: string[], name: string): string[][] {
  const out: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line === `BEGIN:${name}`) current = [];
    else if (line === `END:${name}` && current) {
      out.push(current);
      current = undefined;
    } else current?.push(line);
  }
  return out;
}

describe('iCalendar details Outlook and Google rely on (RFC 5545)', async () => {
  const store = await openTempStore();
  await store.update((db) => {
    db.items.push(
      timedItem('ny-call', 'America/New_York', '2025-03-12T09:00', '2025-03-12T10:00'),
      timedItem('tokyo-call', 'Asia/Tokyo', '2025-11-04T18:00', '2025-11-04T19:30'),
    );
  });
  const items = store.read().items;
  const built = buildCalendarIcs(items);
  const lines = contentLines(built.ics);

  it('has exactly one VTIMEZONE for every TZID an event uses, and reads each time back in its zone', () => {
    const used = new Set(lines.flatMap((l) => [...l.matchAll(/;TZID=([^;:]+)/g)].map((m) => m[1]!)));
    expect([...used].sort()).toEqual(['America/New_York', 'Asia/Tokyo', 'Europe/Zurich']);
    const declared = blocks(lines, 'VTIMEZONE').map((b) => b.find((l) => l.startsWith('TZID:'))!.slice(5));
    expect(declared.sort()).toEqual([...used].sort());
    const cal = parseIcs(built.ics);
    // 12 March 2025 is after the US switch to summer time (9 March) but before Europe’s: 09:00 EDT is 13:00 UTC.
    expect(cal.events.get('ny-call@cwg-wsis-sdg.itu.int')!.start).toEqual({ kind: 'time', tzid: 'America/New_York', utc: '2025-03-12T13:00:00.000Z' });
    expect(cal.events.get('tokyo-call@cwg-wsis-sdg.itu.int')!.end).toEqual({ kind: 'time', tzid: 'Asia/Tokyo', utc: '2025-11-04T10:30:00.000Z' });
  });

  it('writes DTSTAMP and LAST-MODIFIED in UTC, all-day DTEND after DTSTART, and alarms Outlook can show', () => {
    const events = blocks(lines, 'VEVENT');
    expect(events.length).toBe(built.included.length);
    for (const ev of events) {
      const uid = ev.find((l) => l.startsWith('UID:'))!;
      expect(
        ev.filter((l) => l.startsWith('DTSTAMP:')),
        uid,
      ).toEqual([expect.stringMatching(/^DTSTAMP:\d{8}T\d{6}Z$/)]);
      for (const l of ev.filter((x) => x.startsWith('LAST-MODIFIED'))) expect(l, uid).toMatch(/^LAST-MODIFIED:\d{8}T\d{6}Z$/);
      const start = ev.find((l) => l.startsWith('DTSTART;VALUE=DATE:'));
      if (start) {
        const end = ev.find((l) => l.startsWith('DTEND;VALUE=DATE:'));
        expect(end, uid).toBeDefined();
        expect(end!.slice(-8) > start.slice(-8), uid).toBe(true);
      }
    }
    const alarms = blocks(lines, 'VALARM');
    expect(alarms.length).toBeGreaterThan(5);
    for (const alarm of alarms) {
      expect(alarm).toContain('ACTION:DISPLAY');
      expect(alarm.some((l) => /^TRIGGER:-P/.test(l))).toBe(true);
      expect(alarm.some((l) => /^DESCRIPTION:Deadline tomorrow: \S/.test(l))).toBe(true);
    }
  });

  it('has no METHOD in the feed or a whole-calendar file, and METHOD:PUBLISH in one item’s file', async () => {
    expect(parseIcs(built.ics).method).toBeNull();
    const one = buildItemIcs(items, 'igf-2025');
    const cal = parseIcs(one.ics);
    expect(cal.method).toBe('PUBLISH');
    expect([...cal.events.keys()]).toEqual(['igf-2025@cwg-wsis-sdg.itu.int']);
    const t = await makeTestBot();
    const reply = await t.ask('/cwg ics igf-2025');
    expect(reply.file!.contentType).toBe(ICS_ITEM_CONTENT_TYPE);
    expect(ICS_ITEM_CONTENT_TYPE).toContain('method=PUBLISH');
    expect(parseIcs(reply.file!.content).method).toBe('PUBLISH');
    expect(parseIcs((await t.ask('/cwg ics igf')).file!.content).method).toBeNull();
  });
});
