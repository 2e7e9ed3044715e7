import type { Item } from '../calendar/schema.js';
import { sameJson } from '../editing/commit.js';
import type { DraftProposal } from '../store/import-draft-schema.js';

/** Fields a re-import never changes by itself: counters and the item's own record of its past. */
const KEPT = new Set(['revision', 'dateVersion', 'updatedAt', 'history']);

/**
 * Items a file names with an id (spreadsheet rows, calendar events by UID, calendar JSON) against the
 * calendar: a new id is an addition; a known id with other values is a change (the old date kept in its
 * history); the same values are unchanged. So importing the same file again proposes nothing new.
 */
export function itemProposals(items: readonly Item[], calendar: readonly Item[], whereOf: (item: Item) => string): DraftProposal[] {
  const byId = new Map(calendar.map((c) => [c.id, c]));
  const out: Omit<DraftProposal, 'n'>[] = items.map((item) => {
    const where = whereOf(item).slice(0, 80);
    const evidence = { paragraph: where, sentence: item.source.wording?.slice(0, 2000) ?? '' };
    const existing = byId.get(item.id);
    if (!existing) return { action: 'add', item: { ...item, revision: 0, dateVersion: 0 }, review: item.review, evidence, decision: 'pending' };
    const changes = changedFields(existing, item);
    const base = { existingId: existing.id, existingRevision: existing.revision, review: item.review, evidence, decision: 'pending' as const };
    if (!changes.length) return { action: 'unchanged', item: existing, ...base };
    const moved = changes.includes('when');
    const next: Item = {
      ...item,
      revision: existing.revision,
      dateVersion: existing.dateVersion,
      history: moved
        ? [...existing.history, { when: existing.when, note: `before the import of ${item.source.document}`.slice(0, 500) }].slice(-100)
        : existing.history,
    };
    return { action: 'change', item: next, changes, ...base };
  });
  const order = { add: 0, change: 1, unchanged: 2 } as const;
  return out
    .map((p, i) => ({ p, i }))
    .sort((a, b) => order[a.p.action] - order[b.p.action] || a.i - b.i)
    .map(({ p }, i) => ({ ...p, n: i + 1 }));
}

function changedFields(a: Item, b: Item): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  // The same calendar exported again under another file name is not a change of its items.
  const comparable = (item: Item, k: string) => (k === 'source' ? { ...item.source, document: '' } : (item as Record<string, unknown>)[k]);
  return [...keys].filter((k) => !KEPT.has(k) && !sameJson(comparable(a, k), comparable(b, k)));
}
