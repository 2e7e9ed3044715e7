import { StoreError } from '../../errors.js';

/** One cached row: its place in the list, its JSON as last written or read, and the value handed out. */
export interface CachedRow {
  readonly key: string;
  readonly pos: number;
  readonly json: string;
  readonly value: unknown;
}

/** A list as this process last saw it: rows by key, and in order. */
export interface ListState {
  readonly rows: ReadonlyMap<string, CachedRow>;
  readonly ordered: readonly CachedRow[];
}

export const EMPTY_LIST: ListState = { rows: new Map(), ordered: [] };

export interface ListDiff {
  upserts: CachedRow[];
  removed: string[];
  next: ListState;
}

/** Closer positions than this and the list is renumbered (a write of every row, very rarely). */
const MIN_GAP = 1e-6;

/**
 * The rows to write for a list that became `values`: a row is written only when its JSON or its
 * place changed. Rows that stay in the same relative order keep their positions, so appending,
 * removing or changing one element writes one row, not the rest of the list.
 * `unchanged(row, value)` may answer cheaply (audit entries are frozen and compared by identity).
 */
export function diffList(
  prev: ListState,
  values: readonly unknown[],
  keyOf: (v: never) => string,
  location: string,
  unchanged?: (row: CachedRow, value: unknown) => boolean,
): ListDiff {
  const keys = values.map((v) => keyOf(v as never));
  if (new Set(keys).size !== keys.length) {
    const dup = keys.find((k, i) => keys.indexOf(k) !== i);
    throw new StoreError('WRITE_REJECTED', `change refused, it would make the data invalid: the key "${dup}" appears twice`, location);
  }
  const positions = placeRows(keys, prev);
  const upserts: CachedRow[] = [];
  const ordered: CachedRow[] = [];
  const rows = new Map<string, CachedRow>();
  values.forEach((value, i) => {
    const key = keys[i]!;
    const pos = positions[i]!;
    const old = prev.rows.get(key);
    let row: CachedRow;
    if (old && old.pos === pos && unchanged?.(old, value)) row = old;
    else {
      const json = JSON.stringify(value);
      if (old && old.pos === pos && old.json === json) row = old;
      else {
        row = { key, pos, json, value };
        upserts.push(row);
      }
    }
    ordered.push(row);
    rows.set(key, row);
  });
  const removed = [...prev.rows.keys()].filter((k) => !rows.has(k));
  return { upserts, removed, next: { rows, ordered } };
}

/** Keeps the positions of rows still in increasing order; places the others between their neighbours. */
function placeRows(keys: readonly string[], prev: ListState): number[] {
  const out: (number | undefined)[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const key of keys) {
    const pos = prev.rows.get(key)?.pos;
    if (pos !== undefined && pos > last) {
      out.push(pos);
      last = pos;
    } else out.push(undefined);
  }
  let i = 0;
  while (i < out.length) {
    if (out[i] !== undefined) {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && out[j] === undefined) j++;
    const lo = i > 0 ? out[i - 1]! : undefined;
    const hi = j < out.length ? out[j]! : undefined;
    const n = j - i;
    for (let k = 0; k < n; k++) {
      if (lo === undefined && hi === undefined) out[i + k] = k + 1;
      else if (lo === undefined) out[i + k] = hi! - (n - k);
      else if (hi === undefined) out[i + k] = lo + k + 1;
      else {
        const step = (hi - lo) / (n + 1);
        if (step < MIN_GAP) return keys.map((_, x) => x + 1);
        out[i + k] = lo + step * (k + 1);
      }
    }
    i = j;
  }
  return out as number[];
}

/** A list after other processes' changes: removed keys dropped, changed rows put in, in position order. */
export function applyChanges(prev: ListState, changed: readonly CachedRow[], removed: readonly string[]): ListState {
  if (!changed.length && !removed.some((k) => prev.rows.has(k))) return prev;
  const rows = new Map(prev.rows);
  for (const k of removed) rows.delete(k);
  for (const row of changed) rows.set(row.key, row);
  const ordered = [...rows.values()].sort((a, b) => a.pos - b.pos);
  return { rows, ordered };
}
