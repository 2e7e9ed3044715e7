/**
 * The number a report prints at the start of a line. Two steps, so that new styles need no new rule:
 *
 * 1. `numberOfLine` reads a candidate prefix token of any common shape — digits with levels ("6.7.9", "3.1."),
 *    a letter with levels ("A.1", "B.12"), a letter or roman section heading ("A. OPENING", "IV.\tOTHER
 *    MATTERS"), a number in brackets or parentheses ("[12]", "(5)", "1)"), after "§" or a word ("§ 3.2",
 *    "Para 5", "Paragraph 3:"), or a lettered sub-item of a number ("4.2(a)") — and names its *family*.
 * 2. `detectNumbering` keeps a family only when its tokens, read in document order, recur and increase the
 *    way numbering does (1, 2, 3; 1, 1.1, 1.2, 2; A, A.1, A.2, B; a restart at 1 for a new list). A prefix
 *    that happens to look like a number ("3 May 2027 …", "12 delegations …") does not follow on from its
 *    neighbours, so it stays text. A family whose every run restarts at 1 inside a paragraph of a bigger
 *    family ("Para 3 The agenda had these items:" then "1. … 7. …") is a list in that paragraph.
 *
 * The number kept is the report's own, without decoration ("§ 3.2" → "3.2", "(5)" → "5", "Para 5" → "5"),
 * so that a proposal cites the paragraph as a reader finds it.
 */

import { shapedNumber } from './shaped-number.js';
import { dropStrays, inSequence } from './number-sequence.js';
import { isRoman, romanValue } from './roman.js';

export type NumberFamily =
  | 'decimal'
  | 'letter'
  | 'roman'
  | 'section-sign'
  | 'bracketed'
  | 'parenthesised'
  | 'closing-paren'
  | 'word'
  | 'decision'
  | 'labelled'
  | 'roman-label'
  | 'agenda'
  | 'coded'
  | 'letter-paragraph'
  | `shape:${string}`;

export interface LineNumber {
  /** The paragraph number as printed, without "§", brackets or a trailing dot. */
  number: string;
  text: string;
  family: NumberFamily;
  /** The number as a sequence key: "B.2" → [2, 2], "IV" → [4], "3.1.2" → [3, 1, 2]. */
  key: number[];
  /** A letter or roman section heading ("II. WORK PROGRAMME"): a heading whatever follows it. */
  section?: boolean;
  /** "4.2(a)": a lettered sub-item of paragraph 4.2, printed with its parent's number. */
  subItem?: boolean;
  /** Printed "12 Member …": a lone digit group and one space, as a figure opening a sentence is. */
  bare?: boolean;
  /** An item of a numbered list inside a paragraph of the report's main numbering (set by `detectNumbering`). */
  listItem?: boolean;
  /**
   * "Decision 21/3 – Schedule of meetings": the title of a numbered decision (resolution, recommendation,
   * action); the unnumbered text under it is that decision and cites its number, not "21/3.1".
   */
  titled?: boolean;
}

/**
 * "8bis", "3.2ter": a paragraph inserted after 8 (or 3.2) in a later revision, as UN and ITU texts number them.
 * Its key is that of a first child (8 → 8.1), so the numbers around it still follow one another.
 */
const INSERTED = '(?:bis|ter|quater)';
const LEVELS = String.raw`\d{1,3}(?:\.\d{1,3}){0,5}`;
/** What may follow a number: a tab, two spaces, or one space before a capital or an opening quote/bracket. */
const GAP = String.raw`(?:\t+|\s{2,}|\s(?=[\p{Lu}(“"'‘\[]))`;

