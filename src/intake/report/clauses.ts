import type { ReportParagraph } from './paragraphs.js';

/**
 * A draft resolution inside a numbered paragraph ("2. … recommends the adoption of the following draft
 * resolution:", then its title, "The Economic and Social Council,", preambular lines "Recalling …,") whose
 * operative clauses are lettered: "(a) Requests the Secretary-General to submit …;", "(b) Invites Member
 * States …". Each clause is a paragraph of its own, cited "2(a)", "2(b)" as such reports are cited — not a
 * bullet of the preambular line above it. A lettered list right after its lead-in ("… agreed on the
 * following:") stays that paragraph's bullets.
 */
export function clauseBase(current: ReportParagraph | undefined, letter: string, text: string): string | undefined {
  if (!current?.unnumbered || current.tableRow || current.heading || letter !== 'a') return undefined;
  if (/:$/.test(current.text) || current.bullets.length || !/^\d+$/.test(current.number)) return undefined;
  return /^\p{Lu}\p{Ll}+s\b/u.test(text) ? current.number : undefined;
}
