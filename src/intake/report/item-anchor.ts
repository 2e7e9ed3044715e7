import type { Built } from './merge.js';
import type { Entity, Reading, SentenceReading } from './mentions.js';

/**
 * Why: a deadline can hang on another deadline or on a dated step that is no event ("comments no later than three
 * weeks after the drafts are due", "within a month of the publication of the report", "two weeks after the close
 * of the call"). The anchor is then an item the report dates elsewhere, named by the thing it concerns, not an
 * event of the registry. The phrase gives that thing's noun; the item is the latest dated one before it whose
 * sentence names the noun (draft.ts resolves it once every dated item has its id).
 */

/** "the drafts are due" → "draft", "the publication of the report" → "report", "the close of the call" → "call". */
export function itemAnchorNoun(phrase: string): string | undefined {
  // "after the deadline set in Conclusion 2/1", "the date given in paragraph 4.3": the item that paragraph dates.
  const cited = CITED.exec(phrase.trim());
  if (cited) return `§${cited[1]!.replace(/[.)]$/, '')}`;
  const p = phrase
    .trim()
    .replace(/^(?:the|its|their)\s+/i, '')
    .replace(/\s+(?:is|are|will be|have been|has been)\s+(?:due|received|submitted|published|circulated|issued|sent|closed|made available)$/i, '')
    .replace(
      /^(?:deadline|due date|closing date|close|closing|end|publication|receipt|submission|circulation|issuance|dispatch|posting|release)\s+(?:for|of)\s+(?:the\s+|its\s+|their\s+)?/i,
      '',
    )
    .replace(/^(?:first|final|revised|draft|new)\s+/i, (m) => (/draft/i.test(m) ? m : ''));
  const words = p.split(/\s+/).filter(Boolean);
  // One or two plain words ("drafts", "draft report", "call for proposals" → "call"): a thing, not a clause.
  if (!words.length || words.length > 4 || words.some((w) => /^\p{Lu}/u.test(w) && !/^(?:Call|Report|Survey)$/.test(w))) return undefined;
  const noun = (words.length > 2 && /^(?:for|of|on)$/i.test(words[1]!) ? words[0]! : words[words.length - 1]!).toLowerCase();
  // "the forum", "the high-level segment", "the expert group meeting": an event the report names in lower case
  // (no entity of the registry), dated in the sentence that names it; a bare "the meeting" is left to anchors.ts.
  if (EVENT_THINGS.test(noun) && (noun !== 'meeting' || words.length >= 3)) return `event:${noun}`;
  if (!THINGS.test(noun)) return undefined;
  return noun.replace(/(?:ies)$/, 'y').replace(/s$/, '');
}

/** Events named in lower case that a deadline may hang on. */
const EVENT_THINGS = /^(?:forum|segment|workshop|seminar|webinar|symposium|conference|summit|briefing|meeting)$/;

const CITED =
  /^(?:the\s+)?(?:deadline|date|due date|closing date)\s+(?:set|given|fixed|mentioned|indicated|agreed)\s+(?:in|under|by)\s+(?:paragraph|para\.?|conclusion|decision|action point|§)\s*([\w./()-]*\d[\w./()-]*)$/i;

/** Things a report dates as steps of work, not as events. */
const THINGS =
  /^(?:drafts?|reports?|comments?|contributions?|proposals?|nominations?|applications?|questionnaires?|surveys?|calls?|consultations?|submissions?|inputs?|texts?|documents?|chapters?|papers?|studies|study|outputs?|responses?|replies|reply|versions?|summar(?:y|ies)|recommendations?|guidelines?|notifications?|registrations?)$/;

/** A stand-in for the item named by `noun`, resolved in draft.ts; never registered as an event. */
export function itemAnchor(noun: string, phrase: string, s: SentenceReading, key: number): Entity {
  return {
    id: -1 - key,
    name: phrase,
    tokens: [noun],
    head: 'item',
    groupMeeting: false,
    mentions: [{ paragraph: s.paragraph.number, wording: phrase, heading: false, sentence: s.text }],
    lastSeen: 0,
    itemNoun: noun,
  };
}

/** Does this sentence name the noun ("first drafts", "the draft report")? */
export function namesNoun(text: string, noun: string): boolean {
  const stem = noun.replace(/^event:/, '').replace(/y$/, '(?:y|ies)');
  return new RegExp(`\\b${stem}s?\\b`, 'i').test(text);
}

/**
 * "three weeks after the drafts are due": the latest dated item before this sentence whose own sentence names the
 * noun (a deadline first, else any dated item), in this paragraph or the three before it; draft.ts asks once all are dated.
 */
export function itemFor(reading: Reading, noun: string, b: Built, pending: readonly { b: Built; item: Record<string, unknown> }[]): string | undefined {
  const order = (x: Built) => reading.sentences.indexOf(x.c.sentence);
  const here = order(b);
  const paragraphs = [...new Set(reading.sentences.slice(0, here + 1).map((s) => s.paragraph.number))].slice(-4);
  // "the deadline set in Conclusion 2/1": the dated item of that paragraph, a deadline first.
  if (noun.startsWith('§')) {
    const there = pending.filter(({ b: x }) => x.when.type !== 'relative' && x.c.sentence.paragraph.number === noun.slice(1));
    return (there.find(({ b: x }) => x.c.kind === 'deadline') ?? there[0])?.item.id as string | undefined;
  }
  // An event named in lower case ("the forum") is dated in its own sentence or before: an event item.
  const event = noun.startsWith('event:');
  const fits = pending
    .filter(({ b: x }) => x.when.type !== 'relative' && x.when.type !== 'tba' && (event ? x.c.kind === 'event' && order(x) <= here : order(x) < here))
    .filter(({ b: x }) => paragraphs.includes(x.c.sentence.paragraph.number))
    // "asked when the report would be available … said that it would be published by …": "it" names it too.
    .filter(({ b: x }) => namesNoun(x.c.sentence.text, noun) || (/\bit\b/.test(x.c.sentence.text) && namesNoun(x.c.sentence.previous ?? '', noun)))
    .sort((p, q) => order(q.b) - order(p.b));
  return (fits.find(({ b: x }) => x.c.kind === 'deadline') ?? fits[0])?.item.id as string | undefined;
}
