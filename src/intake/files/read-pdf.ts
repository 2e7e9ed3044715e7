import { type FileWarning, FileReadError } from './errors.js';
import { type ReadLimits, yieldToTimers } from './limits.js';
import { dropRunningLines } from './pdf-running-lines.js';
import { vocabulary } from './pdf-hyphens.js';
import { type Line, type Piece, toLines } from './pdf-lines.js';
import { toParagraphs } from './pdf-paragraphs.js';

/**
 * PDF → one paragraph per line, with pdf.js (legacy build: runs on Node 20; no worker thread, pdf.js
 * then parses in this thread through its "fake worker"). Text items are joined into lines by their
 * y position; a wide horizontal gap becomes a tab, and so does any gap wider than a space after a
 * paragraph number or bullet at the start of a line (Word's tab to the next stop can be narrow);
 * lines are joined into paragraphs unless a larger vertical gap or a paragraph number/bullet starts
 * a new one; a paragraph number alone on its line is joined to the text below it; running
 * headers/footers and page numbers are dropped; a word hyphenated at a line end is put back
 * together when the document spells it elsewhere without the hyphen.
 *
 * Lines: pdf-lines.ts; headers, footers and page numbers: pdf-running-lines.ts; paragraphs:
 * pdf-paragraphs.ts; hyphens at a line end: pdf-hyphens.ts.
 */
export interface PdfProgress {
  page: number;
  pages: number;
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
