import { clauseBase } from './clauses.js';
import { type DateOrder, documentDateOrder } from './date-formats.js';
import { groupOf, meetingsOf, periodStartOf, titleOf } from './document-head.js';
import { detectNumbering, type NumberFamily } from './numbering.js';
import { findTables } from './tables.js';
import { numberUnderHeadings } from './unnumbered.js';

/**
 * Plain report text (one paragraph per line, as the .txt report and the intake-files readers give it)
 * → numbered paragraphs. ITU reports number their paragraphs "6.7.9", "3.1." or "3.1.13."; others "§ 3.2",
 * "[12]" under roman section headings, "1)", "Paragraph 3" (`numbering.ts`); a line starting with a dash,
 * "a)" or "(ii)" is a bullet of the paragraph above; an indented line without a number continues the
 * paragraph above; a numbered line whose next numbered line is its child is a heading. Tables printed as
 * lines of cells are read row by row (`tables.ts`). A report that numbers nothing is read line by line,
 * each line a paragraph numbered by its position.
 */

export interface ReportParagraph {
  /** The number as printed, without a trailing dot ("6.7.9"); unnumbered lines carry the number above. */
  number: string;
  text: string;
  /** Bullets ("–", "a)", "i)") printed under the paragraph, in order. */
  bullets: string[];
  /** A numbered title with children ("3.2 Interagency coordinating mechanism"). */
  heading: boolean;
  /** An unnumbered line between paragraphs ("Updates from 42nd … meeting"): a sub-heading. */
  unnumbered: boolean;
  /** 1-based line in the text, for messages. */
  line: number;
  /** The roman section ("II") it sits under, in a report with roman section headings. */
  section?: string;
  /** A row of a table printed as lines of cells, read as a sentence of the paragraph the table sits in. */
  tableRow?: boolean;
  /** "Decision 21/3 – Schedule of meetings": a decision's title; the text under it cites the same number. */
  titled?: boolean;
}

export interface ReportMeetingRef {
  /** "42" for "the 42nd meeting". */
  ordinal: string;
  paragraph: string;
  /** The printed date words ("held on 1-2 February 2024"), when the report lists one. */
  printed?: string;
}

export interface ReportDocument {
  title?: string;
  /** A date the document carries as its own ("Geneva, 14 March 2025"), ISO, when printed near the top. */
  documentDate?: string;
  /** The group's short name when the report defines one ("CWG-WSIS&SDG"). */
  group?: string;
  /** Meeting ordinals the report says it reports on ("the 41st and 42nd meetings"). */
  meetings: string[];
  /** The year of the event since which the report reports ("since Council 24" → 2024). */
  periodStartYear?: number;
  /** How the report writes dates that could be read two ways ("04/05/2027"), from those that cannot. */
  dateOrder?: DateOrder;
  paragraphs: ReportParagraph[];
}

const BULLET = /^\s*(?:[–—•·▪◦*-]|[a-z]\)|[ivx]{1,4}[.)]|\([a-z]\)|\([ivx]{1,4}\))\s+(.*)$/;
/** "(a) The meeting …", "b) Member States …": a lettered paragraph when it sits right under a section heading. */
const LETTERED = /^\s*\(?([a-z])\)\s+(\S.*)$/;
/** Headings whose lettered lines are the paragraphs of the section (an agenda item, a roman or letter section). */
const LETTERED_FAMILIES = new Set<NumberFamily>(['agenda', 'roman', 'letter']);
/** "Annex 1 - Programme", "ANNEX II", "Appendix: List of participants": the start of the back matter (a title, no sentence). */
const ANNEX_HEADING = /^(?:annex(?:es)?|appendix|appendices|attachment)\b(?:\s+[A-Z0-9]{1,4}\b)?(?:\s*[-–—:.]\s*[^.]{0,100})?$/i;
/** The letter of a lettered annex: "Annex B - …" → "B". */
const ANNEX_LETTER = /^(?:annex|appendix)\s+([A-Z])\b/i;
/** "15 February 2023" on a line of its own is the document's date, not paragraph 15. */
const DATE_LINE = /^\s*\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}\b/;

