/**
 * The editing API: what the text commands, Slack modals and Teams Adaptive Card forms call to change
 * the calendar. Platform-neutral; the caller has already checked the secretariat role
 * (`isSecretariat(caller, config.secretariat)` from src/dispatch/roles.ts).
 *
 *   createItem(store, input: NewItemInput, meta: EditMeta): Promise<ChangeResult>
 *   changeItem(store, id, fields: ItemFields, meta: EditMeta & { expectedRevision?: number }): Promise<ChangeResult>
 *   rescheduleItem(store, id, date: string | When, meta & { expectedRevision? }): Promise<ChangeResult>
 *   announceDate(store, id, date: string | When, meta & { expectedRevision? }): Promise<ChangeResult>
 *   cancelItem(store, id, meta & { expectedRevision? }): Promise<ChangeResult>     (meta.reason = why)
 *   markDone(store, id, meta & { expectedRevision? }): Promise<ChangeResult>
 *   undoLast(store, meta, { last?, code? }): Promise<ChangeResult>                 (undo.ts; `last`: the caller's last
 *                        editing command: when it was not the change undone, ConfirmationNeededError 'undoOther' asks for a code)
 *   itemHistory(store, id): AuditEntry[]                                            (oldest first)
 *   previewImport(store, json): ImportPreview {code, added, changed, unchanged, kept}  (import-calendar.ts)
 *   applyImport(store, json, code, meta): Promise<ChangeResult & { preview }>      (code from the preview)
 *
 * To answer a form submission with the same reply the text command gives: `changeReply(result, action,
 * bot.contextFor(caller, conversation))` (change-reply.ts); for a thrown error: `errorReply(err, msg, log)`
 * (src/dispatch/error-reply.ts), or read the typed error's fields yourself.
 *
 * meta = { actor: { id, platform, name? }, surface, now: Date, reason?, confirm? }. `now` comes from the
 * bot's clock (`ctx.now` / `bot.deps.clock()`), never from `new Date()` in a handler.
 *
 * Fields (ItemFields, item-fields.ts) are strings as a form gives them: title, date ("23–27 June 2025",
 * "7 July 2025 13:30-14:30 Europe/Zurich", "tba 2025", "21 days before cwg-42", or a `When`), place,
 * notes, organiser, who ("members,secretariat"), tags ("igf,ai"; tagsAdd / tagsRemove for tags+= / tags-=),
 * sendTo, url, source (paragraph), document (title or symbol), link (the document's http/https address),
 * status, kind. An empty string clears an optional field. Text is stored neutralised (no pings,
 * links or markup: sanitize-text.ts); renderers must still escape for their format.
 *
 * Errors (src/errors.ts), all thrown before anything is written:
 *   ValidationError      .fields: { [field]: message }   → show each beside its input; keys are the ItemFields
 *                        names plus `id`, `item` (a calendar-wide rule) and `file` (import)
 *   ConflictError        .current (item now), .proposed (your change on it), .lastChange {by, at, action}
 *                        → "changed since you opened it"; pass expectedRevision = item.revision you showed
 *   ConfirmationNeededError .reason, .field  → a date > 1 year past or > 3 years ahead; resubmit with meta.confirm
 *   NotFoundError        .id, .suggestions
 *   UndoBlockedError     .reason 'nothing' | 'changed-since' | 'gone', .itemId, .since {by, at, action}
 *
 * Every change runs inside one `store.update` (serialized, validated as a whole by the data-file
 * schema, atomic): revision +1, dateVersion +1 when the date changes (iCalendar SEQUENCE and reminder
 * keys), updatedAt = meta.now, the old date pushed to `history` on reschedule/announce, and an audit
 * entry ('add' | 'edit' | 'reschedule' | 'cancel' | 'done' | 'announce' | 'undo' | 'import') with the
 * complete item before and after. Items anchored to a moved item ("3 weeks before cwg-42") keep their
 * relative `when` but get revision/dateVersion +1 and their own audit entry in the same batch
 * (`reason: "moved with <anchor>"`, `resolved: {before, after}`); ChangeResult.moved lists them.
 */
