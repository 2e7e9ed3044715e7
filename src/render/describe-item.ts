import { inLanguage, titleIn as titleInLanguage } from '../calendar/translations.js';
import type { Occurrence, ResolvedWhen } from '../calendar/resolve.js';
import { resolveWhen, indexItems } from '../calendar/resolve.js';
import { isUnverified, unverifiedAnchor } from '../calendar/doubts.js';
import type { Item, ReviewFlag, When } from '../calendar/schema.js';
import { GENEVA } from '../calendar/schema.js';
import { isoDateIn, isoWithOffset, offsetMinutesAt, timeIn } from '../calendar/time.js';
import { cleanUrl, cleanWebUrl } from '../calendar/safe-url.js';
import { canonicalZone } from '../calendar/validate.js';
import type { Messages } from '../i18n/index.js';
import { dateFormat } from './date-format.js';
import type { ReplyItem } from './reply.js';
import { keptWording } from '../i18n/kept-wording.js';

export interface DescribeOptions {
  now: Date;
  /** The asker's IANA zone, when known. */
  tz?: string;
  msg: Messages;
  /** All items, to name anchors. */
  items: readonly Item[];
}

/** Turns a resolved item into the platform-neutral reply item, with wording from the catalogue. */
export function describeItem(occ: Occurrence, opts: DescribeOptions): ReplyItem {
  const { msg } = opts;
  // Title, place and description in the reader's language where the item has a translation (review notes stay as printed).
  const item = inLanguage(occ.item, msg.lang);
  const lookup = indexItems(opts.items);
  const when = describeWhen(occ, opts);
  const marks = doubtsOf(item, lookup, msg);
  const countdown = describeCountdown(occ, opts.now, msg);
  const reviewMark = reviewMarkOf(item, msg);
  // Every field in one literal, in ReplyItem's order, absent ones undefined (JSON leaves them out): all
  // items share one shape, so the renderers' reads of them stay monomorphic (a shape per combination of
  // optional fields made each read a dictionary lookup, and a right-to-left reply reads them twice).
  // Only safe schemes are shown as links (data stored before imports were cleaned may hold javascript:…).
  return {
    id: item.id,
    revision: item.revision,
    kind: item.kind,
    title: item.title,
    start: jsonStart(occ),
    end: jsonEnd(occ),
    status: occ.status,
    statusLabel: msg.status[occ.status],
    dueAt: item.kind === 'deadline' && occ.start ? isoWithOffset(occ.start, GENEVA) : undefined,
    when: marks.length ? [when.geneva, ...marks].join(' · ') : when.geneva,
    marks: marks.length ? marks : undefined,
    whenLocal: when.local || undefined,
    countdown: countdown || undefined,
    place: item.place || undefined,
    organiser: item.organiser || undefined,
    whoMustAct: item.whoMustAct,
    whoMustActText: item.whoMustAct.length
      ? keptWording(msg, ['actors', item.whoMustAct.length, ...item.whoMustAct], () => item.whoMustAct.map((a) => msg.actor[a]).join(', '))
      : undefined,
    sendTo: item.sendTo || undefined,
    url: item.url && cleanUrl(item.url) ? item.url : undefined,
    tags: item.tags,
    description: item.description || undefined,
    source: sourceOf(item, msg),
    review: item.review,
    reviewMark: reviewMark || undefined,
    reviewText: item.review.map((r) => reviewLine(r, msg)),
    previously: item.history.map((h) => msg.previously(formatWhen(resolveWhen(h.when, lookup), item.kind, msg, GENEVA, titleIn(lookup)), h.note)),
    anchor: anchorOf(item, lookup, msg),
  };
}

function anchorOf(item: Item, lookup: ReturnType<typeof indexItems>, msg: Messages): ReplyItem['anchor'] {
  if (item.when.type !== 'relative') return undefined;
  const anchor = lookup(item.when.anchor);
  const title = anchor ? titleInLanguage(anchor, msg.lang) : item.when.anchor;
  const wording = item.source.wording ?? (item.when.bound === 'during' ? msg.doubts.duringAnchor : msg.when.offset(item.when.offsetDays));
  return { id: item.when.anchor, title, offsetDays: item.when.offsetDays, text: msg.when.anchored(wording, title) };
}

