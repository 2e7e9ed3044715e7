/**
 * Tables printed in a report as lines of cells (tab-separated, as Word tables come out as text, or
 * "|"-separated): a header row, then rows with as many cells. What a table is decides what its rows are:
 *   - a schedule ("Meeting | Dates | Venue | Deadline for contributions"): each row an event, and a deadline
 *     where a deadline column has a date — rendered as sentences the reader reads like prose;
 *   - a timeline ("Date | Step | Responsible"): each row a step due on its date;
 *   - a list of documents ("Symbol | Title | Date submitted") or of people ("Entity | Name | Participation"):
 *     not calendar items, dropped;
 *   - a record of what was done ("Workshop | Venue | Dates held", "Held on"): history, dropped;
 *   - anything else: each row read as a line of text (its cells joined).
 */
import { numberOfLine } from './numbering.js';
import { isPeopleHeader } from './people-table.js';

export type TableKind = 'schedule' | 'documents' | 'people' | 'past' | 'other';

export interface TableLine {
  /** 0-based index of the line in the text. */
  line: number;
  /** The header itself (read for nothing), or a row rendered for reading; undefined: drop the line. */
  text?: string;
  header: boolean;
  kind: TableKind;
}

const NAME = /^(?:meetings?|events?|sessions?|activit(?:y|ies)|body|group|name|title|conference|workshop|item|description)\b/i;
const DATES = /^(?:(?:proposed|tentative|planned)\s+)?(?:dates?|when|period|schedule|days?)\b/i;
/** "Format" or "Mode" columns say where as well ("Nairobi and online", "Geneva, hybrid"); an online-only one is no place. */
const VENUE = /^(?:venue|place|location|city|host|where|format|mode|modality)\b/i;
const TIME = /^(?:time|hours?|start time)\b/i;
const DEADLINE = /\b(?:deadline|due|closing date|cut-off|submission date)\b/i;
const DOCUMENT = /^(?:(?:document\s+)?symbol|documents?|doc\.?(?:\s+no\.?)?|source|author|submitted by|origin|contributions?)\b|\bsubmitted\b/i;
/** "Step", "Action", "Milestone": a timeline's column of what falls due on the row's date. */
const STEP = /^(?:steps?|actions?|tasks?|deliverables?|milestones?|outputs?|what)\b/i;
/** A dates column of things already done ("Dates held", "Held on", "Date completed"). */
const PAST_DATES = /^(?:(?:dates?|when)\s+(?:held|completed|delivered|conducted)|held(?:\s+(?:on|in))?|completed(?:\s+on)?)$/i;
/** "No.", "#": a running number column, a header word of any table. */
const NUMBER = /^(?:no\.?|#|number|item)$/i;

function cellsOf(line: string): string[] | undefined {
  if (line.includes('|')) {
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
    return cells.length >= 2 ? cells : undefined;
  }
  if (!line.trim().includes('\t')) return undefined;
  const cells = line
    .trim()
    .split(/\t+/)
    .map((c) => c.trim());
  return cells.length >= 2 ? cells : undefined;
}

export function isHeader(cells: string[]): boolean {
  if (isPeopleHeader(cells)) return true;
  const words = cells.filter((c) => c && c.length < 50 && !/\d{3,}|\d{1,2}\s+\p{L}+/u.test(c));
  if (words.length < cells.filter(Boolean).length) return false;
  const known = cells.filter(
    (c) => NUMBER.test(c) || STEP.test(c) || NAME.test(c) || DATES.test(c) || VENUE.test(c) || TIME.test(c) || DEADLINE.test(c) || DOCUMENT.test(c),
  );
  return known.length >= 2;
}

function kindOf(header: string[]): TableKind {
  const has = (re: RegExp) => header.some((c) => re.test(c));
  if (isPeopleHeader(header)) return 'people';
  // "Dates held", "Held on", "Date completed": the table records the past, as "were held" would in prose.
  if (header.some((c) => PAST_DATES.test(c))) return 'past';
  if (header.some((c) => DOCUMENT.test(c) && !DEADLINE.test(c)) && !has(VENUE)) return 'documents';
  if (header.some((c) => DATES.test(c) && !DEADLINE.test(c)) || (has(NAME) && has(DEADLINE))) return 'schedule';
  return 'other';
}

/** Every line that belongs to a table, with what the reader should read in its place. */
export function findTables(lines: readonly string[]): Map<number, TableLine> {
  const out = new Map<number, TableLine>();
  for (let i = 0; i < lines.length; i++) {
    const header = cellsOf(lines[i]!);
    if (!header || !isHeader(header)) continue;
    const kind = kindOf(header);
    out.set(i, { line: i, header: true, kind });
    let j = i + 1;
    for (; j < lines.length; j++) {
      const raw = lines[j]!;
      if (!raw.trim()) continue;
      if (/^\s*\|?\s*:?-{3,}/.test(raw)) {
        out.set(j, { line: j, header: false, kind });
        continue;
      }
      const cells = cellsOf(raw);
      if (!cells || cells.length < 2 || cells.length > header.length + 1) break;
      // "3.2\tThe panel will meet again …": the report's numbered text resumes after the table.
      if ((cells.length < header.length || outdented(lines[i]!, raw)) && numberOfLine(raw)) break;
      const text =
        kind === 'documents' || kind === 'people' || kind === 'past'
          ? undefined
          : kind === 'schedule'
            ? scheduleRow(header, cells)
            : cells.filter(Boolean).join(', ');
      out.set(j, { line: j, header: false, kind, ...(text ? { text } : {}) });
    }
    i = j - 1;
  }
  return out;
}

/** An indented table ("\tItem\tDeadline") ends at a numbered line printed at the margin ("5.3\tBDT will …"). */
function outdented(header: string, line: string): boolean {
  const indent = (x: string) => /^\s*/.exec(x)![0].length;
  return indent(header) > 0 && indent(line) === 0;
}

/** One row of a schedule as sentences: "<name> will be held on <dates>, <time> in <venue>. <Deadline header> (<name>) by <date>." */
function scheduleRow(header: string[], cells: string[]): string | undefined {
  if (!header.some((h) => NAME.test(h)) && header.some((h) => STEP.test(h))) return timelineRow(header, cells);
  const col = (test: (h: string) => boolean) => {
    const k = header.findIndex(test);
    return k >= 0 ? (cells[k] ?? '').trim() : '';
  };
  const dates = col((h) => DATES.test(h) && !DEADLINE.test(h));
  const nameIndex = header.findIndex((h) => NAME.test(h) && !DATES.test(h) && !DEADLINE.test(h));
  const name = (nameIndex >= 0 ? cells[nameIndex] : cells[0])?.trim() ?? '';
  if (!name || /^[-–—]$/.test(name) || programmePart(name)) return undefined;
  const venue = col((h) => VENUE.test(h));
  const time = col((h) => TIME.test(h));
  const parts: string[] = [];
  // "Case studies due | end of May 2029": a row naming something due is a deadline; "Final report | to Council 2030":
  // a report going to a meeting is due at it.
  if (/\d/.test(dates) && /\b(?:due|deadline|submission)$/i.test(name)) return `${name} by ${dates.replace(/^(?:by|on)\s+/i, '')}.`;
  if (/^(?:to|at)\s+(?:the\s+)?\p{Lu}/u.test(dates)) return `${name} will be submitted ${dates}.`;
  const place = venue && !/^(?:tbc|tbd|[-–—])$|^(?:virtual|online|remote|e-meeting)\b/i.test(venue) ? ` in ${venue}` : '';
  parts.push(scheduleSentence(name, dates, time, place));
  header.forEach((h, k) => {
    const cell = (cells[k] ?? '').trim();
    if (k === nameIndex || !DEADLINE.test(h) || !/\d/.test(cell)) return;
    parts.push(`${h.replace(/[:.]$/, '')} (${name}) by ${cell}.`);
  });
  return parts.join(' ');
}

/**
 * A schedule row as the sentence a report would print: "X will be held on 12-14 March 2030 in Nairobi.", and what
 * calendars put in a dates cell: a month alone ("May 2030 (TBC)" → "in May 2030"), a part of a year ("TBC (second half
 * of 2030)"), the old dates of a move ("9-11 July 2030 (postponed; initially 4-6 June)"), a cancellation marked in
 * the name ("… - CANCELLED").
 */
function scheduleSentence(rawName: string, rawDates: string, time: string, place: string): string {
  const cancelled = /\s*[-–—(]\s*(?:cancelled|canceled)\)?\s*$/i.exec(rawName);
  const name = cancelled ? rawName.slice(0, cancelled.index) : rawName;
  const moved = /\(\s*(?:postponed|moved|rescheduled|brought forward|advanced)\s*[;,:]?\s*(?:initially|originally|previously|was)\s+([^)]+)\)/i.exec(rawDates);
  const dates = rawDates
    .replace(moved?.[0] ?? '\u0000', '')
    .replace(/\(?\b(?:TBC|TBD|to be confirmed|provisional|tentative)\b\)?/gi, '')
    .replace(/^\s*\((.*)\)\s*$/, '$1')
    .trim();
  const end = cancelled ? ' It has been cancelled.' : '.';
  // "8 April 2030 | online | Deadline: nominations for …": a deadline listed among the events.
  if (/^deadline\b/i.test(name) && /\d/.test(dates)) return `${name} by ${dates.replace(/^(?:by|on)\s+/i, '')}.`;
  if (!/\d/.test(dates)) return `${name}${rawDates ? ` (${rawDates})` : ''}${place}.`;
  const day = /\b\d{1,2}\b(?!\d)/.test(dates.replace(/\b(?:19|20)\d{2}\b/g, ''));
  const when = day
    ? `on ${dates}${time ? `, ${time}` : ''}`
    : /^(?:the\s+)?(?:first|second|third|fourth|last|early|late|mid)/i.test(dates)
      ? `in the ${dates.replace(/^the\s+/i, '')}`
      : `in ${dates}`;
  if (moved) return `${name}, initially planned for ${moved[1]!.trim()}, has been postponed to ${when.replace(/^on\s+/, '')}${place}${end}`;
  return `${name} will be held ${when}${place}${end}`;
}

