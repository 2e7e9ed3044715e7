import { resolveAll } from '../calendar/resolve.js';
import { suggestIds } from '../calendar/queries.js';
import { type CalendarIssue, calendarIssues } from '../calendar/calendar-schema.js';
import { type Item, ItemSchema } from '../calendar/schema.js';
import { type FieldProblem, ValidationError } from '../errors.js';
import type { AuditEntry, ResolvedDates, Surface } from '../store/audit-schema.js';
import type { Db } from '../store/db-schema.js';
import { neutraliseText } from '../calendar/sanitize-text.js';

export type EditAction = 'add' | 'edit' | 'reschedule' | 'cancel' | 'done' | 'announce' | 'undo' | 'import';

export interface EditActor {
  id: string;
  platform: Surface;
  name?: string;
}

export interface EditMeta {
  actor: EditActor;
  /** Where the change was made (slack modal, teams card, cli…). */
  surface: Surface;
  now: Date;
  reason?: string;
  /** Accept a date far in the past or far ahead (otherwise ConfirmationNeededError). */
  confirm?: boolean;
}

/** One item's change; `before` null = added, `after` null = removed (undo of an add). */
export interface ItemChange {
  before: Item | null;
  after: Item | null;
  action: EditAction;
}

/** An item whose date moved only because the item it hangs off moved. */
export interface MovedDependent {
  item: Item;
  before: ResolvedDates;
  after: ResolvedDates;
}

export interface CommitResult {
  entries: AuditEntry[];
  moved: MovedDependent[];
}

/**
 * Applies item changes to a store draft (call it inside `store.update`): sets revision (+1),
 * dateVersion (+1 when the resolved date or `when` changes) and updatedAt, checks the calendar as a
 * whole, bumps items anchored to a moved item, and appends one audit entry per item (sharing a batch
 * id when there are several). Throws ValidationError (nothing is written) when the result is invalid.
 */
export function commitChanges(draft: Db, changes: ItemChange[], meta: EditMeta): CommitResult {
  const at = meta.now.toISOString();
  const datesBefore = resolvedDates(draft.items);
  const changedIds = new Set(changes.map((c) => (c.after ?? c.before)!.id));
  const finals: ItemChange[] = [];
  // one index for the whole batch: an import of thousands of items stays linear
  let indexOf = indexById(draft.items);
  for (const change of changes) {
    const id = (change.after ?? change.before)!.id;
    const index = indexOf.get(id) ?? -1;
    if (!change.after) {
      if (index >= 0) {
        draft.items.splice(index, 1);
        indexOf = indexById(draft.items);
      }
      finals.push(change);
      continue;
    }
    const after: Item = { ...change.after, updatedAt: at };
    if (change.before) {
      const current = index >= 0 ? draft.items[index]! : change.before;
      after.revision = current.revision + 1;
      after.dateVersion = current.dateVersion + (sameJson(change.after.when, current.when) ? 0 : 1);
    }
    if (index >= 0) draft.items[index] = after;
    else indexOf.set(id, draft.items.push(after) - 1);
    finals.push({ ...change, after });
  }
  checkCalendar(draft.items, changedIds);
  const datesAfter = resolvedDates(draft.items);
  const moved: MovedDependent[] = [];
  for (const final of finals) {
    // a change that moved the resolved date (an anchor that gained a date) is a date change too
    if (
      final.before &&
      final.after &&
      !sameDates(datesBefore.get(final.after.id), datesAfter.get(final.after.id)) &&
      final.after.dateVersion === final.before.dateVersion
    ) {
      final.after.dateVersion += 1;
    }
  }
  draft.items.forEach((item, i) => {
    if (changedIds.has(item.id)) return;
    const b = datesBefore.get(item.id) ?? null;
    const a = datesAfter.get(item.id) ?? null;
    if (sameDates(b, a)) return;
    const next: Item = { ...item, revision: item.revision + 1, dateVersion: item.dateVersion + 1, updatedAt: at };
    // a deadline whose anchor gains a date is no longer "to be announced"
    if (next.status === 'tba' && a) next.status = 'confirmed';
    draft.items[i] = next;
    moved.push({ item: next, before: b, after: a });
    finals.push({ before: item, after: next, action: b && a ? 'reschedule' : a ? 'announce' : 'edit' });
  });
  if (moved.length) checkCalendar(draft.items, changedIds);
  const entries = appendAudit(draft, finals, meta, at, datesBefore, datesAfter, new Set(moved.map((m) => m.item.id)));
  return { entries, moved };
}

