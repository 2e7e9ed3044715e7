import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

let known: Set<string> | undefined;
const cache = new Map<string, string | null>();

function knownZones(): Set<string> {
  if (!known) {
    const list = tzlib_get_timezones();
    known = new Set(Array.isArray(list) ? list : (JSON.parse(list) as string[]));
  }
  return known;
}

/**
 * The VTIMEZONE block for an IANA zone, or null when the library has no rules for it.
 * The library names some zones by their canonical id (UTC → Etc/UTC); the TZID is rewritten
 * to the name our events use, because clients match TZID parameters to VTIMEZONEs by text.
 */
export function vtimezoneFor(zone: string): string | null {
  if (cache.has(zone)) return cache.get(zone)!;
  let block: string | null = null;
  // Checked first: the library prints to the console for zones it does not know.
  if (knownZones().has(zone)) {
    const result = tzlib_get_ical_block(zone);
    const text = Array.isArray(result) ? result[0] : undefined;
    if (text?.includes('BEGIN:VTIMEZONE')) block = text.replace(/^TZID:.*$/m, `TZID:${zone}`);
  }
  cache.set(zone, block);
  return block;
}

/** Whether events in this zone can carry a TZID (a matching VTIMEZONE can be emitted). */
export function hasVtimezone(zone: string): boolean {
  return vtimezoneFor(zone) !== null;
}
