import { TRANSLATABLE, TRANSLATION_LANGUAGES, titleIn } from '../calendar/translations.js';
import { resolveAll } from '../calendar/resolve.js';
import type { Item } from '../calendar/schema.js';
import { isoDateIn } from '../calendar/time.js';
import type { CommandContext } from '../dispatch/context.js';
import { describeAll } from './reply-helpers.js';
import { formatDay } from '../render/describe-item.js';
import type { ReplyBody } from '../render/reply.js';
import type { AuditEntry } from '../store/audit-schema.js';
import type { ChangeResult, ConcurrencyMeta } from '../editing/api.js';
import { sameJson } from '../editing/commit.js';
import { describeRawWhen, genevaTime } from '../editing/error-messages.js';

/** The editing meta of a command: who, from where, at the context's clock. */
export function metaFrom(ctx: CommandContext, extra: { reason?: string | undefined; confirm?: boolean; rev?: number | undefined } = {}): ConcurrencyMeta {
  const { caller } = ctx;
  return {
    actor: { id: caller.id, platform: caller.platform, ...(caller.name ? { name: caller.name } : {}) },
    // where it was typed: `npx cwg --user U…` acts as a Slack user but from the command line
    surface: ctx.conversation?.platform ?? ctx.surface,
    now: ctx.now,
    ...(extra.reason ? { reason: extra.reason } : {}),
    ...(extra.confirm ? { confirm: true } : {}),
    ...(extra.rev !== undefined ? { expectedRevision: extra.rev } : {}),
  };
}

/** The item as it now stands, and every item that moved with it. */
export function changeReply(result: ChangeResult, action: string, ctx: CommandContext): ReplyBody {
  const m = ctx.msg.editing;
  const occs = resolveAll(ctx.store.read().items);
  const occOf = (id: string) => occs.filter((o) => o.item.id === id);
  const id = (result.item ?? result.before)?.id ?? '';
  if (result.unchanged) return { tone: 'ok', detailed: true, intro: [m.unchanged(id)], sections: [{ items: describeAll(occOf(id), ctx) }] };
  const sections: ReplyBody['sections'] = [];
  if (result.item) sections.push({ items: describeAll(occOf(result.item.id), ctx) });
  // moved items as one line each (old → new), so the changed item alone is shown in full
  const movedLines = result.moved.length
    ? [
        m.movedHeading(result.moved.length, id),
        ...result.moved.map((d) =>
          m.movedLine(titleIn(d.item, ctx.msg.lang), d.item.id, showResolved(d.before, d.item.kind, ctx), showResolved(d.after, d.item.kind, ctx)),
        ),
      ]
    : [];
  const moved = result.moved.map((d) => ({ id: d.item.id, title: d.item.title, before: d.before, after: d.after }));
  const intro = action === 'undo' ? [undoneLine(result, id, ctx)] : [m.changed(m.verb[action] ?? action, id)];
  const notes = [...movedLines, ...(action === 'undo' ? [] : [m.undoHint])];
  return { tone: 'ok', detailed: true, intro, sections, notes, data: { auditIds: result.entries.map((e) => e.id), moved } };
}

/**
 * `tags=` replaces the tags: a tag no other item has is probably a typo (or meant tags+=), so the
 * reply says so and names the tags in use. Returns the reply with that note first, or as it was.
 */
export function warnNewTags(reply: ReplyBody, result: ChangeResult, ctx: CommandContext): ReplyBody {
  const item = result.item;
  if (!item || result.unchanged) return reply;
  const others = ctx.store.read().items.filter((it) => it.id !== item.id);
  const known = new Set(others.flatMap((it) => it.tags));
  const fresh = item.tags.filter((t) => !known.has(t) && !result.before?.tags.includes(t));
  if (!fresh.length) return reply;
  const inUse = [...known].sort().slice(0, 15).join(', ');
  return { ...reply, notes: [ctx.msg.t('editing.tagsNew', { n: fresh.length, tags: fresh.join(', '), known: inUse || '-' }), ...(reply.notes ?? [])] };
}

function undoneLine(result: ChangeResult, id: string, ctx: CommandContext): string {
  const m = ctx.msg.editing;
  const action = result.entries[0] ? undoneAction(result, ctx) : 'change';
  if (action === 'import') return m.undoneImport(result.entries.length);
  return result.item ? m.undone(action, id, result.entries.length) : m.undoneRemoved(id, result.entries.length);
}

function undoneAction(result: ChangeResult, ctx: CommandContext): string {
  const undone = ctx.store.read().audit.find((e) => e.undoneBy === result.entries[0]!.id);
  return undone?.action ?? 'change';
}

