/**
 * A tiny PDF writer for tests: text pages in Helvetica (a standard font, nothing embedded) whose
 * one-byte codes 0x80-0xFF are given to the non-ASCII characters the text uses, with a ToUnicode
 * CMap saying which, so text like "–", "’", "‑" extracts as written (up to 128 distinct). Lines
 * are laid out the way reports are: the paragraph number at the margin, the text at a tab stop,
 * long paragraphs wrapped, a blank gap between paragraphs, a running header and a page number.
 */
export interface PdfOptions {
  header?: string;
  charsPerLine?: number;
  linesPerPage?: number;
  /** Write an /Encrypt dictionary in the trailer (an encrypted file pdf.js cannot open without a password). */
  encrypt?: boolean;
  /** A blank line between paragraphs (default true); without it only the layout of lines separates them. */
  paragraphGap?: boolean;
  /** Print the page number at the foot of each page (default true). */
  pageNumbers?: boolean;
}

const FONT_SIZE = 10;
const LEADING = 12;
const TAB_X = 120;

export function makePdf(paragraphs: string[], opts: PdfOptions = {}): Uint8Array {
  const perLine = opts.charsPerLine ?? 80;
  const perPage = opts.linesPerPage ?? 56;
  type Row = { parts: Array<{ x: number; text: string }>; gapBefore: boolean };
  const rows: Row[] = [];
  for (const para of paragraphs) {
    const tabbed = /^([^\t]*)\t+(.*)$/.exec(para);
    const lead = tabbed ? tabbed[1]!.trim() : '';
    const body = tabbed ? tabbed[2]! : para;
    const wrapped = wrap(body, perLine);
    wrapped.forEach((text, i) => {
      const parts = [] as Array<{ x: number; text: string }>;
      if (i === 0 && lead) parts.push({ x: 72, text: lead });
      parts.push({ x: tabbed ? TAB_X : 72, text });
      rows.push({ parts, gapBefore: i === 0 && opts.paragraphGap !== false });
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
  const codes = codeTable([...paragraphs, opts.header ?? '']);
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
    const text = (x: number, yy: number, s: string) => ops.push(`BT /F1 ${FONT_SIZE} Tf 1 0 0 1 ${x} ${yy} Tm <${hex(s)}> Tj ET`);
    if (opts.header) text(72, 790, opts.header);
    for (const row of rowsOfPage) {
      if (row.gapBefore) y -= LEADING;
      for (const part of row.parts) text(part.x, y, part.text);
      y -= LEADING;
    }
    if (opts.pageNumbers !== false) text(300, 30, String(p + 1));
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

function wrap(text: string, width: number): string[] {
  const words = text.split(/ +/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line || !lines.length) lines.push(line);
  return lines;
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
