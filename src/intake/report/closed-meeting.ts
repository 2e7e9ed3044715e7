/**
 * Why: "The Chair thanked the panellists and closed the panel on 21 November", "closed the workshop on …", "the
 * meeting was closed at 17:10 on …": the end of the meeting reported on, told as done, not an item of its own.
 * The meeting may be called by any event noun the report gives it (panel, forum, workshop, session).
 */
const NOUN = `(?:meeting|session|panel|forum|workshop|seminar|symposium|conference|retreat|dialogue)`;
const CLOSED = new RegExp(String.raw`\b(?:closed|adjourned)\s+the\s+(?:[\w-]+\s+){0,2}?${NOUN}\b|\b${NOUN}\s+(?:was\s+)?(?:closed|adjourned)\b`, 'i');

export function closesReportedMeeting(sentence: string): boolean {
  return CLOSED.test(sentence);
}
