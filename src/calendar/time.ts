import { TZDate } from '@date-fns/tz';
import { GENEVA } from './schema.js';

/**
 * Time-zone rules. All-day dates belong to Geneva: an all-day item starts at 00:00 Geneva on its
 * first day and ends at 24:00 Geneva on its last; a date-only deadline is due at the end of that
 * day, Geneva time (documented convention). Wall-clock times are converted with @date-fns/tz so the
 * March and October changes land on the right instant.
 */

/**
 * Wall-clock → instant is the costly step of resolving a calendar (TZDate searches the zone's
 * offset), and a calendar of 10,000 items uses a few thousand distinct days; remembering them keeps
 * resolving a whole calendar (every edit does, twice) in milliseconds. Bounded, so hostile input
 * cannot grow it without limit.
 */
const instantCache = new Map<string, number>();
const INSTANT_CACHE_MAX = 50_000;

export function zonedInstant(isoDate: string, time: string, zone: string): Date {
  const key = `${isoDate}T${time} ${zone}`;
  let ms = instantCache.get(key);
  if (ms === undefined) {
    ms = resolveWallClock(isoDate, time, zone);
    if (instantCache.size >= INSTANT_CACHE_MAX) instantCache.clear();
    instantCache.set(key, ms);
  }
  return new Date(ms);
}

/**
 * Wall-clock time in a zone → instant, the same on every server: in the autumn's repeated hour
 * the earlier instant is taken, and a time inside the spring gap keeps the offset from before
 * the change (02:30 becomes 03:30), as RFC 5545 does.
 */
function resolveWallClock(isoDate: string, time: string, zone: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  const before = offsetMinutesAt(asUtc - 86_400_000, zone);
  const after = offsetMinutesAt(asUtc + 86_400_000, zone);
  const candidates = [...new Set([asUtc - before * 60_000, asUtc - after * 60_000])]
    .filter((t) => t + offsetMinutesAt(t, zone) * 60_000 === asUtc)
    .sort((a, b) => a - b);
  return candidates[0] ?? asUtc - before * 60_000;
}

const offsetCache = new Map<string, number>();

/**
 * The zone's offset from UTC in minutes at an instant. Offsets change only on quarter hours
 * (local transition times are whole or half hours, offsets multiples of 15 minutes), so one
 * lookup serves a whole quarter hour; cached and bounded like the instants above.
 */
export function offsetMinutesAt(ms: number, zone: string): number {
  const key = `${zone}|${Math.floor(ms / 900_000)}`;
  let off = offsetCache.get(key);
  if (off === undefined) {
    off = -new TZDate(ms, zone).getTimezoneOffset();
    if (offsetCache.size >= INSTANT_CACHE_MAX) offsetCache.clear();
    offsetCache.set(key, off);
  }
  return off;
}

/** The instant shifted so its UTC fields read as the zone's wall clock. */
function wallClock(instant: Date, zone: string): Date {
  return new Date(instant.getTime() + offsetMinutesAt(instant.getTime(), zone) * 60_000);
}

/** 00:00 of a calendar day in a zone. */
export function startOfDayIn(isoDate: string, zone: string = GENEVA): Date {
  return zonedInstant(isoDate, '00:00', zone);
}

/** The first instant after the day (exclusive end), i.e. 24:00 of that day in the zone. */
export function endOfDayIn(isoDate: string, zone: string = GENEVA): Date {
  const key = `${isoDate}T24:00 ${zone}`;
  const ms = instantCache.get(key);
  if (ms !== undefined) return new Date(ms);
  const end = startOfDayIn(addDaysIso(isoDate, 1), zone);
  instantCache.set(key, end.getTime());
  return end;
}

export function localDateTimeToInstant(local: string, zone: string): Date {
  const [date, time] = local.split('T') as [string, string];
  return zonedInstant(date, time, zone);
}

export function addDaysIso(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

/** The calendar date of an instant as seen in a zone. */
export function isoDateIn(instant: Date, zone: string = GENEVA): string {
  return wallClock(instant, zone).toISOString().slice(0, 10);
}

/** The wall-clock time (HH:mm) of an instant in a zone. */
export function timeIn(instant: Date, zone: string): string {
  return wallClock(instant, zone).toISOString().slice(11, 16);
}

/** ISO 8601 with the zone's offset, e.g. 2025-02-11T13:30:00+01:00. */
export function isoWithOffset(instant: Date, zone: string): string {
  const offsetMin = offsetMinutesAt(instant.getTime(), zone);
  const sign = offsetMin >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMin);
  return `${wallClock(instant, zone).toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function daysBetweenIso(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
