/* A PDF page's text items → its lines, each with the measures paragraphs are judged by (pdf-paragraphs.ts). */

export interface Piece {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Line {
  text: string;
  /** Baseline of the line's tallest text (a raised superscript does not move it). */
  y: number;
  h: number;
  /** Right edge: a line that stops well short of the page's text width ends its paragraph. */
  right: number;
  /** Width of the line's first word: had it fitted at the end of the line above, it would be there. */
  firstWord: number;
  /** Width of a space in the line's first text item. */
  space: number;
  /** Left edge: the text of a numbered paragraph wraps at its indent, right of the page's margin. */
  left: number;
  /** Where the text after the first tab starts (after a paragraph number: the paragraph's indent). */
  tabLeft?: number;
}

/** A paragraph number ("6.6.3.1", "3.1.13.") or bullet ("–", "a)", "(iv)"), the whole of a text item. */
const MARKER_TOKEN = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[–•·▪◦\-*]|\(?[a-z0-9]{1,4}\))$/i;

/**
 * Items → lines: same baseline (within 40% of the text height of the item before) = same line, then
 * left to right. A superscript ("st" of "41st", raised and smaller) stays on its line.
 */
export function toLines(pieces: Piece[]): Line[] {
  const sorted = [...pieces].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Piece[][] = [];
  for (const p of sorted) {
    const g = groups[groups.length - 1];
    const last = g?.[g.length - 1];
    if (g && last && Math.abs(last.y - p.y) <= 0.4 * Math.max(last.h, p.h)) g.push(p);
    else groups.push([p]);
  }
  return groups
    .map((g) => {
      g.sort((p, q) => p.x - q.x);
      let text = '';
      let end = Number.NEGATIVE_INFINITY;
      let tabLeft: number | undefined;
      g.forEach((p, i) => {
        const gap = p.x - end;
        // After a paragraph number or bullet that starts the line, anything wider than a space is its tab.
        const afterMarker = i === 1 && MARKER_TOKEN.test(text.trim()) && gap > 0.4 * p.h;
        if (text && (gap > 1.2 * p.h || afterMarker)) {
          text = `${text.replace(/ +$/, '')}\t${p.str.replace(/^ +/, '')}`;
          tabLeft ??= p.x;
        } else if (text && gap > 0.15 * p.h && !text.endsWith(' ') && !p.str.startsWith(' ')) text += ` ${p.str}`;
        else text += p.str;
        end = Math.max(end, p.x + p.w);
      });
      const tallest = g.reduce((t, p) => (p.h > t.h ? p : t));
      const first = g[0]!;
      const perChar = first.w / Math.max(1, first.str.length);
      const word = /^\s*\S+/.exec(first.str)?.[0].trim() ?? '';
      const line: Line = { text, y: tallest.y, h: tallest.h, right: end, firstWord: word.length * perChar, space: perChar, left: first.x };
      if (tabLeft !== undefined) line.tabLeft = tabLeft;
      return line;
    })
    .filter((l) => l.text.trim());
}
