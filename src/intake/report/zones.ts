import { GENEVA } from '../../calendar/schema.js';
import { capitalZone } from './date-formats.js';

/**
 * Time zones printed after a time: abbreviations ("CET", "EDT"), fixed offsets ("UTC+2", "(GMT+4)") and
 * "<City> time" looked up in the IANA list; and the city zone a fixed offset stands for when the sentence
 * names a city of that offset (placeZone).
 */

const ZONES: Record<string, string> = {
  cet: GENEVA,
  cest: GENEVA,
  // "23:59 AoE": Anywhere on Earth, the last zone to reach a day (UTC−12), as calls for papers print it.
  aoe: 'Etc/GMT+12',
  'geneva time': GENEVA,
  geneva: GENEVA,
  utc: 'UTC',
  gmt: 'UTC',
  z: 'UTC',
  bst: 'Europe/London',
  eet: 'Europe/Athens',
  eest: 'Europe/Athens',
  msk: 'Europe/Moscow',
  est: 'America/New_York',
  edt: 'America/New_York',
  'new york time': 'America/New_York',
  cst: 'America/Chicago',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  jst: 'Asia/Tokyo',
  kst: 'Asia/Seoul',
  ist: 'Asia/Kolkata',
  sgt: 'Asia/Singapore',
  aest: 'Australia/Sydney',
  eat: 'Africa/Nairobi',
  wat: 'Africa/Lagos',
  cat: 'Africa/Maputo',
  sast: 'Africa/Johannesburg',
  gst: 'Asia/Dubai',
  ast: 'Asia/Riyadh',
  brt: 'America/Sao_Paulo',
  // South-East Asia as its own reports print it.
  wib: 'Asia/Jakarta',
  wita: 'Asia/Makassar',
  wit: 'Asia/Jayapura',
  pht: 'Asia/Manila',
  ict: 'Asia/Bangkok',
};

/**
 * Zones an abbreviation names for a whole region ("CAT", "EAT", "WAT"): a city the sentence names with the same
 * offset that day ("12:00–14:00 CAT (Kigali)") is the clock meant, as with a fixed offset (placeZone).
 */
const REGIONAL = new Set(['Africa/Maputo', 'Africa/Nairobi', 'Africa/Lagos', 'Africa/Johannesburg', 'Asia/Dubai', 'Asia/Riyadh', 'Asia/Bangkok']);
const ZONE_AFTER =
  /^\s*(?:\(?\s*(?:(UTC|GMT)\s*([+−-])\s*(\d{1,2})(?::?(\d{2}))?)\s*\)?|\(?\b(CET|CEST|UTC|GMT|BST|EET|EEST|MSK|EST|EDT|CST|PST|PDT|JST|KST|IST|SGT|AEST|EAT|WAT|CAT|SAST|GST|AST|BRT|WIB|WITA|WIT|PHT|ICT|AoE)\b\)?|\s*\(?(Geneva|New York|\p{Lu}\p{Ll}+(?:[ _-](?:es|de|of|do|da|el|\p{Lu}\p{Ll}+)){0,3}) time\b\)?)/u;

/** "Nairobi time", "Buenos Aires time": the IANA zone named after that city, if there is one. */
function cityZone(city: string): string | undefined {
  // "Bogotá time", "Asunción time": the same lookup as a city named in the sentence (IANA spells names without accents).
  return CITY_ZONES.get(plain(city).replace(/-/g, ' ').toLowerCase()) ?? capitalZone(city);
}

export function zoneAfter(rest: string): { zone: string; length: number } | undefined {
  // "11:00 to 12:30 local time": the place's clock, resolved by the reader from the places named (local-time.ts).
  const local = /^\s*\(?local time\b\)?/i.exec(rest);
  if (local) return { zone: 'local time', length: local[0].length };
  const m = ZONE_AFTER.exec(rest);
  if (!m) return undefined;
  if (m[1]) {
    const hours = Number(m[3]);
    const minutes = Number(m[4] ?? 0);
    if (minutes !== 0 || hours > 14) return undefined;
    if (hours === 0) return { zone: 'UTC', length: m[0].length };
    // IANA's Etc zones have the POSIX sign: UTC+02:00 is Etc/GMT-2.
    return { zone: `Etc/GMT${m[2] === '+' ? '-' : '+'}${hours}`, length: m[0].length };
  }
  const word = (m[5] ?? `${m[6]} time`).toLowerCase();
  const zone = ZONES[word] ?? (m[6] ? cityZone(m[6]) : undefined);
  return zone ? { zone, length: m[0].length } : undefined;
}

