import { joinWrapped, vocabulary } from './pdf-hyphens.js';
import { dropPageFurniture } from './page-furniture.js';
import { readSpaceTables } from './space-tables.js';

/**
 * A .txt report saved from a PDF or Word converter is laid out as the page was: paragraphs broken at
 * ~80 columns (mid-phrase: "foreseen for Friday" / "14 March 2031"), words hyphenated at a line end
 * ("Sep-" / "tember"), page numbers and running heads between paragraphs, footnotes, tables as
 * space-aligned columns. The report reader expects one paragraph per line, so such text is put back
 * together first: furniture dropped (`page-furniture.ts`), column tables turned into tab-separated rows
 * (`space-tables.ts`), and — only when the text is hard-wrapped, i.e. lines go on in a small letter after a
 * line that did not end — wrapped lines joined into their paragraph. A line starting with a paragraph
 * number, bullet or "Label:" starts a new one, so does a line after a blank, after a short line (a
 * paragraph's last), or next to a line of columns or capitals. Text already one paragraph per line is
 * left as it is (apart from page furniture, which never belongs to a paragraph).
 */

/** "1.1  ", "3.2.1. ", "1. ", "10     ", "(a) ", "b) ", "(iv) ", "A. ", "IV. ", bullets: a paragraph's start. */
const START =
  /^\s*(?:\d{1,3}(?:\.\d{1,3})+\.?\s+\S|\d{1,3}\.\s+\S|\d{1,3}(?:\s{2,}|\t)\S|\(?[a-z]\)\s|\(?[ivx]{1,4}\)\s|[A-Z]\.\s|[IVX]{1,5}\.\s|[•·▪◦*–—-]\s)/;
/** "Source:  Chair", "Title: Report …", "Chair: Ms …": a field of a header block. */
const LABEL = /^\s*[A-Z][\w./-]*(?: [\w./-]+){0,2}:\s/;
/** A number, bullet or letter opening the line, before its text. */
const PREFIX = /^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]{1,4}\)|[•·▪◦*–—-])\s+/;
const SENTENCE_END = /[.:;!?]["”’)]?\s*$/;
/** "3 The Group …" after a line that ended a sentence: a paragraph number followed by one space (not "14 March"). */
const SINGLE_SPACED = /^\s*\d{1,3} (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}/u;
/** Second halves of compounds printed with a hyphen ("Internet-" / "related", "country-" / "led"): the hyphen stays. */
const COMPOUND_TAIL =
  /^(?:related|based|led|level|wide|specific|driven|oriented|friendly|owned|focused|making|term|scale|sensitive|centred|centered|enabled)\b/;

/** Two wrapped lines → one: the PDF reader's rule, and a hyphen before a compound's usual second half stays. */
function join(before: string, after: string, vocab: ReturnType<typeof vocabulary>): string {
  if (/\p{L}-$/u.test(before) && COMPOUND_TAIL.test(after.trimStart())) return before + after.trimStart();
  return joinWrapped(before, after, vocab);
}

/** A line laid out in columns (a gap of three spaces or more inside its text), or a table row. */
function columned(line: string): boolean {
  return line.includes('\t') || /\S {3,}\S/.test(line.replace(PREFIX, ''));
}

function capitals(line: string): boolean {
  return !/\p{Ll}/u.test(line);
}

/** Lines go on in a small letter after a line that did not end, more than once: the text was wrapped by a converter. */
function hardWrapped(lines: readonly string[]): boolean {
  let joints = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const [a, b] = [lines[i]!, lines[i + 1]!];
    if (a.trim() && !columned(a) && !SENTENCE_END.test(a) && /^\s*\p{Ll}/u.test(b) && !START.test(b)) joints++;
  }
  return joints >= 2;
}

export function unwrapPlainText(input: readonly string[]): string[] {
  const lines = readSpaceTables(dropPageFurniture(input));
  if (!hardWrapped(lines)) return lines;
  const vocab = vocabulary([lines.map((text) => ({ text }))]);
  const lengths = lines
    .filter((l) => l.trim() && !columned(l))
    .map((l) => l.trimEnd().length)
    .sort((a, b) => a - b);
  const width = lengths[Math.floor((lengths.length - 1) * 0.9)] ?? 80;
  const out: string[] = [];
  let previous = '';
  for (const line of lines) {
    const last = out.length - 1;
    const joins =
      last >= 0 &&
      previous.trim() !== '' &&
      line.trim() !== '' &&
      !START.test(line) &&
      !(SINGLE_SPACED.test(line) && SENTENCE_END.test(previous)) &&
      !LABEL.test(line) &&
      !columned(line) &&
      !columned(previous) &&
      !capitals(line) &&
      !capitals(previous) &&
      // A short line ends its paragraph, unless the next goes on in a small letter.
      (previous.trimEnd().length >= width * 0.6 || /^\s*\p{Ll}/u.test(line));
    if (joins) out[last] = join(out[last]!, line, vocab);
    else out.push(line);
    previous = line;
  }
  return out;
}
