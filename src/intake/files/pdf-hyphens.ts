import type { Line } from './pdf-lines.js';

/** Month and day names: a date hyphenated at a line end ("Septem-" / "ber") is rejoined even if spelt nowhere else. */
const DATE_WORDS =
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday';
/** Prefixes written with a hyphen ("co-facilitators", "multi-country", "e-learning"): kept at a line end. */
const HYPHEN_PREFIXES = new Set(['co', 'multi', 'non', 'self', 'cross', 'e', 'vice', 'ex', 'anti', 'semi', 'mid', 'pan']);

export interface Vocabulary {
  /** Words the document spells whole, lower case, leaving out the halves of words broken at a line end. */
  words: Set<string>;
  /** Hyphenated words printed inside a line ("follow-up"), lower case. */
  hyphenated: Set<string>;
}

/** The evidence for undoing (or keeping) a hyphen at a line end: how the document spells words elsewhere. */
export function vocabulary(pages: Pick<Line, 'text'>[][]): Vocabulary {
  const words = new Set<string>(DATE_WORDS.split(' '));
  const hyphenated = new Set<string>();
  let brokenBefore = false;
  for (const lines of pages) {
    for (const l of lines) {
      let t = l.text.toLowerCase();
      if (brokenBefore) t = t.replace(/^\s*\p{L}+/u, '');
      brokenBefore = /\p{L}-$/u.test(t);
      if (brokenBefore) t = t.replace(/\p{L}+-$/u, '');
      for (const w of t.match(/\p{L}+/gu) ?? []) words.add(w);
      for (const h of t.match(/\p{L}+-\p{L}+/gu) ?? []) hyphenated.add(h);
    }
  }
  return { words, hyphenated };
}

/**
 * Two wrapped lines → one. A soft hyphen goes. A hyphen between letters at the line end is a word
 * hyphenated by the layout ("conjunct-" / "ion") and goes, unless the document shows a compound:
 * the hyphenated word printed elsewhere ("follow-up"), both halves words of their own ("high-level"),
 * an acronym before it ("WSIS-related") or a prefix written with a hyphen ("co-facilitators"); the
 * word printed whole elsewhere settles it the other way. Any other hyphen or dash touching the word
 * before it stays, with no space after it ("CWG-" / "WSIS&SDG-43/5", "7–" / "11 July").
 */
export function joinWrapped(before: string, after: string, vocab: Vocabulary): string {
  const next = after.replace(/^\s+/, '');
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + next;
  if (!/\S[-‐–]$/.test(before)) return `${before.trimEnd()} ${next}`;
  const left = /(\p{L}+)-$/u.exec(before)?.[1];
  const right = /^(\p{Ll}+)/u.exec(next)?.[1];
  if (!left || !right) return before + next;
  const [l, r] = [left.toLowerCase(), right.toLowerCase()];
  const compound =
    !vocab.words.has(l + r) &&
    (vocab.hyphenated.has(`${l}-${r}`) || (vocab.words.has(l) && vocab.words.has(r)) || /\p{Lu}{2}/u.test(left) || HYPHEN_PREFIXES.has(l));
  return compound ? before + next : before.slice(0, -1) + next;
}
