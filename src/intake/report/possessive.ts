import type { EventMention } from './events.js';
import { nameTokens } from './lexicon.js';

/**
 * "TDAG will hold its meeting from 14 to 17 May", "the Council will hold its next session on …": a bare
 * "its meeting" is the meeting of the body the clause is about, not whatever meeting was named last. The
 * mention is renamed "<body> meeting" so the registry keeps it apart (and it keeps "next" when printed).
 */
const HOLDS_ITS =
  /\b((?:the\s+)?(?:[A-Z][\p{L}&-]*|[A-Z]{2,}[\w&-]*)(?:\s+(?:[A-Z][\p{L}&-]*|of|on|for|the))*?)\s+(?:will|shall|would|is to|are to|plans to)\s+(?:hold|convene|organi[sz]e)\s+its\s+(?:next\s+)?$/u;

export function bodyMeeting(m: EventMention, sentence: string): EventMention {
  if (!m.generic || !/^(?:meeting|session)$/.test(m.head)) return m;
  const holds = HOLDS_ITS.exec(sentence.slice(Math.max(0, m.index - 120), m.index));
  if (!holds) return m;
  const body = holds[1]!.replace(/^the\s+/i, '').trim();
  if (/^(?:It|They|This|The)$/.test(body)) return m;
  const name = `${body} ${m.head}`;
  return { ...m, name, tokens: nameTokens(name), generic: false };
}
