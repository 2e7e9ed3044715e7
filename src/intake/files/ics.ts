import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { cleanItemText, cleanUrl } from '../../editing/clean-text.js';
import { GENEVA, type Item, ItemSchema } from '../../calendar/schema.js';
import { ItemIdSchema, type When } from '../../calendar/when-schema.js';
import { addDaysIso } from '../../calendar/time.js';
import { decodeText } from './decode-text.js';
import { detectFormat } from './detect.js';
import { asFileError, type FileWarning, FileReadError } from './errors.js';
import { limitsFrom, type ReadLimits, withDeadline } from './limits.js';
import { slug } from './table.js';
import { ianaZoneFor } from './windows-zones.js';

/**
 * Another calendar (.ics) → items. VEVENTs are events; a VEVENT whose SUMMARY starts "Deadline:"
 * (as our own export writes deadlines) and a VTODO with DUE are deadlines. Recurring events are
 * expanded into one item per occurrence from `now` to twelve months later.
 *
 * UID convention (the item schema has no UID field): the item id is derived from the UID so that
 * importing the same calendar again finds the same ids and updates rather than duplicates —
 * "<id>@host" UIDs whose <id> is a valid item id (what our export writes) keep that id, any other
 * UID becomes "ics-<first 12 hex of its SHA-256>"; an occurrence of a recurring event adds
 * "-YYYYMMDD". The UID itself is kept in `source.paragraph` (cut to 40 characters with "…" when
 * longer) and in full in the result's `uids` map (item id → UID).
 */
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

const MAX_OCCURRENCES_PER_EVENT = 400;
const MAX_ITERATIONS = 50_000;

export async function readIcs(bytes: Uint8Array, filename: string, opts: IcsOptions): Promise<IcsResult> {
  const limits = limitsFrom(opts);
  try {
    const format = detectFormat(bytes, filename, limits);
    if (format !== 'ics') throw new FileReadError('TYPE_MISMATCH', { claimed: 'ics', found: format });
    return await withDeadline(limits.timeoutMs, async (signal) => {
      const warnings: FileWarning[] = [];
      const text = decodeText(bytes, warnings);
      return readCalendar(text, filename.replace(/^.*[\\/]/, ''), opts, limits, signal, warnings);
    });
  } catch (err) {
    throw asFileError(err, 'ICS_MALFORMED');
  }
}

function readCalendar(text: string, document: string, opts: IcsOptions, limits: ReadLimits, signal: AbortSignal, warnings: FileWarning[]): IcsResult {
  let root: ICAL.Component;
  try {
    const jcal = ICAL.parse(text);
    root = new ICAL.Component(Array.isArray(jcal[0]) ? (jcal[0] as unknown as typeof jcal) : jcal);
  } catch (err) {
    throw asFileError(err, 'ICS_MALFORMED');
  }
  if (root.name !== 'vcalendar') throw new FileReadError('ICS_MALFORMED', { detail: root.name });
  // Zones defined in the file: used only for TZIDs we cannot map to IANA (converted to UTC, flagged).
  const fileZones = new Map<string, ICAL.Timezone>();
  for (const tz of root.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(tz);
    if (zone.tzid) fileZones.set(zone.tzid, zone);
  }
  const ctx: Ctx = { document, opts, warnings, errors: [], items: [], uids: {}, fileZones, approximated: new Set() };
  const events = root.getAllSubcomponents('vevent');
  const todos = root.getAllSubcomponents('vtodo');
  const skipped = root.getAllSubcomponents().filter((c) => !['vevent', 'vtodo', 'vtimezone'].includes(c.name)).length;
  if (skipped) warnings.push({ code: 'ICS_SKIPPED_COMPONENTS', data: { count: skipped } });
  if (!events.length && !todos.length) throw new FileReadError('ICS_EMPTY');
  if (events.length + todos.length > limits.maxRows)
    throw new FileReadError('ICS_TOO_MANY_ITEMS', { found: events.length + todos.length, limit: limits.maxRows });

  // Overrides of single occurrences (RECURRENCE-ID) belong to their master.
  const masters = new Map<string, ICAL.Event>();
  const overrides: ICAL.Component[] = [];
  for (const comp of events) {
    if (comp.hasProperty('recurrence-id')) overrides.push(comp);
    else {
      const ev = new ICAL.Event(comp);
      const uid = ev.uid ?? '';
      if (uid && masters.has(uid)) {
        ctx.errors.push({ uid, summary: ev.summary ?? undefined, component: 'vevent', field: 'uid', code: 'duplicateUid', value: uid.slice(0, 80) });
        continue;
      }
      masters.set(uid || `#${masters.size}`, ev);
    }
  }
  for (const comp of overrides) {
    const master = masters.get(String(comp.getFirstPropertyValue('uid') ?? ''));
    if (master?.isRecurring()) master.relateException(comp);
    else masters.set(`#override-${masters.size}`, new ICAL.Event(comp));
  }
  for (const ev of masters.values()) {
    if (signal.aborted) throw new FileReadError('TIMEOUT', { seconds: Math.round(limits.timeoutMs / 1000) });
    readEvent(ev, ctx);
  }
  for (const comp of todos) readTodo(comp, ctx);
  if (ctx.approximated.size) warnings.push({ code: 'ICS_ZONE_APPROXIMATED', data: { tzids: [...ctx.approximated].slice(0, 10) } });
  return { items: ctx.items, errors: ctx.errors, warnings, uids: ctx.uids };
}