/**
 * A fixed offset printed with a time ("11:00–12:30 (GMT+4)", "10:00 (UTC+3)") says the clock of the place the
 * event is hosted from: when the sentence names a city whose zone has that offset on that day ("hosted from
 * Dubai", "Nairobi and online"), the city's IANA zone is kept, so the item follows that city's rules (summer
 * time included) as a calendar entry would; otherwise the fixed Etc zone stays.
 */
export function placeZone(zone: string, sentence: string, isoDate: string): string {
  const fixed = /^Etc\/GMT([+-])(\d{1,2})$/.exec(zone);
  if (!fixed && !REGIONAL.has(zone)) return zone;
  // POSIX sign: Etc/GMT-4 is four hours east of UTC.
  const minutes = fixed ? (fixed[1] === '-' ? 1 : -1) * Number(fixed[2]) * 60 : offsetMinutes(zone, isoDate);
  for (const words of sentence.matchAll(CITY)) {
    const city = words[0];
    const found = CITY_ZONES.get(plain(city).toLowerCase()) ?? capitalZone(city);
    if (found && offsetMinutes(found, isoDate) === minutes) return found;
  }
  return zone;
}

/** The IANA zone of the first city `text` names that has one ("… in Montevideo, Uruguay" → America/Montevideo). */
export function cityZoneIn(text: string, _isoDate: string): string | undefined {
  for (const words of text.matchAll(CITY)) {
    const found = CITY_ZONES.get(plain(words[0]).toLowerCase()) ?? capitalZone(words[0]);
    if (found) return found;
  }
  return undefined;
}

/** One to three capitalised words: "Dubai", "Addis Ababa", "Dar es Salaam" (with its lower-case "es"). */
const CITY = /(?<!\p{L})\p{Lu}\p{Ll}+(?:\s(?:es\s)?\p{Lu}\p{Ll}+){0,2}(?!\p{L})/gu;

const CITY_ZONES = new Map<string, string>(Intl.supportedValuesOf('timeZone').map((z) => [z.split('/').pop()!.replace(/_/g, ' ').toLowerCase(), z] as const));
/** "Bogotá", "Asunción": IANA spells its city names without accents. */
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

function offsetMinutes(zone: string, isoDate: string): number | undefined {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${isoDate}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name ?? '');
  if (!m) return undefined;
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

// "1400-1600 hrs (CEST)": an abbreviation in brackets too.
const TAIL_ZONE = /\s(\(?(?:UTC|GMT)\s*[+−-]\s*\d{1,2}(?::?\d{2})?\)?|\(?[A-Z]{3,4}\)?|\(?AoE\)?)$/;
const OFFSET_NEXT = /^\s*[+−-]\s*\d{1,2}(?::?\d{2})?\)?/;
/** The last printed time in a match ("23:59", "14:00–16:00", "2.30 p.m."), for the zone words after it. */
// "6 p.m." has no minutes: the a.m./p.m. marks it as a time all the same.
// "12 noon", "midday": twelve o'clock in words.
const LAST_TIME =
  /(?:\d{1,2}(?:[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\s*[ap]\.m\.|\s*[ap]m\b)(?:\s*(?:[-–—]|to|until)\s*\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?)?|\b(?:12(?:[:.]00)?\s*)?(?:noon|midday)\b)(?!.*(?:\d{1,2}(?:[:.]\d{2}|\s*[ap]\.?m\b)|\bnoon\b|\bmidday\b))/i;

/**
 * The zone of a time chrono read with its zone word inside its own match: at its end ("14:00–16:00 UTC",
 * with an offset printed right after it, "UTC−5", which chrono leaves out), or between the time and a date
 * ("by 23:59 UTC on 4 May"). `extra` is how many characters after the match the zone took.
 */
export function zoneInMatch(text: string, after: string): { zone: string; extra: number } | undefined {
  const tail = TAIL_ZONE.exec(text);
  if (tail) {
    const offset = /^(?:UTC|GMT)$/.test(tail[1]!) ? OFFSET_NEXT.exec(after) : null;
    const withOffset = offset ? zoneAfter(` ${tail[1]}${offset[0]}`) : undefined;
    if (withOffset && offset) return { zone: withOffset.zone, extra: offset[0].length };
    const own = zoneAfter(` ${tail[1]}`);
    if (own) return { zone: own.zone, extra: 0 };
  }
  const time = LAST_TIME.exec(text);
  const inside = time ? zoneAfter(text.slice(time.index + time[0].length)) : undefined;
  return inside ? { zone: inside.zone, extra: 0 } : undefined;
}
