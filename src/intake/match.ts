import type { Item } from '../calendar/schema.js';
import type { When } from '../calendar/when-schema.js';
import { sameName } from './report/events.js';
import { nameTokens } from './report/lexicon.js';

/**
 * Is a proposed item already in the calendar? The same thing when the kind agrees and either the source
 * agrees (same document paragraph and wording: the same report read again) or the names agree and the dates
 * are compatible (the same year, when both have one: an undated "Council 2036" is not "Council 2025"). Names are compared as folded tokens
 * ("IGF 2025" ≡ "Internet Governance Forum 2025 (IGF 2025)").
 */
export function findExisting(item: Item, calendar: readonly Item[], taken: ReadonlySet<string> = new Set()): Item | undefined {
  const pool = calendar.filter((c) => c.kind === item.kind && !taken.has(c.id));
  const bySource = pool.find((c) => sameSource(c, item));
  if (bySource) return bySource;
  const tokens = nameTokens(item.title);
  return pool.find((c) => sameName(nameTokens(c.title), tokens) && datesCompatible(c.when, item.when));
}

function sameSource(a: Item, b: Item): boolean {
  const ours = [a.source, ...a.seeAlso];
  return (
    ours.some((s) => s.document === b.source.document && s.paragraph === b.source.paragraph && s.wording === b.source.wording) ||
    (a.source.paragraph === b.source.paragraph && a.title === b.title)
  );
}

function yearOf(w: When): string | undefined {
  if (w.type === 'date' || w.type === 'datetime') return w.start.slice(0, 4);
  if (w.type === 'tba') return w.approx?.slice(0, 4);
  return undefined;
}

export function datesCompatible(a: When, b: When): boolean {
  if (a.type === 'relative' || b.type === 'relative') return a.type === 'relative' && b.type === 'relative' && a.anchor === b.anchor;
  const ya = yearOf(a);
  const yb = yearOf(b);
  // Names drop their years ("Council 2025" ≡ "Council 2036"), so the year tells editions apart, to be announced or not.
  return !ya || !yb || ya === yb;
}

/** The fields a re-read can change; equal on all of them means "unchanged". */
export function differences(existing: Item, proposed: Item): string[] {
  const out: string[] = [];
  if (JSON.stringify(existing.when) !== JSON.stringify(proposed.when)) out.push('when');
  if (existing.status !== proposed.status && !(existing.status === 'done' || existing.status === 'cancelled')) out.push('status');
  if (proposed.place && existing.place !== proposed.place && !existing.place) out.push('place');
  if (proposed.sendTo && existing.sendTo !== proposed.sendTo && !existing.sendTo) out.push('sendTo');
  return out;
}