import { suggestIds } from '../calendar/queries.js';
import type { Item, ItemKind, Source } from '../calendar/schema.js';
import type { When } from '../calendar/when-schema.js';
import { ItemSchema } from '../calendar/schema.js';
import { ConflictError, type FieldProblem, NotFoundError, ValidationError } from '../errors.js';
import type { AuditEntry } from '../store/audit-schema.js';
import type { Db } from '../store/db-schema.js';
import type { Store } from '../store/store.js';
import { commitChanges, type EditAction, type EditMeta, type MovedDependent, sameJson } from './commit.js';
import { applyTranslations } from '../calendar/translations.js';
import { checkId, type ItemFields, readFields, SECRETARIAT_DOCUMENT, type SourcePatch } from './item-fields.js';
import { makeId } from './make-id.js';
import { neutraliseText } from '../calendar/sanitize-text.js';

export type { EditActor, EditMeta, MovedDependent } from './commit.js';
export type { ItemFields } from './item-fields.js';
export { undoLast } from './undo.js';
export { applyImport, previewImport, type ImportPreview } from './import-calendar.js';

export interface NewItemInput extends ItemFields {
  kind: ItemKind;
  title: string;
  date: string | When;
  /** Optional; made from the title and year when absent (igf-2026). */
  id?: string;
}

export type ConcurrencyMeta = EditMeta & { expectedRevision?: number };

export interface ChangeResult {
  /** The item as it now stands (null when an undo removed an added item). */
  item: Item | null;
  before: Item | null;
  /** The audit entries written, the changed item's first. Empty when nothing changed. */
  entries: AuditEntry[];
  /** Items that moved with their anchor. */
  moved: MovedDependent[];
  /** True when the fields already had these values (nothing written). */
  unchanged?: boolean;
}

export async function createItem(store: Store, input: NewItemInput, meta: EditMeta): Promise<ChangeResult> {
  const missing: Record<string, FieldProblem> = {};
  if (input.kind !== 'event' && input.kind !== 'deadline') missing.kind = { code: 'badKind' };
  if (!input.title || !String(input.title).trim()) missing.title = { code: 'needTitle' };
  if (input.date === undefined || input.date === '') missing.date = { code: 'needDate' };
  if (Object.keys(missing).length) throw new ValidationError(missing);
  const props = readFields(input, meta);
  const explicitId = input.id !== undefined && input.id !== '' ? checkId(input.id) : undefined;
  return store.update((draft) => {
    const taken = (id: string) => draft.items.some((it) => it.id === id);
    if (explicitId && taken(explicitId)) throw new ValidationError({ id: { code: 'idTaken', data: { id: explicitId } } });
    const id = explicitId ?? makeId(props.title!, props.when, taken);
    const when = props.when!;
    const translations = props.translationChanges && applyTranslations(undefined, props.translationChanges);
    const item = buildItem({
      ...strip(props),
      ...(props.tagsAdd ? { tags: withTags(props.tags ?? [], props.tagsAdd, undefined, id) } : {}),
      ...(translations ? { translations } : {}),
      id,
      kind: input.kind,
      status: props.status ?? (when.type === 'tba' ? 'tba' : 'confirmed'),
      source: mergeSource(undefined, props.sourcePatch, draft.items),
      revision: 0,
      dateVersion: 0,
    });
    const { entries, moved } = commitChanges(draft, [{ before: null, after: item, action: 'add' }], meta);
    return { item: stored(draft, id), before: null, entries, moved };
  });
}

export async function changeItem(store: Store, id: string, fields: ItemFields, meta: ConcurrencyMeta): Promise<ChangeResult> {
  const props = readFields(fields, meta);
  return mutateItem(store, id, meta, 'edit', (current) => {
    const next: Record<string, unknown> = { ...current, ...strip(props) };
    for (const key of props.clear) delete next[key];
    if (props.sourcePatch) next.source = mergeSource(current.source, props.sourcePatch, store.read().items);
    if (props.tagsAdd || props.tagsRemove) next.tags = withTags((next.tags as string[]) ?? [], props.tagsAdd, props.tagsRemove, current.id);
    if (props.translationChanges) {
      const translations = applyTranslations(current.translations, props.translationChanges);
      if (translations) next.translations = translations;
      else delete next.translations;
    }
    if (props.when && !props.status) {
      if (props.when.type === 'tba' && !['cancelled', 'done'].includes(current.status)) next.status = 'tba';
      else if (props.when.type !== 'tba' && current.status === 'tba') next.status = 'confirmed';
    }
    return next;
  });
}

