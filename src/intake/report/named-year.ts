import type { Entity } from './mentions.js';

/**
 * Whether an event's name gave its year by the time a sentence dates it: "Green Standards Week 2026, to be
 * held … 2025" (same sentence) or a name with its year introduced earlier. A year first printed in a later
 * mention ("the IGF 2026 annual meeting, held in November 2026", after "the 22nd annual IGF meeting will be
 * held … 2027") more likely names another edition merged by name than corrects the date printed here.
 */
export function namedForYearBefore(entity: Entity, sentence: string): boolean {
  if (entity.year === undefined) return false;
  const year = String(entity.year);
  const here = entity.mentions.findIndex((x) => x.sentence === sentence);
  return entity.mentions.some((x, i) => x.wording.includes(year) && (here < 0 || i <= here));
}
