import { matchesFilter } from '../calendar/queries.js';
import { type Occurrence, resolveAll } from '../calendar/resolve.js';
import type { Item, ItemKind } from '../calendar/schema.js';
import { addDaysIso, isoDateIn, timeIn, zonedInstant } from '../calendar/time.js';
import type { DueRef, Subscription } from '../store/reminders-schema.js';

/**
 * The reminder planner: a pure function of (items, subscriptions, window). It never reads the
 * clock. Work is proportional to items + subscriptions × days-in-window × offsets: items are
 * indexed once by the calendar day reminders count from, and each subscription only looks up
 * the days its offsets point at.
 */

export const DEFAULT_OFFSETS: Record<ItemKind, readonly number[]> = { event: [30, 7, 1], deadline: [7, 1, 0] };
export const DIGEST_DAYS = 14;
export const DEFAULT_AT = '09:00';

/** One delivery the job should make: what, to which subscription, when, under which ledger key. */
export interface PlannedDelivery {
  key: string;
  subscriptionId: string;
  due: DueRef;
  dueAt: Date;
}

export interface Window {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
}

type Dated = Occurrence & { start: Date; end: Date };

/** Items that can still be reminded of, indexed by their reminder day in one zone. */
class DayIndex {
  private readonly byZone = new Map<string, Map<string, Dated[]>>();
  constructor(private readonly live: readonly Dated[]) {}

  on(day: string, zone: string): readonly Dated[] {
    let index = this.byZone.get(zone);
    if (!index) {
      index = new Map();
      for (const occ of this.live) {
        const d = reminderDay(occ, zone);
        const list = index.get(d);
        if (list) list.push(occ);
        else index.set(d, [occ]);
      }
      this.byZone.set(zone, index);
    }
    return index.get(day) ?? [];
  }
}

/**
 * The calendar day offsets count from: an all-day event's first day, a date-only deadline's due
 * day (both Geneva dates, as the report prints them); a timed item's day in the channel's zone.
 */
export function reminderDay(occ: Occurrence, zone: string): string {
  const w = occ.when;
  if (w.type === 'allDay') return occ.item.kind === 'deadline' ? w.endDate : w.startDate;
  if (w.type === 'timed') return isoDateIn(w.start, zone);
  throw new Error(`item ${occ.item.id} has no date`);
}

export function liveOccurrences(items: readonly Item[]): Dated[] {
  return resolveAll(items).filter((o): o is Dated => !!o.start && !!o.end && o.status !== 'cancelled' && o.status !== 'done');
}

export function follows(sub: Subscription, item: Item): boolean {
  if (sub.items && !sub.items.includes(item.id)) return false;
  if (sub.scope === 'events' && item.kind !== 'event') return false;
  if (sub.scope === 'deadlines' && item.kind !== 'deadline') return false;
  return matchesFilter(item, { tags: sub.tags, actors: sub.actors });
}

export function offsetsFor(sub: Subscription, kind: ItemKind): readonly number[] {
  return sub.offsets ?? DEFAULT_OFFSETS[kind];
}

/** Local days whose delivery time (sub.at in sub.tz) falls inside the window, with that instant. */
export function deliveryDays(sub: Subscription, window: Window): Array<{ day: string; at: Date }> {
  const out: Array<{ day: string; at: Date }> = [];
  if (window.to <= window.from) return out;
  const last = isoDateIn(window.to, sub.tz);
  for (let day = addDaysIso(isoDateIn(window.from, sub.tz), -1); day <= last; day = addDaysIso(day, 1)) {
    const at = firstOccurrence(zonedInstant(day, sub.at, sub.tz), day, sub.at, sub.tz);
    if (at >= window.from && at < window.to) out.push({ day, at });
  }
  return out;
}

/**
 * In the autumn's repeated hour a wall-clock time happens twice; which one TZDate returns depends on
 * the process's own zone. Take the first, as iCalendar does, so every deployment sends at the same instant.
 */
function firstOccurrence(at: Date, day: string, time: string, zone: string): Date {
  for (const backMs of [3_600_000, 1_800_000]) {
    const earlier = new Date(at.getTime() - backMs);
    if (timeIn(earlier, zone) === time && isoDateIn(earlier, zone) === day) return earlier;
  }
  return at;
}

export function reminderKey(itemId: string, dateVersion: number, itemDay: string, offsetDays: number, subId: string): string {
  return `rem:${itemId}:v${dateVersion}:${itemDay}:${offsetDays}d:${subId}`;
}

export function digestKey(week: string, subId: string): string {
  return `digest:${week}:${subId}`;
}

/**
 * Due reminders and digests whose delivery instant lies in [from, to), sorted by instant then key.
 * `peers`: every subscription (default: those planned), so that a "remind me" of one item yields to
 * its conversation's own subscription when that one already reminds of the item at the same offset.
 */