/** "6.7.9", "3.1.", "1 Introduction": digits first; a single space only before a capital (not "3 may"). */
// "5 bis." as well as "5bis": the inserted paragraph with a space, cited as printed.
const DECIMAL = new RegExp(String.raw`^\s*(\d{1,2}(?:\.\d{1,3}){0,5}(?:\s?${INSERTED})?)\.?${GAP}\s*(.*)$`, 'u');
/** "A.1 The meeting …", "B.12\tMembers …", "C.2.1 …": a letter with levels. */
const LETTER_LEVELS = new RegExp(String.raw`^\s*([A-Z])\.(\d{1,3}(?:\.\d{1,3}){0,4})\.?${GAP}\s*(.*)$`, 'u');
/** "A. OPENING OF THE MEETING", "B\tContributions": a lettered section heading. */
const LETTER_HEADING = /^\s*([A-Z])(?:\.\s*|\t+|\s{2,})(\S.*)$/;
/** "§ 3.2", "§3.2", "§ 12." followed by a tab or spaces. */
// "¶ 4": the pilcrow numbers paragraphs as "§" does.
const SECTION_SIGN = new RegExp(String.raw`^\s*(?:§{1,2}|¶)\s*(${LEVELS})\.?(?:\s+|(?=[\p{Lu}(“"'‘]))(.*)$`, 'u');
/** "[12]", "[1]": a bracketed running number. */
const BRACKETED = new RegExp(String.raw`^\s*\[(\d{1,3}(?:\.\d{1,3}){0,3}(?:\s?${INSERTED})?)\]\s*(.*)$`);
/** "(5) ROAP will …": a number in parentheses. */
const PARENTHESISED = /^\s*\((\d{1,3}(?:\.\d{1,3}){0,4})\)\s+(.*)$/;
/** "1)", "12)": a number closed by a parenthesis. */
const CLOSING_PAREN = /^\s*(\d{1,3})\)\s+(.*)$/;
/** "Paragraph 3", "Para. 3:", "Para 5 The Group …", "PARAGRAPH 3 –". */
const WORD = new RegExp(String.raw`^\s*(?:paragraph|para\.?)\s+(${LEVELS})\s*[.:–—-]?\s+(.*)$`, 'i');
/**
 * "Decision 21/3 – Schedule of meetings", "Resolution 7 (Rev.1): …", "Recommendation 4.2": a numbered
 * decision, printed as a title over its text; numbers "meeting/running" read as two levels (21/3 → [21, 3]).
 */
const DECISION =
  /^\s*(?:decision|resolution|recommendation|conclusion|action(?: item| point)?)\s+(\d{1,3}(?:[/.]\d{1,3}){0,2})\b\s*(?:\([^)]{1,20}\)\s*)?[.:–—-]?\s*(.*)$/i;
/**
 * "PP 3.", "OP 12", "PP7": a preambular or operative paragraph of a draft resolution, as UN negotiation texts and
 * their summaries number them. The label is part of the number a reader looks for ("OP 12"), so it is kept; the
 * key puts every preambular paragraph before every operative one, so the two series read as one rising extract.
 * "AP 3", "AI 2": the action points (items) of minutes, each its own line, cited so.
 */
const LABELLED = /^\s*(PP|OP|AP|AI)\s?(\d{1,3})\.?(?:\t+|\s+)(\S.*)$/;
/**
 * "(iii) Date, time and venue": a concept note or a UN note that labels its sections with a small roman numeral in
 * parentheses and prints its paragraphs unnumbered under them. A label, not a list: a title after it (capital, short,
 * no full stop), never "(ii) the Group will …"; the paragraphs under it cite the label as printed ("iii").
 */
const ROMAN_LABEL = /^\s*\(([ivxl]{1,6})\)(?:\t+|\s+)(\S.*)$/;
/**
 * "Item 4 - Regional initiatives", "Agenda item 6: Council and next meeting", "AGENDA ITEM 2 –": a chair's report or
 * summary record follows the agenda, one heading per item; its paragraphs sit under it, numbered ("12.") or lettered
 * ("(a)", cited "4(a)"), or not at all. The number is the item's ("4"); a heading whatever follows it.
 */
const AGENDA = /^\s*(?:(?:agenda\s+)?item|clause|section|part|chapter)\s+(\d{1,2}(?:\.\d{1,2})?)\s*(?:[.:–—-]\s*|\t+|\s{2,}|\s(?=\p{Lu}))(\S.*)$/iu;
/**
 * "TDAG-36/5: TDAG recalled …", "RAG-12/3 – The Group …", "WP5D-41/7:": conclusions or decisions numbered with the
 * body's code and the meeting's number, as advisory groups print their summaries of conclusions. Cited as printed
 * ("TDAG-36/5"); the number after the slash runs on. A colon, dash or tab must follow: a document symbol opening a
 * line ("TDAG-36/DT/4 Progress report …") has letters after its slash and is no such number.
 */