/** The source with its label; a document link only when it is a clean web address (older data may hold anything). */
function sourceOf(item: Item, msg: Messages): ReplyItem['source'] {
  const { link, ...rest } = item.source;
  const safe = link ? cleanWebUrl(link) : undefined;
  return { ...rest, ...(safe ? { link: safe } : {}), label: msg.source(item.source.paragraph, item.source.document) };
}

/** Short marks that travel with the date wherever it is shown: unverified, counted from an unverified date, extended. */
function doubtsOf(item: Item, lookup: ReturnType<typeof indexItems>, msg: Messages): string[] {
  const marks: string[] = [];
  if (isUnverified(item)) marks.push(msg.doubts.unverified);
  const anchor = unverifiedAnchor(item, lookup);
  if (anchor) marks.push(msg.doubts.dependsOn(titleInLanguage(anchor, msg.lang)));
  if (item.extended) marks.push(msg.doubts.extended);
  return marks;
}

/**
 * The short marker lists, digests and reminders show instead of the review notes (issue 15: a full
 * "date as printed…" sentence on every line is noise; `show` keeps it). None when the date already
 * carries "date not verified", which says the same.
 */
function reviewMarkOf(item: Item, msg: Messages): string | undefined {
  if (!item.review.length || isUnverified(item)) return undefined;
  const aboutDate = item.review.some((r) => (r.kind ?? 'date') === 'date' || r.kind === 'unverified');
  return aboutDate ? msg.asking.review.date : msg.asking.review.reading;
}

function reviewLine(r: ReviewFlag, msg: Messages): string {
  switch (r.kind ?? 'date') {
    case 'unverified':
      return msg.doubts.review.unverified(r.printed, r.interpretation);
    case 'interpretation':
      return msg.doubts.review.interpretation(r.printed, r.interpretation);
    case 'wording':
      return msg.doubts.review.wording(r.printed, r.interpretation);
    default:
      return msg.review.printed(r.printed, r.interpretation);
  }
}

function titleIn(lookup: ReturnType<typeof indexItems>): (id: string) => string | undefined {
  return (id) => lookup(id)?.title;
}

function jsonStart(occ: Occurrence): string | null {
  const w = occ.when;
  if (w.type === 'tba') return null;
  if (w.type === 'allDay') return occ.item.kind === 'deadline' ? w.endDate : w.startDate;
  return isoWithOffset(w.start, w.tz);
}

function jsonEnd(occ: Occurrence): string | null {
  const w = occ.when;
  if (w.type === 'tba') return null;
  if (w.type === 'allDay') return w.endDate;
  if (occ.item.kind === 'deadline') return isoWithOffset(w.start, w.tz);
  return isoWithOffset(w.end ?? w.start, w.tz);
}

/** A `when` in words, Geneva time. `titleOf` names the event of a "during" item (its id otherwise). */
export function formatWhen(w: ResolvedWhen, kind: Item['kind'], msg: Messages, zone: string = GENEVA, titleOf?: (id: string) => string | undefined): string {
  if (w.type === 'tba') return w.approx ? `${msg.when.tba} (${msg.when.expected(formatApprox(w.approx, msg))})` : msg.when.tba;
  // A "during" date names its event (whose title may change) and hours are rare: those are worded each time.
  if (w.type === 'allDay' && !w.hours && !w.during) return keptWording(msg, [kind, w.startDate, w.endDate], () => formatAllDay(w, kind, msg));
  if (w.type === 'allDay') return formatAllDay(w, kind, msg, titleOf);
  return keptWording(msg, [zone, w.start.getTime(), w.end?.getTime() ?? -1], () => formatTimed(w.start, w.end, zone, msg));
}

