import { capitalZone } from './date-formats.js';

/**
 * A fixed offset printed with a time ("11:00–12:30 (GMT+4)", "10:00 (UTC+3)") says the clock of the place the
 * event is hosted from: when the sentence names a city whose zone has that offset on that day ("hosted from
 * Dubai", "Nairobi and online"), the city's IANA zone is kept, so the item follows that city's rules (summer
 * time included) as a calendar entry would; otherwise the fixed Etc zone stays.
 */
export function placeZone(zone: string, sentence: string, isoDate: string): string {
  const fixed = /^Etc\/GMT([+-])(\d{1,2})$/.exec(zone);
  if (!fixed) return zone;
  // POSIX sign: Etc/GMT-4 is four hours east of UTC.
  const minutes = (fixed[1] === '-' ? 1 : -1) * Number(fixed[2]) * 60;
  for (const words of sentence.matchAll(CITY)) {
    const city = words[0];
    const found = CITY_ZONES.get(city.toLowerCase()) ?? capitalZone(city);
    if (found && offsetMinutes(found, isoDate) === minutes) return found;
  }
  return zone;
}

/** One to three capitalised words: "Dubai", "Addis Ababa", "Dar es Salaam" (with its lower-case "es"). */
const CITY = /\b[A-Z][a-z]+(?:\s(?:es\s)?[A-Z][a-z]+){0,2}\b/g;

const CITY_ZONES = new Map<string, string>(Intl.supportedValuesOf('timeZone').map((z) => [z.split('/').pop()!.replace(/_/g, ' ').toLowerCase(), z] as const));

function offsetMinutes(zone: string, isoDate: string): number | undefined {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${isoDate}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name ?? '');
  if (!m) return undefined;
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}
