import type { Actor, Item, ItemKind } from './schema.js';
import { GENEVA } from './schema.js';
import { memoizeFrozen } from './memo.js';
import { expectedPeriod, isOverdueUndated } from './doubts.js';
import { indexItems, type Occurrence, resolveAll, resolveItem } from './resolve.js';
import { isoDateIn, startOfDayIn } from './time.js';
import { editDistance } from './edit-distance.js';

/** Narrowing by tag and by who must act; empty lists mean "any". Tags and actors combine with AND. */
export interface ItemFilter {
  tags: string[];
  actors: Actor[];
}

export const NO_FILTER: ItemFilter = { tags: [], actors: [] };

export function matchesFilter(item: Item, filter: ItemFilter): boolean {
  if (filter.tags.length && !filter.tags.some((t) => item.tags.includes(t))) return false;
  if (filter.actors.length && !filter.actors.some((a) => item.whoMustAct.includes(a))) return false;
  return true;
}

function isLive(o: Occurrence): boolean {
  return o.status !== 'cancelled' && o.status !== 'done';
}

/**
 * A date-only deadline is stored as the midnight that ends its day, the same instant as an event
 * starting the next day: it sorts on its own day, so it comes first on that tie (the CSTD report due
 * Sun 6 Apr before the session opening Mon 7 Apr).
 */
function isDateOnlyDeadline(o: Occurrence): boolean {
  return o.item.kind === 'deadline' && o.when.type === 'allDay';
}

function byStart(a: Occurrence, b: Occurrence): number {
  return (
    (a.start?.getTime() ?? Infinity) - (b.start?.getTime() ?? Infinity) ||
    Number(isDateOnlyDeadline(b)) - Number(isDateOnlyDeadline(a)) ||
    a.item.id.localeCompare(b.item.id)
  );
}

/** The Geneva day an occurrence belongs to: a date-only deadline's own day, else the day it starts. */
export function dayOf(o: Occurrence & { start: Date }): string {
  return isDateOnlyDeadline(o) && o.when.type === 'allDay' ? o.when.endDate : isoDateIn(o.start, GENEVA);
}

type Dated = Occurrence & { start: Date; end: Date };

/** Dated occurrences sorted by start, and the undated ones: computed once per calendar version. */
const timeline = memoizeFrozen((items: readonly Item[]) => {
  const all = resolveAll(items);
  const dated = all.filter((o): o is Dated => !!o.start && !!o.end).sort(byStart);
  const undated = all.filter((o) => !o.start).sort(byStart);
  return { dated, undated };
});

