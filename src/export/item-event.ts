import { inLanguage } from '../calendar/translations.js';
import { TZDate } from '@date-fns/tz';
import { type ICalAlarmData, ICalAlarmType, type ICalEventData, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { ItemLookup, Occurrence, ResolvedWhen } from '../calendar/resolve.js';
import type { Item } from '../calendar/schema.js';
import { addDaysIso } from '../calendar/time.js';
import { cleanUrl } from '../calendar/safe-url.js';
import type { Messages } from '../i18n/index.js';
import { describeItem } from '../render/describe-item.js';
import { hasVtimezone } from './vtimezone.js';

/** The domain in every UID: UIDs must be globally unique and stable across runs and exports. */
export const UID_DOMAIN = 'cwg-wsis-sdg.itu.int';

/** A deadline's reminder fires at 09:00 (the calendar user's time) the day before an all-day deadline. */
const ALL_DAY_ALARM_SECONDS = 15 * 3600;
/** A timed deadline's reminder fires 24 hours before it is due. */
const TIMED_ALARM_SECONDS = 24 * 3600;

export function uidFor(id: string): string {
  return `${id}@${UID_DOMAIN}`;
}

export interface EventOptions {
  msg: Messages;
  /** Every item, to follow anchors and name them. */
  items: readonly Item[];
  lookup: ItemLookup;
  /** DTSTAMP / LAST-MODIFIED for items that were never edited (no updatedAt). */
  fallbackStamp: Date;
}

/** The items a relative date hangs on, nearest first (the item itself excluded). */
function anchorChain(item: Item, lookup: ItemLookup): Item[] {
  const chain: Item[] = [];
  const seen = new Set([item.id]);
  let cursor = item;
  while (cursor.when.type === 'relative') {
    const next = lookup(cursor.when.anchor);
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    chain.push(next);
    cursor = next;
  }
  return chain;
}

/**
 * SEQUENCE: the item's revision, plus its anchors' revisions for a relative date, because moving
 * the anchor moves the item without necessarily touching it. Revisions only grow, so the sum does.
 */
export function sequenceFor(item: Item, lookup: ItemLookup): number {
  return anchorChain(item, lookup).reduce((sum, it) => sum + it.revision, item.revision);
}

/** When the item (or, for a relative date, anything it hangs on) last changed. */
export function lastChangeOf(item: Item, lookup: ItemLookup, fallback: Date): Date {
  const stamps = [item, ...anchorChain(item, lookup)].flatMap((it) => (it.updatedAt ? [Date.parse(it.updatedAt)] : []));
  return stamps.length ? new Date(Math.max(...stamps)) : fallback;
}

/**
 * ical-generator 10 escapes URL like TEXT (a backslash before , and ;), which corrupts a URI value (RFC 5545
 * §3.3.13 has no escaping); percent-encoding the two characters keeps the address intact.
 */
function uriValue(url: string): string {
  return url.replace(/,/g, '%2C').replace(/;/g, '%3B');
}

/** Midnight UTC of a date: with no event zone, ical-generator prints VALUE=DATE from UTC fields. */
function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Whether the item becomes an event at all (a date to be announced does not). */
export function hasEvent(occ: Occurrence): boolean {
  return occ.when.type !== 'tba';
}

/**
 * One dated item as an iCalendar event. All-day items are VALUE=DATE with an exclusive DTEND;
 * timed items carry TZID (TZDate values, so the process zone never leaks in); deadlines read as
 * deadlines and remind the day before; cancelled items stay, marked CANCELLED.
 */
export function eventFor(occ: Occurrence, opts: EventOptions): ICalEventData | undefined {
  const { when } = occ;
  const { msg } = opts;
  // The calendar file speaks the reader's language, item text included where it is translated.
  const item = inLanguage(occ.item, msg.lang);
  if (when.type === 'tba') return undefined;
  const isDeadline = item.kind === 'deadline';
  const cancelled = occ.status === 'cancelled';
  const base = isDeadline ? msg.exporting.deadlineSummary(item.title) : item.title;
  const stamp = lastChangeOf(item, opts.lookup, opts.fallbackStamp);
  const event: ICalEventData = {
    ...timingOf(when, isDeadline),
    id: uidFor(item.id),
    sequence: sequenceFor(item, opts.lookup),
    stamp,
    lastModified: stamp,
    summary: cancelled ? msg.exporting.cancelledSummary(base) : base,
    description: descriptionFor(occ, opts),
    status: cancelled ? ICalEventStatus.CANCELLED : occ.status === 'tba' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
  };
  if (item.place) event.location = item.place;
  // Only a safe scheme is served as a link (data from before imports were cleaned may hold javascript:…).
  if (item.url && cleanUrl(item.url)) event.url = uriValue(item.url);
  if (item.tags.length) event.categories = item.tags.map((name) => ({ name }));
  if (isDeadline) event.transparency = ICalEventTransparency.TRANSPARENT;
  if (isDeadline && !cancelled) event.alarms = [deadlineAlarm(item, when.type === 'allDay', msg)];
  return event;
}

function timingOf(when: Exclude<ResolvedWhen, { type: 'tba' }>, isDeadline: boolean): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'> {
  if (when.type === 'allDay') {
    // A deadline sits on its due day; an event spans its days. DTEND is the day after (exclusive).
    return { allDay: true, start: utcDate(isDeadline ? when.endDate : when.startDate), end: utcDate(addDaysIso(when.endDate, 1)) };
  }
  // A timed deadline is a point in time: no DTEND (RFC 5545: it then ends where it starts).
  const end = !isDeadline && when.end && when.end > when.start ? when.end : undefined;
  if (hasVtimezone(when.tz)) {
    return { timezone: when.tz, start: new TZDate(when.start.getTime(), when.tz), ...(end ? { end: new TZDate(end.getTime(), when.tz) } : {}) };
  }
  // No VTIMEZONE for this zone: exact instants in UTC rather than a TZID clients cannot resolve.
  return { start: new Date(when.start.getTime()), ...(end ? { end: new Date(end.getTime()) } : {}) };
}

