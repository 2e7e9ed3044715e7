/**
 * Why: "The final agenda of the Forum will be published on Monday 19 April", "The report of the meeting will be
 * circulated on 3 May": a document of an event, to be delivered on a day. The event is only named behind "of";
 * the date is the document's, a deadline, not a second date of the event.
 */
const DOCUMENT = `(?:agenda|report|programme|program|documents?|summary|outcomes?|list|paper|draft|guidelines|invitation|letter|circular|schedule|timetable|compilation|proceedings)`;
const PUBLISHED = new RegExp(
  String.raw`(?:^|[.;]\s*)(?:The|An?|Its|Their)\s+(?:[\w'’-]+\s+){0,3}?${DOCUMENT}\b[^.;]{0,100}?\b(?:will|shall|is to|are to)\s+be\s+(?:published|circulated|issued|posted|made available|distributed|released|sent|shared)\s+(?:(?:online|on the website|to all \w+)\s+)?(?:on|by)?\s*$`,
  'i',
);

/** The clause before the date says a document of something will be published on it. */
export function publishedOn(sentence: string, dateIndex: number): boolean {
  return PUBLISHED.test(sentence.slice(0, dateIndex));
}
