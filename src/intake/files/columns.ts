/**
 * The spreadsheet columns, and the header words that name each (compared lowercase, without
 * spaces, hyphens, underscores or punctuation: "Send-to", "send to" and "SEND_TO" are one header).
 */
export const TABLE_FIELDS = [
  'kind',
  'title',
  'date',
  'end',
  'time',
  'zone',
  'place',
  'who',
  'tags',
  'sendTo',
  'document',
  'paragraph',
  'id',
  'notes',
  'url',
] as const;
export type TableField = (typeof TABLE_FIELDS)[number];

export const COLUMN_SYNONYMS: Record<TableField, string[]> = {
  kind: ['kind', 'type', 'itemtype', 'category'],
  title: ['title', 'name', 'event', 'subject', 'summary', 'what', 'item', 'eventname', 'meeting'],
  date: ['date', 'start', 'from', 'startdate', 'begin', 'begins', 'when', 'datefrom', 'due', 'duedate', 'deadline'],
  end: ['end', 'until', 'to', 'enddate', 'ends', 'finish', 'dateto', 'till'],
  time: ['time', 'times', 'hour', 'hours', 'starttime'],
  zone: ['zone', 'timezone', 'tz'],
  place: ['place', 'location', 'venue', 'where', 'city'],
  who: ['whomustact', 'who', 'actors', 'actor', 'actionby', 'responsible', 'owner'],
  tags: ['tags', 'tag', 'labels', 'keywords'],
  sendTo: ['sendto', 'email', 'mail', 'contact', 'submitto', 'address'],
  document: ['document', 'doc', 'source', 'sourcedocument'],
  paragraph: ['paragraph', 'para', 'ref', 'reference', 'section', '§'],
  id: ['id', 'uid', 'key', 'identifier'],
  notes: ['notes', 'note', 'description', 'details', 'comment', 'comments'],
  url: ['url', 'link', 'website', 'web'],
};

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.:()'’"/*#]+/g, '');
}

const LOOKUP = new Map<string, TableField>();
for (const field of TABLE_FIELDS) for (const word of COLUMN_SYNONYMS[field]) LOOKUP.set(word, field);

export function fieldForHeader(header: string): TableField | undefined {
  return LOOKUP.get(normaliseHeader(header));
}

/** Words people write in a "who must act" cell → the calendar's actors. */
export const ACTOR_WORDS: Record<string, 'secretariat' | 'members' | 'chair' | 'all-stakeholders' | 'sectors' | 'councillors'> = {
  secretariat: 'secretariat',
  itusecretariat: 'secretariat',
  bdt: 'secretariat',
  tsb: 'secretariat',
  br: 'secretariat',
  members: 'members',
  member: 'members',
  memberstates: 'members',
  membership: 'members',
  states: 'members',
  ms: 'members',
  chair: 'chair',
  chairs: 'chair',
  chairman: 'chair',
  chairperson: 'chair',
  vicechairs: 'chair',
  vicechair: 'chair',
  allstakeholders: 'all-stakeholders',
  stakeholders: 'all-stakeholders',
  all: 'all-stakeholders',
  everyone: 'all-stakeholders',
  sectors: 'sectors',
  sector: 'sectors',
  itusectors: 'sectors',
  councillors: 'councillors',
  councillor: 'councillors',
  council: 'councillors',
  councilmembers: 'councillors',
};

export const KIND_WORDS: Record<string, 'event' | 'deadline'> = {
  event: 'event',
  meeting: 'event',
  session: 'event',
  forum: 'event',
  conference: 'event',
  workshop: 'event',
  webinar: 'event',
  deadline: 'deadline',
  due: 'deadline',
  duedate: 'deadline',
  submission: 'deadline',
  task: 'deadline',
  todo: 'deadline',
};
