import type { Actor, Item, ItemKind } from './schema.js';
import { GENEVA } from './schema.js';
import { type Occurrence, resolveAll } from './resolve.js';
import { isoDateIn } from './time.js';
import { editDistance } from '../util/edit-distance.js';

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

function byStart(a: Occurrence, b: Occurrence): number {
  return (a.start?.getTime() ?? Infinity) - (b.start?.getTime() ?? Infinity) || a.item.id.localeCompare(b.item.id);
}

function dated(occs: Occurrence[]): Array<Occurrence & { start: Date; end: Date }> {
  return occs.filter((o): o is Occurrence & { start: Date; end: Date } => !!o.start && !!o.end);
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
  const occs = dated(resolveAll(items)).filter((o) => o.item.kind === kind && matchesFilter(o.item, filter));
  const live = occs.filter(isLive);
  const ongoing = kind === 'event' ? live.filter((o) => o.start <= now && o.end > now).sort(byStart) : [];
  const ahead = live.filter((o) => o.start > now).sort(byStart);
  const first = ahead[0];
  const next = first ? ahead.filter((o) => isoDateIn(o.start, GENEVA) === isoDateIn(first.start, GENEVA)) : [];
  const result: NextResult = { next, ongoing };
  if (!next.length && !ongoing.length) {
    const past = occs.filter((o) => o.end <= now && o.status !== 'cancelled').sort((a, b) => b.end.getTime() - a.end.getTime());
    if (past[0]) result.latestPast = past[0];
  }
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
  return dated(resolveAll(items))
    .filter((o) => matchesFilter(o.item, filter) && o.status !== 'done')
    .filter((o) => o.end > now && o.start.getTime() <= horizon)
    .sort(byStart);
}

export interface ListOptions {
  kind?: ItemKind;
  /** 'upcoming' (default): not yet over; 'past': over; 'all': everything. */
  when?: 'upcoming' | 'past' | 'all';
  filter?: ItemFilter;
}

/** A listing; items whose date is to be announced come after the dated ones (never in 'past'). */
export function listItems(items: readonly Item[], now: Date, opts: ListOptions = {}): Occurrence[] {
  const filter = opts.filter ?? NO_FILTER;
  const scope = opts.when ?? 'upcoming';
  const occs = resolveAll(items).filter((o) => (!opts.kind || o.item.kind === opts.kind) && matchesFilter(o.item, filter));
  const datedOnes = dated(occs);
  // Undated items that are known to be over ("done") belong to no upcoming listing.
  const undated = occs.filter((o) => !o.start && (scope === 'all' || o.status !== 'done'));
  if (scope === 'past') return datedOnes.filter((o) => o.end <= now).sort((a, b) => b.start.getTime() - a.start.getTime());
  const chosen = scope === 'all' ? datedOnes : datedOnes.filter((o) => o.end > now);
  return [...chosen.sort(byStart), ...undated.sort(byStart)];
}

/** Items flagged for review (the report contradicts itself or omits something). */
export function flaggedForReview(items: readonly Item[]): Occurrence[] {
  return resolveAll(items.filter((it) => it.review.length > 0)).sort(byStart);
}

export function findItem(items: readonly Item[], id: string): Occurrence | undefined {
  return resolveAll(items).find((o) => o.item.id === id);
}

/** Ids close to a mistyped one, for "did you mean". */
export function suggestIds(items: readonly Item[], id: string, max = 3): string[] {
  const needle = id.toLowerCase();
  return items
    .map((it) => ({ id: it.id, d: it.id.includes(needle) || needle.includes(it.id) ? 0 : editDistance(it.id, needle) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(needle.length / 3)))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, max)
    .map((x) => x.id);
}

/**
 * Full-text search over what a delegate would type: every word must match somewhere
 * (title, description, place, organiser, tags, id, paragraph, the report's wording).
 */
export function searchItems(items: readonly Item[], words: string[]): Occurrence[] {
  const needles = words.map(normalize).filter(Boolean);
  if (!needles.length) return [];
  const hits = items
    .map((item) => ({ item, hay: normalize(haystack(item)), title: normalize(item.title) }))
    .filter(({ hay }) => needles.every((n) => hay.includes(n)))
    .map(({ item, title }) => ({ item, score: needles.filter((n) => title.includes(n)).length }));
  const rank = new Map(hits.map((h) => [h.item.id, h.score]));
  const occs = resolveAll(items).filter((o) => rank.has(o.item.id));
  return occs.sort((a, b) => rank.get(b.item.id)! - rank.get(a.item.id)! || byStart(a, b));
}

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
