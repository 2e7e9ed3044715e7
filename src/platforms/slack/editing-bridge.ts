import { createHash } from 'node:crypto';
import { type Item, SECRETARIAT_DOCUMENT } from '../../calendar/schema.js';
import type { Caller } from '../../dispatch/context.js';
import { finishReply } from '../../dispatch/dispatch.js';
import { errorReply } from '../../dispatch/error-reply.js';
import { cancelItem, changeItem, type ChangeResult, createItem, type ItemFields, markDone, rescheduleItem } from '../../editing/api.js';
import { changeReply, metaFrom } from '../../answers/change-reply.js';
import { ConflictError } from '../../errors.js';
import { formErrors } from '../../i18n/form-errors.js';
import type { Messages } from '../../i18n/index.js';
import { readTranslationLines } from '../../editing/translation-lines.js';
import type { Reply } from '../../render/reply.js';
import type { ModalMeta } from './modal-views.js';
import { whenToInput } from '../../render/when-input.js';
import type { SlackDeps } from './slack-deps.js';

export type EditOutcome = { kind: 'saved'; reply: Reply } | { kind: 'errors'; fields: Record<string, string> };
type Values = Record<string, string | string[]>;

/**
 * Hands a submitted form to the editing rules (src/editing/api.ts) and turns their typed errors
 * into per-field messages. A date that needs confirming (far past or future) is accepted when the
 * same form is submitted again unchanged.
 */
export async function submitEdit(deps: SlackDeps, meta: ModalMeta, values: Values, caller: Caller, viewId = ''): Promise<EditOutcome> {
  const ctx = deps.bot.contextFor(caller);
  const confirmKey = `confirm:${viewId}:${createHash('sha256')
    .update(JSON.stringify([meta, values]))
    .digest('hex')}`;
  // Remembered in the store, so the confirming submission may reach another process.
  const confirmed = viewId !== '' && (await deps.requests.remembered(confirmKey));
  const reason = str(values.reason);
  const editMeta = { ...metaFrom(ctx, { reason, confirm: confirmed }), ...(meta.revision !== undefined ? { expectedRevision: meta.revision } : {}) };
  const store = ctx.store;
  try {
    let result: ChangeResult;
    const id = meta.itemId ?? '';
    switch (meta.op) {
      case 'add':
        result = await createItem(
          store,
          {
            ...formFields(values),
            ...readTranslationLines(str(values.translations) ?? '', undefined),
            kind: str(values.kind) === 'deadline' ? 'deadline' : 'event',
            title: str(values.title) ?? '',
            date: str(values.date) ?? '',
            ...(str(values.id) ? { id: str(values.id)! } : {}),
          },
          editMeta,
        );
        break;
      case 'edit': {
        const current = store.read().items.find((i) => i.id === id);
        const fields = formFields(values, current);
        // An untouched date field is not a date change (the form writes "by"/"on" anchors the same way).
        if (current && typeof fields.date === 'string' && fields.date === whenToInput(current.when)) delete fields.date;
        if (values.translations !== undefined) Object.assign(fields, readTranslationLines(str(values.translations) ?? '', current?.translations));
        result = await changeItem(store, id, fields, editMeta);
        break;
      }
      case 'reschedule':
        result = await rescheduleItem(store, id, str(values.date) ?? '', editMeta);
        break;
      case 'cancel':
        result = await cancelItem(store, id, editMeta);
        break;
      case 'done':
        result = await markDone(store, id, editMeta);
        break;
    }
    return { kind: 'saved', reply: finishReply(changeReply(result, meta.op, ctx), ctx) };
  } catch (err) {
    // The same words as the text commands and the Teams form (src/i18n/form-errors.ts).
    const inline = onModalInputs(formErrors(err, ctx.msg), ctx.msg);
    if (inline?.askConfirm) {
      await deps.requests.remember(confirmKey);
      const fields = Object.fromEntries(Object.entries(inline.fields).map(([f, reason]) => [f, ctx.msg.slack.modal.confirmField(reason)]));
      return { kind: 'errors', fields };
    }
    if (inline) return { kind: 'errors', fields: inline.fields };
    if (err instanceof ConflictError) return { kind: 'errors', fields: { item: ctx.msg.slack.modal.stale } };
    // Anything else (not found, internal) in the catalogue's words, on the form's first field.
    return { kind: 'errors', fields: { item: (errorReply(err, ctx.msg, deps.log).intro ?? []).join(' ') } };
  }
}

/**
 * The form's inputs as the editing API's fields. An emptied source paragraph leaves the item's as it was;
 * document and link are passed only when they differ from the item's (an emptied one clears it).
 */
function formFields(values: Values, item?: Item): ItemFields {
  const out: ItemFields = {};
  for (const key of ['title', 'date', 'place', 'notes'] as const) if (values[key] !== undefined) out[key] = str(values[key]) ?? '';
  const shown = { document: item && item.source.document !== SECRETARIAT_DOCUMENT ? item.source.document : '', link: item?.source.link ?? '' };
  for (const key of ['document', 'link'] as const) {
    if (values[key] === undefined) continue; // not an input of this form (an emptied one arrives as "")
    const v = str(values[key]) ?? '';
    if (v !== shown[key]) out[key] = v;
  }
  if (values.who !== undefined) out.who = Array.isArray(values.who) ? values.who : [values.who];
  const source = str(values.source);
  if (source) out.source = source;
  return out;
}

function str(v: string | string[] | undefined): string | undefined {
  if (v === undefined) return undefined;
  const s = (Array.isArray(v) ? v.join(',') : v).trim();
  return s === '' ? undefined : s;
}

/** A translation's problem (title.fr, …) belongs beside the modal's one Translations input, named. */
function onModalInputs(inline: ReturnType<typeof formErrors>, msg: Messages): ReturnType<typeof formErrors> {
  if (!inline) return inline;
  const fields: Record<string, string> = {};
  for (const [key, text] of Object.entries(inline.fields)) {
    const target = /^(title|place|notes)\.[a-z]{2}$/.test(key) ? 'translations' : key;
    const shown = target === key ? text : msg.editing.invalidField(key, text);
    fields[target] = fields[target] ? `${fields[target]}\n${shown}` : shown;
  }
  return { ...inline, fields };
}