export async function rescheduleItem(store: Store, id: string, date: string | When, meta: ConcurrencyMeta): Promise<ChangeResult> {
  const { when } = readFields({ date }, meta);
  return mutateItem(store, id, meta, 'reschedule', (current) => {
    if (current.when.type === 'tba') throw new ValidationError({ date: { code: 'noDateYet', data: { id: current.id } } });
    if (sameJson(current.when, when)) throw new ValidationError({ date: { code: 'sameDate', data: { id: current.id } } });
    return {
      ...current,
      when: when!,
      status: when!.type === 'tba' ? 'tba' : 'rescheduled',
      history: pushHistory(current, meta),
    };
  });
}

export async function announceDate(store: Store, id: string, date: string | When, meta: ConcurrencyMeta): Promise<ChangeResult> {
  const { when } = readFields({ date }, meta);
  return mutateItem(store, id, meta, 'announce', (current) => {
    if (current.when.type === 'relative') {
      throw new ValidationError({ date: { code: 'anchored', data: { id: current.id, anchor: current.when.anchor } } });
    }
    if (current.when.type !== 'tba') throw new ValidationError({ date: { code: 'hasDate', data: { id: current.id } } });
    if (when!.type === 'tba') throw new ValidationError({ date: { code: 'announceTba' } });
    const status = ['cancelled', 'done'].includes(current.status) ? current.status : 'confirmed';
    return { ...current, when: when!, status, history: pushHistory(current, meta) };
  });
}

export async function cancelItem(store: Store, id: string, meta: ConcurrencyMeta): Promise<ChangeResult> {
  return mutateItem(store, id, meta, 'cancel', (current) => {
    if (current.status === 'cancelled') throw new ValidationError({ status: { code: 'alreadyCancelled', data: { id: current.id } } });
    return { ...current, status: 'cancelled' };
  });
}

export async function markDone(store: Store, id: string, meta: ConcurrencyMeta): Promise<ChangeResult> {
  return mutateItem(store, id, meta, 'done', (current) => {
    if (current.status === 'done') throw new ValidationError({ status: { code: 'alreadyDone', data: { id: current.id } } });
    if (current.status === 'cancelled') throw new ValidationError({ status: { code: 'cancelledNotDone', data: { id: current.id } } });
    return { ...current, status: 'done' };
  });
}

/** The audit trail of one item, oldest first. */
export function itemHistory(store: Store, id: string): AuditEntry[] {
  const key = checkId(id);
  const db = store.read();
  const entries = db.audit.filter((e) => e.itemId === key);
  if (!entries.length && !db.items.some((it) => it.id === key)) throw new NotFoundError(key, suggestIds(db.items, key));
  return entries;
}

class NoChange extends Error {}

async function mutateItem(
  store: Store,
  rawId: string,
  meta: ConcurrencyMeta,
  action: EditAction,
  build: (current: Item) => Record<string, unknown>,
): Promise<ChangeResult> {
  const id = checkId(rawId);
  try {
    return await store.update((draft) => {
      const current = draft.items.find((it) => it.id === id);
      if (!current) throw new NotFoundError(id, suggestIds(draft.items, id));
      if (meta.expectedRevision !== undefined && meta.expectedRevision !== current.revision) {
        const last = [...draft.audit].reverse().find((e) => e.itemId === id);
        const lastChange = last ? { by: last.actor.name ?? last.actor.id, at: last.at, action: last.action } : undefined;
        let proposed: Item | undefined;
        try {
          proposed = buildItem(build(current));
        } catch {
          // the change would not even apply to the current version; show the current one alone
        }
        throw new ConflictError(id, meta.expectedRevision, current, proposed, lastChange);
      }
      const next = buildItem(build(current));
      if (sameJson(withoutCounters(next), withoutCounters(current))) throw new NoChange();
      const { entries, moved } = commitChanges(draft, [{ before: current, after: next, action }], meta);
      return { item: stored(draft, id), before: current, entries, moved };
    });
  } catch (err) {
    if (!(err instanceof NoChange)) throw err;
    const item = store.read().items.find((it) => it.id === id)!;
    return { item, before: item, entries: [], moved: [], unchanged: true };
  }
}