/** Index of the first dated occurrence starting after `now` (binary search). */
function firstAfter(dated: readonly Dated[], now: Date): number {
  let lo = 0;
  let hi = dated.length;
  const t = now.getTime();
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dated[mid]!.start.getTime() > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface NextResult {
  /** What comes next: every item that falls on the same Geneva day as the first one. */
  next: Occurrence[];
  /** Events under way at `now` (only for events). */
  ongoing: Occurrence[];
  /** When nothing is ahead: the most recent item that is past. */
  latestPast?: Occurrence;
}

export function nextOf(items: readonly Item[], now: Date, kind: ItemKind, filter: ItemFilter = NO_FILTER): NextResult {
  const { dated } = timeline(items);
  const wanted = (o: Occurrence) => o.item.kind === kind && matchesFilter(o.item, filter);
  const split = firstAfter(dated, now);
  const next: Occurrence[] = [];
  let day: string | undefined;
  for (let i = split; i < dated.length; i++) {
    const o = dated[i]!;
    if (!isLive(o) || !wanted(o)) continue;
    const d = dayOf(o);
    if (day === undefined) day = d;
    else if (d !== day) break;
    next.push(o);
  }
  const ongoing: Occurrence[] = [];
  if (kind === 'event') {
    for (let i = 0; i < split; i++) {
      const o = dated[i]!;
      if (o.end > now && isLive(o) && wanted(o)) ongoing.push(o);
    }
  }
  const result: NextResult = { next, ongoing };
  if (next.length || ongoing.length) return result;
  let latestPast: Dated | undefined;
  for (let i = 0; i < split; i++) {
    const o = dated[i]!;
    if (o.end <= now && o.status !== 'cancelled' && (!latestPast || o.end >= latestPast.end) && wanted(o)) latestPast = o;
  }
  if (latestPast) result.latestPast = latestPast;
  return result;
}

export function nextDeadline(items: readonly Item[], now: Date, filter: ItemFilter = NO_FILTER): NextResult {
  return nextOf(items, now, 'deadline', filter);
}

export function nextEvent(items: readonly Item[], now: Date, filter: ItemFilter = NO_FILTER): NextResult {
  return nextOf(items, now, 'event', filter);
}

/** Items that start within the next `days` days, plus events already under way. Cancelled ones stay visible. */
export function upcoming(items: readonly Item[], now: Date, days: number, filter: ItemFilter = NO_FILTER): Occurrence[] {
  const horizon = now.getTime() + days * 86_400_000;
  return timeline(items).dated.filter((o) => o.end > now && o.start.getTime() <= horizon && o.status !== 'done' && matchesFilter(o.item, filter));
}

/**
 * Items of the Geneva days up to `lastDay` (inclusive) that are not over at `now`, events under way
 * included: "today", "this week", "this month". Days, not hours, so a date-only deadline due on
 * `lastDay` is in and an all-day event starting the day after is out.
 */
export function upcomingThrough(items: readonly Item[], now: Date, lastDay: string, filter: ItemFilter = NO_FILTER, firstDay?: string): Occurrence[] {
  // "tomorrow", "next week": from the Geneva midnight that starts `firstDay`; events under way then stay in.
  const from = firstDay ? Math.max(now.getTime(), startOfDayIn(firstDay, GENEVA).getTime()) : now.getTime();
  return timeline(items).dated.filter((o) => o.end.getTime() > from && dayOf(o) <= lastDay && o.status !== 'done' && matchesFilter(o.item, filter));
}

export interface ListOptions {
  kind?: ItemKind;
  /** 'upcoming' (default): not yet over; 'past': over; 'all': everything. */
  when?: 'upcoming' | 'past' | 'all';
  filter?: ItemFilter;
}

/**
 * A listing; items whose date is to be announced come after the dated ones (never in 'past'). An
 * upcoming listing leaves out undated items whose expected period is over (see `expectedButNeverDated`).
 */
export function listItems(items: readonly Item[], now: Date, opts: ListOptions = {}): Occurrence[] {
  const filter = opts.filter ?? NO_FILTER;
  const scope = opts.when ?? 'upcoming';
  const keep = (o: Occurrence) => (!opts.kind || o.item.kind === opts.kind) && matchesFilter(o.item, filter);
  const { dated, undated } = timeline(items);
  if (scope === 'past') return dated.filter((o) => o.end <= now && keep(o)).reverse();
  const chosen = dated.filter((o) => keep(o) && (scope === 'all' || o.end > now));
  if (scope === 'all') return [...chosen, ...undated.filter(keep)];
  // Undated items that are known to be over ("done"), or were expected in a period now over, are not upcoming.
  const lookup = indexItems(items);
  return [...chosen, ...undated.filter((o) => keep(o) && o.status !== 'done' && !isOverdueUndated(o, lookup, now))];
}

export interface NeverDated {
  /** The period they were expected in ("2025", "2025-07"). */
  period: string;
  items: Occurrence[];
}

/**
 * Undated items (not done or cancelled) whose expected period is over, grouped by that period, earliest
 * first: "expected in 2025, never dated" on 2026-12-02. The secretariat should date, close or cancel them.
 */
export function expectedButNeverDated(items: readonly Item[], now: Date, opts: { kind?: ItemKind; filter?: ItemFilter } = {}): NeverDated[] {
  const filter = opts.filter ?? NO_FILTER;
  const lookup = indexItems(items);
  const groups = new Map<string, Occurrence[]>();
  for (const o of timeline(items).undated) {
    if ((opts.kind && o.item.kind !== opts.kind) || !matchesFilter(o.item, filter) || o.status === 'cancelled') continue;
    if (!isOverdueUndated(o, lookup, now)) continue;
    const period = expectedPeriod(o, lookup)!;
    groups.set(period, [...(groups.get(period) ?? []), o]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([period, occs]) => ({ period, items: occs }));
}

/** Items flagged for review (the report contradicts itself or omits something). */
export function flaggedForReview(items: readonly Item[]): Occurrence[] {
  const { dated, undated } = timeline(items);
  return [...dated, ...undated].filter((o) => o.item.review.length > 0);
}

export function findItem(items: readonly Item[], id: string): Occurrence | undefined {
  const item = items.find((it) => it.id === id);
  return item ? resolveItem(item, indexItems(items)) : undefined;
}

/** Ids close to a mistyped one, for "did you mean". */
export function suggestIds(items: readonly Item[], id: string, max = 3): string[] {
  const needle = id.toLowerCase();
  return (
    items
      // an id that starts with what was typed first (cwg-4 → cwg-41, cwg-42), then the closest spellings, then ids containing it
      .map((it) => ({
        id: it.id,
        d: it.id.startsWith(needle)
          ? 0
          : Math.min(editDistance(it.id, needle), it.id.includes(needle) || needle.includes(it.id) ? 2 : Number.POSITIVE_INFINITY),
      }))
      .filter((x) => x.d <= Math.max(2, Math.floor(needle.length / 3)))
      .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
      .slice(0, max)
      .map((x) => x.id)
  );
}

/**
 * Full-text search over what a delegate would type: every word must match somewhere
 * (title, description, place, organiser, tags, id, paragraph, the report's wording).
 */
export function searchItems(items: readonly Item[], words: string[]): Occurrence[] {
  // "§ 6.7.9" typed with a space: the sign alone says only that the next word is a paragraph
  const typed = words.filter((w) => !/^(§|para\.?|paragraph)$/i.test(w.trim()));
  const paragraphs = typed.map(paragraphWord).filter((p): p is string => p !== undefined);
  const needles = typed
    .filter((w) => paragraphWord(w) === undefined)
    .map(normalize)
    .filter(Boolean);
  if (!needles.length && !paragraphs.length) return [];
  const hits = searchIndex(items)
    .filter(({ item, hay }) => needles.every((n) => hay.includes(n)) && paragraphs.every((p) => paragraphScore(item, p) > 0))
    .map(({ item, title }) => ({
      item,
      // the paragraph's own items before its sub-paragraphs', then title matches
      score: paragraphs.reduce((sum, p) => sum + paragraphScore(item, p), 0) * 10 + needles.filter((n) => title.includes(n)).length,
    }));
  const rank = new Map(hits.map((h) => [h.item.id, h.score]));
  const occs = resolveAll(items).filter((o) => rank.has(o.item.id));
  return [...occs].sort((a, b) => rank.get(b.item.id)! - rank.get(a.item.id)! || byStart(a, b));
}

/** "§6.7.9", "6.7.9", "§ 3.1": a report paragraph number; undefined for any other word. */
export function paragraphWord(word: string): string | undefined {
  const m = /^(?:§|para\.?|paragraph)?\s*(\d{1,2}(?:\.\d{1,3}){0,5})\.?$/i.exec(word.trim());
  return m && (m[1]!.includes('.') || /^§|^para/i.test(word.trim())) ? m[1] : undefined;
}

/**
 * How an item belongs to a paragraph: 3 when its source is that paragraph, 2 when its source is a
 * sub-paragraph (6.7 finds 6.7.9), 1 when the paragraph is only among its other sources; else 0.
 */
function paragraphScore(item: Item, paragraph: string): number {
  const within = (p: string) => p === paragraph || p.startsWith(`${paragraph}.`);
  if (item.source.paragraph === paragraph) return 3;
  if (within(item.source.paragraph)) return 2;
  return item.seeAlso.some((s) => within(s.paragraph)) ? 1 : 0;
}

/** Normalized text per item, built once per calendar version. */
const searchIndex = memoizeFrozen((items: readonly Item[]) => items.map((item) => ({ item, hay: normalize(haystack(item)), title: normalize(item.title) })));

function haystack(item: Item): string {
  return [
    item.id,
    item.title,
    item.description ?? '',
    item.place ?? '',
    item.organiser ?? '',
    item.sendTo ?? '',
    item.tags.join(' '),
    item.whoMustAct.join(' '),
    item.source.paragraph,
    item.source.wording ?? '',
  ].join(' ');
}

/** Letters that do not decompose under NFKD but that people type without their marks. */
const FOLD: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th' };

function normalize(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[øæœßđłþ]/g, (c) => FOLD[c] ?? c);
}
