/**
 * A tiny PDF writer for tests: text pages in Helvetica (a standard font, nothing embedded) whose
 * one-byte codes 0x80-0xFF are given to the non-ASCII characters the text uses, with a ToUnicode
 * CMap saying which, so text like "–", "’", "‑" extracts as written (up to 128 distinct). Lines
 * are laid out the way reports are: the paragraph number at the margin, the text at a tab stop
 * (the next default stop when the number is wider than the indent, as Word does), long paragraphs
 * wrapped, a blank gap between paragraphs, a running header and a page number. WORD_LIKE adds what
 * a PDF saved from Word also has: a running header and a footer carrying the page number (none on
 * the first page), lines broken after a hyphen and long words hyphenated at the line end, and
 * superscript ordinals ("41st" with a raised, smaller "st", a separate text item).
 */
export interface PdfOptions {
  /** A running header on each page; "{page}" is replaced by the page number. */
  header?: string;
  /** A running footer on each page; "{page}" is replaced by the page number. */
  footer?: string;
  /** No header, footer or page number on page 1 (Word's "different first page"). */
  firstPageDifferent?: boolean;
  charsPerLine?: number;
  linesPerPage?: number;
  /** Write an /Encrypt dictionary in the trailer (an encrypted file pdf.js cannot open without a password). */
  encrypt?: boolean;
  /** A blank line between paragraphs (default true); without it only the layout of lines separates them. */
  paragraphGap?: boolean;
  /** Print the page number at the foot of each page (default true). */
  pageNumbers?: boolean;
  /** A word that does not fit may break after one of its hyphens ("CWG-" / "WSIS&SDG-42/5"), as Word breaks lines. */
  breakAfterHyphens?: boolean;
  /** Long words that do not fit are split at the line end with a hyphen ("imple-" / "mentation"). */
  hyphenate?: boolean;
  /** The paragraph number on a line of its own, the text starting on the next line at the tab stop. */
  numberOnOwnLine?: boolean;
  /** "41st", "2nd": the suffix raised and smaller, as Word's AutoFormat prints ordinals. */
  superscriptOrdinals?: boolean;
}

/** What a report saved as PDF from Word looks like, for tests and the eval that must not be too easy. */
export const WORD_LIKE: PdfOptions = {
  header: 'CWG-WSIS&SDG-43/5',
  footer: 'CWG-WSIS&SDG-43/5 – page {page}',
  firstPageDifferent: true,
  pageNumbers: false,
  breakAfterHyphens: true,
  hyphenate: true,
  superscriptOrdinals: true,
};

const FONT_SIZE = 10;
const SMALL = 8;
const SUPER = 6.5;
const LEADING = 12;
const TAB_X = 120;
const CHAR_W = 0.556;

