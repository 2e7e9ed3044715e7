import { isMeetingHead } from './anchors.js';
import type { Entity, Reading, SentenceReading } from './mentions.js';

/**
 * "Contributions to the 22nd meeting shall reach the secretariat four weeks before its opening", "Input
 * documents for PP30-2 shall be submitted … before its opening": "its" is the event last named before it, in
 * the sentence or, failing that, in the sentences of the paragraph before (not the meeting the report is on).
 */
export function pronounAnchor(reading: Reading, anchor: string, s: SentenceReading, at: number, sameSentence = false): Entity | undefined {
  // "due two weeks before it": "it" too, the event just named.
  if (!/^(?:its|it)$/i.test(anchor.trim())) return undefined;
  const named = (t: SentenceReading, before = Number.POSITIVE_INFINITY) =>
    [...t.events].reverse().find((e) => e.mention.index < before && !e.mention.generic && reading.entities.includes(e.entity) && isEventLike(e.entity))?.entity;
  const here = named(s, at);
  if (here) return here;
  // "… the questionnaire … well before it opens": "it" is that thing, which opens too; no event to count from.
  if (sameSentence && OPENING_THING.test(s.text.slice(0, at))) return undefined;
  const k = reading.sentences.indexOf(s);
  // "The panel will be held … from 16 to 18 November." then "Panellists … no later than 21 days before it opens.":
  // a verb of opening lets "it" reach back one paragraph.
  const paragraphs = new Set([s.paragraph.number]);
  for (let j = k - 1; j >= 0; j--) {
    const t = reading.sentences[j]!;
    if (!paragraphs.has(t.paragraph.number)) {
      if (!sameSentence || paragraphs.size > 1) break;
      paragraphs.add(t.paragraph.number);
    }
    const earlier = named(t);
    if (earlier) return earlier;
  }
  return undefined;
}

/** Things that open and close without being events: a questionnaire, a survey, a call, a registration, a portal. */
const OPENING_THING =
  /\b(?:the|a|an|its|their|this)\s+(?:[\w-]+\s+){0,3}?(?:questionnaire|survey|call|consultation|registration|portal|platform|form|process|window|database|list|exhibition|vote|ballot)\b/i;

/**
 * A meeting, conference or other sitting that has an opening, not a document or a body. A body that sits in
 * named sessions counts when the name carries its year ("Council 2033", "WTDC-33"): that is its session.
 */
function isEventLike(e: Entity): boolean {
  return (
    isMeetingHead(e.head) ||
    /^(?:conference|forum|summit|workshop|assembly|congress|symposium|seminar|session|pp)/i.test(e.head) ||
    e.ordinal !== undefined ||
    (e.year !== undefined && SITTING.test(e.head))
  );
}

const SITTING = /^(?:council|commission|board|plenary|wtdc|wtsa|wrc|rrc|ra|tdag|tsag|rag|hlpf|igf|wsis)$/i;
