/**
 * Why: a date printed without a year and followed by its time ("Tuesday 14 September, 10.00 Brasília time",
 * "Wednesday 14 January, 1300-1400 CET") gives chrono digits it reads as the year (2010, or 1300). Those
 * digits are the time of day: the hour before ".00" / ":30", or a 24-hour "1300-1400" range before a zone.
 */
const ZONE_NEXT = /^\s*(?:[A-Z]{2,5}\b|(?:[A-Z][\p{L}-]+\s+)+time\b)/u;

export interface ClockForYear {
  startTime: string;
  endTime?: string;
  /** Characters of the time printed after chrono's match (".00", ".00-12.00"). */
  extra: number;
}

const pad = (h: string) => h.padStart(2, '0');

/** The time of day chrono took for a year at the end of `text` (its match), `after` being the sentence's rest. */
export function clockForYear(text: string, after: string): ClockForYear | undefined {
  // "14 September, 10" + ".00 Brasília time": the hour, its minutes after the match.
  const hour = /,\s*([01]?\d|2[0-3])$/.exec(text);
  if (hour) {
    const rest = /^[.:]([0-5]\d)(?:\s*[-–]\s*([01]?\d|2[0-3])[.:]([0-5]\d))?/.exec(after);
    if (!rest) return undefined;
    return { startTime: `${pad(hour[1]!)}:${rest[1]}`, ...(rest[2] ? { endTime: `${pad(rest[2])}:${rest[3]}` } : {}), extra: rest[0].length };
  }
  // "14 January, 1300-1400" + " CET": a 24-hour range, told by the zone after it.
  const range = /,\s*([01]\d|2[0-3])([0-5]\d)\s*[-–]\s*([01]\d|2[0-3])([0-5]\d)$/.exec(text);
  if (range && ZONE_NEXT.test(after)) return { startTime: `${range[1]}:${range[2]}`, endTime: `${range[3]}:${range[4]}`, extra: 0 };
  return undefined;
}