interface Ctx {
  document: string;
  opts: IcsOptions;
  warnings: FileWarning[];
  errors: IcsError[];
  items: Item[];
  uids: Record<string, string>;
  fileZones: Map<string, ICAL.Timezone>;
  approximated: Set<string>;
}

class ZoneError extends Error {
  constructor(readonly tzid: string) {
    super(tzid);
  }
}

function readEvent(ev: ICAL.Event, ctx: Ctx): void {
  const uid = ev.uid ?? '';
  const summary = (ev.summary ?? '').trim();
  const base = { uid: uid || undefined, summary: summary.slice(0, 80) || undefined, component: 'vevent' as const };
  if (!ev.startDate) {
    ctx.errors.push({ ...base, field: 'dtstart', code: 'noStart' });
    return;
  }
  if (!summary) {
    ctx.errors.push({ ...base, field: 'summary', code: 'noSummary' });
    return;
  }
  try {
    if (!ev.isRecurring()) {
      addItem(ev.component, uid, idFromUid(uid, summary), whenOf(ev.startDate, ev.endDate, ctx, ev.component), ctx, base);
      return;
    }
    const from = ICAL.Time.fromJSDate(ctx.opts.now, true);
    const until = ICAL.Time.fromJSDate(addMonths(ctx.opts.now, ctx.opts.months ?? 12), true);
    const it = ev.iterator();
    let count = 0;
    for (let i = 0, next = it.next(); next && i < MAX_ITERATIONS; i++, next = it.next()) {
      if (next.compare(until) >= 0) break;
      const occ = ev.getOccurrenceDetails(next);
      if (occ.endDate.compare(from) < 0) continue;
      if (++count > MAX_OCCURRENCES_PER_EVENT) {
        ctx.warnings.push({ code: 'ICS_RECURRENCE_CAPPED', data: { uid: uid.slice(0, 80), limit: MAX_OCCURRENCES_PER_EVENT } });
        break;
      }
      const day = `${next.year}${String(next.month).padStart(2, '0')}${String(next.day).padStart(2, '0')}`;
      addItem(
        occ.item.component,
        uid,
        `${idFromUid(uid, summary).slice(0, 55)}-${day}`,
        whenOf(occ.startDate, occ.endDate, ctx, occ.item.component),
        ctx,
        base,
      );
    }
  } catch (err) {
    if (err instanceof ZoneError) ctx.errors.push({ ...base, field: 'tzid', code: 'zone', value: err.tzid.slice(0, 80) });
    else if (err instanceof FileReadError) throw err;
    else ctx.errors.push({ ...base, field: 'rrule', code: 'recurrence', problem: String((err as Error).message ?? err).slice(0, 120) });
  }
}

