import type { ItemLookup, Occurrence } from './resolve.js';
import type { Item } from './schema.js';
import { GENEVA } from './schema.js';
import { startOfDayIn } from './time.js';

/**
 * What is uncertain about an item's date beyond the date itself: a date kept but not verified (and
 * everything counted from it), and an undated item whose expected period is already over.
 */

/** The item's own date carries an "unverified" review flag. */
export function isUnverified(item: Item): boolean {
  return item.review.some((r) => r.kind === 'unverified');
}

/**
 * The first item up the anchor chain ("three weeks prior to the 42nd meeting") whose date is
 * unverified: the item's own date is then only as good as that one. Undefined when the chain is sound.
 */
export function unverifiedAnchor(item: Item, lookup: ItemLookup): Item | undefined {
  const seen = new Set([item.id]);
  let when = item.when;
  while (when.type === 'relative') {
    const anchor = lookup(when.anchor);
    if (!anchor || seen.has(anchor.id)) return undefined;
    if (isUnverified(anchor)) return anchor;
    seen.add(anchor.id);
    when = anchor.when;
  }
  return undefined;
}

/**
 * The period ("2025", "2025-07") in which an undated item was expected: its own, or that of the undated
 * item it waits for ("prior to Council 2025" is expected when Council 2025 is). Undefined when unknown.
 */
export function expectedPeriod(occ: Occurrence, lookup: ItemLookup): string | undefined {
  if (occ.when.type !== 'tba') return undefined;
  if (occ.when.approx) return occ.when.approx;
  const seen = new Set([occ.item.id]);
  let id = occ.when.waitingFor;
  while (id && !seen.has(id)) {
    seen.add(id);
    const anchor = lookup(id);
    if (!anchor) return undefined;
    if (anchor.when.type === 'tba') return anchor.when.approx;
    if (anchor.when.type !== 'relative') return undefined;
    id = anchor.when.anchor;
  }
  return undefined;
}

/** The first instant (Geneva) after a period "YYYY" or "YYYY-MM". */
export function periodEnd(period: string): Date {
  const [y, m] = period.split('-').map(Number) as [number, number | undefined];
  if (m === undefined) return startOfDayIn(`${y + 1}-01-01`, GENEVA);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return startOfDayIn(next, GENEVA);
}

/** Undated, not done, and its expected period is over: no longer "upcoming", but never dated either. */
export function isOverdueUndated(occ: Occurrence, lookup: ItemLookup, now: Date): boolean {
  if (occ.start || occ.status === 'done') return false;
  const period = expectedPeriod(occ, lookup);
  return period !== undefined && now >= periodEnd(period);
}
