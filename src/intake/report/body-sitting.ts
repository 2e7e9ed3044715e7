import { tba } from './candidate-text.js';
import type { Candidate } from './candidate-type.js';
import type { DateMention } from './dates.js';
import type { SentenceReading } from './mentions.js';

/**
 * Why: "… will be considered by ECOSOC at its management segment in June 2030", "… taken up by the General
 * Assembly at its session in September 2031": a body's sitting in a month, named by the body and "its <sitting>"
 * only. No event name is printed, so the owner search finds nothing; it is an event to be announced in that month.
 */
const SITTING =
  /\b((?:the\s+)?(?:[A-Z]{2,}[\w&-]*|[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,3}))\s+at\s+its\s+((?:[a-z][\w-]*\s+){0,3}?(?:session|segment|meeting|sitting))\s+(?:in|during)\s+$/u;

export function bodySitting(s: SentenceReading, m: DateMention): Candidate | undefined {
  if (m.start.month === undefined || m.start.year === undefined || m.start.day !== undefined || m.end) return undefined;
  const at = SITTING.exec(s.text.slice(Math.max(0, m.index - 120), m.index + (m.lead ? m.lead.length + 1 : 0)));
  // "at its thirty-fifth session": a numbered session is a named event, read with the sentence's events.
  if (!at || /\b(?:\d+(?:st|nd|rd|th)|[\w-]*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|th))\b/i.test(at[2]!))
    return undefined;
  const body = at[1]!.replace(/^the\s+/i, '');
  const approx = `${m.start.year}-${String(m.start.month).padStart(2, '0')}`;
  return { ...tba(s, 'event', `${body} ${at[2]} ${m.start.year}`, at[0].trim(), undefined, 'event'), date: { type: 'tba', approx }, wording: m.text };
}