function readTodo(comp: ICAL.Component, ctx: Ctx): void {
  const uid = String(comp.getFirstPropertyValue('uid') ?? '');
  const summary = String(comp.getFirstPropertyValue('summary') ?? '').trim();
  const base = { uid: uid || undefined, summary: summary.slice(0, 80) || undefined, component: 'vtodo' as const };
  const due = comp.getFirstPropertyValue('due') as ICAL.Time | null;
  if (!due) {
    ctx.errors.push({ ...base, field: 'due', code: 'noDue' });
    return;
  }
  if (!summary) {
    ctx.errors.push({ ...base, field: 'summary', code: 'noSummary' });
    return;
  }
  try {
    addItem(comp, uid, idFromUid(uid, summary), whenOf(due, null, ctx, comp, 'due'), ctx, base, 'deadline');
  } catch (err) {
    if (err instanceof ZoneError) ctx.errors.push({ ...base, field: 'tzid', code: 'zone', value: err.tzid.slice(0, 80) });
    else throw err;
  }
}

function addItem(comp: ICAL.Component, uid: string, id: string, when: When, ctx: Ctx, base: Omit<IcsError, 'field' | 'code'>, kind?: 'deadline'): void {
  const rawSummary = String(comp.getFirstPropertyValue('summary') ?? '')
    .trim()
    .replace(/\s+/g, ' ');
  const status = String(comp.getFirstPropertyValue('status') ?? '').toUpperCase();
  const cancelled = status === 'CANCELLED';
  let title = cancelled ? rawSummary.replace(/^cancell?ed\s*:\s*/i, '') : rawSummary;
  const isDeadline = kind === 'deadline' || /^deadline\s*[:\-–]\s*/i.test(title);
  title = title.replace(/^deadline\s*[:\-–]\s*/i, '') || title;
  const text = (name: string) => {
    const v = comp.getFirstPropertyValue(name);
    return v === null || v === undefined ? '' : String(v).trim();
  };
  const categories = comp.getAllProperties('categories').flatMap((p) => p.getValues().map(String));
  const tags = [...new Set(categories.map((c) => slug(c).slice(0, 32).replace(/-+$/, '')).filter((t) => /^[a-z0-9][a-z0-9+-]{0,31}$/.test(t)))].slice(0, 20);
  const url = text('url') ? cleanUrl(text('url')) : undefined;
  const candidate = {
    id,
    kind: isDeadline ? 'deadline' : 'event',
    title: title.slice(0, 200),
    when,
    status: cancelled ? 'cancelled' : status === 'COMPLETED' ? 'done' : 'confirmed',
    ...(text('location') ? { place: text('location').slice(0, 200) } : {}),
    ...(text('description') ? { description: text('description').slice(0, 2000) } : {}),
    ...(url ? { url } : {}),
    tags,
    source: { document: ctx.document.slice(0, 200) || 'calendar.ics', paragraph: uidLabel(uid, id) },
  };
  const parsed = ItemSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    ctx.errors.push({ ...base, field: 'item', code: 'invalid', problem: `${issue.path.join('.')}: ${issue.message}`.slice(0, 160) });
    return;
  }
  if (ctx.uids[id] !== undefined) {
    ctx.errors.push({ ...base, field: 'uid', code: 'duplicateUid', value: uid.slice(0, 80) });
    return;
  }
  // The one cleaning every import path shares: escapes, controls, bidi overrides.
  ctx.items.push(cleanItemText(parsed.data));
  ctx.uids[id] = uid;
}

/** Start (and DTEND, exclusive for dates) → a When in the event's own zone. */
function whenOf(start: ICAL.Time, end: ICAL.Time | null, ctx: Ctx, comp: ICAL.Component, startProp = 'dtstart'): When {
  if (start.isDate) {
    const s = isoDay(start);
    const last = end?.isDate ? addDaysIso(isoDay(end), -1) : s;
    return last > s ? { type: 'date', start: s, end: last } : { type: 'date', start: s };
  }
  const { local, tz } = wallClock(start, tzidOf(start, tzParam(comp, startProp)), ctx);
  let endLocal: string | undefined;
  if (end && !end.isDate) {
    // DTEND may be absent (DURATION): ical.js then computes the end in the start's zone.
    const e = wallClockIn(end, tzidOf(end, comp.hasProperty('dtend') ? tzParam(comp, 'dtend') : tzParam(comp, startProp)), tz, ctx);
    if (e > local) endLocal = e;
  }
  return { type: 'datetime', start: local, ...(endLocal ? { end: endLocal } : {}), tz };
}

