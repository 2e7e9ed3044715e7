import ICAL from 'ical.js';
import { decodeText } from './decode-text.js';
import { detectFormat } from './detect.js';
import { asFileError, type FileWarning, FileReadError } from './errors.js';
import { addItem, idFromUid } from './ics-item.js';
import type { Ctx, IcsOptions, IcsResult } from './ics-types.js';
import { whenOf, ZoneError } from './ics-when.js';
import { limitsFrom, type ReadLimits, withDeadline } from './limits.js';

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
 *
 * The options and result: ics-types.ts; times and zones: ics-when.ts; the item and its id: ics-item.ts.
 */
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

const MAX_OCCURRENCES_PER_EVENT = 400;
const MAX_ITERATIONS = 50_000;

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

function addMonths(d: Date, months: number): Date {
  const out = new Date(d.getTime());
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
}
