/**
 * HTML → one block per line, in one pass over the string (no regex over the whole document, no
 * backtracking): tags are found with indexOf, script/style/template contents skipped, block
 * elements end a line, table cells are separated by a tab, list items get "–\t" (bullets) or their
 * number (ordered lists), as the plain-text reports write them.
 */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);
const SKIP = new Set(['script', 'style', 'template', 'head', 'noscript', 'svg', 'object', 'iframe']);
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  deg: '°',
  sect: '§',
  para: '¶',
  laquo: '«',
  raquo: '»',
  shy: '',
  zwnj: '',
  zwj: '',
  times: '×',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  ocirc: 'ô',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  iacute: 'í',
  oacute: 'ó',
  aacute: 'á',
  uacute: 'ú',
  ntilde: 'ñ',
  ecirc: 'ê',
};

export function htmlToLines(html: string): string[] {
  const lines: string[] = [];
  let line = '';
  const lists: Array<{ ordered: boolean; n: number }> = [];
  let pre = 0;
  let cellInRow = 0;
  const flush = () => {
    lines.push(line);
    line = '';
  };
  const addText = (raw: string) => {
    const text = decodeEntities(raw);
    if (pre > 0) {
      const parts = text.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) flush();
        line += part;
      });
      return;
    }
    line += collapse(text, line.length === 0 || line.endsWith(' ') || line.endsWith('\t'));
  };
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      addText(html.slice(i));
      break;
    }
    if (lt > i) addText(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      addText(html.slice(lt + 9, end < 0 ? n : end));
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      // A "<" with no ">" after it is text ("a < b").
      addText(html.slice(lt));
      break;
    }
    const tag = readTagName(html, lt + 1, gt);
    if (!tag.name) {
      if (/[a-zA-Z!?/]/.test(html[lt + 1] ?? ''))
        i = gt + 1; // <!doctype>, <?xml?>, </ >
      else {
        addText('<');
        i = lt + 1;
      }
      continue;
    }
    i = gt + 1;
    if (!tag.closing && SKIP.has(tag.name)) {
      const close = findClose(html, tag.name, i);
      i = close < 0 ? n : html.indexOf('>', close) + 1 || n;
      continue;
    }
    if (tag.name === 'td' || tag.name === 'th') {
      if (!tag.closing) {
        if (cellInRow++ > 0) line += '\t';
      }
      continue;
    }
    if (tag.name === 'tr') cellInRow = 0;
    if (tag.name === 'ul' || tag.name === 'ol') {
      if (tag.closing) lists.pop();
      else lists.push({ ordered: tag.name === 'ol', n: 0 });
    }
    if (tag.name === 'pre') pre += tag.closing ? (pre > 0 ? -1 : 0) : 1;
    if (BLOCK.has(tag.name)) {
      // <li><p>text</p></li>: the item's bullet stays with the paragraph inside it.
      const markerOnly = line.length <= 5 && /^(?:–|\d{1,3}\.)\t$/.test(line);
      if (markerOnly && !tag.closing && tag.name !== 'li') {
        // keep the marker
      } else if (line.trim()) flush();
      else line = '';
      if (tag.name === 'li' && !tag.closing) {
        const list = lists[lists.length - 1];
        if (list?.ordered) line = `${++list.n}.\t`;
        else line = '–\t';
      }
    }
  }
  if (line.trim()) flush();
  return lines.map((l) => l.replace(/^[ ]+/, '')).filter((l) => l.trim() !== '' && !/^(–|\d+\.)\t\s*$/.test(l));
}

/** Where `</name` starts at or after `from`, case-insensitively, or -1 (one forward scan). */
function findClose(html: string, name: string, from: number): number {
  let p = html.indexOf('</', from);
  while (p >= 0) {
    if (html.slice(p + 2, p + 2 + name.length).toLowerCase() === name) return p;
    p = html.indexOf('</', p + 2);
  }
  return -1;
}

function readTagName(html: string, from: number, to: number): { name: string; closing: boolean } {
  let p = from;
  const closing = html[p] === '/';
  if (closing) p++;
  let name = '';
  while (p < to) {
    const c = html.charCodeAt(p);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (name.length > 0 && c >= 48 && c <= 57);
    if (!letter) break;
    name += html[p];
    p++;
  }
  return { name: name.toLowerCase(), closing };
}

/** Whitespace runs become one space, or a tab if the run holds a tab and no newline. */
function collapse(text: string, atStart: boolean): string {
  let out = '';
  let run = '';
  const endRun = () => {
    if (!run) return;
    out += run.includes('\t') && !run.includes('\n') ? '\t' : ' ';
    run = '';
  };
  for (const ch of text) {
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f') run += ch;
    else {
      endRun();
      out += ch;
    }
  }
  endRun();
  return atStart ? out.replace(/^ /, '') : out;
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,10});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[body.toLowerCase()] ?? ENTITIES[body] ?? whole;
  });
}
