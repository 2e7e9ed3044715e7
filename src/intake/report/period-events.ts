import { periodSubject, pronounOwner } from './period-subject.js';
import type { Candidate } from './candidate-type.js';
import type { Entity, Reading, SentenceReading } from './mentions.js';
import { entityTitle, tba } from './candidate-text.js';
import { yearPeriodsIn } from './year-periods.js';
import { SKIP_LEADS } from './candidate-words.js';
import { ownerOf } from './event-owner.js';

/** "The next forum will be held in 2027", "… in the third quarter of 2025" (year-periods.ts): an event expected that year. */
export function periodEventsIn(reading: Reading, s: SentenceReading): Candidate[] {
  const out: Candidate[] = [];
  for (const p of yearPeriodsIn(s.text)) {
    // A day printed in the same stretch dates the thing itself; one elsewhere in the sentence ("… foreseen for
    // early 2028, are invited to inform … by 14 May 2027") belongs to something else.
    if (s.dates.some((d) => d.start.day !== undefined && !SKIP_LEADS.test(d.lead) && d.index < p.index && d.endIndex > p.index - 120)) continue;
    const owner = ownerOf(reading, s, p, 0) ?? pronounOwner(reading, s);
    if (!owner) {
      const subject = out.length ? undefined : periodSubject(s, p);
      if (subject) out.push(subject);
      continue;
    }
    for (const e of [...coordinated(s, owner), owner]) {
      if (out.some((c) => c.entity === e)) continue;
      out.push({ ...tba(s, 'event', entityTitle(e, reading), p.text, String(p.year), 'event'), entity: e });
    }
  }
  return out;
}

const WITH =
  /^\s+(?:will|is to|shall|would)\s+(?:be\s+held|take\s+place|meet)\s+(?:together\s+|jointly\s+)?(?:with|alongside|back[- ]to[- ]back\s+with|in conjunction with)\s+(?:the\s+)?$/i;

/** "the Radiocommunication Assembly (RA-27) and the World Radiocommunication Conference (WRC-27) will be held in …": both subjects. */
function coordinated(s: SentenceReading, owner: Entity): Entity[] {
  const at = s.events.findIndex((e) => e.entity === owner);
  const out: Entity[] = [];
  // "The Global Standards Symposium will be held with WTSA-32 in the fourth quarter of 2032": the subject too.
  const first = s.events[0];
  if (at > 0 && first && !first.mention.generic && WITH.test(s.text.slice(first.mention.endIndex, s.events[at]!.mention.index))) out.push(first.entity);
  for (let k = at - 1; k >= 0 && !out.length; k--) {
    const gap = s.text.slice(s.events[k]!.mention.endIndex, s.events[k + 1]!.mention.index);
    if (!/^\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?$/.test(gap) || s.events[k]!.mention.generic) break;
    out.unshift(s.events[k]!.entity);
  }
  return out;
}
