/**
 * An upper bound of the UTF-8 bytes of `JSON.stringify(value)`, found without building the string.
 * A card's size check runs on every card; serialising the card only to measure it was a third of
 * the card's cost. The bound counts each UTF-16 unit as 3 bytes (UTF-8 never needs more for one
 * unit, and JSON's two-character escapes \" \\ \n fit too), or 6 for a string holding a character
 * JSON writes as \u00XX (control characters, lone surrogates). Objects count every key (even one
 * whose value is undefined, which JSON leaves out) and a comma per entry, so the bound only errs high.
 */
const SIX_BYTES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]/;

/**
 * Per string, the bytes one of its UTF-16 units may take (3, or 6 with a character JSON writes as \u00XX). Cards
 * repeat the same strings answer after answer (the same objects, whose hash V8 keeps), so a long one is looked up
 * rather than scanned again; short ones cost less to scan than to look up. Bounded, emptied when full.
 */
const perUnit = new Map<string, 3 | 6>();
const PER_UNIT_ENTRIES = 20_000;
const SCAN_BELOW = 24;

function unitBytes(value: string): 3 | 6 {
  if (value.length < SCAN_BELOW) return SIX_BYTES.test(value) ? 6 : 3;
  let n = perUnit.get(value);
  if (n === undefined) {
    n = SIX_BYTES.test(value) ? 6 : 3;
    if (perUnit.size >= PER_UNIT_ENTRIES) perUnit.clear();
    perUnit.set(value, n);
  }
  return n;
}

export function jsonBytesAtMost(value: unknown): number {
  if (typeof value === 'string') return unitBytes(value) * value.length + 2;
  // Numbers print in at most 24 characters ("-1.7976931348623157e+308"); true, false, null in at most 5.
  if (typeof value === 'number') return 24;
  if (value === null || typeof value !== 'object') return 5;
  let bytes = 2;
  if (Array.isArray(value)) {
    for (const entry of value) bytes += jsonBytesAtMost(entry) + 1;
    return bytes;
  }
  const record = value as Record<string, unknown>;
  // A key is ASCII here; counted as any string would be, plus its colon and the entry's comma.
  for (const key in record) bytes += jsonBytesAtMost(key) + 2 + jsonBytesAtMost(record[key]);
  return bytes;
}