function deadlineAlarm(item: Item, allDay: boolean, msg: Messages): ICalAlarmData {
  return {
    type: ICalAlarmType.display,
    trigger: allDay ? ALL_DAY_ALARM_SECONDS : TIMED_ALARM_SECONDS,
    description: msg.exporting.deadlineAlarm(item.title),
  };
}

/** Who must act, where to send, the source paragraph, review notes: the same wording as /cwg show. */
function descriptionFor(occ: Occurrence, opts: EventOptions): string {
  const { msg } = opts;
  const L = msg.label;
  // `now` only feeds the countdown, which a calendar entry must not carry.
  const d = describeItem(occ, { now: opts.fallbackStamp, msg, items: opts.items });
  const lines: string[] = [];
  if (occ.item.kind === 'deadline') lines.push(msg.exporting.deadlineDue(d.when));
  if (occ.status !== 'confirmed') lines.push(msg.exporting.statusLine(d.statusLabel));
  // A deadline's due line carries the marks already (they follow its date); an event has no date line.
  if (occ.item.kind !== 'deadline') lines.push(...(d.marks ?? []));
  if (d.description) lines.push(d.description);
  if (d.whoMustActText) lines.push(`${L.whoMustAct}${msg.colon}${d.whoMustActText}`);
  if (d.sendTo) lines.push(`${L.sendTo}${msg.colon}${d.sendTo}`);
  if (d.organiser) lines.push(`${L.organiser}${msg.colon}${d.organiser}`);
  if (d.anchor) lines.push(`${L.anchor}${msg.colon}${d.anchor.text}`);
  for (const p of d.previously) lines.push(`${L.previously}${msg.colon}${p}`);
  for (const r of d.reviewText) lines.push(`${L.review}${msg.colon}${r}`);
  if (d.url) lines.push(`${L.link}${msg.colon}${d.url}`);
  lines.push(msg.exporting.sourceLine(d.source.label, d.source.wording));
  if (d.source.link) lines.push(`${msg.documentLink}${msg.colon}${d.source.link}`);
  lines.push(msg.exporting.moreLine(occ.item.id));
  return lines.join('\n');
}
