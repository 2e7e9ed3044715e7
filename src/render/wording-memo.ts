/**
 * Wordings of the same date, kept. Every answer words the dates of its items again ("Tue 4 Mar 2025,
 * 10:00–12:00 (Geneva, CET)"), from the same stored values: formatting them is most of an answer's
 * cost, and a new string each time also costs every later reader of it (a right-to-left reply's
 * isolation memo hashes it, src/i18n/bidi.ts). Kept per messages object, keyed by the values
 * themselves (nested maps: no key string to build), bounded by entries and emptied when full.
 */
type Key = string | number;
type Nest = Map<Key, Nest | string>;

const perMessages = new WeakMap<object, Nest>();
const MAX_ENTRIES = 50_000;
let entries = 0;

/**
 * The wording `make()` gives for these keys under these messages, made once and kept. Keys of one
 * kind of wording have one length (or name their count first, as the actors of an item do): a path
 * must never be a prefix of another.
 */
export function keptWording(msg: object, keys: readonly Key[], make: () => string): string {
  let node = perMessages.get(msg);
  if (!node) {
    node = new Map();
    perMessages.set(msg, node);
  }
  const last = keys.length - 1;
  for (let i = 0; i < last; i++) {
    let next = node.get(keys[i]!) as Nest | undefined;
    if (!next) {
      next = new Map();
      node.set(keys[i]!, next);
    }
    node = next;
  }
  const hit = node.get(keys[last]!) as string | undefined;
  if (hit !== undefined) return hit;
  const text = make();
  if (entries >= MAX_ENTRIES) {
    perMessages.delete(msg);
    entries = 0;
    return text;
  }
  node.set(keys[last]!, text);
  entries++;
  return text;
}
