/** Checks that need more than a regex: real calendar dates and known IANA zones. */

export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function isValidLocalDateTime(value: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return false;
  return isValidIsoDate(m[1]!) && Number(m[2]) < 24 && Number(m[3]) < 60;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const zoneCache = new Map<string, boolean>();

/** The zone as the IANA database spells it ("europe/paris" → "Europe/Paris"); undefined when it is no zone. */
export function canonicalZone(zone: string): string | undefined {
  if (!isValidTimeZone(zone)) return undefined;
  let canonical = canonicalCache.get(zone);
  if (canonical === undefined) {
    canonical = new Intl.DateTimeFormat('en-GB', { timeZone: zone }).resolvedOptions().timeZone;
    // spellings are many ("eUrOpE/pArIs"): keep the cache bounded
    if (canonicalCache.size >= 2000) canonicalCache.clear();
    canonicalCache.set(zone, canonical);
  }
  return canonical;
}

const canonicalCache = new Map<string, string>();

export function isValidTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(zone)) return false;
  let ok = zoneCache.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    zoneCache.set(zone, ok);
  }
  return ok;
}