/** The TZID a time was written with ('UTC' for "Z" times, undefined for floating times). */
function tzidOf(t: ICAL.Time, written: string | undefined): string | undefined {
  if (t.zone === ICAL.Timezone.utcTimezone || t.zone?.tzid === 'UTC') return 'UTC';
  return written;
}

function tzParam(comp: ICAL.Component, name: string): string | undefined {
  const v = comp.getFirstProperty(name)?.getParameter('tzid');
  return typeof v === 'string' ? v : Array.isArray(v) ? String(v[0]) : undefined;
}

function wallClock(t: ICAL.Time, tzid: string | undefined, ctx: Ctx): { local: string; tz: string } {
  if (!tzid) {
    ctx.warnings.some((w) => w.code === 'ICS_FLOATING_TIME') ||
      ctx.warnings.push({ code: 'ICS_FLOATING_TIME', data: { zone: ctx.opts.defaultZone ?? GENEVA } });
    return { local: isoLocal(t), tz: ctx.opts.defaultZone ?? GENEVA };
  }
  const iana = ianaZoneFor(tzid);
  if (iana) return { local: isoLocal(t), tz: iana };
  const fileZone = ctx.fileZones.get(tzid);
  if (!fileZone) throw new ZoneError(tzid);
  ctx.approximated.add(tzid);
  return { local: utcLocal(t, fileZone), tz: 'UTC' };
}

/** The end as wall-clock time in the start's zone (ends written in another zone are converted). */
function wallClockIn(t: ICAL.Time, tzid: string | undefined, tz: string, ctx: Ctx): string {
  const iana = tzid ? (ianaZoneFor(tzid) ?? (ctx.fileZones.has(tzid) ? 'UTC' : undefined)) : tz;
  if (iana === tz) return tz === 'UTC' && tzid && ctx.fileZones.has(tzid) ? utcLocal(t, ctx.fileZones.get(tzid)!) : isoLocal(t);
  if (!iana) throw new ZoneError(tzid ?? '');
  const instant = iana === 'UTC' && tzid && ctx.fileZones.has(tzid) ? Date.parse(`${utcLocal(t, ctx.fileZones.get(tzid)!)}:00Z`) : instantOf(isoLocal(t), iana);
  return localIn(instant, tz);
}

function utcLocal(t: ICAL.Time, zone: ICAL.Timezone): string {
  const c = t.clone();
  c.zone = zone;
  return new Date(c.toUnixTime() * 1000).toISOString().slice(0, 16);
}

function instantOf(local: string, tz: string): number {
  // Wall clock in tz → instant: guess as UTC, correct by the zone's offset there (twice, for DST edges).
  let guess = Date.parse(`${local}:00Z`);
  for (let i = 0; i < 2; i++) guess = Date.parse(`${local}:00Z`) - offsetMs(guess, tz);
  return guess;
}

function offsetMs(instant: number, tz: string): number {
  return Date.parse(`${localIn(instant, tz)}:00Z`) - Math.floor(instant / 60_000) * 60_000;
}

function localIn(instant: number, tz: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

function isoDay(t: ICAL.Time): string {
  return `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

function isoLocal(t: ICAL.Time): string {
  return `${isoDay(t)}T${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}

function addMonths(d: Date, months: number): Date {
  const out = new Date(d.getTime());
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
}

export function idFromUid(uid: string, summary: string): string {
  const local = /^([^@]+)@/.exec(uid)?.[1]?.toLowerCase();
  if (local && ItemIdSchema.safeParse(local).success && !/^[0-9a-f]{20,}$/.test(local)) return local;
  const key = uid || `summary:${summary}`;
  return `ics-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

function uidLabel(uid: string, id: string): string {
  if (!uid) return id.slice(0, 40);
  return uid.length <= 40 ? uid : `${uid.slice(0, 39)}…`;
}
