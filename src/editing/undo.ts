import { createHash } from 'node:crypto';
import { ConfirmationNeededError, UndoBlockedError } from '../errors.js';
import { type LastCommand, undoNeedsConfirmation } from './last-command.js';
import type { AuditEntry } from '../store/audit-schema.js';
import type { Store } from '../store/store.js';
import type { ChangeResult } from './api.js';
import { commitChanges, type EditMeta, type ItemChange } from './commit.js';

/**
 * Reverts the caller's most recent change that is not an undo and not yet undone (with every item
 * changed in the same batch, e.g. deadlines that moved with a rescheduled meeting). Allowed only when
 * each item's revision still equals the revision that change produced, or every change since was the
 * caller's own and is undone (so undo run again goes further back); otherwise UndoBlockedError
 * says who changed it since, and when. The items get their earlier content back exactly; revision and
 * dateVersion keep counting up (calendar clients ignore an update whose SEQUENCE goes down).
 */
export async function undoLast(store: Store, meta: EditMeta, check: UndoCheck = {}): Promise<ChangeResult> {
  return store.update((draft) => {
    const target = [...draft.audit]
      .reverse()
      .find((e) => e.actor.id === meta.actor.id && e.actor.platform === meta.actor.platform && e.action !== 'undo' && !e.undoneBy);
    if (!target) throw new UndoBlockedError('nothing');
    if (undoNeedsConfirmation(check.last, target, meta.now)) {
      const code = undoCode(target);
      if (check.code?.trim().toLowerCase() !== code) {
        throw new ConfirmationNeededError(
          { code: 'undoOther', undoCode: code, action: target.action, itemId: target.itemId, at: target.at, wrong: check.code ? 'yes' : 'no' },
          'code',
        );
      }
    }
    const batch = target.batch ? draft.audit.filter((e) => e.batch === target.batch) : [target];
    const changes: ItemChange[] = [];
    const itemsById = new Map(draft.items.map((it) => [it.id, it]));
    for (const entry of batch) {
      const current = itemsById.get(entry.itemId) ?? null;
      const stillSame = entry.after ? current?.revision === entry.after.revision || onlyOwnUndoneSince(draft.audit, entry) : current === null;
      if (!stillSame) throw new UndoBlockedError(current ? 'changed-since' : 'gone', entry.itemId, changedSince(draft.audit, entry));
      changes.push({ before: current, after: entry.before ? { ...entry.before } : null, action: 'undo' });
    }
    const main = batch[0]!;
    const reasonMeta = { ...meta, reason: meta.reason ?? `undo of ${main.action} (${main.id})` };
    const { entries, moved } = commitChanges(draft, changes, reasonMeta);
    const auditIndex = new Map(draft.audit.map((e, i) => [e.id, i]));
    const undoneByItem = new Map(entries.map((e) => [e.itemId, e.id]));
    for (const done of batch) {
      // audit entries are frozen once written: mark one undone by replacing it
      const index = auditIndex.get(done.id)!;
      draft.audit[index] = { ...draft.audit[index]!, undoneBy: undoneByItem.get(done.itemId) ?? entries[0]!.id };
    }
    const first = entries[0]!;
    return { item: first.after, before: first.before, entries, moved };
  });
}

/** What undo checks first: the caller's last command, and the code they confirm with. */
export interface UndoCheck {
  last?: LastCommand | undefined;
  code?: string | undefined;
}

/** The confirmation code of undoing one audit entry: stable for that entry, different for any other. */
export function undoCode(entry: Pick<AuditEntry, 'id' | 'at'>): string {
  return createHash('sha256').update(`undo:${entry.id}@${entry.at}`).digest('hex').slice(0, 6);
}

/**
 * True when every later change to the entry's item is the same caller's, and each was undone or is
 * an undo: the item is back where this entry left it, so "undo" again walks further back.
 */
function onlyOwnUndoneSince(audit: readonly AuditEntry[], entry: AuditEntry): boolean {
  const later = audit.slice(audit.indexOf(entry) + 1).filter((e) => e.itemId === entry.itemId);
  return later.every((e) => e.actor.id === entry.actor.id && e.actor.platform === entry.actor.platform && (e.action === 'undo' || !!e.undoneBy));
}

function changedSince(audit: readonly AuditEntry[], entry: AuditEntry): { by: string; at: string; action: string } | undefined {
  const index = audit.indexOf(entry);
  const later = audit
    .slice(index + 1)
    .filter((e) => e.itemId === entry.itemId)
    .pop();
  return later ? { by: later.actor.name ?? later.actor.id, at: later.at, action: later.action } : undefined;
}
