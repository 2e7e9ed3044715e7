import type { Entity } from './mentions.js';

/**
 * "Recalling General Assembly resolution 85/212 of 19 December 2030, adopted at the eighty-fifth session of the
 * Assembly" then "submit to the General Assembly, at its eighty-eighth session, a report": a body's numbered
 * sessions are a year apart, so the eighty-eighth is three years after the eighty-fifth, 2033. The year is
 * inferred only from a lower-numbered session of the same body dated in its own sentence, at most five sessions
 * back, and is flagged as an interpretation (`inferredFrom`).
 */
const MAX_APART = 5;

function yearBefore(e: Entity): number | undefined {
  for (const m of e.mentions) {
    const at = m.sentence.indexOf(m.wording);
    const years = at < 0 ? [] : [...m.sentence.slice(Math.max(0, at - 80), at).matchAll(/\b((?:19|20)\d{2})\b/g)];
    if (years.length) return Number(years[years.length - 1]![1]);
  }
  return undefined;
}

/** The body words of a session's name ("assembly" in "eighty-fifth session of the Assembly"). */
function bodyWords(e: Entity): string[] {
  return e.tokens.filter((t) => t !== e.head && !/^\d|(?:st|nd|rd|th)$|-/.test(t) && t.length > 3);
}

export function inferSessionYears(entities: Entity[]): void {
  const dated = entities.filter((e) => e.head === 'session' && e.ordinal && /^\d+$/.test(e.ordinal) && !e.groupMeeting);
  for (const e of dated) {
    if (e.year !== undefined || e.groupMeeting) continue;
    const near = e.mentions.map((m) => m.sentence.slice(Math.max(0, m.sentence.indexOf(m.wording) - 40), m.sentence.indexOf(m.wording)).toLowerCase());
    const sibling = dated.find((o) => {
      if (o === e || Number(o.ordinal) >= Number(e.ordinal) || Number(e.ordinal) - Number(o.ordinal) > MAX_APART) return false;
      const words = bodyWords(o);
      return words.length > 0 && words.some((w) => near.some((n) => new RegExp(`\\b${w}\\b`).test(n)));
    });
    const year = sibling && (sibling.year ?? yearBefore(sibling));
    if (sibling && year !== undefined) {
      e.year = year + Number(e.ordinal) - Number(sibling.ordinal);
      e.inferredFrom = `${sibling.name} (${year})`;
    }
  }
}
