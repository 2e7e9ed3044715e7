import { isValidTimeZone } from '../../calendar/validate.js';

/**
 * TZIDs that are not IANA names → IANA. Outlook and Exchange write Windows zone ids
 * ("W. Europe Standard Time") or their display names ("(UTC+01:00) Amsterdam, Berlin, …"); Mozilla
 * and others prefix IANA names ("/mozilla.org/20050126_1/Europe/Zurich"). The table holds the
 * zones of the group's members' usual locations (from CLDR's windowsZones.xml, "001" territory);
 * a TZID outside it is read through the file's own VTIMEZONE (as UTC, flagged) or refused.
 */
export const WINDOWS_ZONES: Record<string, string> = {
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'GTB Standard Time': 'Europe/Bucharest',
  'FLE Standard Time': 'Europe/Kiev',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Russian Standard Time': 'Europe/Moscow',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Egypt Standard Time': 'Africa/Cairo',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Morocco Standard Time': 'Africa/Casablanca',
  'Arab Standard Time': 'Asia/Riyadh',
  'Arabian Standard Time': 'Asia/Dubai',
  'Azerbaijan Standard Time': 'Asia/Baku',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Calcutta',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'Singapore Standard Time': 'Asia/Singapore',
  'China Standard Time': 'Asia/Shanghai',
  'Korea Standard Time': 'Asia/Seoul',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'SA Pacific Standard Time': 'America/Bogota',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Buenos_Aires',
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
};

/** Outlook's display names, after "(UTC+01:00) ". */
const DISPLAY_NAMES: Record<string, string> = {
  'amsterdam, berlin, bern, rome, stockholm, vienna': 'Europe/Berlin',
  'brussels, copenhagen, madrid, paris': 'Europe/Paris',
  'belgrade, bratislava, budapest, ljubljana, prague': 'Europe/Budapest',
  'sarajevo, skopje, warsaw, zagreb': 'Europe/Warsaw',
  'dublin, edinburgh, lisbon, london': 'Europe/London',
  'eastern time (us & canada)': 'America/New_York',
  'pacific time (us & canada)': 'America/Los_Angeles',
  'coordinated universal time': 'UTC',
  nairobi: 'Africa/Nairobi',
  'harare, pretoria': 'Africa/Johannesburg',
  'beijing, chongqing, hong kong, urumqi': 'Asia/Shanghai',
  'osaka, sapporo, tokyo': 'Asia/Tokyo',
  'chennai, kolkata, mumbai, new delhi': 'Asia/Calcutta',
};

export function ianaZoneFor(tzid: string): string | undefined {
  const t = tzid.trim().replace(/^"|"$/g, '');
  if (isValidTimeZone(t)) return t;
  const win = WINDOWS_ZONES[t];
  if (win) return win;
  const display = /^\(UTC[+-−]?[\d:]*\)\s*(.+)$/i.exec(t);
  if (display) {
    const name = DISPLAY_NAMES[display[1]!.trim().toLowerCase()];
    if (name) return name;
  }
  // "/mozilla.org/20050126_1/Europe/Zurich", "/Europe/Zurich": the longest IANA-looking tail.
  const parts = t.split('/').filter(Boolean);
  for (let i = 0; i < parts.length - 1; i++) {
    const tail = parts.slice(i).join('/');
    if (/^[A-Z][A-Za-z_]+\/[A-Za-z_\-/]+$/.test(tail) && isValidTimeZone(tail)) return tail;
  }
  return undefined;
}
