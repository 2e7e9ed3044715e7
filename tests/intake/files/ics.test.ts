import { describe, expect, it } from 'vitest';
import { indexItems, resolveItem } from '../../../src/calendar/resolve.js';
import { ItemSchema } from '../../../src/calendar/schema.js';
import { buildCalendarIcs } from '../../../src/export/build-ics.js';
import { FileReadError } from '../../../src/intake/files/errors.js';
import { idFromUid } from '../../../src/intake/files/ics-item.js';
import { readIcs } from '../../../src/intake/files/ics.js';
import { ianaZoneFor } from '../../../src/intake/files/windows-zones.js';
import { openTempStore } from '../../support/fixtures.js';

const NOW = new Date('2025-03-01T08:00:00Z');
const enc = (s: string) => new TextEncoder().encode(s.replace(/\n/g, '\r\n'));
const cal = (body: string) => `BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n${body}\nEND:VCALENDAR\n`;

const OUTLOOK_UID = '040000008200E00074C5B7101A82E00800000000D0E1A2B3C4D5E601000000000000000010000000ABCDEF0123456789ABCDEF01234567';

const FILE = cal(`BEGIN:VTIMEZONE
TZID:Custom Standard Time
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
TZNAME:CST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:${OUTLOOK_UID}
SUMMARY:WSIS Forum 2025
DTSTART;VALUE=DATE:20250707
DTEND;VALUE=DATE:20250712
LOCATION:Geneva
CATEGORIES:WSIS,Forum
END:VEVENT
BEGIN:VEVENT
UID:outlook-berlin@example.org
SUMMARY:Briefing for councillors
DTSTART;TZID=W. Europe Standard Time:20250310T133000
DTEND;TZID=W. Europe Standard Time:20250310T143000
END:VEVENT
BEGIN:VEVENT
UID:deadline-1@example.org
SUMMARY:Deadline: Contributions to the 43rd meeting
DTSTART;VALUE=DATE:20250911
DTEND;VALUE=DATE:20250912
END:VEVENT
BEGIN:VEVENT
UID:utc-call@example.org
SUMMARY:Call with UN DESA
DTSTART:20250402T120000Z
DURATION:PT1H
END:VEVENT
BEGIN:VEVENT
UID:floating@example.org
SUMMARY:Floating time
DTSTART:20250403T090000
END:VEVENT
BEGIN:VEVENT
UID:cancelled@example.org
SUMMARY:Cancelled: Old workshop
STATUS:CANCELLED
DTSTART;TZID=Europe/Zurich:20250404T100000
END:VEVENT
BEGIN:VEVENT
UID:custom-zone@example.org
SUMMARY:Meeting in a custom zone
DTSTART;TZID=Custom Standard Time:20250405T100000
END:VEVENT
BEGIN:VEVENT
UID:unknown-zone@example.org
SUMMARY:Meeting in an unknown zone
DTSTART;TZID=Atlantis Standard Time:20250406T100000
END:VEVENT
BEGIN:VEVENT
UID:no-start@example.org
SUMMARY:No start
END:VEVENT
BEGIN:VEVENT
UID:weekly@example.org
SUMMARY:Weekly coordination
DTSTART;TZID=Europe/Zurich:20250106T090000
DTEND;TZID=Europe/Zurich:20250106T093000
RRULE:FREQ=WEEKLY;BYDAY=MO
EXDATE;TZID=Europe/Zurich:20250317T090000
END:VEVENT
BEGIN:VEVENT
UID:weekly@example.org
RECURRENCE-ID;TZID=Europe/Zurich:20250324T090000
SUMMARY:Weekly coordination (moved)
DTSTART;TZID=Europe/Zurich:20250325T110000
DTEND;TZID=Europe/Zurich:20250325T113000
END:VEVENT
BEGIN:VTODO
UID:todo-1@example.org
SUMMARY:Send comments on the roadmap
DUE;VALUE=DATE:20250415
END:VTODO
BEGIN:VTODO
UID:todo-2@example.org
SUMMARY:A task without a due date
END:VTODO`);