function formatAllDay(w: Extract<ResolvedWhen, { type: 'allDay' }>, kind: Item['kind'], msg: Messages, titleOf?: (id: string) => string | undefined): string {
  const dates = kind === 'deadline' ? msg.when.endOfDayGeneva(formatDay(w.endDate, msg)) : formatDayRange(w.startDate, w.endDate, msg);
  const shown = w.hours ? msg.doubts.hours(dates, w.hours) : dates;
  if (w.during && w.anchoredTo) return msg.doubts.during(titleOf?.(w.anchoredTo) ?? w.anchoredTo, shown);
  return shown;
}

function describeWhen(occ: Occurrence, opts: DescribeOptions): { geneva: string; local?: string } {
  const { msg } = opts;
  // a zone typed in lower case ("europe/paris") is shown as the IANA database spells it
  const tz = opts.tz ? canonicalZone(opts.tz) : undefined;
  const w = occ.when;
  if (w.type === 'tba' && w.waitingFor) {
    const anchor = opts.items.find((it) => it.id === w.waitingFor);
    const wording = occ.item.source.wording;
    // without the source's words (items added by hand) the anchor alone: no "(: …)";
    // an id the calendar does not hold is "not in the calendar", a cancelled anchor "cancelled", not "no date yet"
    const why = !anchor
      ? wording
        ? msg.when.waitingForUnknown(wording, w.waitingFor)
        : msg.when.anchorUnknown(w.waitingFor)
      : anchor.status === 'cancelled'
        ? wording
          ? msg.when.waitingForCancelled(wording, anchor.title)
          : msg.when.anchorCancelled(anchor.title)
        : wording
          ? msg.when.waitingFor(wording, anchor.title)
          : msg.when.waitingForAnchor(anchor.title);
    return { geneva: `${msg.when.tba} (${why})` };
  }
  const geneva = formatWhen(w, occ.item.kind, msg, GENEVA, titleIn(indexItems(opts.items)));
  if (!tz || tz === GENEVA || w.type === 'tba') return { geneva };
  if (w.type === 'timed')
    return { geneva, local: keptWording(msg, [tz, w.start.getTime(), w.end?.getTime() ?? -1], () => formatTimed(w.start, w.end, tz, msg)) };
  if (occ.item.kind === 'deadline' && occ.start) {
    // End of day in Geneva is 23:59 there; show the same last minute in the asker's zone.
    const lastMinute = new Date(occ.start.getTime() - 60_000);
    const local = keptWording(
      msg,
      ['dueLocal', tz, lastMinute.getTime()],
      () => `${msg.when.dayTime(formatDay(isoDateIn(lastMinute, tz), msg), timeIn(lastMinute, tz))} ${tz}`,
    );
    return { geneva, local };
  }
  return { geneva };
}

function describeCountdown(occ: Occurrence, now: Date, msg: Messages): string | undefined {
  if (!occ.start || !occ.end || occ.status === 'cancelled') return undefined;
  const c = msg.countdown;
  if (occ.item.kind === 'event' && occ.start <= now && occ.end > now) {
    return c.ongoing(relativeDays(isoDateIn(now), isoDateIn(new Date(occ.end.getTime() - 1)), msg) ?? c.today);
  }
  const target = occ.item.kind === 'deadline' ? occ.start : occ.start;
  const diffMs = target.getTime() - now.getTime();
  if (Math.abs(diffMs) < 36 * 3_600_000 && occ.when.type === 'timed') {
    const h = Math.round(Math.abs(diffMs) / 3_600_000);
    if (h === 0) return c.now;
    return diffMs > 0 ? c.inHours(h) : c.hoursAgo(h);
  }
  const targetDay = occ.item.kind === 'deadline' && occ.when.type === 'allDay' ? occ.when.endDate : isoDateIn(target);
  return relativeDays(isoDateIn(now), targetDay, msg);
}

function relativeDays(from: string, to: string, msg: Messages): string | undefined {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  const c = msg.countdown;
  if (days === 0) return c.today;
  if (days === 1) return c.tomorrow;
  if (days === -1) return c.yesterday;
  return days > 0 ? c.inDays(days) : c.daysAgo(-days);
}

