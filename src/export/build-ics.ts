import ical, { escape, ICalCalendarMethod } from 'ical-generator';
import { type ItemFilter, matchesFilter, NO_FILTER } from '../calendar/queries.js';
import { indexItems, resolveItem } from '../calendar/resolve.js';
import type { Item } from '../calendar/schema.js';
import type { Messages } from '../i18n/index.js';
import { messagesFor } from '../i18n/index.js';
import { eventFor, lastChangeOf } from './item-event.js';
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
  const msg = opts.msg ?? messagesFor();
  const fallbackStamp = opts.fallbackStamp ?? SEED_STAMP;
  const lookup = indexItems(items);
  const filter = opts.filter ?? NO_FILTER;
  const wanted = opts.ids ? new Set(opts.ids) : undefined;
  const chosen = items.filter((it) => (wanted ? wanted.has(it.id) : matchesFilter(it, filter)));
  const eventOpts = { msg, items, lookup, fallbackStamp };

  let tba = 0;
  let cancelled = 0;
  let lastModified = fallbackStamp.getTime();
  const dated: Array<{ id: string; start: number; event: NonNullable<ReturnType<typeof eventFor>> }> = [];
  for (const item of chosen) {
    const occ = resolveItem(item, lookup);
    const event = eventFor(occ, eventOpts);
    lastModified = Math.max(lastModified, lastChangeOf(item, lookup, fallbackStamp).getTime());
    if (!event || !occ.start) {
      if (occ.status === 'tba') tba++;
      continue;
    }
    if (occ.status === 'cancelled') cancelled++;
    dated.push({ id: item.id, start: occ.start.getTime(), event });
  }
  dated.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));

  const name = opts.filterLabel ? msg.exporting.calendarNameFiltered(opts.filterLabel) : msg.exporting.calendarName;
  const description = [msg.exporting.calendarDescription(opts.document ?? documentOf(items)), ...(tba ? [msg.exporting.leftOutTba(tba)] : [])].join(' ');
  const cal = ical({
    prodId: { company: 'ITU CWG-WSIS&SDG', product: 'cwg-bot', language: 'EN' },
    // ical-generator 10 writes NAME and X-WR-CALDESC verbatim: escape them here (RFC 5545 §3.3.11).
    name: escape(name, false),
    description: escape(description, false),
    // No zone name: DTSTAMP stays UTC and all-day dates stay floating; the generator adds VTIMEZONEs.
    timezone: { name: null, generator: vtimezoneFor },
    ttl: FEED_REFRESH_SECONDS,
    ...(opts.publish ? { method: ICalCalendarMethod.PUBLISH } : {}),
    ...(opts.url ? { url: opts.url, source: opts.url } : {}),
  });
  for (const d of dated) cal.createEvent(d.event);
  // RFC 5545 ends every content line, the last one included, with CRLF.
  const text = cal.toString();
  return { ics: text.endsWith('\r\n') ? text : `${text}\r\n`, included: dated.map((d) => d.id), tba, cancelled, lastModified: new Date(lastModified) };
}

/** One item's file ("add to my calendar"); `included` is empty when its date is to be announced. */
export function buildItemIcs(items: readonly Item[], id: string, opts: Omit<CalendarIcsOptions, 'ids' | 'filter'> = {}): CalendarIcs {
  const item = items.find((it) => it.id === id);
  return buildCalendarIcs(items, { publish: true, ...opts, ids: [id], ...(item && !opts.filterLabel ? { filterLabel: item.title } : {}) });
}

function documentOf(items: readonly Item[]): string {
  return items[0]?.source.document ?? 'CWG-WSIS&SDG outcomes report';
}