export function makePdf(paragraphs: string[], opts: PdfOptions = {}): Uint8Array {
  const perLine = opts.charsPerLine ?? 80;
  const perPage = opts.linesPerPage ?? 56;
  type Row = { parts: Array<{ x: number; text: string }>; gapBefore: boolean };
  const rows: Row[] = [];
  for (const para of paragraphs) {
    const tabbed = /^([^\t]*)\t+(.*)$/.exec(para);
    const lead = tabbed ? tabbed[1]!.trim() : '';
    const body = tabbed ? tabbed[2]! : para;
    // Word's tab: to the hanging indent, or to the next 36 pt default stop when the number runs past it.
    const leadEnd = 72 + lead.length * CHAR_W * FONT_SIZE;
    const bodyX = !tabbed ? 72 : leadEnd + 1 < TAB_X ? TAB_X : 72 + 36 * Math.ceil((leadEnd + 1 - 72) / 36);
    const ownLine = Boolean(opts.numberOnOwnLine && lead);
    const wrapped = wrap(body, perLine - (bodyX > 72 ? Math.round((bodyX - TAB_X) / (CHAR_W * FONT_SIZE)) : 0), opts);
    if (ownLine) rows.push({ parts: [{ x: 72, text: lead }], gapBefore: opts.paragraphGap !== false });
    wrapped.forEach((text, i) => {
      const parts = [] as Array<{ x: number; text: string }>;
      if (i === 0 && lead && !ownLine) parts.push({ x: 72, text: lead });
      parts.push({ x: bodyX, text });
      rows.push({ parts, gapBefore: i === 0 && !ownLine && opts.paragraphGap !== false });
    });
  }
  const pages: Row[][] = [];
  let page: Row[] = [];
  let used = 0;
  for (const row of rows) {
    const cost = row.gapBefore ? 2 : 1;
    if (used + cost > perPage && page.length) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(row);
    used += cost;
  }
  if (page.length) pages.push(page);

  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>'); // 1
  add(''); // 2: pages, filled below
  const codes = codeTable([...paragraphs, opts.header ?? '', opts.footer ?? '']);
  const names = [...codes.keys()].map((ch) => `/uni${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
  const widths = Array.from({ length: 224 }, () => '556').join(' ');
  add(
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 255 /Widths [${widths}] ` +
      `/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 ${names}] >> /ToUnicode 4 0 R >>`,
  ); // 3
  add(stream(toUnicodeCMap(codes))); // 4
  const hex = (s: string) => [...s].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : codes.get(ch)!).toString(16).padStart(2, '0')).join('');
  const kids: number[] = [];
  pages.forEach((rowsOfPage, p) => {
    let y = 760;
    const ops: string[] = [];
    const text = (x: number, yy: number, s: string, size = FONT_SIZE) => ops.push(`BT /F1 ${size} Tf 1 0 0 1 ${x.toFixed(2)} ${yy} Tm <${hex(s)}> Tj ET`);
    /** A line of body text, its ordinal suffixes raised and smaller when asked (each a text item of its own). */
    const line = (x: number, yy: number, s: string) => {
      if (!opts.superscriptOrdinals) return text(x, yy, s);
      let at = x;
      let from = 0;
      for (const m of s.matchAll(/\b\d+(st|nd|rd|th)\b/g)) {
        const cut = m.index! + m[0].length - m[1]!.length;
        text(at, yy, s.slice(from, cut));
        at += (cut - from) * CHAR_W * FONT_SIZE;
        text(at, yy + 3.5, m[1]!, SUPER);
        at += m[1]!.length * CHAR_W * SUPER;
        from = cut + m[1]!.length;
      }
      if (from < s.length) text(at, yy, s.slice(from));
    };
    const running = !(opts.firstPageDifferent && p === 0);
    const pageText = (s: string) => s.replace(/\{page\}/g, String(p + 1));
    if (opts.header && running) text(72, 800, pageText(opts.header), SMALL);
    for (const row of rowsOfPage) {
      if (row.gapBefore) y -= LEADING;
      for (const part of row.parts) line(part.x, y, part.text);
      y -= LEADING;
    }
    if (opts.footer && running) text(72, 40, pageText(opts.footer), SMALL);
    if (opts.pageNumbers !== false && running) text(300, 30, String(p + 1));
    const contentId = add(stream(ops.join('\n')));
    const pageId = add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents ${contentId} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    kids.push(pageId);
  });
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let encryptId = 0;
  if (opts.encrypt) {
    encryptId = add(`<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`);
  }
  let out = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const enc = opts.encrypt ? ` /Encrypt ${encryptId} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${enc} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));

  function stream(body: string): string {
    return `<< /Length ${Buffer.byteLength(body, 'latin1')} >>\nstream\n${body}\nendstream`;
  }
}

function wrap(text: string, width: number, opts: PdfOptions): string[] {
  const words = text.split(/ +/);
  const lines: string[] = [];
  let line = '';
  for (let w of words) {
    while (line && line.length + 1 + w.length > width) {
      const room = width - line.length - 1;
      const cut = breakPoint(w, room, opts);
      if (cut) {
        lines.push(`${line} ${w.slice(0, cut)}${w[cut - 1] === '-' ? '' : '-'}`);
        w = w.slice(cut);
      } else lines.push(line);
      line = '';
    }
    line = line ? `${line} ${w}` : w;
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

/** Where a word that does not fit in `room` characters may break: after a hyphen, or (hyphenating) between letters. */
function breakPoint(w: string, room: number, opts: PdfOptions): number {
  if (opts.breakAfterHyphens) {
    for (let i = Math.min(room, w.length - 2); i >= 2; i--) if (w[i - 1] === '-' && /\w/.test(w[i - 2]!) && /\w/.test(w[i]!)) return i;
  }
  // Hyphenation keeps three letters each side and never splits a capitalised word or a number.
  if (opts.hyphenate && /^[a-z]{8,}[,.;:]?$/.test(w)) {
    const letters = w.replace(/[,.;:]$/, '').length;
    const cut = Math.min(room - 1, letters - 3);
    if (cut >= 3) return cut;
  }
  return 0;
}

function codeTable(texts: string[]): Map<string, number> {
  const codes = new Map<string, number>();
  for (const t of texts) {
    for (const ch of t) {
      if (ch.charCodeAt(0) < 0x80 || codes.has(ch)) continue;
      if (codes.size >= 128) throw new Error('makePdf: more than 128 distinct non-ASCII characters');
      codes.set(ch, 0x80 + codes.size);
    }
  }
  return codes;
}

function toUnicodeCMap(codes: Map<string, number>): string {
  const h = (n: number, w: number) => n.toString(16).padStart(w, '0');
  const entries = [`<20> <7e> <0020>`];
  const chars = [...codes].map(([ch, code]) => `<${h(code, 2)}> <${[...ch].map((c) => h(c.charCodeAt(0), 4)).join('')}>`);
  const chunks = [`1 beginbfrange\n${entries.join('\n')}\nendbfrange`];
  if (chars.length) chunks.push(`${chars.length} beginbfchar\n${chars.join('\n')}\nendbfchar`);
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<00> <ff>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