export function formatDay(iso: string, msg: Messages): string {
  return remember(`${msg.locale}|${iso}`, () => {
    const d = new Date(`${iso}T12:00:00Z`);
    const wd = dateFormat(msg.locale, { weekday: 'short', timeZone: 'UTC' }).format(d);
    const rest = dateFormat(msg.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
    return `${wd} ${rest}`;
  });
}

/** Day names and zone abbreviations recur in every reply; Intl formatting them is the costly part. */
const wordings = new Map<string, string>();

function remember(key: string, make: () => string): string {
  let value = wordings.get(key);
  if (value === undefined) {
    value = make();
    if (wordings.size >= 20_000) wordings.clear();
    wordings.set(key, value);
  }
  return value;
}

export function formatDayRange(start: string, end: string, msg: Messages): string {
  if (start === end) return formatDay(start, msg);
  return `${formatDay(start, msg)} – ${formatDay(end, msg)}`;
}

function formatTimed(start: Date, end: Date | undefined, zone: string, msg: Messages): string {
  const day = formatDay(isoDateIn(start, zone), msg);
  const sameDay = end && isoDateIn(end, zone) === isoDateIn(start, zone);
  const abbr = zoneAbbreviation(start, zone, msg.locale);
  // "UTC, UTC" says nothing twice: a zone whose abbreviation is its own name is named once.
  const label = abbr === zone && zone !== GENEVA ? zone : msg.when.zoneLabel(zone, abbr, zone === GENEVA);
  if (!end || end.getTime() === start.getTime()) return `${msg.when.dayTime(day, timeIn(start, zone))} (${label})`;
  if (sameDay) return `${msg.when.dayTime(day, `${timeIn(start, zone)}–${timeIn(end, zone)}`)} (${label})`;
  return `${msg.when.dayTime(day, timeIn(start, zone))} – ${msg.when.dayTime(formatDay(isoDateIn(end, zone), msg), timeIn(end, zone))} (${label})`;
}

/** CET/CEST, EST/EDT…: each locale knows the abbreviations of its own region, so ask a few. */
function zoneAbbreviation(at: Date, zone: string, locale: string): string {
  return remember(`${locale}|${zone}|${offsetMinutesAt(at.getTime(), zone)}`, () => findZoneAbbreviation(at, zone, locale));
}

function findZoneAbbreviation(at: Date, zone: string, locale: string): string {
  let fallback = zone;
  for (const loc of [locale, 'en-US', 'en-GB', 'en-AU', 'en-IN']) {
    const part = dateFormat(loc, { timeZone: zone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    if (part && !/^(GMT|UTC)[+-]/.test(part.value)) return part.value;
    if (part && fallback === zone) fallback = part.value;
  }
  return fallback;
}

/** A period "2025" or "2025-07" in words ("2025", "July 2025"). */
export function formatApprox(approx: string, msg: Messages): string {
  if (/^\d{4}$/.test(approx)) return approx;
  const d = new Date(`${approx}-15T12:00:00Z`);
  return dateFormat(msg.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** A raw `when` in words (for audit, history and change notices). */
export function formatRawWhen(when: When, kind: Item['kind'], items: readonly Item[], msg: Messages): string {
  const lookup = indexItems(items);
  return formatWhen(resolveWhen(when, lookup), kind, msg, GENEVA, titleIn(lookup));
}

/**
 * Dates as an audit entry records them (instants after following anchors), in words. Used for
 * items that moved only because their anchor did, which are always all-day.
 */
export function formatResolvedDates(dates: { start: string; end: string } | null, kind: Item['kind'], msg: Messages): string {
  if (!dates) return msg.when.tba;
  const lastDay = isoDateIn(new Date(Date.parse(dates.end) - 1));
  if (kind === 'deadline') return msg.when.endOfDayGeneva(formatDay(lastDay, msg));
  return formatDayRange(isoDateIn(new Date(dates.start)), lastDay, msg);
}
