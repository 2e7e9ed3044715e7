import type ICAL from 'ical.js';
import type { Item } from '../../calendar/schema.js';
import type { FileWarning } from './errors.js';
import type { ReadLimits } from './limits.js';

/* What the .ics reader (ics.ts) takes and gives, and what its steps share while it reads. */

export interface IcsOptions extends Partial<ReadLimits> {
  /** The instant recurrences are expanded from (never the wall clock). */
  now: Date;
  /** Zone for floating times (no TZID, no Z); default Europe/Zurich. */
  defaultZone?: string;
  /** How far recurrences are expanded, in months (default 12). */
  months?: number;
}

export type IcsErrorCode = 'noStart' | 'noDue' | 'zone' | 'noSummary' | 'recurrence' | 'invalid' | 'duplicateUid';
export interface IcsError {
  uid?: string;
  summary?: string;
  component: 'vevent' | 'vtodo';
  field: 'dtstart' | 'due' | 'tzid' | 'summary' | 'rrule' | 'uid' | 'item';
  code: IcsErrorCode;
  value?: string;
  problem?: string;
}

export interface IcsResult {
  items: Item[];
  errors: IcsError[];
  warnings: FileWarning[];
  /** Item id → the UID it came from. */
  uids: Record<string, string>;
}

/** One calendar being read: where items, errors and UIDs collect, and the file's own zones. */
export interface Ctx {
  document: string;
  opts: IcsOptions;
  warnings: FileWarning[];
  errors: IcsError[];
  items: Item[];
  uids: Record<string, string>;
  fileZones: Map<string, ICAL.Timezone>;
  approximated: Set<string>;
}
