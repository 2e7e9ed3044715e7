import { createHash } from 'node:crypto';
import { type Item, ItemSchema } from '../calendar/schema.js';
import { type FieldProblem, ImportDraftError, ValidationError } from '../errors.js';
import type { Db } from '../store/db-schema.js';
import type { Decision, DraftProposal, ImportDraftRecord } from '../store/import-draft-schema.js';
import type { Store } from '../store/store.js';
import type { ChangeResult } from './api.js';
import { commitChanges, type EditActor, type EditMeta, type ItemChange, sameJson } from './commit.js';
import { type ItemFields, readFields } from './item-fields.js';

/**
 * The review of an import draft, kept in the store per caller: accept, reject, edit proposals, then
 * confirm them all in one batch (one audit batch: one change notice per channel, one `/cwg undo`).
 * Only `confirmDraft` touches the calendar.
 */

export function draftKey(actor: Pick<EditActor, 'id' | 'platform'>): string {
  return `${actor.platform}:${actor.id}`.slice(0, 200);
}

/** The code that confirms exactly the accepted proposals as they now stand (content-based, so re-reading the same file gives the same code). */
export function draftCode(draft: ImportDraftRecord): string {
  const hash = createHash('sha256');
  hash.update(draft.document);
  for (const p of accepted(draft)) hash.update(`|${p.n}:${p.action}:${p.existingId ?? ''}@${p.existingRevision ?? ''}:${JSON.stringify(p.item)}`);
  return hash.digest('hex').slice(0, 6);
}

export function accepted(draft: ImportDraftRecord): DraftProposal[] {
  return draft.proposals.filter((p) => p.decision === 'accepted' && p.action !== 'unchanged');
}

/** Stores a new draft for the caller (replacing theirs) and drops expired drafts of anyone. */
export async function saveDraft(store: Store, key: string, draft: ImportDraftRecord, now: Date): Promise<ImportDraftRecord> {
  return store.update((db) => {
    prune(db, now);
    db.importDrafts[key] = draft;
    return draft;
  });
}

/** The caller's draft, or ImportDraftError('noDraft' | 'expired'). */
export function currentDraft(db: Readonly<Db>, key: string, now: Date): ImportDraftRecord {
  const draft = db.importDrafts[key];
  if (!draft) throw new ImportDraftError('noDraft');
  if (Date.parse(draft.expiresAt) <= now.getTime()) throw new ImportDraftError('expired', { document: draft.document });
  return draft;
}

/** Sets the decision of the numbered proposals ('all': every proposal that is not unchanged). */
export async function decide(store: Store, key: string, which: readonly number[] | 'all', decision: Decision, now: Date): Promise<ImportDraftRecord> {
  return store.update((db) => {
    const draft = currentDraft(db, key, now);
    const ns = which === 'all' ? draft.proposals.filter((p) => p.action !== 'unchanged').map((p) => p.n) : which;
    const known = new Set(draft.proposals.map((p) => p.n));
    const missing = ns.find((n) => !known.has(n));
    if (missing !== undefined) throw new ImportDraftError('noProposal', { n: missing, last: draft.proposals.length });
    const chosen = new Set(ns);
    draft.proposals = draft.proposals.map((p) => (chosen.has(p.n) ? { ...p, decision } : p));
    return draft;
  });
}

/** Changes one proposal with the same fields and checks as `/cwg edit`; an edited proposal is accepted. */
export async function editProposal(store: Store, key: string, n: number, fields: ItemFields, meta: EditMeta): Promise<DraftProposal> {
  const props = readFields(fields, meta);
  return store.update((db) => {
    const draft = currentDraft(db, key, meta.now);
    const current = proposalOf(draft, n);
    const { clear, ...set } = props;
    const next: Record<string, unknown> = { ...current.item, ...set };
    for (const k of clear) delete next[k];
    if (props.when && !props.status) {
      if (props.when.type === 'tba' && !['cancelled', 'done'].includes(current.item.status)) next.status = 'tba';
      else if (props.when.type !== 'tba' && current.item.status === 'tba') next.status = 'confirmed';
    }
    const item = checked(next);
    const action = current.action === 'unchanged' && !sameJson(item, current.item) ? 'change' : current.action;
    const updated: DraftProposal = { ...current, item, action, decision: 'accepted', edited: true };
    draft.proposals = draft.proposals.map((p) => (p.n === n ? updated : p));
    return updated;
  });
}