function appendAudit(
  draft: Db,
  finals: ItemChange[],
  meta: EditMeta,
  at: string,
  datesBefore: Map<string, ResolvedDates>,
  datesAfter: Map<string, ResolvedDates>,
  movedIds: Set<string>,
): AuditEntry[] {
  let seq = nextAuditNumber(draft.audit);
  const ids = finals.map(() => `a${seq++}`);
  const batch = finals.length > 1 ? ids[0] : undefined;
  const entries = finals.map((change, i): AuditEntry => {
    const itemId = (change.after ?? change.before)!.id;
    const before = datesBefore.get(itemId) ?? null;
    const after = change.after ? (datesAfter.get(itemId) ?? null) : null;
    const reason = movedIds.has(itemId) ? `moved with ${anchorOf(change.after ?? change.before!)}` : meta.reason && neutraliseText(meta.reason);
    return {
      id: ids[i]!,
      at,
      actor: {
        id: meta.actor.id.slice(0, 120),
        platform: meta.actor.platform,
        ...(meta.actor.name ? { name: neutraliseText(meta.actor.name).slice(0, 200) } : {}),
      },
      surface: meta.surface,
      action: change.action,
      itemId,
      before: change.before,
      after: change.after,
      ...(reason ? { reason: reason.slice(0, 500) } : {}),
      ...(batch ? { batch } : {}),
      ...(sameDates(before, after) ? {} : { resolved: { before, after } }),
    };
  });
  draft.audit.push(...entries);
  return entries;
}

function anchorOf(item: Item): string {
  return item.when.type === 'relative' ? item.when.anchor : 'its anchor';
}

function nextAuditNumber(audit: readonly AuditEntry[]): number {
  let max = 0;
  for (const e of audit) {
    const m = /^a(\d+)$/.exec(e.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

function indexById(items: readonly Item[]): Map<string, number> {
  return new Map(items.map((it, i) => [it.id, i]));
}

export function resolvedDates(items: readonly Item[]): Map<string, ResolvedDates> {
  return new Map(resolveAll(items).map((o) => [o.item.id, o.start && o.end ? { start: o.start.toISOString(), end: o.end.toISOString() } : null]));
}

const FIELD_OF_PATH: Record<string, string> = {
  when: 'date',
  description: 'notes',
  whoMustAct: 'who',
  sendTo: 'sendTo',
  url: 'url',
  tags: 'tags',
  status: 'status',
  id: 'id',
  kind: 'kind',
  source: 'source',
  title: 'title',
  place: 'place',
  organiser: 'organiser',
};

/**
 * The calendar-wide rules (unique ids, anchors exist, no cycles) and the item schema of the changed
 * items, as field errors. The other items are unchanged and valid (the store validates the whole file
 * again before writing), so they are not parsed here: an edit on a big calendar stays cheap.
 */
function checkCalendar(items: Item[], changedIds: Set<string>): void {
  const issues: CalendarIssue[] = [];
  items.forEach((item, i) => {
    if (!changedIds.has(item.id)) return;
    const parsed = ItemSchema.safeParse(item);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        issues.push({ path: ['items', i, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: issue.message });
  });
  issues.push(...calendarIssues(items));
  if (!issues.length) return;
  const errors: Record<string, FieldProblem> = {};
  for (const issue of issues) {
    const item = typeof issue.path[1] === 'number' ? items[issue.path[1]] : undefined;
    const field = FIELD_OF_PATH[String(issue.path[2] ?? '')] ?? 'item';
    const about = item && !changedIds.has(item.id) ? { about: item.id } : {};
    // Schema issues (zod's English) stay in `data.detail` for logs; people get the code's sentence.
    // a missing anchor names the closest ids ("21 days before cwg-4": cwg-41, cwg-42)
    const data = issue.code === 'anchorMissing' ? { ...issue.data, suggestions: suggestIds(items, issue.data?.anchor ?? '') } : (issue.data ?? {});
    errors[field] ??= issue.code ? { code: issue.code, data, ...about } : { code: 'invalid', data: { detail: issue.message }, ...about };
  }
  throw new ValidationError(errors);
}

/** Cheap equality of resolved dates: this runs once per item of the calendar on every change. */
function sameDates(a: ResolvedDates | undefined, b: ResolvedDates | undefined): boolean {
  return (a ?? null) === (b ?? null) || (!!a && !!b && a.start === b.start && a.end === b.end);
}

/** Deep equality of JSON data, whatever the key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, sortedKeys) === JSON.stringify(b, sortedKeys);
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
