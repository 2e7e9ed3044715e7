/**
 * The number a report prints at the start of a line, in the styles reports of ITU bodies and of other
 * organisations use: "6.7.9", "3.1.", "§ 3.2", "§1.1", "[12]", "1)", "Paragraph 3", "4.2(a)", and roman
 * section headings ("IV.\tOTHER MATTERS"). The number kept is the report's own, without its decoration
 * ("§ 3.2" → "3.2", "[12]" → "12"), so that a proposal cites the paragraph as a reader finds it.
 */
export interface LineNumber {
  /** The paragraph number as printed, without "§", brackets or a trailing dot. */
  number: string;
  text: string;
  /** A roman section heading ("II. WORK PROGRAMME"): a heading whatever follows it. */
  section?: boolean;
  /** "4.2(a)": a lettered sub-item of paragraph 4.2, printed with its parent's number. */
  subItem?: boolean;
}

/** "6.7.9", "3.1.", "1 Introduction": digits first; a single space only before a capital (not "3 May"). */
const DECIMAL = /^\s*(\d{1,2}(?:\.\d{1,3}){0,5})\.?(?:\t+|\s{2,}|\s(?=[A-Z(“"'‘]))\s*(.*)$/;
/** "§ 3.2", "§3.2", "§ 12." followed by a tab or spaces. */
const SECTION_SIGN = /^\s*§{1,2}\s*(\d{1,3}(?:\.\d{1,3}){0,5})\.?(?:\s+|(?=[A-Z(“"'‘]))(.*)$/;
/** "[12]", "[1]": a bracketed running number. */
const BRACKETED = /^\s*\[(\d{1,3}(?:\.\d{1,3}){0,3})\]\s*(.*)$/;
/** "1)", "12)": a number closed by a parenthesis. */
const PARENTHESISED = /^\s*(\d{1,3})\)\s+(.*)$/;
/** "Paragraph 3", "Para. 3:", "PARAGRAPH 3 –". */
const WORD = /^\s*(?:paragraph|para\.?)\s+(\d{1,3}(?:\.\d{1,3}){0,5})\s*[.:–—-]?\s+(.*)$/i;
/** "4.2(a)", "4.2 (ii)": a sub-item printed with its parent's number. */
const SUB_ITEM = /^\s*(\d{1,2}(?:\.\d{1,3}){0,5})\s?\((?:[a-z]|[ivx]{1,4})\)\s+(.*)$/;
const MONTH_FIRST = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** "IV.\tOTHER MATTERS", "II. Work programme", "III\tFUTURE MEETINGS". */
const ROMAN = /^\s*([IVXL]{1,6})(?:\.\s*|\t+|\s{2,})(\S.*)$/;

export function numberOfLine(line: string): LineNumber | undefined {
  const sub = SUB_ITEM.exec(line);
  if (sub) return { number: sub[1]!, text: sub[2]!, subItem: true };
  for (const re of [SECTION_SIGN, BRACKETED, WORD, PARENTHESISED, DECIMAL]) {
    const m = re.exec(line);
    if (!m) continue;
    // "3 May 2027 was …", "15 February 2023" on its own line: a date, not paragraph 3.
    if (re === DECIMAL && !m[1]!.includes('.') && MONTH_FIRST.test(m[2]!)) return undefined;
    return { number: m[1]!, text: m[2]! };
  }
  const roman = ROMAN.exec(line);
  if (roman && isRoman(roman[1]!) && looksLikeHeading(roman[2]!)) return { number: roman[1]!, text: roman[2]!, section: true };
  return undefined;
}

/** "IV", "XII" are roman numerals; "LIV" too, "IIII" or "VX" are not. */
function isRoman(s: string): boolean {
  return /^(?:L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(s) && s.length > 0;
}

/** A section title: in capitals, or short and without a full stop. */
function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  if (t === t.toUpperCase() && /\p{Lu}/u.test(t)) return true;
  return t.length < 90 && !/[.;:]$/.test(t) && /^\p{Lu}/u.test(t);
}
