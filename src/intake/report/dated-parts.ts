import { cap } from './candidate-text.js';
import type { Candidate } from './candidate-type.js';
import type { Reading, SentenceReading } from './mentions.js';
import { subEventsIn } from './sub-events.js';

/**
 * "ITU will hold a side event at IGF 2030 on 19 November 2030, 11:00-12:30", "UNGIS will hold an open forum at
 * the Summit on 4 May": a part of another event printed with a date of its own. The date is the part's, not the
 * parent's: read as the parent's it would only add a conflicting date to the parent (and lose the part). The dated
 * candidate is the part (titled as sub-events.ts titles it, not merged with the parent), and the undated "during the
 * parent" reading of the same words is dropped. Only when the date follows the parent's name closely (a place or
 * a comma between, no other clause), so that "a side event at X; X itself runs from …" keeps X's dates.
 */
const CLOSE = /^[\s,]*(?:(?:in|at)\s+[^,;.\d]{2,50}[\s,]*)?$/;

export function datedParts(reading: Reading, s: SentenceReading, dated: Candidate[]): { dated: Candidate[]; absorbed: Set<string> } {
  const absorbed = new Set<string>();
  const subs = subEventsIn(reading, s);
  if (!subs.length) return { dated, absorbed };
  const out = dated.map((c) => {
    if (c.kind !== 'event' || !c.entity || c.date.type !== 'mention') return c;
    const m = c.date.mention;
    const sub = subs.find((x) => x.parent === c.entity && !x.entity && x.endIndex <= m.index && CLOSE.test(s.text.slice(x.endIndex, m.index)));
    if (!sub) return c;
    absorbed.add(s.text.slice(sub.index, sub.endIndex));
    const { entity: _parent, ...rest } = c;
    return { ...rest, title: cap(sub.title), parent: sub.parent };
  });
  return { dated: out, absorbed };
}
