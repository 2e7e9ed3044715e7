import type ICAL from 'ical.js';
import { createHash } from 'node:crypto';
import { cleanItemText, cleanUrl } from '../../editing/clean-text.js';
import { ItemSchema } from '../../calendar/schema.js';
import { ItemIdSchema, type When } from '../../calendar/when-schema.js';
import type { Ctx, IcsError } from './ics-types.js';

/* A VEVENT occurrence or a VTODO → an item, its id made from the UID (the convention is in ics.ts). */

export function addItem(comp: ICAL.Component, uid: string, id: string, when: When, ctx: Ctx, base: Omit<IcsError, 'field' | 'code'>, kind?: 'deadline'): void {
  const rawSummary = String(comp.getFirstPropertyValue('summary') ?? '')
    .trim()
    .replace(/\s+/g, ' ');
  const status = String(comp.getFirstPropertyValue('status') ?? '').toUpperCase();
  const cancelled = status === 'CANCELLED';
  let title = cancelled ? rawSummary.replace(/^cancell?ed\s*:\s*/i, '') : rawSummary;
  const isDeadline = kind === 'deadline' || /^deadline\s*[:\-–]\s*/i.test(title);
  title = title.replace(/^deadline\s*[:\-–]\s*/i, '') || title;
  const text = (name: string) => {
    const v = comp.getFirstPropertyValue(name);
    return v === null || v === undefined ? '' : String(v).trim();
  };
  const categories = comp.getAllProperties('categories').flatMap((p) => p.getValues().map(String));
  const tags = [...new Set(categories.map((c) => slug(c).slice(0, 32).replace(/-+$/, '')).filter((t) => /^[a-z0-9][a-z0-9+-]{0,31}$/.test(t)))].slice(0, 20);
  const url = text('url') ? cleanUrl(text('url')) : undefined;
  const candidate = {
    id,
    kind: isDeadline ? 'deadline' : 'event',
    title: title.slice(0, 200),
    when,
    status: cancelled ? 'cancelled' : status === 'COMPLETED' ? 'done' : 'confirmed',
    ...(text('location') ? { place: text('location').slice(0, 200) } : {}),
    ...(text('description') ? { description: text('description').slice(0, 2000) } : {}),
    ...(url ? { url } : {}),
    tags,
    source: { document: ctx.document.slice(0, 200) || 'calendar.ics', paragraph: uidLabel(uid, id) },
  };
  const parsed = ItemSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    ctx.errors.push({ ...base, field: 'item', code: 'invalid', problem: `${issue.path.join('.')}: ${issue.message}`.slice(0, 160) });
    return;
  }
  if (ctx.uids[id] !== undefined) {
    ctx.errors.push({ ...base, field: 'uid', code: 'duplicateUid', value: uid.slice(0, 80) });
    return;
  }
  // The one cleaning every import path shares: escapes, controls, bidi overrides.
  ctx.items.push(cleanItemText(parsed.data));
  ctx.uids[id] = uid;
}

export function idFromUid(uid: string, summary: string): string {
  const local = /^([^@]+)@/.exec(uid)?.[1]?.toLowerCase();
  if (local && ItemIdSchema.safeParse(local).success && !/^[0-9a-f]{20,}$/.test(local)) return local;
  const key = uid || `summary:${summary}`;
  return `ics-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

function uidLabel(uid: string, id: string): string {
  if (!uid) return id.slice(0, 40);
  return uid.length <= 40 ? uid : `${uid.slice(0, 39)}…`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^deadline\s*[:\-–]\s*/, 'deadline-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}