/** Validates an item with the data file's own schema; problems come back per field. */
function buildItem(raw: Record<string, unknown>): Item {
  const parsed = ItemSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // The field rules (item-fields.ts) run first, so this is a last guard: name the field, keep zod's text for the log.
  const fields: Record<string, FieldProblem> = {};
  const names: Record<string, string> = { when: 'date', description: 'notes', whoMustAct: 'who' };
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? 'item');
    fields[names[key] ?? key] ??= { code: 'invalid', data: { detail: issue.message } };
  }
  throw new ValidationError(fields);
}

function pushHistory(current: Item, meta: EditMeta): Item['history'] {
  const note = meta.reason ? neutraliseText(meta.reason).slice(0, 500) : '';
  const entry = { when: current.when, changedAt: meta.now.toISOString(), ...(note ? { note } : {}) };
  return [...current.history, entry].slice(-100);
}

function strip(props: ReturnType<typeof readFields>): Partial<Item> {
  const { clear: _clear, sourcePatch: _source, tagsAdd: _add, tagsRemove: _remove, translationChanges: _tr, ...rest } = props;
  return rest;
}

/** tags+= and tags-= on the item's tags: a removed tag must be there (a typo is said, not ignored). */
function withTags(tags: readonly string[], add: readonly string[] | undefined, remove: readonly string[] | undefined, id: string): string[] {
  const missing = remove?.find((t) => !tags.includes(t));
  if (missing !== undefined) throw new ValidationError({ tags: { code: 'tagNotOnItem', data: { tag: missing, tags: [...tags], id } } });
  const kept = tags.filter((t) => !remove?.includes(t));
  const out = [...new Set([...kept, ...(add ?? [])])];
  if (out.length > 20) throw new ValidationError({ tags: { code: 'tooManyTags' } });
  return out;
}

/**
 * The item's source after document=, source= and link=. A new document starts a new source (the old
 * paragraph, wording and link belonged to the old one); a document named as another item's, in any
 * case, takes that spelling. A paragraph needs its document: added items are never credited to a
 * report nobody named.
 */
function mergeSource(current: Source | undefined, patch: SourcePatch | undefined, items: readonly Item[]): Source {
  const base: Source = current ?? { document: SECRETARIAT_DOCUMENT, paragraph: 'n/a' };
  if (!patch) return base;
  let out: Source = { ...base };
  if (patch.document !== undefined) {
    const known = items.find((it) => it.source.document.toLowerCase() === patch.document!.toLowerCase())?.source.document;
    const document = known ?? patch.document;
    if (document !== base.document) out = { document, paragraph: 'n/a' };
  }
  if (patch.paragraph !== undefined) {
    out.paragraph = patch.paragraph;
    if (patch.paragraph !== base.paragraph) delete out.wording;
  }
  if (out.document === SECRETARIAT_DOCUMENT && out.paragraph !== 'n/a') {
    const documents = [...new Set(items.map((it) => it.source.document).filter((d) => d !== SECRETARIAT_DOCUMENT))].slice(0, 3);
    throw new ValidationError({ document: { code: 'paragraphNeedsDocument', data: { documents } } });
  }
  if (patch.link === null) delete out.link;
  else if (patch.link !== undefined) out.link = patch.link;
  return out;
}

function withoutCounters(item: Item): Omit<Item, 'revision' | 'dateVersion' | 'updatedAt'> {
  const { revision: _r, dateVersion: _d, updatedAt: _u, ...rest } = item;
  return rest;
}

function stored(draft: Db, id: string): Item | null {
  return draft.items.find((it) => it.id === id) ?? null;
}
