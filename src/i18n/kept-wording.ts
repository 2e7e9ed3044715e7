/**
 * Wordings that recur, kept. Every answer words its items' dates, countdowns and source lines again
 * from the same values: formatting them is much of an answer's cost (an ICU plural per item), and a
 * new string each time also costs every later reader of it (a right-to-left reply's isolation memo
 * hashes it, src/i18n/bidi.ts). Kept per root object (a messages object, or one message's own box),
 * keyed by the values themselves (nested maps: no key string to build), at most MAX_ENTRIES per root,
 * emptied when full.
 */
type Key = string | number;
type Nest = Map<Key, Nest | string>;

const roots = new WeakMap<object, Kept>();
const MAX_ENTRIES = 20_000;

/**
 * The wording `make()` gives for these keys under this root, made once and kept. Keys of one kind of
 * wording have one length (or name their count first, as an item's actors do): a path must never be
 * a prefix of another under the same root.
 */
export function keptWording(root: object, keys: readonly Key[], make: () => string): string {
  let kept = roots.get(root);
  if (!kept) {
    kept = { nest: new Map(), size: 0 };
    roots.set(root, kept);
  }
  return find(kept, keys, make);
}

/** A message function whose wording is kept per arguments (its own root): `keptBy((n: number) => t('countdown.inDays', { n }))`. */
export function keptBy<A extends Key[]>(format: (...args: A) => string): (...args: A) => string {
  const kept: Kept = { nest: new Map(), size: 0 };
  return (...args) => find(kept, args, () => format(...args));
}

interface Kept {
  nest: Nest;
  size: number;
}

function find(kept: Kept, keys: readonly Key[], make: () => string): string {
  if (kept.size >= MAX_ENTRIES) {
    kept.nest = new Map();
    kept.size = 0;
  }
  let node = kept.nest;
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
  node.set(keys[last]!, text);
  kept.size++;
  return text;
}
