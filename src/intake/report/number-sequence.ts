import type { LineNumber } from './numbering.js';

/*
 * Whether numbers printed at line starts follow one another as numbering does (numbering.ts decides which families
 * number a report with these). Keys are the numbers as sequences: "B.2" → [2, 2], "3.1.2" → [3, 1, 2].
 */

/**
 * Numbering, not chance: most steps from one number to the next go on by one at some level (1.2 → 1.3,
 * 1.3 → 2, A.4 → B), open a child (2 → 2.1, B → B.1) or start a new list at 1. A lone number counts when
 * it is a first one (1, 1.1, A, I).
 */
export function inSequence(keys: number[][], bare: boolean): boolean {
  if (keys.length === 1) return keys[0]!.every((v) => v <= 1) || keys[0]![keys[0]!.length - 1] === 1;
  let good = 0;
  // Following the number before, or the one before that (a stray "12 Member States …" between 2 and 3).
  for (let k = 1; k < keys.length; k++) if (follows(keys[k - 1]!, keys[k]!) || (k > 1 && follows(keys[k - 2]!, keys[k]!))) good++;
  if (good / (keys.length - 1) >= 0.6) return true;
  // An extract ("8.", "15.", "22.", or "2.1", "2.5", "3.7"): numbers with gaps, yet always rising — chance
  // figures at line starts do not rise line after line (but "3 Member …", "9 Observers …" might: not those).
  let rising = 0;
  for (let k = 1; k < keys.length; k++) if (compareKeys(keys[k - 1]!, keys[k]!) < 0) rising++;
  return !bare && keys.length >= 3 && rising / (keys.length - 1) >= 0.8;
}

function compareKeys(a: number[], b: number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return a.length - b.length;
}

export function follows(prev: number[], next: number[]): boolean {
  if (next.every((v) => v === 1)) return true; // a new list, or the first child of a first child
  // A child opens (2 → 2.1; a lost line or two tolerated, as below).
  if (next.length === prev.length + 1 && prev.every((v, k) => next[k] === v) && next[next.length - 1]! <= 3) return true;
  for (let level = 0; level < Math.min(prev.length, next.length); level++) {
    if (!prev.slice(0, level).every((v, k) => next[k] === v)) return false;
    // One step on at this level (a lost line or two tolerated), deeper levels starting again at 1.
    const step = next[level]! - prev[level]!;
    if (step >= 1 && step <= 3 && next.slice(level + 1).every((v) => v === 1)) return true;
  }
  return false;
}

/**
 * "3 Member States replied." between paragraphs 14 and 15 of a report numbered 1, 2, 3 …: it neither follows
 * the number before it nor leads to the one after, while those two follow each other; it is text.
 */
export function dropStrays(at: number[], numbers: Map<number, LineNumber>): void {
  const live = at.filter((i) => numbers.has(i));
  let prev = live[0];
  for (let k = 1; k < live.length - 1; k++) {
    const [before, here, next] = [numbers.get(prev!)!.key, numbers.get(live[k]!)!.key, numbers.get(live[k + 1]!)!.key];
    // Compared with the last number kept, so that two strays in a row are judged each against real numbering.
    if (!follows(before, here) && !follows(here, next) && follows(before, next)) numbers.delete(live[k]!);
    else prev = live[k];
  }
}
