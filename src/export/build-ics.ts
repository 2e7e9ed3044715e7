import { titleIn } from '../calendar/translations.js';
import ical, { escape as escapeText, type ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import { type ItemFilter, matchesFilter, NO_FILTER } from '../calendar/queries.js';
import { type ItemLookup, indexItems, type Occurrence, resolveAll } from '../calendar/resolve.js';
import type { Item } from '../calendar/schema.js';
import type { Messages } from '../i18n/index.js';
import { messagesFor } from '../i18n/index.js';
import { ByteLru, foldLines, memoryBytes, stripForbiddenControls } from './ics-text.js';
import { type EventOptions, eventFor, hasEvent, lastChangeOf } from './item-event.js';
import { vtimezoneFor } from './vtimezone.js';

/**
 * DTSTAMP / LAST-MODIFIED of items never edited since the seed (they carry no updatedAt): a fixed
 * instant, so the same data always gives the same bytes (stable ETag) whatever the clock says.
 */
export const SEED_STAMP = new Date('2025-03-01T00:00:00Z');

/** Outlook's refresh hint for subscribed calendars (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
export const FEED_REFRESH_SECONDS = 3600;

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';
/** One item's "add to my calendar" file: METHOD:PUBLISH, which the media type must then name too (RFC 5545 §3.7.2). */
export const ICS_ITEM_CONTENT_TYPE = 'text/calendar; charset=utf-8; method=PUBLISH';

export interface CalendarIcsOptions {
  msg?: Messages;
  /** Which items to include; tags and who-must-act combine with AND, as in /cwg commands. */
  filter?: ItemFilter;
  /** Only these ids (the "add to my calendar" file of one item). */
  ids?: readonly string[];
  /** Human wording of the filter, for the calendar's name. */
  filterLabel?: string;
  /** The source document, named in the calendar's description. */
  document?: string;
  /** DTSTAMP for never-edited items; defaults to SEED_STAMP. */
  fallbackStamp?: Date;
  /** The feed's own URL (URL / SOURCE of the calendar), when published. */
  url?: string;
  /**
   * METHOD:PUBLISH: Outlook then opens the file as an appointment to save into the user's own
   * calendar rather than offering it as a separate calendar. Used for one item's file; the feed and
   * whole-calendar files carry no METHOD (subscriptions and imports do not want one).
   */
  publish?: boolean;
  /** Finished event texts kept between builds (the feed's); without it every event is written afresh. */
  eventCache?: EventTextCache;
}

/** Default budget of an EventTextCache: about 4 KB per event, enough for several thousand items. */
export const EVENT_CACHE_BYTES = 16 * 1024 * 1024;

/**
 * Each event's folded VEVENT text, keyed by everything it is made of: the item itself and every item
 * its date or history hangs on (anchors, transitively), plus the fallback stamp. An item that did not
 * change is written once, whatever filter asks for it and however often the data changes elsewhere.
 * Bounded by bytes; one cache serves one message catalogue.
 */
export class EventTextCache {
  readonly texts: ByteLru<string>;
  private readonly json = new WeakMap<Item, string>();

  constructor(
    readonly msg: Messages,
    maxBytes = EVENT_CACHE_BYTES,
  ) {
    this.texts = new ByteLru<string>(maxBytes, memoryBytes);
  }

  /** The item's own text as a key part; items from the store are frozen, so it is computed once per version. */
  jsonOf(item: Item): string {
    let text = this.json.get(item);
    if (text === undefined) {
      text = JSON.stringify(item);
      if (Object.isFrozen(item)) this.json.set(item, text);
    }
    return text;
  }

  /** Keys already made, per lookup (one per frozen items array) and item: the same string object, whose hash V8 keeps. */
  private readonly keys = new WeakMap<ItemLookup, WeakMap<Item, string>>();

  keyOf(item: Item, lookup: ItemLookup, fallbackStamp: Date): string {
    let known = this.keys.get(lookup);
    if (!known) {
      known = new WeakMap();
      this.keys.set(lookup, known);
    }
    const memo = known.get(item);
    if (memo?.startsWith(`${fallbackStamp.getTime()}\u0000`)) return memo;
    const key = this.makeKey(item, lookup, fallbackStamp);
    if (Object.isFrozen(item)) known.set(item, key);
    return key;
  }

  private makeKey(item: Item, lookup: ItemLookup, fallbackStamp: Date): string {
    const parts = [String(fallbackStamp.getTime()), this.jsonOf(item)];
    const seen = new Set([item.id]);
    const queue = anchorsOf(item);
    while (queue.length) {
      const id = queue.shift()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const anchor = lookup(id);
      if (!anchor) {
        parts.push(`missing:${id}`);
        continue;
      }
      parts.push(this.jsonOf(anchor));
      queue.push(...anchorsOf(anchor));
    }
    return parts.join('\u0000');
  }
}

/** Ids an item's dates refer to: its own relative date and those of its earlier dates. */
function anchorsOf(item: Item): string[] {
  const ids: string[] = [];
  if (item.when.type === 'relative') ids.push(item.when.anchor);
  for (const h of item.history) if (h.when.type === 'relative') ids.push(h.when.anchor);
  return ids;
}

/**
 * A dated occurrence's event as "<TZID or nothing>\n<folded VEVENT text>", from the cache when it has
 * it. Exported so the feed can write the events of a cold build a few at a time.
 */
export function eventEntry(occ: Occurrence, opts: EventOptions, cache?: EventTextCache): string {
  const key = cache?.keyOf(occ.item, opts.lookup, opts.fallbackStamp);
  let entry = key !== undefined ? cache!.texts.get(key) : undefined;
  if (entry === undefined) {
    const event = eventFor(occ, opts)!;
    entry = `${typeof event.timezone === 'string' ? event.timezone : ''}\n${eventText(event)}`;
    if (key !== undefined) cache!.texts.set(key, entry);
  }
  return entry;
}

let scratch: ICalCalendar | undefined;

/** One event's VEVENT text, folded, without the controls iCalendar forbids. */
function eventText(event: NonNullable<ReturnType<typeof eventFor>>): string {
  // The calendar only lends its (absent) zone to DTSTAMP; emptied after each event so nothing accumulates.
  scratch ??= ical({ timezone: { name: null, generator: vtimezoneFor } });
  const text = scratch.createEvent(event).toString();
  scratch.clear();
  return foldLines(stripForbiddenControls(text));
}

export interface CalendarIcs {
  /** The iCalendar text (CRLF line ends, folded at 75 octets). */
  ics: string;
  /** Ids of the items written, in calendar order. */
  included: string[];
  /** Items left out because their date is to be announced. */
  tba: number;
  cancelled: number;
  /** The latest change of any chosen item, dated or not (or the fallback stamp): HTTP Last-Modified. */
  lastModified: Date;
}

/**
 * The calendar as RFC 5545 text. `items` is the whole calendar (relative dates follow anchors
 * that may themselves be filtered out); `filter`/`ids` choose what is written.
 */
export function buildCalendarIcs(items: readonly Item[], opts: CalendarIcsOptions = {}): CalendarIcs {
  const steps = buildSteps(items, opts, Number.POSITIVE_INFINITY);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same build in slices: `await`s a turn of the event loop after every `every` items, so a
 * feed build never holds the process for long (/healthz, Slack acks and other requests go between).
 */
export async function buildCalendarIcsInSlices(
  items: readonly Item[],
  opts: CalendarIcsOptions,
  every: number,
  nextTurn: () => Promise<unknown>,
): Promise<CalendarIcs> {
  const steps = buildSteps(items, opts, every);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}

/** The build, yielding after every `every` chosen items (a generator, so one body serves both forms). */
function* buildSteps(items: readonly Item[], opts: CalendarIcsOptions, every: number): Generator<void, CalendarIcs, void> {
  const msg = opts.msg ?? messagesFor();
  const fallbackStamp = opts.fallbackStamp ?? SEED_STAMP;
  const lookup = indexItems(items);
  const filter = opts.filter ?? NO_FILTER;
  const wanted = opts.ids ? new Set(opts.ids) : undefined;
  const cache = opts.eventCache && opts.eventCache.msg === msg ? opts.eventCache : undefined;
  const eventOpts = { msg, items, lookup, fallbackStamp };

  let tba = 0;
  let cancelled = 0;
  let lastModified = fallbackStamp.getTime();
  const dated: Array<{ id: string; start: number; text: string; tz: string | undefined }> = [];
  let seen = 0;
  for (const occ of resolveAll(items)) {
    const item = occ.item;
    if (wanted ? !wanted.has(item.id) : !matchesFilter(item, filter)) continue;
    if (++seen % every === 0) yield;
    lastModified = Math.max(lastModified, lastChangeOf(item, lookup, fallbackStamp).getTime());
    if (!hasEvent(occ) || !occ.start) {
      if (occ.status === 'tba') tba++;
      continue;
    }
    if (occ.status === 'cancelled') cancelled++;
    const entry = eventEntry(occ, eventOpts, cache);
    const cut = entry.indexOf('\n');
    dated.push({ id: item.id, start: occ.start.getTime(), text: entry.slice(cut + 1), tz: entry.slice(0, cut) || undefined });
  }
  dated.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));

  const name = opts.filterLabel ? msg.exporting.calendarNameFiltered(opts.filterLabel) : msg.exporting.calendarName;
  const description = [msg.exporting.calendarDescription(opts.document ?? documentOf(items)), ...(tba ? [msg.exporting.leftOutTba(tba)] : [])].join(' ');
  // The calendar's own lines as ical-generator 10 writes them (calendar.toString), then the events.
  let head = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ITU CWG-WSIS&SDG//cwg-bot//EN\r\n';
  if (opts.url) head += `URL:${opts.url}\r\nSOURCE;VALUE=URI:${opts.url}\r\n`;
  if (opts.publish) head += `METHOD:${ICalCalendarMethod.PUBLISH}\r\n`;
  // NAME and X-WR-CALDESC are TEXT: escaped here (RFC 5545 §3.3.11).
  const calName = escapeText(name, false);
  head += `NAME:${calName}\r\nX-WR-CALNAME:${calName}\r\nX-WR-CALDESC:${escapeText(description, false)}\r\n`;
  // No calendar zone: DTSTAMP stays UTC and all-day dates stay floating; one VTIMEZONE per zone used.
  for (const tz of new Set(dated.flatMap((d) => (d.tz ? [d.tz] : [])))) {
    const block = vtimezoneFor(tz);
    if (block) head += `${block.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n').trim()}\r\n`;
  }
  head += `REFRESH-INTERVAL;VALUE=DURATION:${durationOf(FEED_REFRESH_SECONDS)}\r\nX-PUBLISHED-TTL:${durationOf(FEED_REFRESH_SECONDS)}\r\n`;
  // RFC 5545 ends every content line, the last one included, with CRLF.
  const ics = `${foldLines(stripForbiddenControls(head))}${dated.map((d) => d.text).join('')}END:VCALENDAR\r\n`;
  return { ics, included: dated.map((d) => d.id), tba, cancelled, lastModified: new Date(lastModified) };
}

/** A whole number of seconds as an RFC 5545 duration (PT1H, PT15M, PT90S), as ical-generator writes it. */
function durationOf(seconds: number): string {
  if (seconds % 3600 === 0) return `PT${seconds / 3600}H`;
  if (seconds % 60 === 0) return `PT${seconds / 60}M`;
  return `PT${seconds}S`;
}

/** One item's file ("add to my calendar"); `included` is empty when its date is to be announced. */
export function buildItemIcs(items: readonly Item[], id: string, opts: Omit<CalendarIcsOptions, 'ids' | 'filter'> = {}): CalendarIcs {
  const item = items.find((it) => it.id === id);
  return buildCalendarIcs(items, { publish: true, ...opts, ids: [id], ...(item && !opts.filterLabel ? { filterLabel: titleIn(item, opts.msg?.lang) } : {}) });
}

function documentOf(items: readonly Item[]): string {
  return items[0]?.source.document ?? 'CWG-WSIS&SDG outcomes report';
}
