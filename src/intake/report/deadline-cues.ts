/**
 * Words around a date that make it a deadline, whatever else the sentence names: "by close of business on",
 * "should reach the secretariat no later than", "will remain open until", "the deadline for contributions
 * is", "at the latest". And an action asked of someone ("Members are invited to send …", "the secretariat
 * to circulate …") with a date: the date is when it is due, not an event — unless what is asked is to attend.
 */
export type DeadlineCue = 'strong' | 'action';

const STRONG_BEFORE = [
  // "by close of business on", "before COB on", "by the end of the day on", "by midnight (CET) on"
  /\b(?:by|before|until)\s+(?:the\s+)?(?:close of business|c\.?o\.?b\.?|end of (?:the\s+)?(?:business\s+|working\s+)?day|midnight|noon)\b[^.;]{0,30}$/i,
  // "should reach the secretariat no later than", "must be received not later than"
  /\b(?:no|not)\s+later\s+than\s+(?:\S+\s+){0,2}$/i,
  // "will remain open until", "is open until", "open for comments until"
  /\bopen\b[^.;]{0,40}\b(?:until|till|through|to)\s+(?:\S+\s+){0,1}$/i,
  // "the deadline for contributions is", "Deadline:", "the deadline has been extended to", "closing date:"
  /\b(?:deadlines?|closing date|cut-off date|due date)\b[^.;]{0,80}?(?:\bis\b|\bare\b|\bwas\b|\bwill be\b|\bremains\b|\bset (?:for|at|to)\b|\b(?:extended|moved|changed|fixed) (?:to|until|for)\b|:|\bof\b)\s*(?:on\s+|the\s+)?(?:\S+,?\s+)?$/i,
  // "are due on", "to be received by", "must reach … on"
  /\b(?:due|must be received|to be received|should be received|must reach|should reach)\b[^.;]{0,60}?\b(?:on|by|before)\s+(?:\S+,?\s+)?$/i,
  /\bat the latest\s+(?:on\s+)?$/i,
  // "the call for proposals will close on", "registration closes at midnight on", "the silence procedure will end
  // at": a call, survey, registration or procedure ending — the last moment to act, whatever the verb.
  /\b(?:call|calls|registration|survey|questionnaire|consultation|nominations?|applications?|submissions?|voting|procedure|comment period)\b[^.;]{0,90}?\b(?:will\s+)?(?:clos(?:e|es|ing)|end(?:s|ing)?)\s+(?:on\s+|by\s+|at\s+)?(?:\S+,?\s+){0,3}$/i,
];
const STRONG_AFTER = /^[\s,]*(?:at the latest|latest)\b/i;

/** "Members are invited to …", "the secretariat was requested to …", "Administrations should …": asked to act. */
const ASKED =
  /\b(?:members|member states|administrations|delegat(?:es|ions)|participants|sector members|secretariat|chair(?:man|person)?|rapporteurs?|countries|stakeholders|all)\b[^.;]{0,40}?\b(?:are|were|is|was|has been|have been)\s+(?:also\s+|kindly\s+|again\s+)?(?:requested|invited|urged|asked|encouraged|expected|reminded)\s+to\s+(\w+)|\b(?:requested|invited|urged|asked|tasked)\s+(?:the\s+)?(?:members|member states|administrations|delegat(?:es|ions)|participants|secretariat|chair|rapporteurs?)\s+to\s+(\w+)/i;
/** Asked to attend or to hold something, or invited to a thing ("invited to a workshop"): the date is the event's. */
const NOT_ACTION = /^(?:attend|participate|join|take|be|note|hold|meet|convene|host|organi[sz]e|a|an|the|this|that|its|their|all|any)$/i;

const HAPPENS = /\b(?:held|celebrated|observed|taking place|takes place|take place|to be held|which will|that will|scheduled|convened|organi[sz]ed|hosted)\b/i;

export function deadlineCue(sentence: string, dateIndex: number, dateEnd: number): DeadlineCue | undefined {
  const before = sentence.slice(Math.max(0, dateIndex - 140), dateIndex);
  const clause = before.slice(Math.max(0, before.lastIndexOf(';') + 1));
  if (STRONG_BEFORE.some((re) => re.test(clause)) || STRONG_AFTER.test(sentence.slice(dateEnd))) return 'strong';
  const asked = ASKED.exec(sentence.slice(0, dateIndex));
  const verb = asked?.[1] ?? asked?.[2];
  // "share their activities for Safer Internet Day, celebrated on 7 February": the date is the day's, not the action's.
  const between = asked ? sentence.slice(asked.index + asked[0].length, dateIndex) : '';
  if (verb && !NOT_ACTION.test(verb) && !HAPPENS.test(between)) return 'action';
  return undefined;
}

/**
 * "The secretariat will finalize the paper in mid-February", "the questionnaire will be sent to Member States
 * in September": someone will deliver something in a month — a deliverable due then, not an event ("will
 * compile and publish the report in July" too).
 */
const DELIVERS =
  /\b(?:will|shall|is to|are to|intends? to|plans? to)\s+(?:\p{L}+\s+and\s+)?(?:be\s+)?(?:circulat|finali[sz]|publish|issu|sen[dt]|submit|distribut|releas|deliver|post|shar|mak\w*\s+available|prepar|draft|complet|updat)\w*\b/iu;

export function deliveryCue(sentence: string, dateIndex: number): boolean {
  const before = sentence.slice(Math.max(0, dateIndex - 140), dateIndex);
  return DELIVERS.test(before.slice(Math.max(0, before.lastIndexOf(';') + 1))) && !HAPPENS.test(before);
}