export function parseParagraphs(text: string): ReportDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const tables = findTables(lines);
  const paragraphs: ReportParagraph[] = [];
  const preamble: string[] = [];
  let current: ReportParagraph | undefined;
  const numbering = detectNumbering(
    lines.map((l) => l.replace(/\u00a0/g, ' ')),
    (i) => tables.has(i) || DATE_LINE.test(lines[i]!),
  );
  const numberedLines = numbering.size;
  let running = 0;
  const sections = new Set<ReportParagraph>();
  const sectionFamily = new Map<string, NumberFamily>();
  const labels = new Set<ReportParagraph>();
  /** A lettered paragraph's heading number ("4" for "4(b)"), so that "(c)" after it is cited "4(c)". */
  const letteredBase = new Map<ReportParagraph, string>();
  /** Lettered operative clauses of a draft resolution ("2(a) Requests …"), see clauses.ts. */
  const clauses = new Set<ReportParagraph>();
  let back = false;
  /** "B" for "Annex B - Interim meetings": its own paragraphs are numbered "B.1", "B.2". */
  let annex: string | undefined;
  let lastFamily: NumberFamily | undefined;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\u00a0/g, ' ').replace(/[\u2010\u2011]/g, '-');
    if (!line.trim()) return;
    const table = tables.get(i);
    if (table) {
      // A row of a schedule: read as sentences of the paragraph the table sits in; headers and document lists: nothing.
      // In the back matter (a programme, participants' attendance dates) a table holds no item of the report.
      if (table.text && !back)
        paragraphs.push({
          number: current?.number ?? String(++running),
          text: table.text,
          bullets: [],
          heading: false,
          unnumbered: true,
          tableRow: true,
          line: i + 1,
        });
      return;
    }
    const numbered = numbering.get(i);
    if (current && !numbered && ANNEX_HEADING.test(line.trim())) {
      back = true;
      annex = ANNEX_LETTER.exec(line.trim())?.[1]?.toUpperCase();
      return;
    }
    if (back) {
      // Annexes (programme, participants, documents) hold no paragraph of the report, until its numbering resumes,
      // or unless the annex numbers its own paragraphs after its letter ("Annex B - Meetings planned" then "B.1 …"):
      // those are the report's paragraphs too, cited as printed.
      const own = annex !== undefined && numbered?.family === 'letter' && numbered.number.startsWith(`${annex}.`);
      if (!own && (!numbered || numbered.family !== lastFamily || numbered.key.every((v) => v === 1))) return;
      back = false;
    }
    if (numbered) lastFamily = numbered.family;
    // "A.1", "A.2" under "Annex A" look like a list started under the last paragraph, yet they are the annex's own.
    const annexOwn = annex !== undefined && numbered?.family === 'letter' && numbered.number.startsWith(`${annex}.`);
    if (numbered?.listItem && current && !annexOwn) {
      // "1. Opening …" in the agenda a paragraph lists: an item of that paragraph.
      current.bullets.push(clean(numbered.text));
      return;
    }
    if (numbered?.subItem && current && current.number === numbered.number) {
      current.bullets.push(clean(numbered.text));
      return;
    }
    if (numbered?.text.trim()) {
      current = { number: numbered.number, text: clean(numbered.text), bullets: [], heading: false, unnumbered: false, line: i + 1 };
      if (numbered.titled) current.titled = true;
      // "AP 2  All members  Send comments …  Due: 30 Jan 2037": an action point is a line of its own, never a title.
      if (numbered.family === 'labelled') labels.add(current);
      if (numbered.section) {
        sections.add(current);
        sectionFamily.set(current.number, numbered.family);
      }
      paragraphs.push(current);
      return;
    }
    if (!numberedLines && (preamble.length >= 2 || /[.;:]$/.test(line.trim()))) {
      // Nothing in the report is numbered: each line is a paragraph, numbered by its position.
      current = { number: String(++running), text: clean(line), bullets: [], heading: false, unnumbered: false, line: i + 1 };
      paragraphs.push(current);
      return;
    }
    const letter = LETTERED.exec(line);
    const clause = letter ? clauseBase(current, letter[1]!, letter[2]!) : undefined;
    const base = current && (letteredBase.get(current) ?? clause ?? (sections.has(current) && letter?.[1] === 'a' ? current.number : undefined));
    const ofClauses = clause !== undefined || (current !== undefined && clauses.has(current));
    if (letter && current && base !== undefined && (ofClauses || LETTERED_FAMILIES.has(sectionFamily.get(base) ?? 'decimal'))) {
      // "Item 4 - Regional initiatives" then "(a) …", "(b) …": lettered paragraphs of the item, cited "4(a)", "4(b)".
      current = { number: `${base}(${letter[1]})`, text: clean(letter[2]!), bullets: [], heading: false, unnumbered: false, line: i + 1 };
      letteredBase.set(current, base);
      if (ofClauses) clauses.add(current);
      paragraphs.push(current);
      return;
    }
    const bullet = BULLET.exec(line);
    if (bullet && current) {
      current.bullets.push(clean(bullet[1]!));
      return;
    }
    if (!current) {
      preamble.push(clean(line));
      return;
    }
    if (/^\s/.test(raw) || current.heading) {
      // An indented line continues the paragraph above (a quoted opinion, a closing signature).
      current.text = `${current.text} ${clean(line)}`.trim();
      return;
    }
    current = { number: current.number, text: clean(line), bullets: [], heading: false, unnumbered: true, line: i + 1 };
    paragraphs.push(current);
  });
  markHeadings(paragraphs, labels);
  numberUnderHeadings(paragraphs);
  let section: string | undefined;
  for (const p of paragraphs) {
    if (sections.has(p)) {
      p.heading = true;
      section = p.number;
    }
    if (section !== undefined) p.section = section;
  }
  const order = documentDateOrder(text);
  const head = [...preamble, ...paragraphs.slice(0, 3).map((p) => p.text)].join(' ');
  return {
    ...titleOf(preamble, order),
    group: groupOf(text),
    meetings: meetingsOf(head),
    periodStartYear: periodStartOf(text),
    ...(order ? { dateOrder: order } : {}),
    paragraphs,
  };
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A line with a date on it says something: "Next meeting: 4-5 May 2027, Geneva" is no heading. */
const DATED =
  /\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b/;

