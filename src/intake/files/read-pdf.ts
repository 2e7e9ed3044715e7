import { type FileWarning, FileReadError } from './errors.js';
import { type ReadLimits, yieldToTimers } from './limits.js';

/**
 * PDF → one paragraph per line, with pdf.js (legacy build: runs on Node 20; no worker thread, pdf.js
 * then parses in this thread through its "fake worker"). Text items are joined into lines by their
 * y position; a wide horizontal gap becomes a tab (the gap after a paragraph number); lines are
 * joined into paragraphs unless a larger vertical gap or a paragraph number/bullet starts a new one;
 * running headers/footers and bare page numbers are dropped.
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
  y: number;
  h: number;
  /** Right edge: a line that stops well short of the page's text width ends its paragraph. */
  right: number;
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

/** A new paragraph starts at a paragraph number or bullet followed by a tab-like gap. */
const MARKER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[–•·▪◦\-*]|\(?[a-z0-9]{1,4}\))\t/i;

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
    let empty = 0;
    for (let n = 1; n <= pages; n++) {
      await yieldToTimers();
      if (signal.aborted) throw new FileReadError('TIMEOUT', { seconds: Math.round(limits.timeoutMs / 1000) });
      let pieces: Piece[];
      try {
        const page = await doc.getPage(n);
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
    return { lines: toParagraphs(pageLines), pages };
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

/** Items → lines: same baseline (within 40% of the text height) = same line, then left to right. */
function toLines(pieces: Piece[]): Line[] {
  const sorted = [...pieces].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Piece[][] = [];
  for (const p of sorted) {
    const g = groups[groups.length - 1];
    const ref = g?.[0];
    if (g && ref && Math.abs(ref.y - p.y) <= 0.4 * Math.max(ref.h, p.h)) g.push(p);
    else groups.push([p]);
  }
  return groups
    .map((g) => {
      g.sort((p, q) => p.x - q.x);
      let text = '';
      let end = Number.NEGATIVE_INFINITY;
      for (const p of g) {
        const gap = p.x - end;
        if (text && gap > 1.2 * p.h) text = `${text.replace(/ +$/, '')}\t${p.str.replace(/^ +/, '')}`;
        else if (text && gap > 0.15 * p.h && !text.endsWith(' ') && !p.str.startsWith(' ')) text += ` ${p.str}`;
        else text += p.str;
        end = Math.max(end, p.x + p.w);
      }
      return { text, y: g[0]!.y, h: Math.max(...g.map((p) => p.h)), right: end };
    })
    .filter((l) => l.text.trim());
}

/**
 * Running headers/footers: the first (or last) line of most pages, identical on each except for the
 * page's own number ("C25/20-E – 3"); and bare page numbers ("3", "- 3 -", "Page 3 of 17").
 */
function dropRunningLines(pages: Line[][]): number {
  let removed = 0;
  const key = (l: Line, page: number) =>
    l.text
      .replace(new RegExp(`(^|\\D)${page}(?!\\d)`, 'g'), '$1#')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const pageNumber = /^(?:page\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
  for (const edge of ['first', 'last'] as const) {
    const at = (lines: Line[]) => (edge === 'first' ? 0 : lines.length - 1);
    const counts = new Map<string, number>();
    pages.forEach((lines, p) => {
      const l = lines[at(lines)];
      if (l) counts.set(key(l, p + 1), (counts.get(key(l, p + 1)) ?? 0) + 1);
    });
    pages.forEach((lines, p) => {
      const i = at(lines);
      const l = lines[i];
      if (!l) return;
      const repeated = pages.length >= 2 && (counts.get(key(l, p + 1)) ?? 0) >= Math.max(2, pages.length * 0.6);
      if (repeated || pageNumber.test(l.text.trim())) {
        lines.splice(i, 1);
        removed++;
      }
    });
  }
  return removed;
}

/** Lines → paragraphs: a wider vertical gap than the page's usual line spacing, or a marker, starts one. */
function toParagraphs(pages: Line[][]): string[] {
  const out: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim()) out.push(current);
    current = '';
  };
  let lastWasFull = false;
  for (const lines of pages) {
    const widest = Math.max(0, ...lines.map((l) => l.right));
    const steps = lines
      .slice(1)
      .map((l, i) => lines[i]!.y - l.y)
      .filter((dy, i) => dy > 0 && dy < 2.5 * lines[i + 1]!.h)
      .sort((a, b) => a - b);
    // The usual line pitch: a low percentile, since in reports of short paragraphs most steps are paragraph gaps.
    const leading = steps.length ? steps[Math.floor(steps.length * 0.2)]! : undefined;
    lines.forEach((line, i) => {
      const prev = lines[i - 1];
      let fresh: boolean;
      if (!current) fresh = true;
      else if (MARKER.test(line.text)) fresh = true;
      // A page break continues the paragraph only after a line that ran to the margin (wrapped text).
      else if (!prev) fresh = !lastWasFull || /[.:;!?]["”’)]?\s*$/.test(current);
      else {
        const dy = prev.y - line.y;
        fresh =
          dy > (leading ? 1.35 * leading : 1.8 * line.h) ||
          dy < 0 ||
          Math.abs(line.h - prev.h) > 0.25 * prev.h ||
          // A sentence that ends on a line stopping short of the margin ends its paragraph.
          (!lastWasFull && /[.:;!?]["”’)]?$/.test(prev.text.trimEnd()));
      }
      lastWasFull = line.right >= widest * 0.85;
      if (fresh) {
        push();
        current = line.text;
      } else current = joinWrapped(current, line.text);
    });
  }
  push();
  return out;
}

function joinWrapped(before: string, after: string): string {
  const next = after.replace(/^\s+/, '');
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + next;
  if (/[A-Za-z]-$/.test(before) && /^[a-z]/.test(next)) return before + next;
  return `${before.trimEnd()} ${next}`;
}
