import { YEAR_PART } from './year-periods.js';
/**
 * "The workshop foreseen for 24 April 2029 is cancelled", "… planned for 14 October in Beirut will not take
 * place" (or "will not be organized in this cycle"), "had been scheduled for 15 December, has been cancelled": the dated thing stays in the draft (the
 * calendar may hold it, and members must see it is off) with status `cancelled`. Only a date printed before the
 * words that cancel it, in the same sentence and with no new date between ("cancelled; it will instead be held
 * on …" keeps the new date live).
 */
const CANCELLED =
  /\b(?:(?:is|are|has been|have been|was|were|had been|will be|has now been)\s+(?:\w+\s+)?cancell?ed|will not (?:take place|be held|go ahead|be (?:organi[sz]ed|convened))|(?:is|has been) called off|(?:has|have|had) (?:now )?been (?:removed|struck|dropped|withdrawn|deleted|taken off) (?:from|off) the (?:programme|program|calendar|schedule|agenda)|(?:is|are) no longer (?:planned|scheduled|foreseen|envisaged|expected|required)|will no longer (?:be held|take place|go ahead|be (?:organi[sz]ed|convened))|(?:has|have|had) (?:now )?been (?:abandoned|shelved|scrapped|dropped)|(?:will|would) not (?:now )?be (?:required|needed)|(?:is|are|has been|have been|was|were|had been|will be|has now been)\s+(?:\w+\s+)?(?:abandoned|dropped|withdrawn|scrapped|struck off(?: the (?:calendar|programme|schedule))?|called off))\b/i;
/** "has been postponed sine die", "postponed indefinitely", "until further notice": off the calendar for now, not cancelled. */
const INDEFINITELY =
  /\b(?:postponed|deferred|adjourned|suspended)\s+(?:sine die|indefinitely|until further notice|to a (?:later )?date to be (?:determined|decided|announced|fixed))\b/i;

/** The dated thing is put off with no new date: to be announced, its old date kept in its history. */
export function postponedIndefinitely(sentence: string, dateEnd: number): boolean {
  const rest = sentence.slice(dateEnd);
  const m = INDEFINITELY.exec(rest);
  return Boolean(m) && !/\d{1,2}\s+\p{L}+\s+\d{4}/u.test(rest.slice(0, m!.index));
}

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** "has been deferred to the first quarter of 2035", "postponed to October 2035", "moved to early 2036": a new time, no day. */
const TO_PERIOD = new RegExp(
  `\\b(?:postponed|deferred|moved|rescheduled|pushed back|put back|delayed|brought forward|advanced)\\s+(?:to|until)\\s+(?:the\\s+)?(?:${YEAR_PART}|(${MONTH_NAMES})\\s+)?((?:19|20)\\d{2})\\b(?!\\s*[-–/]\\d)`,
  'i',
);

/** The new time of a thing moved to a part of a year or a month ("2035", "2035-10"), when no new day is printed. */
export function movedToPeriod(sentence: string, dateEnd: number): string | undefined {
  const rest = sentence.slice(dateEnd);
  const m = TO_PERIOD.exec(rest);
  if (!m || /\d{1,2}\s+\p{L}+\s+\d{4}/u.test(rest.slice(0, m.index))) return undefined;
  const month = m[1] ? MONTH_NAMES.split('|').findIndex((x) => x.toLowerCase() === m[1]!.toLowerCase()) + 1 : 0;
  return month ? `${m[2]}-${String(month).padStart(2, '0')}` : m[2]!;
}

export function cancelledAfter(sentence: string, dateEnd: number): boolean {
  const rest = sentence.slice(dateEnd);
  const m = CANCELLED.exec(rest);
  if (!m) return false;
  // "will now be held on 3 May, the earlier date being cancelled": a later date before the cancelling words is the live one.
  return !/\b(?:instead|will now|moved to|rescheduled to|postponed to)\b|\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2}/u.test(rest.slice(0, m.index));
}