function markHeadings(paragraphs: ReportParagraph[], labels: ReadonlySet<ReportParagraph>): void {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.unnumbered || labels.has(p)) continue;
    const next = paragraphs.slice(i + 1).find((q) => !q.unnumbered);
    // A paragraph with children is their heading, unless it is itself a dated sentence ("2.1 The Conference will be
    // held … from 9 to 27 November 2026." followed by 2.1.1): then it is read like any paragraph.
    // Nor when it is a sentence of prose ("3.2 The Secretary-General will submit … in advance of Council 2032.").
    if (next?.number.startsWith(`${p.number}.`)) p.heading = !((DATED.test(p.text) || p.text.length > 60) && /[.;:]$/.test(p.text));
    // A short top-level line without a full stop ("7 Any other business") is a heading too; not a lead-in
    // to its own bullets ("15. The meeting was informed of the following upcoming events:").
    else if (!p.number.includes('.') && p.text.length < 160 && !/[.;]$/.test(p.text) && !DATED.test(p.text) && !(/:$/.test(p.text) && p.bullets.length))
      p.heading = true;
  }
}

/** The paragraph's text with its bullets, as one string (for searching a whole paragraph). */
export function fullText(p: ReportParagraph): string {
  return p.bullets.length ? `${p.text} ${p.bullets.join(' ')}` : p.text;
}
