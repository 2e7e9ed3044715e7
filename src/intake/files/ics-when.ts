import ICAL from 'ical.js';
import { GENEVA } from '../../calendar/schema.js';
import { addDaysIso } from '../../calendar/time.js';
import type { When } from '../../calendar/when-schema.js';
import type { Ctx } from './ics-types.js';
import { ianaZoneFor } from './windows-zones.js';

/* An event's times → a When: the event's own zone kept, Windows zone names mapped, a file's own zones converted to UTC. */

/** A TZID neither IANA, nor Windows, nor defined in the file. */
export class ZoneError extends Error {
  constructor(readonly tzid: string) {
    super(tzid);
  }
}

/** Start (and DTEND, exclusive for dates) → a When in the event's own zone. */
export function whenOf(start: ICAL.Time, end: ICAL.Time | null, ctx: Ctx, comp: ICAL.Component, startProp = 'dtstart'): When {
  if (start.isDate) {
    const s = isoDay(start);
    const last = end?.isDate ? addDaysIso(isoDay(end), -1) : s;
    return last > s ? { type: 'date', start: s, end: last } : { type: 'date', start: s };
  }
  const { local, tz } = wallClock(start, tzidOf(start, tzParam(comp, startProp)), ctx);
  let endLocal: string | undefined;
  if (end && !end.isDate) {
    // DTEND may be absent (DURATION): ical.js then computes the end in the start's zone.
    const e = wallClockIn(end, tzidOf(end, comp.hasProperty('dtend') ? tzParam(comp, 'dtend') : tzParam(comp, startProp)), tz, ctx);
    if (e > local) endLocal = e;
  }
  return { type: 'datetime', start: local, ...(endLocal ? { end: endLocal } : {}), tz };
}

/** The TZID a time was written with ('UTC' for "Z" times, undefined for floating times). */
function tzidOf(t: ICAL.Time, written: string | undefined): string | undefined {
  if (t.zone === ICAL.Timezone.utcTimezone || t.zone?.tzid === 'UTC') return 'UTC';
  return written;
}

function tzParam(comp: ICAL.Component, name: string): string | undefined {
  const v = comp.getFirstProperty(name)?.getParameter('tzid');
  return typeof v === 'string' ? v : Array.isArray(v) ? String(v[0]) : undefined;
}

function wallClock(t: ICAL.Time, tzid: string | undefined, ctx: Ctx): { local: string; tz: string } {
  if (!tzid) {
    ctx.warnings.some((w) => w.code === 'ICS_FLOATING_TIME') ||
      ctx.warnings.push({ code: 'ICS_FLOATING_TIME', data: { zone: ctx.opts.defaultZone ?? GENEVA } });
    return { local: isoLocal(t), tz: ctx.opts.defaultZone ?? GENEVA };
  }
  const iana = ianaZoneFor(tzid);
  if (iana) return { local: isoLocal(t), tz: iana };
  const fileZone = ctx.fileZones.get(tzid);
  if (!fileZone) throw new ZoneError(tzid);
  ctx.approximated.add(tzid);
  return { local: utcLocal(t, fileZone), tz: 'UTC' };
}

/** The end as wall-clock time in the start's zone (ends written in another zone are converted). */
function wallClockIn(t: ICAL.Time, tzid: string | undefined, tz: string, ctx: Ctx): string {
  const iana = tzid ? (ianaZoneFor(tzid) ?? (ctx.fileZones.has(tzid) ? 'UTC' : undefined)) : tz;
  if (iana === tz) return tz === 'UTC' && tzid && ctx.fileZones.has(tzid) ? utcLocal(t, ctx.fileZones.get(tzid)!) : isoLocal(t);
  if (!iana) throw new ZoneError(tzid ?? '');
  const instant = iana === 'UTC' && tzid && ctx.fileZones.has(tzid) ? Date.parse(`${utcLocal(t, ctx.fileZones.get(tzid)!)}:00Z`) : instantOf(isoLocal(t), iana);
  return localIn(instant, tz);
}

function utcLocal(t: ICAL.Time, zone: ICAL.Timezone): string {
  const c = t.clone();
  c.zone = zone;
  return new Date(c.toUnixTime() * 1000).toISOString().slice(0, 16);
}

function instantOf(local: string, tz: string): number {
  // Wall clock in tz → instant: guess as UTC, correct by the zone's offset there (twice, for DST edges).
  let guess = Date.parse(`${local}:00Z`);
  for (let i = 0; i < 2; i++) guess = Date.parse(`${local}:00Z`) - offsetMs(guess, tz);
  return guess;
}

function offsetMs(instant: number, tz: string): number {
  return Date.parse(`${localIn(instant, tz)}:00Z`) - Math.floor(instant / 60_000) * 60_000;
}

function localIn(instant: number, tz: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

function isoDay(t: ICAL.Time): string {
  return `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

function isoLocal(t: ICAL.Time): string {
  return `${isoDay(t)}T${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}