/**
 * A timeline ("Date | Step | Responsible"): each row is a step due on its date, a deadline, read as
 * "<step> by <date>." (not an event named after its date, as a schedule row would be).
 */
function timelineRow(header: string[], cells: string[]): string | undefined {
  const date = cells[header.findIndex((h) => DATES.test(h))]?.trim() ?? '';
  const step = cells[header.findIndex((h) => STEP.test(h))]?.trim() ?? '';
  if (!step || !/\d/.test(date)) return step ? `${step}.` : undefined;
  return `${step.replace(/[.;]$/, '')} by ${date.replace(/^(?:by|on)\s+/i, '')}.`;
}

/**
 * "Opening; Session 1", "Sessions 2 to 4", "Session 5; closing", "Lunch break": the parts of a meeting's own
 * programme, not events of their own (a row naming something else, "Briefing for newcomers", still is).
 */
function programmePart(name: string): boolean {
  const part =
    /^(?:(?:official\s+)?opening(?:\s+(?:ceremony|session))?|closing(?:\s+(?:ceremony|session))?|(?:plenary\s+)?sessions?\s+\d+(?:\s*(?:to|[-–,&]|and)\s*\d+)*|(?:lunch|coffee)(?:\s+break)?|break)$/i;
  return name.split(/\s*[;,]\s*|\s+and\s+(?=\D)/).every((p) => part.test(p.trim()));
}
