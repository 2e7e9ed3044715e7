import { isHeader } from '../report/tables.js';

/**
 * A table printed as text columns aligned with runs of spaces (what a PDF-to-text converter makes of a
 * table), its cells wrapped over two lines:
 *
 *   Activity                          Dates                     Responsible
 *   Online consultation on the draft  March 7th, 2029 – April   Secretariat
 *   outline                           6th, 2029
 *
 * → one tab-separated line per row ("Online consultation on the draft outline\tMarch 7th, 2029 – April 6th,
 * 2029\tSecretariat"), the form the report reader's tables take (`report/tables.ts`). Only a block whose first
 * line is a table header (two or more known column words: "Activity", "Dates", "Time", "Session", "Documents")
 * is read so; a line whose first column is empty or starts with a small letter continues the row above. The
 * table ends at a blank line.
 */

interface Cell {
  at: number;
  text: string;
}

/** Cells of a line: runs of text separated by two or more spaces, with the column each starts at. */
function cellsAt(line: string): Cell[] {
  const out: Cell[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) out.push({ at: m.index!, text: m[0] });
  return out;
}

/** The header column a cell falls in: the last one starting at or before it (a little slack for ragged cells). */
function columnOf(starts: number[], at: number): number {
  let k = 0;
  starts.forEach((s, j) => {
    if (s <= at + 2) k = j;
  });
  return k;
}

export function readSpaceTables(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const header = /[\t|]/.test(line) ? [] : cellsAt(line);
    if (header.length < 2 || !isHeader(header.map((c) => c.text))) {
      out.push(line);
      continue;
    }
    const starts = header.map((c) => c.at);
    const rows: string[][] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j]!.trim() && !/[\t|]/.test(lines[j]!); j++) {
      const cells = cellsAt(lines[j]!);
      const first = cells[0]!;
      const continues = rows.length > 0 && (columnOf(starts, first.at) > 0 || /^\p{Ll}/u.test(first.text));
      if (!continues && cells.length < 2) break;
      const row = continues ? rows[rows.length - 1]! : starts.map(() => '');
      if (!continues) rows.push(row);
      for (const c of cells) {
        const k = columnOf(starts, c.at);
        row[k] = joinCell(row[k]!, c.text);
      }
    }
    out.push(header.map((c) => c.text).join('\t'));
    for (const row of rows) out.push(row.map((c) => c || '–').join('\t'));
    i = j - 1;
  }
  return out;
}

/** "March 7th, 2029 – April" + "6th, 2029"; a word hyphenated at the cell's line end is rejoined ("consul-" + "tation"). */
function joinCell(before: string, after: string): string {
  if (!before) return after;
  return /\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(after) ? before.slice(0, -1) + after : `${before} ${after}`;
}