export async function discardDraft(store: Store, key: string): Promise<boolean> {
  return store.update((db) => {
    const had = !!db.importDrafts[key];
    delete db.importDrafts[key];
    return had;
  });
}

export interface ConfirmResult extends ChangeResult {
  added: number;
  changed: number;
}

/**
 * Applies the accepted proposals in one batch. A code that is not the draft's is refused as wrong; a
 * calendar item changed (or added) by someone since the draft was made is refused as stale, naming it.
 */
export async function confirmDraft(store: Store, key: string, code: string, meta: EditMeta): Promise<ConfirmResult> {
  return store.update((db) => {
    const draft = currentDraft(db, key, meta.now);
    if (draftCode(draft) !== code.trim().toLowerCase()) throw new ImportDraftError('wrongCode', { code: code.slice(0, 12) });
    const chosen = accepted(draft);
    if (!chosen.length) throw new ImportDraftError('nothingAccepted');
    const byId = new Map(db.items.map((it) => [it.id, it]));
    const stale = chosen.filter((p) => (p.existingId ? byId.get(p.existingId)?.revision !== p.existingRevision : byId.has(p.item.id)));
    if (stale.length) throw new ImportDraftError('stale', { ids: stale.map((p) => p.existingId ?? p.item.id).join(', '), n: stale.length });
    const incoming = new Set(chosen.map((p) => p.item.id));
    for (const p of chosen) {
      const anchor = p.item.when.type === 'relative' ? p.item.when.anchor : undefined;
      if (anchor && !byId.has(anchor) && !incoming.has(anchor)) {
        const of = draft.proposals.find((q) => q.item.id === anchor);
        throw new ImportDraftError('anchorNotAccepted', { n: p.n, anchor, ...(of ? { anchorN: of.n } : {}) });
      }
    }
    // Anchors first, so a deadline counted from a new meeting finds it.
    const ordered = [...chosen].sort((a, b) => Number(a.item.when.type === 'relative') - Number(b.item.when.type === 'relative'));
    const changes: ItemChange[] = ordered.map((p) =>
      p.existingId
        ? { before: byId.get(p.existingId)!, after: p.item, action: 'import' }
        : { before: null, after: { ...p.item, revision: 0, dateVersion: 0 }, action: 'import' },
    );
    const { entries, moved } = commitChanges(db, changes, meta);
    delete db.importDrafts[key];
    const added = chosen.filter((p) => !p.existingId).length;
    return { item: entries[0]?.after ?? null, before: entries[0]?.before ?? null, entries, moved, added, changed: chosen.length - added };
  });
}

function proposalOf(draft: ImportDraftRecord, n: number): DraftProposal {
  const p = draft.proposals.find((x) => x.n === n);
  if (!p) throw new ImportDraftError('noProposal', { n, last: draft.proposals.length });
  return p;
}

function checked(raw: Record<string, unknown>): Item {
  const parsed = ItemSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, FieldProblem> = {};
  const names: Record<string, string> = { when: 'date', description: 'notes', whoMustAct: 'who' };
  for (const issue of parsed.error.issues) {
    const k = String(issue.path[0] ?? 'item');
    fields[names[k] ?? k] ??= { code: 'invalid', data: { detail: issue.message } };
  }
  throw new ValidationError(fields);
}

function prune(db: Db, now: Date): void {
  for (const [k, d] of Object.entries(db.importDrafts)) if (Date.parse(d.expiresAt) <= now.getTime()) delete db.importDrafts[k];
}
