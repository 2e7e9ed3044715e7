import ICAL from 'ical.js';

/** A date or an instant as ical.js (an independent RFC 5545 parser) reads it. */
export type ParsedTime = { kind: 'date'; date: string } | { kind: 'time'; tzid: string | null; utc: string };

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  status: string | null;
  sequence: number;
  transp: string | null;
  url: string | null;
  location: string | null;
  categories: string[];
  dtstamp: string;
  lastModified: string | null;
  start: ParsedTime;
  end: ParsedTime | null;
  alarms: Array<{ action: string; trigger: string; description: string }>;
}

export interface ParsedCalendar {
  /** METHOD (RFC 5545 §3.7.2), absent for a feed. */
  method: string | null;
  name: string | null;
  /** X-WR-CALDESC, unescaped (ical.js leaves unknown X- properties raw). */
  description: string | null;
  tzids: string[];
  events: Map<string, ParsedEvent>;
  /** UIDs in file order (to find duplicates). */
  uids: string[];
}

function unescapeText(raw: string): string {
  return raw.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function readTime(prop: ICAL.Property | null): ParsedTime | null {
  if (!prop) return null;
  const t = prop.getFirstValue() as ICAL.Time;
  if (t.isDate) return { kind: 'date', date: t.toString() };
  const tzid = (prop.getParameter('tzid') as string | undefined) ?? null;
  return { kind: 'time', tzid, utc: new Date(t.toUnixTime() * 1000).toISOString() };
}

function text(comp: ICAL.Component, name: string): string | null {
  const v = comp.getFirstPropertyValue(name);
  return v === null || v === undefined ? null : String(v);
}

export function parseIcs(ics: string): ParsedCalendar {
  const root = new ICAL.Component(ICAL.parse(ics));
  const tzids: string[] = [];
  for (const tz of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(tz);
    tzids.push(String(tz.getFirstPropertyValue('tzid')));
  }
  const events = new Map<string, ParsedEvent>();
  const uids: string[] = [];
  for (const ev of root.getAllSubcomponents('vevent')) {
    const uid = String(ev.getFirstPropertyValue('uid'));
    uids.push(uid);
    events.set(uid, {
      uid,
      summary: text(ev, 'summary') ?? '',
      description: text(ev, 'description') ?? '',
      status: text(ev, 'status'),
      sequence: Number(ev.getFirstPropertyValue('sequence') ?? 0),
      transp: text(ev, 'transp'),
      url: text(ev, 'url'),
      location: text(ev, 'location'),
      categories: ev.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      dtstamp: (ev.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
      lastModified: ev.getFirstProperty('last-modified') ? (ev.getFirstPropertyValue('last-modified') as ICAL.Time).toString() : null,
      start: readTime(ev.getFirstProperty('dtstart'))!,
      end: readTime(ev.getFirstProperty('dtend')),
      alarms: ev.getAllSubcomponents('valarm').map((a) => ({
        action: text(a, 'action') ?? '',
        trigger: String(a.getFirstPropertyValue('trigger')),
        description: text(a, 'description') ?? '',
      })),
    });
  }
  const desc = root.getFirstPropertyValue('x-wr-caldesc');
  const name = root.getFirstPropertyValue('x-wr-calname');
  const method = root.getFirstPropertyValue('method');
  return {
    method: method === null || method === undefined ? null : String(method),
    name: name === null ? null : unescapeText(String(name)),
    description: desc === null ? null : unescapeText(String(desc)),
    tzids,
    events,
    uids,
  };
}

/** The raw content lines, unfolded (RFC 5545 §3.1), for checks on the text itself. */
export function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}
