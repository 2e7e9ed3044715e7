import type { DateMention } from './dates.js';
import { approvesMinutes } from './history.js';
import type { ReportDocument, ReportParagraph } from './paragraphs.js';

/**
 * Dates a report prints that are not calendar: lists of participants and of documents (an annex or a block
 * under "List of participants"), a document's symbol and date ("CWG-DI-4/1 (15 January 2027)", "Document
 * C27/12 of 3 March 2027"), the dates of a meeting whose minutes are approved ("approved the report of its
 * third meeting (Geneva, 2-4 December 2025)"), a person's registration, and budget periods ("the 2026-2027
 * biennium", "for the year 2027", "the financial period 2028-2031").
 */

/** A line that opens a list of participants or documents. */
const LIST_HEADING =
  /^(?:(?:Annex|Appendix|Attachment)\b[^.]{0,40}?[-–—:]?\s*)?(?:(?:the\s+)?list\s+of\s+(?:participants|documents|attendees|delegates|delegations|contributions|registered)|participants(?:\s+list)?|attendance|documents(?:\s+(?:considered|submitted|list))?|registered\s+participants)\s*:?\s*$/i;
/** Another annex title ends the list. */
const ANNEX = /^(?:Annex|Appendix|Attachment)\b/i;

/** The paragraphs that are lists of participants or documents (their dates are not calendar). */
export function listParagraphs(doc: ReportDocument): Set<ReportParagraph> {
  const out = new Set<ReportParagraph>();
  let inList = false;
  let annexList = false;
  for (const p of doc.paragraphs) {
    const text = p.text.trim();
    if (LIST_HEADING.test(text)) {
      inList = true;
      annexList = ANNEX.test(text);
      out.add(p);
      continue;
    }
    if (inList && ANNEX.test(text)) inList = false;
    // A list under a heading runs until the next numbered paragraph (in an annex, until the next annex), and
    // never over prose: a sentence that says something ends it ("The meeting noted …").
    else if (inList && !annexList && !p.unnumbered) inList = false;
    else if (inList && PROSE.test(text)) inList = false;
    if (inList) out.add(p);
  }
  return out;
}

/** A line of a report's prose, not of a list: long, or with a verb a list entry does not have. */
const PROSE = /^.{160,}$|\b(?:will|shall|was|were|is|are|has|have|had|noted|agreed|decided|invited|requested|welcomed|took|held)\b/;

/** "CWG-DI-4/1 (15 January 2027)", "Doc. C27/12 of 3 March 2027", "Document SG1/210 dated 4 May 2023". */
const SYMBOL_BEFORE =
  /(?:\b(?:Doc(?:ument)?s?\.?|Document)\s+)?\b[A-Z][A-Za-z0-9&+]*(?:[-‑][A-Za-z0-9&+]+)*\/[A-Za-z0-9/.-]+\s*(?:\(|,\s*|\s+(?:of|dated)\s+)$/;
/** A person: "Mr B. Chen, Ministry of ICT (registered 1 March 2027)". */
const PERSON = /^(?:Mr|Ms|Mrs|Dr|Prof|H\.E\.|Miss|Mme|M\.)\.?\s+[A-Z]/;
/** A budget period, not a date of the calendar. */
export const BUDGET_PERIOD =
  /\b(?:(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)?\d{2}\s+(?:biennium|budget|financial\s+(?:period|plan|year))|(?:biennium|financial\s+(?:period|plan|year)|budget(?:\s+(?:estimates?|proposals?))?|accounts|appropriations?|provision)\s+(?:for\s+)?(?:the\s+(?:year|period)\s+)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?|for\s+the\s+(?:financial\s+)?year\s+(?:19|20)\d{2})\b/i;

const OWN_REPORT_ADOPTED =
  /\b(?:adopted|approved|endorsed)\s+(?:the\s+)?(?:present|this|its)\s+(?:draft\s+)?(?:report|summary)\s+(?:on\s+|at\s+\S+\s+on\s+)?$/i;

const CLOSED_IT = /\b(?:closed|adjourned)\s+(?:it|the\s+(?:meeting|session|workshop|forum))\s+(?:at\s+\S+(?:\s+hours)?\s+)?(?:on\s+)?$/i;

export function noiseDate(sentence: string, m: DateMention): string | undefined {
  const before = sentence.slice(0, m.index);
  if (SYMBOL_BEFORE.test(before)) return 'the date of a document';
  if (PERSON.test(sentence)) return 'a line of a list of participants';
  // "(Geneva, 2-4 December 2025)" after the meeting whose report is approved.
  if (approvesMinutes(sentence) && /\([^)]*$/.test(before)) return 'a meeting whose report is approved';
  // "The Committee adopted the present report on 24 August 2028": the day the document itself was adopted.
  if (OWN_REPORT_ADOPTED.test(before)) return 'the date the report itself was adopted';
  // "thanked the host and closed the meeting on 3 March 2031": the end of the meeting reported on, told again.
  if (CLOSED_IT.test(before)) return 'the closing of the meeting reported on';
  return undefined;
}

/** A year the sentence gives only as a budget period ("the 2026-2027 biennium"): no event or deadline in it. */
export function budgetYearOnly(sentence: string, approx: string | undefined): boolean {
  if (!approx) return false;
  const year = approx.slice(0, 4);
  const budget = BUDGET_PERIOD.exec(sentence);
  if (!budget?.[0].includes(year.slice(2))) return false;
  // The same year elsewhere in the sentence (an event "in 2027") keeps it.
  const rest = sentence.replace(budget[0], '');
  return !new RegExp(`\\b${year}\\b`).test(rest);
}
