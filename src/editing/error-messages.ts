import type { Item } from '../calendar/schema.js';
import type { When } from '../calendar/when-schema.js';
import { isoDateIn, timeIn } from '../calendar/time.js';
import { ConfirmationNeededError, ConflictError, DateParseError, UndoBlockedError, ValidationError } from '../errors.js';
import type { Messages } from '../i18n/index.js';
import { formatRawWhen } from '../render/describe-item.js';
import { confirmReasonText, dateErrorText, fieldName, fieldProblemText } from '../i18n/form-errors.js';
import type { ReplyBody } from '../render/reply.js';

/** Editing errors in words (called from src/dispatch/error-reply.ts, the one place errors become replies; field problems via src/i18n/form-errors.ts). */
export function editingErrorReply(err: unknown, msg: Messages): ReplyBody | undefined {
  const m = msg.editing;
  const reply = (code: string, lines: string[], data?: unknown): ReplyBody => ({
    tone: 'error',
    sections: [],
    intro: lines,
    error: { code, message: lines.join('\n') },
    ...(data ? { data } : {}),
  });
  if (err instanceof ValidationError) {
    const fields = Object.fromEntries(Object.entries(err.fields).map(([f, problem]) => [f, fieldProblemText(problem, msg)]));
    const lines = Object.entries(err.fields).map(([f, problem]) => m.invalidField(fieldName(f, problem, msg), fields[f]!));
    // Problems of a calendar JSON import (the file, or its items) are not "that change".
    const ofImport = Object.keys(err.fields).every((f) => f === 'file' || f.startsWith('items.'));
    return reply('VALIDATION', [ofImport ? m.invalidImport : m.invalid, ...lines], { fields });
  }
  if (err instanceof ConflictError) {
    const last = err.lastChange;
    const lines = [
      m.conflict(err.itemId, last?.by, last ? genevaTime(last.at, msg) : undefined, last?.action),
      m.conflictNow(summariseItem(err.current as Item, msg)),
    ];
    if (err.proposed) lines.push(m.conflictYours(summariseItem(err.proposed as Item, msg, false), err.expectedRevision));
    lines.push(m.conflictAgain);
    return reply('CONFLICT', lines, { current: err.current, proposed: err.proposed ?? null });
  }
  if (err instanceof ConfirmationNeededError) {
    const reason = confirmReasonText(err.reason, msg);
    return reply('CONFIRM', [err.field === 'code' ? m.confirmCode(reason) : m.confirmNeeded(reason)], { field: err.field ?? null });
  }
  if (err instanceof DateParseError) return reply('BAD_DATE', [dateErrorText(err, msg)]);
  if (err instanceof UndoBlockedError) {
    if (err.reason === 'nothing') return reply('UNDO_BLOCKED', [m.undoNothing]);
    if (err.reason === 'gone') return reply('UNDO_BLOCKED', [m.undoGone(err.itemId ?? '')]);
    const s = err.since;
    return reply('UNDO_BLOCKED', [m.undoBlocked(err.itemId ?? '', s?.by, s ? genevaTime(s.at, msg) : undefined, s?.action)]);
  }
  return undefined;
}

/** One line for an item version: title · date · status · place · revision. */
export function summariseItem(item: Item, msg: Messages, withRevision = true): string {
  const parts = [item.title, describeRawWhen(item.when, item, msg), msg.status[item.status]];
  if (item.place) parts.push(item.place);
  if (withRevision) parts.push(msg.editing.revision(item.revision));
  return parts.join(' · ');
}

/** A stored `when` in words, without needing the rest of the calendar ("21 days before cwg-42"). */
export function describeRawWhen(when: When, item: Pick<Item, 'kind'>, msg: Messages): string {
  if (when.type === 'relative') return msg.when.offsetFrom(when.offsetDays, when.anchor);
  return formatRawWhen(when, item.kind, [], msg);
}

/** "2025-01-15 09:00 Geneva" from an ISO instant. */
export function genevaTime(iso: string, msg: Messages): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return msg.editing.atGeneva(isoDateIn(d), timeIn(d, 'Europe/Zurich'));
}
