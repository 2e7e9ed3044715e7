import { joinWrapped, type Vocabulary } from './pdf-hyphens.js';
import type { Line } from './pdf-lines.js';

/** A new paragraph starts at a paragraph number or bullet followed by a tab-like gap. */
const MARKER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[–•·▪◦\-*]|\(?[a-z0-9]{1,4}\))\t/i;
/** A line that is only a paragraph number or bullet (its text printed below it): "6.6.3.1", "4.2.", "7", "–". */
const NUMBER_LINE = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[–•·▪◦*]|\(?[a-z]{1,4}\))$/;
/** Sentence end at the end of a line (closing quote or bracket allowed). */
const SENTENCE_END = /[.:;!?]["”’)]?\s*$/;

/** Lines → paragraphs: a wider vertical gap than the page's usual line spacing, or a marker, starts one. */
export function toParagraphs(pages: Line[][], vocab: Vocabulary, pageWidth: number): string[] {
  const out: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim()) out.push(current);
    current = '';
  };
  // The right margin: the edge most full lines reach (a low percentile of the rights would be ragged text).
  const rights = pages
    .flat()
    .map((l) => l.right)
    .sort((a, b) => a - b);
  const lefts = pages
    .flat()
    .map((l) => l.left)
    .sort((a, b) => a - b);
  const leftMargin = lefts.length ? lefts[Math.floor((lefts.length - 1) * 0.05)]! : 0;
  // A short document may have no full line: then the margin mirrors the left one, as far as the text reaches.
  const mirrored = Math.min(rights[rights.length - 1] ?? 0, pageWidth - leftMargin);
  const margin = Math.max(rights.length ? rights[Math.floor((rights.length - 1) * 0.9)]! : 0, mirrored);
  /** A numbered paragraph's text wraps at its indent: a line there, after a page break, still belongs to it. */
  const atIndent = (line: Line) => MARKER.test(current) && line.left > leftMargin + 2 * line.space;
  /** How far short of the margin a line stops even with the next line's first word added (a break made by hand). */
  const shortBy = (prev: Line, line: Line) => margin - (prev.right + line.space + line.firstWord);
  /** The line above was wrapped: it ran to the margin, or the next line's first word would not have fitted on it. */
  const wrappedBefore = (prev: Line, line: Line) => prev.right >= margin * 0.95 || prev.right + line.space + line.firstWord > margin + line.space;
  /**
   * A paragraph number alone on its line, its text on the next line further right. "6.6.3.1" is one
   * anywhere; "10." or "7" not after a wrapped line (there it ends the sentence that did not fit).
   */
  const numberAbove = (line: Line, below: Line | undefined, multiLevelOnly: boolean) => {
    const t = line.text.trim();
    if (!NUMBER_LINE.test(t) || (multiLevelOnly && !/\d\.\d/.test(t))) return false;
    return Boolean(below && !MARKER.test(below.text) && below.left > line.left + line.space);
  };
  let previous: Line | undefined;
  let numberAlone = false;
  /** Where the current paragraph's wrapped lines start: its indent after a number, else its own left edge. */
  let contLeft = 0;
  pages.forEach((lines, pi) => {
    const steps = lines
      .slice(1)
      .map((l, i) => lines[i]!.y - l.y)
      .filter((dy, i) => dy > 0 && dy < 2.5 * lines[i + 1]!.h)
      .sort((a, b) => a - b);
    // The usual line pitch: a low percentile, since in reports of short paragraphs most steps are paragraph gaps.
    const leading = steps.length ? steps[Math.floor(steps.length * 0.2)]! : undefined;
    lines.forEach((line, i) => {
      const prev = lines[i - 1];
      const wrapped = previous ? wrappedBefore(previous, line) : false;
      let fresh: boolean;
      if (numberAlone) fresh = false;
      else if (!current) fresh = true;
      else if (MARKER.test(line.text) || numberAbove(line, lines[i + 1] ?? pages[pi + 1]?.[0], wrapped)) fresh = true;
      // A page break continues the paragraph after a wrapped line, or where the sentence runs on in lower case.
      else if (!prev) fresh = /^\p{Ll}/u.test(line.text.trimStart()) ? false : !wrapped || (SENTENCE_END.test(current) && !atIndent(line));
      else {
        const dy = prev.y - line.y;
        fresh =
          dy > (leading ? 1.35 * leading : 1.8 * line.h) ||
          dy < 0 ||
          Math.abs(line.h - prev.h) > 0.25 * prev.h ||
          // A line stopping short of the margin ends its paragraph when a sentence ends there, when the next
          // line does not start where the paragraph's lines do (a heading, then text at the margin), or when
          // it stops far short (a name over a title in a signature).
          (!wrapped && (SENTENCE_END.test(prev.text) || Math.abs(line.left - contLeft) > line.space || shortBy(prev, line) > 0.25 * (margin - leftMargin)));
      }
      previous = line;
      if (numberAlone) {
        current += line.text.replace(/^\s+/, '');
        numberAlone = false;
        contLeft = line.left;
      } else if (fresh) {
        contLeft = MARKER.test(line.text) && line.tabLeft !== undefined ? line.tabLeft : line.left;
        push();
        // An indented paragraph (aligned with the text of the numbered one above) starts with a tab, as in the .txt.
        current = !MARKER.test(line.text) && line.left > leftMargin + 2 * line.space ? `\t${line.text}` : line.text;
        // A paragraph number on a line of its own, where a paragraph starts: its text is the next line, after a tab.
        if (numberAbove(line, lines[i + 1] ?? pages[pi + 1]?.[0], false)) {
          current = `${line.text.trim()}\t`;
          numberAlone = true;
        }
      } else {
        current = joinWrapped(current, line.text, vocab);
        contLeft = line.left;
      }
    });
  });
  push();
  return out;
}
