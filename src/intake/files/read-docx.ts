import mammoth from 'mammoth';
import { asFileError, type FileWarning, FileReadError } from './errors.js';
import { type ReadLimits, yieldToTimers } from './limits.js';
import { guardZip } from './zip-guard.js';

/**
 * .docx → one paragraph per line. mammoth reads the document (after the zip guard); we walk its
 * document tree ourselves instead of taking its raw text so that
 *  - tabs stay tabs and table rows become one line with cells separated by tabs;
 *  - Word's automatic numbering, which mammoth drops (it is not text in the file), is counted back
 *    in ("1", "1.1", "1.1.1" by level; bullets "–"), and a warning says so, because Word's own
 *    numbers may differ (restarts, custom formats) and the person should compare.
 */
interface DocNode {
  type: string;
  value?: string;
  children?: DocNode[];
  numbering?: { isOrdered: boolean; level: string } | null;
}

export async function readDocx(bytes: Uint8Array, limits: ReadLimits, signal: AbortSignal, warnings: FileWarning[]): Promise<string[]> {
  const entries = guardZip(bytes, limits, signal);
  await yieldToTimers();
  if (signal.aborted) throw new FileReadError('TIMEOUT', { seconds: Math.round(limits.timeoutMs / 1000) });
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    const isXlsx = entries.some((e) => e.name === 'xl/workbook.xml');
    throw isXlsx ? new FileReadError('TYPE_MISMATCH', { claimed: 'docx', found: 'xlsx' }) : new FileReadError('NOT_DOCX');
  }
  let tree: DocNode | undefined;
  let messages: Array<{ type: string; message: string }> = [];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Capture the document tree and hand mammoth an empty one, so it does no HTML work.
        transformDocument: (doc: DocNode) => {
          tree = doc;
          return { ...doc, children: [] };
        },
      },
    );
    messages = result.messages;
  } catch (err) {
    throw asFileError(err, 'DOCX_UNREADABLE');
  }
  if (signal.aborted) throw new FileReadError('TIMEOUT', { seconds: Math.round(limits.timeoutMs / 1000) });
  if (!tree) throw new FileReadError('DOCX_UNREADABLE');
  const errors = messages.filter((m) => m.type === 'error');
  if (errors.length) warnings.push({ code: 'DOCX_MESSAGES', data: { count: errors.length } });
  const lines: string[] = [];
  const numbering = new AutoNumbering();
  for (const block of tree.children ?? []) emitBlock(block, lines, numbering);
  if (numbering.used) warnings.push({ code: 'AUTO_NUMBERING', data: { paragraphs: numbering.used } });
  return lines;
}

function emitBlock(node: DocNode, lines: string[], numbering: AutoNumbering): void {
  if (node.type === 'paragraph') {
    const text = inline(node);
    const prefix = node.numbering && text.trim() ? numbering.next(node.numbering) : '';
    lines.push(prefix + text);
    return;
  }
  if (node.type === 'table') {
    for (const row of node.children ?? []) {
      if (row.type !== 'tableRow') continue;
      const cells = (row.children ?? []).map((cell) =>
        (cell.children ?? [])
          .map((p) => (p.type === 'paragraph' ? inline(p) : ''))
          .filter((t) => t.trim())
          .join(' '),
      );
      lines.push(cells.join('\t'));
    }
    return;
  }
  for (const child of node.children ?? []) emitBlock(child, lines, numbering);
}

/** A paragraph's text: runs, hyperlinks, tabs; line breaks become spaces (one paragraph per line). */
function inline(node: DocNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'tab') return '\t';
  if (node.type === 'break') return ' ';
  if (node.type === 'noteReference' || node.type === 'commentReference' || node.type === 'image') return '';
  let out = '';
  for (const child of node.children ?? []) out += inline(child);
  return out;
}

class AutoNumbering {
  private counters: number[] = [];
  used = 0;

  next(n: { isOrdered: boolean; level: string }): string {
    this.used++;
    const level = Math.min(8, Math.max(0, Number.parseInt(n.level, 10) || 0));
    if (!n.isOrdered) return '–\t';
    this.counters.length = level + 1;
    for (let i = 0; i < level; i++) this.counters[i] ??= 1;
    this.counters[level] = (this.counters[level] ?? 0) + 1;
    return `${this.counters.slice(0, level + 1).join('.')}\t`;
  }
}
