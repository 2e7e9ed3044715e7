import { expectedButNeverDated, type ItemFilter } from '../calendar/queries.js';
import type { Occurrence } from '../calendar/resolve.js';
import type { Item, ItemKind } from '../calendar/schema.js';
import type { Messages } from '../i18n/index.js';
import { formatApprox } from './describe-item.js';
import type { ReplyItem, ReplySection } from './reply.js';

/** The listing that shows each kind's undated items. */
const LISTING: Record<ItemKind, string> = { deadline: 'deadlines', event: 'events' };

/**
 * Undated items whose expected period is over, for a listing of one kind: a section per period
 * ("Expected in 2025, never dated") and the hint for the secretariat. Empty when there are none.
 */
export function neverDatedSections(
  items: readonly Item[],
  now: Date,
  kind: ItemKind,
  filter: ItemFilter,
  describe: (occs: readonly Occurrence[]) => ReplyItem[],
  msg: Messages,
): { sections: ReplySection[]; notes: string[] } {
  const groups = expectedButNeverDated(items, now, { kind, filter });
  if (!groups.length) return { sections: [], notes: [] };
  return {
    sections: groups.map((g) => ({ heading: msg.doubts.neverDated.heading(formatApprox(g.period, msg)), items: describe(g.items) })),
    notes: [msg.doubts.neverDated.hint],
  };
}

/** For answers that do not list them (next-deadline, next-event, upcoming): how many, and where they are listed. */
export function neverDatedNotes(items: readonly Item[], now: Date, kinds: readonly ItemKind[], filter: ItemFilter, msg: Messages): string[] {
  const notes: string[] = [];
  for (const kind of kinds) {
    for (const g of expectedButNeverDated(items, now, { kind, filter })) {
      notes.push(msg.doubts.neverDated.count(g.items.length, formatApprox(g.period, msg), LISTING[kind]));
    }
  }
  return notes;
}