const SHOWN_FIELDS: Array<keyof Item> = [
  'title',
  'when',
  'status',
  'place',
  'description',
  'organiser',
  'whoMustAct',
  'tags',
  'sendTo',
  'url',
  'kind',
  'source',
  'review',
];
const FIELD_NAME: Partial<Record<keyof Item, string>> = { when: 'date', description: 'notes', whoMustAct: 'who', source: 'source' };

/** `history <id>`: each audit entry with who, when, where from, and what changed. */
export function historyReply(id: string, entries: readonly AuditEntry[], ctx: CommandContext): ReplyBody {
  const m = ctx.msg.editing;
  if (!entries.length) return { tone: 'empty', sections: [], intro: [m.historyNone(id)] };
  const lines: string[] = [];
  for (const e of entries) {
    lines.push(m.historyLine(genevaTime(e.at, ctx.msg), e.action, e.actor.name ?? e.actor.id, e.surface));
    if (e.reason) lines.push(m.historyReason(e.reason));
    lines.push(...fieldChanges(e, ctx));
    if (e.undoneBy) lines.push(m.historyUndone(e.undoneBy));
  }
  return { tone: 'ok', heading: m.historyHeading(id), intro: lines, sections: [], data: { audit: entries } };
}

function fieldChanges(e: AuditEntry, ctx: CommandContext): string[] {
  const m = ctx.msg.editing;
  const item = e.after ?? e.before;
  if (!item) return [];
  const out = describeFieldChanges(e.before, e.after, ctx);
  if (e.resolved && sameJson(e.before?.when, e.after?.when)) {
    out.push(m.historyMoved(showResolved(e.resolved.before, item.kind, ctx), showResolved(e.resolved.after, item.kind, ctx)));
  }
  return out;
}

/** "  place: "Oslo" → "Lillestrøm"" for each shown field that differs (history, import preview). */
export function describeFieldChanges(before: Item | null, after: Item | null, ctx: CommandContext): string[] {
  const item = after ?? before;
  if (!item) return [];
  const out: string[] = [];
  for (const key of SHOWN_FIELDS) {
    const b = before?.[key];
    const a = after?.[key];
    if (sameJson(b, a)) continue;
    out.push(ctx.msg.editing.historyField(FIELD_NAME[key] ?? key, show(b, item, ctx), show(a, item, ctx)));
  }
  // Translations by the key they are typed with: "title.fr: (nothing) → "Forum…"".
  for (const lang of TRANSLATION_LANGUAGES) {
    for (const field of TRANSLATABLE) {
      const b = before?.translations?.[lang]?.[field];
      const a = after?.translations?.[lang]?.[field];
      if (b === a) continue;
      const name = `${field === 'description' ? 'notes' : field}.${lang}`;
      out.push(ctx.msg.editing.historyField(name, show(b, item, ctx), show(a, item, ctx)));
    }
  }
  return out;
}

function show(value: unknown, item: Item, ctx: CommandContext): string {
  if (value === undefined || value === null || (Array.isArray(value) && !value.length)) return ctx.msg.editing.nothingValue;
  if (Array.isArray(value)) {
    return value.map((v) => (v && typeof v === 'object' && 'printed' in v ? ctx.msg.editing.reviewValue(String(v.printed)) : String(v))).join(', ');
  }
  if (typeof value === 'object' && 'type' in (value as object)) return describeRawWhen(value as Item['when'], item, ctx.msg);
  if (typeof value === 'object' && 'paragraph' in (value as object)) {
    const source = value as Item['source'];
    return source.link ? `${ctx.msg.source(source.paragraph, source.document)} (${source.link})` : ctx.msg.source(source.paragraph, source.document);
  }
  const s = String(value);
  return s.length > 80 ? `"${s.slice(0, 79)}…"` : `"${s}"`;
}

function showResolved(r: { start: string; end: string } | null, kind: Item['kind'], ctx: CommandContext): string {
  if (!r) return ctx.msg.when.tba;
  // a date-only deadline is due at 24:00 Geneva: its day is the one before that instant
  const first = formatDay(isoDateIn(new Date(new Date(r.start).getTime() - (kind === 'deadline' ? 1 : 0))), ctx.msg);
  if (kind === 'deadline' || r.end === r.start) return first;
  const last = formatDay(isoDateIn(new Date(new Date(r.end).getTime() - 1)), ctx.msg);
  return last === first ? first : `${first} – ${last}`;
}
