import type { Reading } from './mentions.js';
import type { Candidate } from './candidate-type.js';
import { broughtTo } from './presented.js';
import { relativeIn } from './relative-candidates.js';
import { duringNamedIn } from './during-named.js';
import { edgeEventsIn } from './edge-events.js';
import { datedParts } from './dated-parts.js';
import { datedIn } from './dated-candidates.js';
import { periodEventsIn } from './period-events.js';
import { undatedIn, undatedTask } from './undated-candidates.js';

export { entityTitle, tidy } from './candidate-text.js';
export type { Candidate, CandidateDate } from './candidate-type.js';

/** "at its coordination segment": the sitting of a body named before, not an event named on its own. */
function itsSitting(text: string, wording: string | undefined): boolean {
  if (!wording) return false;
  const at = text.indexOf(wording);
  return at > 0 && /\bat\s+its\s+(?:[a-z][\w-]*\s+){0,3}$/.test(text.slice(Math.max(0, at - 40), at));
}

export function findCandidates(reading: Reading): Candidate[] {
  const out: Candidate[] = [];
  for (const s of reading.sentences) {
    if (s.paragraph.heading) continue; // headings only add "see also" to what the body proposes
    // "a side event at X on 19 November": the date is the part's (dated-parts.ts).
    const parts = datedParts(reading, s, datedIn(reading, s));
    const dated = parts.dated;
    // "will be presented to the next meeting of X, to be held on …": X, and a deadline on it (presented.ts).
    const periods = periodEventsIn(reading, s);
    // An event with a year period ("in the third quarter of 2027") is that item, not also one to be announced.
    // Nor is "its coordination segment in July 2038" a second item beside the body's sitting read from a month.
    const monthOf = (c: Candidate) => (c.date.type === 'tba' ? c.date.approx : undefined);
    const sittings = dated.filter((c) => !c.entity && monthOf(c)?.length === 7);
    const undated = undatedIn(reading, s).filter(
      (c) =>
        (!c.entity || !periods.some((p) => p.entity === c.entity)) &&
        !(c.parent && parts.absorbed.has(c.wording)) &&
        !(c.entity && sittings.some((d) => monthOf(d) === monthOf(c)) && itsSitting(s.text, c.entity.mentions[0]?.wording)),
    );
    out.push(
      ...dated,
      ...broughtTo(reading, s, dated),
      ...relativeIn(reading, s),
      ...edgeEventsIn(reading, s),
      ...duringNamedIn(reading, s),
      ...periods,
      ...undated,
    );
  }
  // Undated tasks, only in paragraphs that propose no deadline already (that one carries the action).
  const withDeadline = new Set(out.filter((c) => c.kind === 'deadline').map((c) => c.sentence.paragraph));
  for (const s of reading.sentences) {
    if (s.paragraph.heading || withDeadline.has(s.paragraph)) continue;
    const task = undatedTask(reading, s);
    if (task) {
      out.push(task);
      withDeadline.add(s.paragraph);
    }
  }
  return out;
}
