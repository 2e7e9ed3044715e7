import { type FileWarning, FileReadError } from './errors.js';
import { type ReadLimits, yieldToTimers } from './limits.js';

/**
 * PDF → one paragraph per line, with pdf.js (legacy build: runs on Node 20; no worker thread, pdf.js
 * then parses in this thread through its "fake worker"). Text items are joined into lines by their
 * y position; a wide horizontal gap becomes a tab, and so does any gap wider than a space after a
 * paragraph number or bullet at the start of a line (Word's tab to the next stop can be narrow);
 * lines are joined into paragraphs unless a larger vertical gap or a paragraph number/bullet starts
 * a new one; a paragraph number alone on its line is joined to the text below it; running
 * headers/footers and page numbers are dropped; a word hyphenated at a line end is put back
 * together when the document spells it elsewhere without the hyphen.
 */
export interface PdfProgress {
  page: number;
  pages: number;
}

interface Piece {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Line {
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

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsModule: Promise<PdfJs> | undefined;
/** Loaded on first use: pdf.js is large and most runs never read a PDF. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsModule;
}

/** Loads pdf.js ahead of the first PDF (a cold load takes seconds on a busy machine); optional. */
export function preloadPdfReader(): Promise<void> {
  return loadPdfJs().then(() => undefined);
}

/** A paragraph number ("6.6.3.1", "3.1.13.") or bullet ("–", "a)", "(iv)"), the whole of a text item. */
const MARKER_TOKEN = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[–•·▪◦\-*]|\(?[a-z0-9]{1,4}\))$/i;
/** A new paragraph starts at a paragraph number or bullet followed by a tab-like gap. */
const MARKER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[–•·▪◦\-*]|\(?[a-z0-9]{1,4}\))\t/i;
/** A line that is only a paragraph number or bullet (its text printed below it): "6.6.3.1", "4.2.", "7", "–". */
const NUMBER_LINE = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[–•·▪◦*]|\(?[a-z]{1,4}\))$/;
/** Sentence end at the end of a line (closing quote or bracket allowed). */
const SENTENCE_END = /[.:;!?]["”’)]?\s*$/;

export async function readPdf(
  bytes: Uint8Array,
  limits: ReadLimits,
  signal: AbortSignal,
  warnings: FileWarning[],
  onProgress?: (p: PdfProgress) => void,
): Promise<{ lines: string[]; pages: number }> {
  const pdfjs = await loadPdfJs();
  const truncated = !hasEof(bytes);
  const task = pdfjs.getDocument({
    // A copy: pdf.js may transfer (detach) the buffer it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    verbosity: 0,
  });
  const onAbort = () => void task.destroy();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (err) {
      throw pdfError(err, truncated);
    }
    const pages = doc.numPages;
    if (pages > limits.maxPdfPages) throw new FileReadError('PDF_TOO_MANY_PAGES', { pages, limit: limits.maxPdfPages });
    const pageLines: Line[][] = [];
    let pageWidth = 0;
    let empty = 0;
    for (let n = 1; n <= pages; n++) {
      await yieldToTimers();
      if (signal.aborted) throw new FileReadError('TIMEOUT', { seconds: Math.round(limits.timeoutMs / 1000) });
      let pieces: Piece[];
      try {
        const page = await doc.getPage(n);
        pageWidth = Math.max(pageWidth, Math.abs((page.view[2] ?? 0) - (page.view[0] ?? 0)));
        const content = await page.getTextContent();
        pieces = [];
        for (const item of content.items) {
          // Whitespace items (pdf.js adds them to span gaps) would hide the gap that marks a tab.
          if (!('str' in item) || !item.str.trim()) continue;
          const [a, b, , d, e, f] = item.transform as number[];
          const h = Math.abs(item.height) || Math.hypot(a ?? 0, b ?? 0) || Math.abs(d ?? 0) || 10;
          pieces.push({ str: item.str, x: e ?? 0, y: f ?? 0, w: item.width, h });
        }
        page.cleanup();
      } catch (err) {
        if (err instanceof FileReadError) throw err;
        throw pdfError(err, truncated);
      }
      if (!pieces.some((p) => p.str.trim())) empty++;
      pageLines.push(toLines(pieces));
      onProgress?.({ page: n, pages });
    }
    if (empty === pages) throw new FileReadError('PDF_NO_TEXT', { pages });
    if (empty > 0) warnings.push({ code: 'PDF_PAGES_WITHOUT_TEXT', data: { pages: empty } });
    const removed = dropRunningLines(pageLines);
    if (removed) warnings.push({ code: 'PDF_HEADERS_REMOVED', data: { lines: removed } });
    return { lines: toParagraphs(pageLines, vocabulary(pageLines), pageWidth), pages };
  } finally {
    signal.removeEventListener('abort', onAbort);
    await task.destroy().catch(() => undefined);
  }
}