describe('readIcs', () => {
  it('reads events, deadlines, zones, cancellations and tasks into valid items, with per-event errors', async () => {
    const r = await readIcs(enc(FILE), 'outlook.ics', { now: NOW });
    for (const item of r.items) expect(ItemSchema.safeParse(item).success, item.id).toBe(true);
    const byUid = (uid: string) => r.items.find((i) => r.uids[i.id] === uid);
    expect(byUid(OUTLOOK_UID)).toMatchObject({
      id: idFromUid(OUTLOOK_UID, ''),
      kind: 'event',
      title: 'WSIS Forum 2025',
      when: { type: 'date', start: '2025-07-07', end: '2025-07-11' },
      place: 'Geneva',
      tags: ['wsis', 'forum'],
      source: { document: 'outlook.ics', paragraph: `${OUTLOOK_UID.slice(0, 39)}…` },
    });
    expect(byUid(OUTLOOK_UID)!.id).toMatch(/^ics-[0-9a-f]{12}$/);
    expect(byUid('outlook-berlin@example.org')).toMatchObject({
      id: 'outlook-berlin',
      when: { type: 'datetime', start: '2025-03-10T13:30', end: '2025-03-10T14:30', tz: 'Europe/Berlin' },
    });
    expect(byUid('deadline-1@example.org')).toMatchObject({
      kind: 'deadline',
      title: 'Contributions to the 43rd meeting',
      when: { type: 'date', start: '2025-09-11' },
    });
    expect(byUid('utc-call@example.org')?.when).toEqual({ type: 'datetime', start: '2025-04-02T12:00', end: '2025-04-02T13:00', tz: 'UTC' });
    expect(byUid('floating@example.org')?.when).toEqual({ type: 'datetime', start: '2025-04-03T09:00', tz: 'Europe/Zurich' });
    expect(byUid('cancelled@example.org')).toMatchObject({ title: 'Old workshop', status: 'cancelled' });
    expect(byUid('custom-zone@example.org')?.when).toEqual({ type: 'datetime', start: '2025-04-05T07:00', tz: 'UTC' });
    expect(byUid('todo-1@example.org')).toMatchObject({ kind: 'deadline', title: 'Send comments on the roadmap', when: { type: 'date', start: '2025-04-15' } });
    expect(r.errors).toEqual([
      {
        uid: 'unknown-zone@example.org',
        summary: 'Meeting in an unknown zone',
        component: 'vevent',
        field: 'tzid',
        code: 'zone',
        value: 'Atlantis Standard Time',
      },
      { uid: 'no-start@example.org', summary: 'No start', component: 'vevent', field: 'dtstart', code: 'noStart' },
      { uid: 'todo-2@example.org', summary: 'A task without a due date', component: 'vtodo', field: 'due', code: 'noDue' },
    ]);
    expect(r.warnings.map((w) => w.code).sort()).toEqual(['ICS_FLOATING_TIME', 'ICS_ZONE_APPROXIMATED']);
  });

  it('expands a recurring event over the next 12 months from `now`, honouring EXDATE and a moved occurrence', async () => {
    const r = await readIcs(enc(FILE), 'outlook.ics', { now: NOW });
    const weekly = r.items.filter((i) => r.uids[i.id] === 'weekly@example.org');
    const starts = weekly.map((i) => (i.when.type === 'datetime' ? i.when.start : ''));
    // Mondays from 3 March 2025 to the last before 1 March 2026, less 17 March (EXDATE); 24 March moved to the 25th.
    expect(starts[0]).toBe('2025-03-03T09:00');
    expect(starts).not.toContain('2025-03-17T09:00');
    expect(starts).not.toContain('2025-03-24T09:00');
    expect(starts).toContain('2025-03-25T11:00');
    expect(starts.at(-1)).toBe('2026-02-23T09:00');
    expect(weekly).toHaveLength(52 - 1);
    expect(weekly.find((i) => i.when.type === 'datetime' && i.when.start === '2025-03-25T11:00')).toMatchObject({
      id: 'weekly-20250324',
      title: 'Weekly coordination (moved)',
    });
    expect(new Set(weekly.map((i) => i.id)).size).toBe(weekly.length);
    // Summer time: still 09:00 wall-clock in Zurich.
    expect(starts).toContain('2025-07-07T09:00');
  });

  it('gives the same ids on a second read, so re-importing updates rather than duplicates', async () => {
    const a = await readIcs(enc(FILE), 'outlook.ics', { now: NOW });
    const b = await readIcs(enc(FILE), 'renamed.ics', { now: NOW });
    expect(b.items.map((i) => i.id)).toEqual(a.items.map((i) => i.id));
  });

  it('maps Windows and prefixed zone names to IANA', () => {
    expect(ianaZoneFor('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(ianaZoneFor('Romance Standard Time')).toBe('Europe/Paris');
    expect(ianaZoneFor('(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna')).toBe('Europe/Berlin');
    expect(ianaZoneFor('/mozilla.org/20050126_1/Europe/Zurich')).toBe('Europe/Zurich');
    expect(ianaZoneFor('Europe/Zurich')).toBe('Europe/Zurich');
    expect(ianaZoneFor('Atlantis Standard Time')).toBeUndefined();
  });

  it('refuses a file that is not iCalendar, or one with nothing in it', async () => {
    const bad = await readIcs(enc('BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:garbage\n'), 'x.ics', { now: NOW }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(FileReadError);
    expect((bad as FileReadError).fileCode).toMatch(/^ICS_(MALFORMED|EMPTY)$/);
    const empty = await readIcs(enc(cal('')), 'x.ics', { now: NOW }).catch((e: unknown) => e);
    expect((empty as FileReadError).fileCode).toBe('ICS_EMPTY');
  });

  it('reads our own export of the seed calendar back: same ids, kinds, titles and dates', async () => {
    const store = await openTempStore();
    const items = store.read().items;
    const { ics, included } = buildCalendarIcs(items);
    const r = await readIcs(new TextEncoder().encode(ics), 'cwg.ics', { now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.items.map((i) => i.id).sort()).toEqual([...included].sort());
    const lookup = indexItems(items);
    for (const back of r.items) {
      const original = items.find((i) => i.id === back.id)!;
      expect(back.kind, back.id).toBe(original.kind);
      expect(back.title, back.id).toBe(original.title);
      expect(back.status === 'cancelled', back.id).toBe(original.status === 'cancelled');
      const occ = resolveItem(original, lookup);
      if (occ.when.type === 'allDay') {
        const expected =
          original.kind === 'deadline' || occ.when.startDate === occ.when.endDate
            ? { type: 'date', start: occ.when.endDate }
            : { type: 'date', start: occ.when.startDate, end: occ.when.endDate };
        expect(back.when, back.id).toEqual(expected);
      } else if (occ.when.type === 'timed' && original.when.type === 'datetime') {
        expect(back.when, back.id).toMatchObject({ type: 'datetime', start: original.when.start, tz: original.when.tz });
      }
    }
  });
});

describe('hostile text in a calendar file', () => {
  it('is cleaned like every other import path: no escape sequences, no javascript: link', async () => {
    const file = cal(`BEGIN:VEVENT
UID:evil-1@example.org
SUMMARY:Forum \x1b[2J\x1b]0;owned\x07day
DTSTART;VALUE=DATE:20250707
LOCATION:Room \x1b[31mA
URL:javascript:alert(1)
END:VEVENT`);
    const r = await readIcs(enc(file), 'evil.ics', { now: NOW });
    expect(r.items).toHaveLength(1);
    const item = r.items[0]!;
    expect(JSON.stringify(item)).not.toMatch(/\x1b|\x07/);
    expect(item.title).toBe('Forum day');
    expect(item.url).toBeUndefined();
  });
});