const CODED = /^\s*([A-Z][A-Z0-9&]{1,11}(?:[-‑][A-Z0-9]{1,8})?[-‑ ]\d{1,3}\/\d{1,3})\s*(?:[:–—]|-\s|\t)\s*(\S.*)$/;
/** "4.2(a)", "4.2 (ii)": a sub-item printed with its parent's number. */
const SUB_ITEM = /^\s*(\d{1,2}(?:\.\d{1,3}){0,5})\s?\((?:[a-z]|[ivx]{1,4})\)\s+(.*)$/;
const MONTH_FIRST = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** "A. The meeting …", "C.\tThe facilitator recalled …": a capital and a full stop before a sentence. */
// Not "I." (a roman one, or the pronoun); three in a row at least (detectNumbering), not "A. Smith …", "B. Jones …".
const LETTER_PARAGRAPH = /^\s*([A-HJ-Z])\.(?:\t+|\s+)(\p{Lu}.{20,})$/u;
/** "IV.\tOTHER MATTERS", "II. Work programme", "III\tFUTURE MEETINGS". */
const ROMAN = /^\s*([IVXL]{1,6})(?:\.\s*|\t+|\s{2,})(\S.*)$/;

const levels = (s: string) => {
  const inserted = new RegExp(`\\s?${INSERTED}$`).exec(s);
  const base = (inserted ? s.slice(0, inserted.index) : s).split('.').map(Number);
  return inserted ? [...base, 1] : base;
};

