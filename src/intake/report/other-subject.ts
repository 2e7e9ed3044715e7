import type { Candidate } from './candidate-type.js';

/**
 * Why: a sentence can name a known event only as a complement of the thing it dates ("The Bureau of the
 * 33rd session will meet on …", "After the Study Group meeting, … will convene an e-meeting on …", "The
 * meeting of the coordinators, which will review the outcomes of this Forum, will take place on …"). Its date
 * is that other thing's, not a second (contradicting) date of the event named. The event is named behind a
 * preposition there, never as the subject.
 */
const BEHIND_PREPOSITION = /\b(?:of|at|after|before|following|from|for|by|with|to|on|about|concerning|regarding)\s+(?:the|this|that|its|their)\s+$/i;

/** The candidate's sentence names its event only behind a preposition: the date belongs to something else. */
export function namesEventOnlyAsComplement(c: Candidate, notOf = false): boolean {
  const e = c.entity;
  if (!e) return false;
  const mentions = c.sentence.events.filter((m) => m.entity === e);
  if (!mentions.length) return false;
  return mentions.every((m) => {
    const before = c.sentence.text.slice(Math.max(0, m.mention.index - 40), m.mention.index);
    return BEHIND_PREPOSITION.test(before) && !(notOf && /\bof\s+(?:the|this|that|its|their)\s+$/i.test(before));
  });
}
