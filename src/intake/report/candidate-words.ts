/**
 * Cue words shared by the candidate readers (candidates.ts, relative-candidates.ts): what makes a sentence
 * about an event, a deliverable, a date that dates nothing to come. Kept apart so both read the same words.
 */
/** Words that make a dated sentence about an event (held, a meeting, a forum…). */
export const EVENT_WORDS =
  /\b(?:held|take place|takes place|taking place|hosted|will be organi[sz]ed|meeting|forum|session|conference|summit|workshop|event|consultation|briefing|webinar|symposium|assembly)\b/i;

/** Words before a date that make it an event's own schedule ("scheduled for", "to be held on"; the date's lead may be in its mention). */
export const SCHEDULED_FOR = /\b(?:scheduled|planned|to be held|will be held|taking place|held)(?:\s+(?:for|on|from|in))?\s*$/i;

/** Leads of dates that date nothing to come ("as of", "since", "dated"). */
export const SKIP_LEADS = /^(?:as of|as at|since|of the|dated)$/i;

/** Words of something to deliver (contributions, a report, comments, to submit or circulate). */
export const DELIVERABLE =
  /\b(?:due|deadline|received|contributions?|comments?|inputs?|available|submit\w*|present\w*|publish\w*|report\w*|send|sent|upload\w*|circulat\w*|distribut\w*|provide\w*|post\w*|regist\w*|nominat\w*|applications?|apply|transmit\w*|propos(?:e|als?))\b/i;

/** Leads that make a date a limit ("by", "not later than"). */
export const DEADLINE_LEAD = /^(?:by|until|till|not later than|no later than)$/i;
/** Words of a dated deadline (due, submit, comments, post, register…). */
export const DEADLINE_WORDS =
  /\b(?:deadline|due|submit\w*|comments?|contributions?|inputs?|upload\w*|post(?:ed|ing)|publish\w*|made available|available|transmi\w*|send|sent|provide|final draft|register\w*|nominat\w*|apply|applications?|circulat\w*|expir\w*|time-limits?)\b/i;
/** Words that announce something to come. */
export const FUTURE = /\b(?:will|upcoming|scheduled|forthcoming|to be held|next|planned)\b/i;

/** The year of a month printed without one ("in mid-April"): `0000-04`, given a year when dated (yearless-month.ts). */
export const YEARLESS = '0000';