/** One line's candidate number, before the document decides whether its family numbers this report. */
export function numberOfLine(line: string): LineNumber | undefined {
  const sub = SUB_ITEM.exec(line);
  if (sub) return { number: sub[1]!, text: sub[2]!, family: 'decimal', key: levels(sub[1]!), subItem: true };
  const simple: [RegExp, NumberFamily][] = [
    [SECTION_SIGN, 'section-sign'],
    [BRACKETED, 'bracketed'],
    [WORD, 'word'],
    [PARENTHESISED, 'parenthesised'],
    [CLOSING_PAREN, 'closing-paren'],
    [DECIMAL, 'decimal'],
  ];
  for (const [re, family] of simple) {
    const m = re.exec(line);
    if (!m) continue;
    // "3 May 2027 was …", "15 February 2023" on its own line: a date, not paragraph 3.
    if (family === 'decimal' && !m[1]!.includes('.') && MONTH_FIRST.test(m[2]!)) return undefined;
    // "12 Member States …": one digit group and a single space, the shape a figure opening a sentence has too.
    const bare = family === 'decimal' && !m[1]!.includes('.') && /^\s*\d+ \S/.test(line);
    const number = family === 'decimal' ? m[1]!.replace(/\s+/g, ' ') : m[1]!.replace(/\s/g, '');
    return { number, text: m[2]!, family, key: levels(m[1]!), ...(bare ? { bare } : {}) };
  }
  const labelled = LABELLED.exec(line);
  if (labelled) {
    const [label, n] = [labelled[1]!, labelled[2]!];
    return { number: `${label} ${n}`, text: labelled[3]!, family: 'labelled', key: [label === 'OP' ? 2 : 1, Number(n)] };
  }
  const decision = DECISION.exec(line);
  if (decision && /^\p{Lu}/u.test(line.trim()))
    return { number: decision[1]!, text: decision[2]!, family: 'decision', key: levels(decision[1]!.replace(/\//g, '.')), titled: true };
  const coded = CODED.exec(line);
  if (coded) {
    const [meeting, running] = coded[1]!.split('/').map((x) => Number(/\d+$/.exec(x)![0]));
    return { number: coded[1]!.replace(/‑/g, '-'), text: coded[2]!, family: 'coded', key: [meeting!, running!] };
  }
  const agenda = AGENDA.exec(line);
  if (agenda && looksLikeHeading(agenda[2]!)) return { number: agenda[1]!, text: agenda[2]!, family: 'agenda', key: levels(agenda[1]!), section: true };
  const label = ROMAN_LABEL.exec(line);
  if (label && isRoman(label[1]!.toUpperCase()) && looksLikeHeading(label[2]!))
    return { number: label[1]!, text: label[2]!, family: 'roman-label', key: [romanValue(label[1]!.toUpperCase())], section: true, titled: true };
  const lettered = LETTER_LEVELS.exec(line);
  if (lettered) {
    const number = `${lettered[1]}.${lettered[2]}`;
    return { number, text: lettered[3]!, family: 'letter', key: [letterValue(lettered[1]!), ...levels(lettered[2]!)] };
  }
  const roman = ROMAN.exec(line);
  if (roman && isRoman(roman[1]!) && looksLikeHeading(roman[2]!))
    return { number: roman[1]!, text: roman[2]!, family: 'roman', key: [romanValue(roman[1]!)], section: true };
  const letter = LETTER_HEADING.exec(line);
  // "I." is read as roman above; a letter heading must look like a title ("A. OPENING", not "A. Smith said …").
  if (letter && looksLikeHeading(letter[2]!)) return { number: letter[1]!, text: letter[2]!, family: 'letter', key: [letterValue(letter[1]!)], section: true };
  // "A. The annual facilitation meeting … was held …", "B. Participants heard …": paragraphs lettered in a row, kept
  // (like every family) only when the letters follow one another down the report.
  const paragraphLetter = LETTER_PARAGRAPH.exec(line);
  if (paragraphLetter) return { number: paragraphLetter[1]!, text: paragraphLetter[2]!, family: 'letter-paragraph', key: [letterValue(paragraphLetter[1]!)] };
  return shapedNumber(line);
}

/**
 * Every line's number, keeping only the families that number this document (see the file comment).
 * `skip(i)` marks lines the caller reads otherwise (table rows, a date on its own line).
 */
export function detectNumbering(lines: readonly string[], skip: (i: number) => boolean = () => false): Map<number, LineNumber> {
  const found = new Map<number, LineNumber>();
  lines.forEach((line, i) => {
    if (skip(i)) return;
    const n = numberOfLine(line);
    if (n?.text.trim()) found.set(i, n);
  });
  const byFamily = new Map<NumberFamily, number[]>();
  for (const [i, n] of found) {
    if (n.subItem) continue;
    const at = byFamily.get(n.family) ?? [];
    at.push(i);
    byFamily.set(n.family, at);
  }
  const kept = new Set<NumberFamily>();
  for (const [family, at] of byFamily)
    if (
      (family !== 'letter-paragraph' || at.length >= 3) &&
      inSequence(
        at.map((i) => found.get(i)!.key),
        at.some((i) => found.get(i)!.bare),
      )
    )
      kept.add(family);
  const out = new Map<number, LineNumber>();
  for (const [i, n] of found) if (kept.has(n.family) || (n.subItem && kept.has('decimal'))) out.set(i, n);
  for (const at of byFamily.values()) dropStrays(at, out);
  markLists(out, kept);
  return out;
}

const LABELS = new Set<NumberFamily>(['labelled', 'coded', 'decision', 'agenda']);

/** A family whose every run starts at 1 right under a line of a bigger (non-heading) family is a list in that paragraph. */
function markLists(numbers: Map<number, LineNumber>, families: Set<NumberFamily>): void {
  const order = [...numbers.entries()].sort((a, b) => a[0] - b[0]);
  const count = (f: NumberFamily) => order.filter(([, n]) => n.family === f).length;
  for (const inner of families) {
    // Labels ("AP 1", "TDAG-36/1", "Decision 3/1", "Item 1") number things of their own, never a list's items.
    if (LABELS.has(inner)) continue;
    for (const outer of families) {
      if (inner === outer || count(outer) < count(inner)) continue;
      const runs: { first: LineNumber; after?: LineNumber }[] = [];
      let last: LineNumber | undefined;
      for (const [, n] of order) {
        if (n.family === inner && last?.family !== inner) runs.push({ first: n, ...(last ? { after: last } : {}) });
        last = n;
      }
      const nested = runs.every((r) => r.first.key.every((v) => v === 1) && r.after?.family === outer && !r.after.section);
      if (runs.length && nested) for (const [, n] of order) if (n.family === inner) n.listItem = true;
    }
  }
}

function letterValue(s: string): number {
  return s.charCodeAt(0) - 64;
}

/** A section title: in capitals, or short and without a full stop. */
function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  if (t === t.toUpperCase() && /\p{Lu}/u.test(t)) return true;
  return t.length < 90 && !/[.;:]$/.test(t) && /^\p{Lu}/u.test(t);
}
