/**
 * The low-level text of an iCalendar file: line folding, the characters RFC 5545 forbids, and a
 * byte-bounded cache of each event's finished text. ical-generator still writes every property
 * (it knows the date formats and escaping); what it did slowly (folding, which encoded every
 * character with a new TextEncoder) and repeatedly (every event of every filtered view) is done here.
 */

/** Longest content line before folding, in octets, as ical-generator folds (RFC 5545 §3.1 allows 75). */
const FOLD_AT = 74;

/**
 * Controls RFC 5545 §3.1 forbids in content (CONTROL = %x00-08 / %x0A-1F / %x7F), and the C1
 * controls, which no client displays and some terminals obey. CR and LF only ever appear here as
 * line ends: ical-generator writes newlines inside values as the two characters "\n".
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being removed
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/g;

export function stripForbiddenControls(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Octets of the UTF-16 code unit at i in UTF-8 (a surrogate pair counts 4, on its first half). */
function octetsAt(text: string, i: number): { octets: number; units: number } {
  const c = text.charCodeAt(i);
  if (c < 0x80) return { octets: 1, units: 1 };
  if (c < 0x800) return { octets: 2, units: 1 };
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return { octets: 4, units: 2 };
  return { octets: 3, units: 1 };
}

/**
 * Folds CRLF-separated content lines: a line longer than 74 octets continues on the next line after
 * CRLF and a space (RFC 5545 §3.1), never inside a UTF-8 sequence or a surrogate pair. Linear in the
 * length; gives the same bytes as ical-generator 10's foldLines.
 */
export function foldLines(text: string): string {
  let out = '';
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\r\n', lineStart);
    if (end < 0) end = text.length;
    out += foldLine(text, lineStart, end);
    if (end >= text.length) break;
    out += '\r\n';
    lineStart = end + 2;
  }
  return out;
}

function foldLine(text: string, from: number, to: number): string {
  // Most lines are short ASCII: no work beyond the length check.
  if (to - from <= FOLD_AT / 4) return text.slice(from, to);
  const parts: string[] = [];
  let count = 0;
  let chunkStart = from;
  for (let i = from; i < to; ) {
    const { octets, units } = octetsAt(text, i);
    count += octets;
    if (count > FOLD_AT) {
      parts.push(text.slice(chunkStart, i));
      chunkStart = i;
      count = octets;
    }
    i += units;
  }
  parts.push(text.slice(chunkStart, to));
  return parts.join('\r\n ');
}

/** A rough size of a string in memory (UTF-16), for byte bounds. */
export function memoryBytes(text: string): number {
  return text.length * 2 + 64;
}

/**
 * Least-recently-used map bounded by the bytes of its keys and values (not their number), so a
 * flood of distinct requests can never hold more than `maxBytes`.
 */
export class ByteLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private total = 0;

  constructor(
    readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    const bytes = memoryBytes(key) + this.sizeOf(value);
    const old = this.entries.get(key);
    if (old) {
      this.total -= old.bytes;
      this.entries.delete(key);
    }
    // One entry larger than the whole budget is simply not kept.
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    while (this.total > this.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value!;
      this.entries.delete(oldestKey);
      this.total -= oldest.bytes;
    }
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}
