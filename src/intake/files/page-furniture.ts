/**
 * Text pasted or saved from a PDF or Word converter keeps what the printed page had around the text:
 * page numbers ("- 2 -", "Page 2 of 4"), a running head next to them (the document symbol, "BDT Circular
 * 2030/117-E"), footnotes under a rule ("____" then "¹ The Handbook was published …") and footnote markers
 * glued to the word they annotate ("2031¹"). None of it is a paragraph of the report, and a marker glued
 * to a year hides the date; this drops them before the lines are read (`plain-layout.ts`).
 */

/** "- 2 -", "– 3 –", "Page 2 of 4", "page 3", "2/4", "2 of 4": a line that is only a page number. */
const PAGE_NUMBER = /^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*(?:\/|of)\s*\d{1,4})\s*$/i;
/** A lone number set far in (centred or right-aligned), set apart by a blank line: a page number too. */
const BARE_NUMBER = /^\s{10,}\d{1,3}\s*$/;
/** A document symbol ("EG-DPG-3/4-E", "CWG-COP/38/12-E", "FG-DTC-O-057", "2030/117-E"): letters or digits joined by - or /. */
const SYMBOL = /(?:^|\s)[A-Z0-9][A-Za-z0-9]*(?:[-/.][A-Za-z0-9]+)*[-/][A-Za-z0-9]*\d[A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*(?:\s|$)/;
/** A footnote rule: a run of underscores (or dashes) alone on its line. */
const RULE = /^\s*(?:_{5,}|-{10,})\s*$/;
const SUPERSCRIPT = '¹²³⁴⁵⁶⁷⁸⁹⁰';
/** A footnote marker glued to a year, a word or closing punctuation ("2031¹", "Forum²", "(GFDII-4)³"). */
const MARKER = new RegExp(`(?<=\\d{4}|\\p{L}{3}|[.,;:)\\]])[${SUPERSCRIPT}]+`, 'gu');
const FOOTNOTE_START = new RegExp(`^\\s*[${SUPERSCRIPT}]+\\s*\\S`);

export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line);
}

/** A running head: a short line that is a document symbol with at most a few words, no sentence. */
function isRunningHead(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 60 && t.split(/\s+/).length <= 5 && !/[.;:,]$/.test(t) && SYMBOL.test(t);
}

/** Lines → lines without page numbers, running heads beside them, footnotes and footnote markers; blank lines kept. */
export function dropPageFurniture(lines: readonly string[]): string[] {
  const drop = new Set<number>();
  const nonBlank = (from: number, step: number, count: number): number[] => {
    const out: number[] = [];
    for (let j = from + step; j >= 0 && j < lines.length && out.length < count; j += step) if (lines[j]!.trim()) out.push(j);
    return out;
  };
  // A line printed on several pages ("Report of the fifth meeting" over each page number) is a running head too.
  const seen = new Map<string, number>();
  for (const l of lines) if (l.trim()) seen.set(l.trim(), (seen.get(l.trim()) ?? 0) + 1);
  const repeated = (l: string) => (seen.get(l.trim()) ?? 0) >= 2 && l.trim().length <= 80 && !/[.;:]$/.test(l.trim());
  const blank = (j: number) => j < 0 || j >= lines.length || !lines[j]!.trim();
  lines.forEach((line, i) => {
    if (!isPageNumber(line) && !(BARE_NUMBER.test(line) && (blank(i - 1) || blank(i + 1)))) return;
    drop.add(i);
    // The running head printed over or under the page number (up to two lines each side).
    for (const step of [-1, 1]) {
      for (const j of nonBlank(i, step, 2)) {
        if (!isRunningHead(lines[j]!) && !isPageNumber(lines[j]!) && !repeated(lines[j]!)) break;
        drop.add(j);
      }
    }
  });
  lines.forEach((line, i) => {
    if (!RULE.test(line)) return;
    const next = nonBlank(i, 1, 1)[0];
    if (next === undefined || !FOOTNOTE_START.test(lines[next]!)) return;
    // The notes: from the rule to the next blank line, page number or running head.
    drop.add(i);
    for (let j = i + 1; j < lines.length && lines[j]!.trim() && !drop.has(j); j++) drop.add(j);
  });
  // Between two lines of text, the gap that held furniture closes up when a paragraph broken by the page
  // break runs on (no sentence end before, a small letter after); otherwise it is one blank line.
  const out: string[] = [];
  let gap: string[] = [];
  let dropped = false;
  lines.forEach((line, i) => {
    if (drop.has(i) || !line.trim()) {
      if (drop.has(i)) dropped = true;
      else gap.push(line);
      return;
    }
    const text = line.replace(MARKER, '');
    const before = out[out.length - 1];
    if (dropped && before !== undefined) {
      const runsOn = !/[.:;!?]["”’)]?\s*$/.test(before) && /^\s*\p{Ll}/u.test(text);
      if (!runsOn) out.push('');
    } else out.push(...gap);
    gap = [];
    dropped = false;
    out.push(text);
  });
  return out;
}
