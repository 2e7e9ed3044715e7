import { withOpeningDay } from './opening-day.js';
import { withWeekPreceding } from './week-preceding.js';

/**
 * Dates that hang off another item: "three weeks prior to the 42nd meeting", "not later than four weeks
 * before the meeting", "in due time prior to the Council 2025". chrono reads none of these (or reads them
 * from today); we read the offset and the words naming the anchor, and resolve the anchor elsewhere.
 */
export interface RelativeMention {
  text: string;
  index: number;
  offsetDays: number;
  bound: 'on' | 'by';
  /** The words naming the anchor ("the 42nd meeting of CWG-WSIS&SDG", "the meeting"). */
  anchor: string;
  /** Months were converted at 30 days. */
  approximate: boolean;
  /** "after the closing of the Conference": counted from the anchor's last day, not its first. */
  fromEnd?: boolean;
  /** "before it begins": "it" is a thing this very sentence names, not one of the sentences before. */
  sameSentence?: boolean;
  /** "three working days before": counted without weekends once the anchor's day is known (working-days.ts). */
  workingDays?: boolean;
}

/** "the start of", "the opening of", "the closing of": which end of the anchor the count starts from. */
const EDGE = /^(?:the\s+)?(start|opening|beginning|first day|close|closing|end|conclusion|last day)\s+of\s+(.+)$/i;

/** "the annual meeting opens", "the session closes": the edge said with a verb after the anchor. */
const EDGE_VERB = /^(.+?)\s+(opens|starts|begins|convenes|closes|ends|concludes)$/i;

function edgeOf(anchor: string): { anchor: string; fromEnd?: boolean; sameSentence?: boolean } {
  const verb = EDGE_VERB.exec(anchor.trim());
  // "well before it opens": "it" may be anything (a questionnaire opens too); only an event this sentence names
  // before the pronoun is its anchor ("register for the workshop at least 10 days before it begins").
  if (verb && /^(?:it|they|this|that|these)$/i.test(verb[1]!))
    return { anchor: 'it', sameSentence: true, ...(/^(?:closes|ends|concludes)$/i.test(verb[2]!) ? { fromEnd: true } : {}) };
  if (verb) return { anchor: verb[1]!, ...(/^(?:closes|ends|concludes)$/i.test(verb[2]!) ? { fromEnd: true } : {}) };
  // "before its opening": the event just named (pronoun-anchor.ts); "contributions to that meeting … before the
  // opening": the same, said with "the".
  const its = /^(?:its|the)\s+(start|opening|beginning|first day|close|closing|end|conclusion|last day)$/i.exec(anchor.trim());
  if (its) return { anchor: 'its', ...(/^(?:close|closing|end|conclusion|last day)$/i.test(its[1]!) ? { fromEnd: true } : {}) };
  const m = EDGE.exec(anchor.trim());
  if (!m) return { anchor: anchor.trim() };
  return { anchor: m[2]!.trim(), ...(/^(?:close|closing|end|conclusion|last day)$/i.test(m[1]!) ? { fromEnd: true } : {}) };
}

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  'twenty-one': 21,
  'twenty-eight': 28,
  thirty: 30,
  'forty-five': 45,
  'forty-eight': 48,
  'seventy-two': 72,
  sixty: 60,
  ninety: 90,
};
// Longest words first, so that "fourteen days" is not read from its "four".
const NUM = `(\\d{1,3}|${Object.keys(NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const ANCHOR = `((?:the\\s+)?[^,;.()]{2,80}?)(?=\\s*(?:[,;.()]|$|\\s+(?:and|or|with|so|in order|to allow|at the latest)\\b))`;
const COUNTED = new RegExp(
  `\\b(?:(not later than|no later than|no more than|not more than|at the latest|at least|within)\\s+)?${NUM}\\s+(calendar\\s+|working\\s+)?(days?|weeks?|fortnights?|months?|hours?)\\s+(prior to|before|ahead of|in advance of|after|following|of)\\s+${ANCHOR}`,
  'gi',
);
const PLAIN = new RegExp(
  `\\b(?:(in due time|in a timely manner|in good time|well in advance|in advance|sufficiently in advance)\\s+)?(prior to|before|ahead of|in advance of)\\s+${ANCHOR}`,
  'gi',
);

const NEXT_DAY = new RegExp(`\\b(?:on\\s+)?the\\s+(?:day\\s+(before|after|preceding|following)|eve\\s+of)\\s+${ANCHOR}`, 'gi');

export function findRelative(sentence: string): RelativeMention[] {
  const out: RelativeMention[] = [];
  for (const m of sentence.matchAll(COUNTED)) {
    // "within two weeks of the close of the consultation": "of" counts forwards, only after "within".
    if (m[5]!.toLowerCase() === 'of' && !/^within$/i.test(m[1] ?? '')) continue;
    const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : NUMBERS[m[2]!.toLowerCase()]!;
    const unit = m[4]!.toLowerCase();
    // "48 hours after the end of the Forum": whole days, rounded up (a calendar deadline is a day).
    const days = unit.startsWith('hour')
      ? Math.ceil(n / 24)
      : n * (unit.startsWith('week') ? 7 : unit.startsWith('fortnight') ? 14 : unit.startsWith('month') ? 30 : 1);
    const after = /after|following|^of$/i.test(m[5]!);
    out.push({
      text: m[0].trim(),
      index: m.index ?? 0,
      offsetDays: after ? days : -days,
      // "no later than ten days after the closing": a limit, not a day.
      // "within two weeks after the meeting": any day up to then.
      // "one month after the publication of the report at the latest": the limit said after the anchor.
      bound:
        after && !/later than|more than|at the latest|within/i.test(m[1] ?? '') && !/^\s*at the latest\b/i.test(sentence.slice((m.index ?? 0) + m[0].length))
          ? 'on'
          : 'by',
      ...edgeOf(m[6]!),
      approximate: unit.startsWith('month') || Boolean(m[3] && /working/i.test(m[3])),
      ...(m[3] && /working/i.test(m[3]) && unit.startsWith('day') ? { workingDays: true } : {}),
    });
  }
  // "on the day before the annual meeting opens", "the day after the closing of the session", "on the eve of the
  // Summit": that one day.
  for (const m of sentence.matchAll(NEXT_DAY)) {
    const after = /after|following/i.test(m[1] ?? '');
    out.push({ text: m[0].trim(), index: m.index ?? 0, offsetDays: after ? 1 : -1, bound: 'on', ...edgeOf(m[2]!), approximate: false });
  }
  for (const m of sentence.matchAll(PLAIN)) {
    const index = m.index ?? 0;
    if (out.some((o) => index >= o.index && index < o.index + o.text.length)) continue;
    out.push({ text: m[0].trim(), index, offsetDays: -1, bound: 'by', ...edgeOf(m[3]!), approximate: false });
  }
  return withOpeningDay(withWeekPreceding(out, sentence), sentence);
}