export function planReminders(
  items: readonly Item[],
  subscriptions: readonly Subscription[],
  window: Window,
  peers: readonly Subscription[] = subscriptions,
): PlannedDelivery[] {
  const index = new DayIndex(liveOccurrences(items));
  const out: PlannedDelivery[] = [];
  const general = generalSubscriptions(peers);
  for (const sub of subscriptions) {
    const subWindow = { from: maxDate(window.from, new Date(sub.createdAt)), to: window.to };
    const covered = sub.items ? general.get(conversationKey(sub)) : undefined;
    for (const { day, at } of deliveryDays(sub, subWindow)) {
      planDay(sub, day, at, index, out, covered);
      if (sub.digest && isMonday(day)) planDigest(sub, day, at, index, out);
    }
  }
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.key.localeCompare(b.key));
}

/** A conversation's own subscription (not a "remind me" of one item), by conversation. */
function generalSubscriptions(subs: readonly Subscription[]): Map<string, Subscription> {
  const out = new Map<string, Subscription>();
  for (const s of subs) if (!s.items) out.set(conversationKey(s), s);
  return out;
}

/** Whether `sub` sends the reminder of `occ` at `offset` itself: it follows the item, existed then, and the item is still ahead at its time. */
function remindsToo(sub: Subscription, occ: Dated, offset: number): boolean {
  if (!follows(sub, occ.item)) return false;
  const day = addDaysIso(reminderDay(occ, sub.tz), -offset);
  const at = firstOccurrence(zonedInstant(day, sub.at, sub.tz), day, sub.at, sub.tz);
  return at.getTime() >= Date.parse(sub.createdAt) && occ.start > at;
}

function conversationKey(sub: Subscription): string {
  return `${sub.conversation.platform}:${sub.conversation.id}`;
}

/**
 * `covered`: the conversation's own subscription, when `sub` is a "remind me" in the same conversation.
 * An item and offset it reminds of are skipped here: the person gets that reminder once, from it.
 */
function planDay(sub: Subscription, day: string, at: Date, index: DayIndex, out: PlannedDelivery[], covered?: Subscription): void {
  const kinds: ItemKind[] = sub.scope === 'all' ? ['event', 'deadline'] : [sub.scope === 'events' ? 'event' : 'deadline'];
  for (const kind of kinds) {
    const alsoThere = covered ? new Set(offsetsFor(covered, kind)) : undefined;
    for (const offset of new Set(offsetsFor(sub, kind))) {
      const itemDay = addDaysIso(day, offset);
      for (const occ of index.on(itemDay, sub.tz)) {
        // Nothing for an item that has already started or fallen due by the delivery time.
        if (occ.item.kind !== kind || occ.start <= at || !follows(sub, occ.item)) continue;
        if (covered && alsoThere?.has(offset) && remindsToo(covered, occ, offset)) continue;
        out.push({
          key: reminderKey(occ.item.id, occ.item.dateVersion, itemDay, offset, sub.id),
          subscriptionId: sub.id,
          due: { type: 'reminder', itemId: occ.item.id, dateVersion: occ.item.dateVersion, offsetDays: offset },
          dueAt: at,
        });
      }
    }
  }
}

function planDigest(sub: Subscription, day: string, at: Date, index: DayIndex, out: PlannedDelivery[]): void {
  if (!digestItems(sub, day, at, index).length) return;
  out.push({ key: digestKey(day, sub.id), subscriptionId: sub.id, due: { type: 'digest', week: day }, dueAt: at });
}

/** What a digest delivered at `at` on `day` lists: followed items starting in the next 14 days. */
function digestItems(sub: Subscription, day: string, at: Date, index: DayIndex): Dated[] {
  const found: Dated[] = [];
  for (let k = 0; k < DIGEST_DAYS; k++) {
    for (const occ of index.on(addDaysIso(day, k), sub.tz)) {
      if (occ.start > at && follows(sub, occ.item)) found.push(occ);
    }
  }
  return found;
}

/** The items of one digest (the message builder uses the same rule as the planner). */
export function listDigestItems(items: readonly Item[], sub: Subscription, week: string, at: Date): Dated[] {
  return digestItems(sub, week, at, new DayIndex(liveOccurrences(items))).sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The next planned delivery for one subscription after `from`, looking up to `days` ahead. */
export function nextDelivery(items: readonly Item[], sub: Subscription, from: Date, days = 400): PlannedDelivery | undefined {
  return planReminders(items, [sub], { from, to: new Date(from.getTime() + days * 86_400_000) })[0];
}

function isMonday(day: string): boolean {
  return new Date(`${day}T12:00:00Z`).getUTCDay() === 1;
}

function maxDate(a: Date, b: Date): Date {
  return a > b ? a : b;
}
