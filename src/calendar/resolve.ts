import type { Item, Status } from './schema.js';
import type { When } from './when-schema.js';
import { GENEVA } from './schema.js';
import { memoizeFrozen } from './memo.js';
import { addDaysIso, endOfDayIn, isoDateIn, localDateTimeToInstant, startOfDayIn } from './time.js';

/** A `when` turned into something on the time line, following anchors for relative dates. */
export type ResolvedWhen =
  | { type: 'allDay'; startDate: string; endDate: string; anchoredTo?: string; during?: boolean; hours?: string }
  | { type: 'timed'; start: Date; end: Date | undefined; tz: string }
  | { type: 'tba'; approx?: string; waitingFor?: string };

/** An item placed on the time line. `start`/`end` are undefined only while the date is to be announced. */
export interface Occurrence {
  item: Item;
  when: ResolvedWhen;
  /** First instant of the item (a deadline: the instant it is due). */
  start?: Date;
  /** Exclusive end: the instant the item is over (a deadline: the instant it is due). */
  end?: Date;
  status: Status;
}

export type ItemLookup = (id: string) => Item | undefined;

export const indexItems: (items: readonly Item[]) => ItemLookup = memoizeFrozen((items: readonly Item[]) => {
  const byId = new Map(items.map((it) => [it.id, it]));
  return (id: string) => byId.get(id);
});

export function resolveWhen(when: When, lookup: ItemLookup, seen: Set<string> = new Set()): ResolvedWhen {
  switch (when.type) {
    case 'date': {
      const out: ResolvedWhen = { type: 'allDay', startDate: when.start, endDate: when.end ?? when.start };
      if (when.hours) out.hours = when.hours;
      return out;
    }
    case 'datetime': {
      const start = localDateTimeToInstant(when.start, when.tz);
      return { type: 'timed', start, end: when.end ? localDateTimeToInstant(when.end, when.tz) : undefined, tz: when.tz };
    }
    case 'tba':
      return when.approx ? { type: 'tba', approx: when.approx } : { type: 'tba' };
    case 'relative': {
      const anchor = lookup(when.anchor);
      if (!anchor || seen.has(anchor.id) || anchor.status === 'cancelled') {
        return { type: 'tba', waitingFor: when.anchor };
      }
      seen.add(anchor.id);
      const base = resolveWhen(anchor.when, lookup, seen);
      if (base.type === 'tba') return { type: 'tba', waitingFor: when.anchor };
      if (when.bound === 'during') {
        // Inside the anchor event, on days not given: the event's whole span, in its own days.
        if (base.type === 'allDay') return { type: 'allDay', startDate: base.startDate, endDate: base.endDate, anchoredTo: when.anchor, during: true };
        const last = base.end && base.end > base.start ? new Date(base.end.getTime() - 1) : base.start;
        return { type: 'allDay', startDate: isoDateIn(base.start, base.tz), endDate: isoDateIn(last, base.tz), anchoredTo: when.anchor, during: true };
      }
      const anchorDate = base.type === 'allDay' ? base.startDate : isoDateIn(base.start, base.tz);
      const date = addDaysIso(anchorDate, when.offsetDays);
      return { type: 'allDay', startDate: date, endDate: date, anchoredTo: when.anchor };
    }
  }
}

export function resolveItem(item: Item, lookup: ItemLookup): Occurrence {
  const when = resolveWhen(item.when, lookup, new Set([item.id]));
  const status: Status = when.type === 'tba' && item.status !== 'cancelled' && item.status !== 'done' ? 'tba' : item.status;
  if (when.type === 'tba') return { item, when, status };
  if (when.type === 'timed') {
    const end = item.kind === 'deadline' ? when.start : (when.end ?? when.start);
    return { item, when, start: when.start, end, status };
  }
  if (item.kind === 'deadline') {
    // Date-only deadlines are due at the end of the day, Geneva time.
    const due = endOfDayIn(when.endDate, GENEVA);
    return { item, when, start: due, end: due, status };
  }
  return { item, when, start: startOfDayIn(when.startDate, GENEVA), end: endOfDayIn(when.endDate, GENEVA), status };
}

/** Every item resolved, in the items' order. The result is shared: do not sort it in place. */
export const resolveAll: (items: readonly Item[]) => readonly Occurrence[] = memoizeFrozen((items: readonly Item[]) => {
  const lookup = indexItems(items);
  return Object.freeze(items.map((it) => resolveItem(it, lookup)));
});
