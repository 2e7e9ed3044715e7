import type { Line } from './pdf-lines.js';

/**
 * Running headers/footers: the first (or last) lines of most pages, the same words on each and
 * numbers that either stay the same or count with the pages ("CWG-WSIS&SDG-43/5 – page 3", "C25/20-E
 * – 3"); lines saying the page ("Page 3 of 17", "– page 3"); bare page numbers ("3", "- 3 -") that
 * count with the pages; a line above the text in a smaller size, set apart from it (a header, even
 * on a page of its own). Up to two lines at each edge (a header over a page number). A page 1
 * without them (Word's "different first page") is fine. Footnotes (small, at the foot) are kept.
 */
export function dropRunningLines(pages: Line[][]): number {
  let removed = 0;
  const saysPage = /(?:^|[\s|–—-])(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\s*$|^\d{1,4}\s*(?:of|\/)\s*\d{1,4}$/i;
  const need = Math.max(2, pages.length * 0.6);
  const sizes = pages
    .flat()
    .map((l) => l.h)
    .sort((a, b) => a - b);
  const bodySize = sizes[Math.floor(sizes.length / 2)] ?? 0;
  for (const edge of ['first', 'last'] as const) {
    for (let depth = 0; depth < 2; depth++) {
      const at = (lines: Line[]) => (edge === 'first' ? 0 : lines.length - 1);
      const groups = new Map<string, Member[]>();
      /** Header and footer sit in the page margin, apart from the text: more than a line's pitch from the next line in. */
      const apart = (lines: Line[]) => {
        const l = lines[at(lines)]!;
        const inner = lines[edge === 'first' ? 1 : lines.length - 2];
        return !inner || Math.abs(l.y - inner.y) > 1.6 * Math.max(l.h, inner.h);
      };
      pages.forEach((lines, p) => {
        const l = lines[at(lines)];
        if (!l) return;
        const key = l.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
        const members = groups.get(key) ?? [];
        members.push({ page: p + 1, numbers: (l.text.match(/\d+/g) ?? []).map(Number), apart: apart(lines) });
        groups.set(key, members);
      });
      const drop = new Set<number>();
      for (const members of groups.values()) for (const page of runningMembers(members, need)) drop.add(page);
      let removedHere = 0;
      pages.forEach((lines, p) => {
        const i = at(lines);
        const l = lines[i];
        const t = l?.text.trim() ?? '';
        // A bare number that is the page's own ("3", "- 3 -"), even on a short document.
        const ownNumber = Number(/^(?:page\s*)?[-–]?\s*(\d{1,4})\s*[-–]?$/i.exec(t)?.[1]) === p + 1 && apart(lines);
        // A smaller line above the text, apart from it, is a header even on the one page that has it (page 2 of 2).
        const smallHeader = edge === 'first' && l !== undefined && l.h < 0.9 * bodySize && apart(lines);
        if (l && (drop.has(p + 1) || saysPage.test(t) || ownNumber || smallHeader)) {
          lines.splice(i, 1);
          removedHere++;
        }
      });
      removed += removedHere;
      if (!removedHere) break;
    }
  }
  return removed;
}

/**
 * Edge lines with the same words: the pages where they are a running line. Each number in them must
 * be the same on those pages, or be the page number plus the same offset (an unnumbered cover page);
 * paragraph numbers that merely happen to open each page do neither.
 */
interface Member {
  page: number;
  numbers: number[];
  /** Set apart from the text by a gap (as a header or footer is). */
  apart: boolean;
}

function runningMembers(members: Member[], need: number): number[] {
  if (members.length < need) return [];
  const width = members[0]!.numbers.length;
  const rules = Array.from({ length: width }, (_, j) => {
    const value = mostCommon(members.map((m) => m.numbers[j]!));
    const offset = mostCommon(members.map((m) => m.numbers[j]! - m.page));
    return value.count >= offset.count
      ? { counting: false, ok: (m: Member) => m.numbers[j] === value.item }
      : { counting: true, ok: (m: Member) => m.numbers[j]! - m.page === offset.item };
  });
  // Without a number counting the pages, the same words at the edge of every page must also stand apart
  // from the text: a body line can repeat too ("… at length." ending pages of a repetitive form).
  const counting = rules.some((r) => r.counting);
  const running = members.filter((m) => rules.every((r) => r.ok(m)) && (counting || m.apart));
  return running.length >= need ? running.map((m) => m.page) : [];
}

function mostCommon(xs: number[]): { item: number; count: number } {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = { item: Number.NaN, count: 0 };
  for (const [item, count] of counts) if (count > best.count) best = { item, count };
  return best;
}
