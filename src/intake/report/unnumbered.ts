import type { ReportParagraph } from './paragraphs.js';

/**
 * Reports that number only their headings ("2. Preparations for the annual meeting") and print the paragraphs
 * under them unnumbered would otherwise cite every paragraph of a section as "2", which says nothing about
 * where a sentence is. Such a paragraph is cited `<heading number>.<running count under that heading>`: the
 * first paragraph under "2." is 2.1, the third 2.3 (docs/import.md, "Citations"). Only under a numbered
 * heading that has no numbered child of its own: in a report that numbers its paragraphs, an unnumbered line
 * between them is a sub-heading and keeps the number above; the text under a decision's title ("Decision 21/3 –
 * Schedule of meetings") is that decision, cited 21/3. Table rows cite the paragraph that introduces them.
 */
export function numberUnderHeadings(paragraphs: ReportParagraph[]): void {
  for (let i = 0; i < paragraphs.length; i++) {
    const heading = paragraphs[i]!;
    if (!heading.heading || heading.unnumbered || heading.titled) continue;
    let end = i + 1;
    while (end < paragraphs.length && paragraphs[end]!.unnumbered) end++;
    const run = paragraphs.slice(i + 1, end);
    const next = paragraphs[end];
    if (next?.number.startsWith(`${heading.number}.`) || !run.some((p) => !p.tableRow && SENTENCE.test(p.text))) continue;
    let count = 0;
    for (const p of run) {
      if (!p.tableRow || count === 0) count++;
      p.number = `${heading.number}.${count}`;
    }
  }
}

/** A paragraph of prose ends like a sentence; a sub-heading or a caption does not. */
const SENTENCE = /[.;:!?]["”’)]?$/;