function pdfError(err: unknown, truncated: boolean): FileReadError {
  const name = (err as { name?: string })?.name ?? '';
  if (name === 'PasswordException') return new FileReadError('PDF_ENCRYPTED');
  if (err instanceof FileReadError) return err;
  const detail = err instanceof Error ? err.message.replace(/[\u0000-\u001f]+/g, ' ').slice(0, 160) : String(err).slice(0, 160);
  return new FileReadError(truncated ? 'PDF_TRUNCATED' : 'PDF_MALFORMED', { detail });
}

function hasEof(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes('%%EOF');
}

/**
 * Items → lines: same baseline (within 40% of the text height of the item before) = same line, then
 * left to right. A superscript ("st" of "41st", raised and smaller) stays on its line.
 */
function toLines(pieces: Piece[]): Line[] {
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

/**
 * Running headers/footers: the first (or last) lines of most pages, the same words on each and
 * numbers that either stay the same or count with the pages ("CWG-WSIS&SDG-43/5 – page 3", "C25/20-E
 * – 3"); lines saying the page ("Page 3 of 17", "– page 3"); bare page numbers ("3", "- 3 -") that
 * count with the pages; a line above the text in a smaller size, set apart from it (a header, even
 * on a page of its own). Up to two lines at each edge (a header over a page number). A page 1
 * without them (Word's "different first page") is fine. Footnotes (small, at the foot) are kept.
 */
function dropRunningLines(pages: Line[][]): number {
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

/** Month and day names: a date hyphenated at a line end ("Septem-" / "ber") is rejoined even if spelt nowhere else. */
const DATE_WORDS =
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday';
/** Prefixes written with a hyphen ("co-facilitators", "multi-country", "e-learning"): kept at a line end. */
const HYPHEN_PREFIXES = new Set(['co', 'multi', 'non', 'self', 'cross', 'e', 'vice', 'ex', 'anti', 'semi', 'mid', 'pan']);

interface Vocabulary {
  /** Words the document spells whole, lower case, leaving out the halves of words broken at a line end. */
  words: Set<string>;
  /** Hyphenated words printed inside a line ("follow-up"), lower case. */
  hyphenated: Set<string>;
}

/** The evidence for undoing (or keeping) a hyphen at a line end: how the document spells words elsewhere. */
function vocabulary(pages: Line[][]): Vocabulary {
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

/** Lines → paragraphs: a wider vertical gap than the page's usual line spacing, or a marker, starts one. */
function toParagraphs(pages: Line[][], vocab: Vocabulary, pageWidth: number): string[] {
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

/**
 * Two wrapped lines → one. A soft hyphen goes. A hyphen between letters at the line end is a word
 * hyphenated by the layout ("conjunct-" / "ion") and goes, unless the document shows a compound:
 * the hyphenated word printed elsewhere ("follow-up"), both halves words of their own ("high-level"),
 * an acronym before it ("WSIS-related") or a prefix written with a hyphen ("co-facilitators"); the
 * word printed whole elsewhere settles it the other way. Any other hyphen or dash touching the word
 * before it stays, with no space after it ("CWG-" / "WSIS&SDG-43/5", "7–" / "11 July").
 */
function joinWrapped(before: string, after: string, vocab: Vocabulary): string {
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
