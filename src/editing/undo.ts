import { UndoBlockedError } from '../errors.js';
import type { AuditEntry } from '../store/audit-schema.js';
import type { Store } from '../store/store.js';
import type { ChangeResult } from './api.js';
import { commitChanges, type EditMeta, type ItemChange } from './commit.js';

/**
 * Reverts the caller's most recent change that is not an undo and not yet undone (with every item
 * changed in the same batch, e.g. deadlines that moved with a rescheduled meeting). Allowed only when
 * each item's revision still equals the revision that change produced; otherwise UndoBlockedError
 * says who changed it since, and when. The items get their earlier content back exactly; revision and
 * dateVersion keep counting up (calendar clients ignore an update whose SEQUENCE goes down).
 */
export async function undoLast(store: Store, meta: EditMeta): Promise<ChangeResult> {
  return store.update((draft) => {
    const target = [...draft.audit]
      .reverse()
      .find((e) => e.actor.id === meta.actor.id && e.actor.platform === meta.actor.platform && e.action !== 'undo' && !e.undoneBy);
    if (!target) throw new UndoBlockedError('nothing');
    const batch = target.batch ? draft.audit.filter((e) => e.batch === target.batch) : [target];
    const changes: ItemChange[] = [];
    for (const entry of batch) {
      const current = draft.items.find((it) => it.id === entry.itemId) ?? null;
      const stillSame = entry.after ? current?.revision === entry.after.revision : current === null;
      if (!stillSame) throw new UndoBlockedError(current ? 'changed-since' : 'gone', entry.itemId, changedSince(draft.audit, entry));
      changes.push({ before: current, after: entry.before ? { ...entry.before } : null, action: 'undo' });
    }
    const main = batch[0]!;
    const reasonMeta = { ...meta, reason: meta.reason ?? `undo of ${main.action} (${main.id})` };
    const { entries, moved } = commitChanges(draft, changes, reasonMeta);
    for (const done of batch) {
      const stored = draft.audit.find((e) => e.id === done.id)!;
      stored.undoneBy = entries.find((e) => e.itemId === done.itemId)?.id ?? entries[0]!.id;
    }
    const first = entries[0]!;
    return { item: first.after, before: first.before, entries, moved };
  });
}

function changedSince(audit: readonly AuditEntry[], entry: AuditEntry): { by: string; at: string; action: string } | undefined {
  const index = audit.indexOf(entry);
  const later = audit.slice(index + 1).filter((e) => e.itemId === entry.itemId).pop();
  return later ? { by: later.actor.name ?? later.actor.id, at: later.at, action: later.action } : undefined;
}
