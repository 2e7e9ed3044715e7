import type { TurnContext } from 'botbuilder';
import type { Bot } from '../../bot.js';
import { ITEM_ID } from '../../calendar/when-schema.js';
import type { Item } from '../../calendar/schema.js';
import { errorReply } from '../../dispatch/error-reply.js';
import { changeItem, type ItemFields } from '../../editing/api.js';
import { readTranslationLines } from '../../editing/translation-lines.js';
import { changeReply, metaFrom } from '../../answers/change-reply.js';
import { ConflictError, NotFoundError, PermissionError } from '../../errors.js';
import { formErrors } from '../../i18n/form-errors.js';
import { suggestIds } from '../../calendar/queries.js';
import type { Messages } from '../../i18n/index.js';
import { finishReply } from '../../dispatch/dispatch.js';
import { EDIT_FORM_FIELDS, type EditFormValues, formValuesOf, renderEditForm } from '../../render/teams-forms.js';
import { conversationOf } from './activity.js';
import { cardActivity, cardOptions, replyActivity } from './replies.js';
import type { SubmitHandler } from './submit.js';

/**
 * The secretariat's edit cards: "Edit" sends a form filled with the item as it stands; "Save"
 * passes only the fields that were changed to the editing API (same rules, roles and audit as
 * Slack and the text commands) and answers with the item as saved, or the form again with each
 * problem beside its input. Card data can be forged, so the role is checked on every submission.
 */
export function createEditForms(bot: Bot): SubmitHandler {
  return {
    async handle(ctx, value, caller) {
      const data = value as Record<string, unknown>;
      if ((data.cwg !== 'edit' && data.cwg !== 'save') || typeof data.id !== 'string' || !ITEM_ID.test(data.id)) return false;
      const context = bot.contextFor(caller, conversationOf(ctx.activity));
      const msg = context.msg;
      const sendReply = (body: Parameters<typeof finishReply>[0]) =>
        ctx.sendActivity(replyActivity(finishReply(body, context), cardOptions(msg, caller.tz, {})));
      if (!context.isSecretariat) {
        bot.deps.log.warn('refused: not secretariat', { action: `teams ${data.cwg}`, user: caller.id, platform: 'teams' });
        await sendReply(errorReply(new PermissionError({ action: 'changeCalendar' }), msg, bot.deps.log));
        return true;
      }
      // The form shows (and a save compares with) the item as every process last committed it.
      await bot.deps.store.refresh();
      const item = bot.deps.store.read().items.find((i) => i.id === data.id);
      if (!item) {
        await sendReply(errorReply(new NotFoundError(data.id, suggestIds(bot.deps.store.read().items, data.id)), msg, bot.deps.log));
        return true;
      }
      if (data.cwg === 'edit') {
        await sendForm(ctx, item, formValuesOf(item), {}, { askConfirm: false }, msg);
        return true;
      }
      const submitted = submittedValues(data, item);
      const reason = typeof data.reason === 'string' && data.reason.trim() ? data.reason.trim().slice(0, 500) : undefined;
      const revision = typeof data.revision === 'number' ? data.revision : Number(data.revision);
      try {
        const fields = changedFields(submitted, formValuesOf(item), item);
        const result = await changeItem(bot.deps.store, item.id, fields, {
          ...metaFrom(context, { reason, confirm: data.confirm === 'true' }),
          ...(Number.isInteger(revision) ? { expectedRevision: revision } : {}),
        });
        await sendReply(changeReply(result, 'edit', context));
      } catch (err) {
        const inline = inlineErrors(err, msg);
        if (inline) {
          await sendForm(ctx, item, submitted, inline.errors, { askConfirm: inline.askConfirm, ...(reason ? { reason } : {}) }, msg);
        } else if (err instanceof ConflictError) {
          await sendReply(errorReply(err, msg, bot.deps.log));
          const current = bot.deps.store.read().items.find((i) => i.id === item.id);
          if (current) await sendForm(ctx, current, formValuesOf(current), { _form: msg.teams.form.staleForm }, { askConfirm: false }, msg);
        } else {
          await sendReply(errorReply(err, msg, bot.deps.log));
        }
      }
      return true;
    },
  };
}

async function sendForm(
  ctx: TurnContext,
  item: Item,
  values: EditFormValues,
  errors: Record<string, string>,
  extra: { askConfirm: boolean; reason?: string },
  msg: Messages,
) {
  const card = renderEditForm({ msg, item, values, errors, ...extra });
  await ctx.sendActivity(cardActivity(card, msg.teams.form.title(item.title)));
}

function submittedValues(data: Record<string, unknown>, item: Item): EditFormValues {
  const shown = formValuesOf(item);
  const out = { ...shown };
  for (const field of EDIT_FORM_FIELDS) {
    const v = data[field];
    if (typeof v === 'string') out[field] = v.slice(0, 4000);
  }
  return out;
}

/** Only what the editor changed: re-reading an untouched date could otherwise alter it. */
function changedFields(submitted: EditFormValues, shown: EditFormValues, item: Item): ItemFields {
  const fields: Record<string, string> = {};
  for (const field of EDIT_FORM_FIELDS) {
    if (field === 'translations') continue;
    if (submitted[field].trim() !== shown[field].trim()) fields[field] = submitted[field];
  }
  // The Translations box: each line a title.fr=… of /cwg edit; a line deleted removes that translation.
  if (submitted.translations.trim() !== shown.translations.trim()) Object.assign(fields, readTranslationLines(submitted.translations, item.translations));
  return fields as ItemFields;
}

/** Problems that belong beside an input, in the words every surface uses (src/i18n/form-errors.ts). */
function inlineErrors(err: unknown, msg: Messages): { errors: Record<string, string>; askConfirm: boolean } | undefined {
  const inline = formErrors(err, msg, { inputs: EDIT_FORM_FIELDS, fallback: '_form' });
  return inline && { errors: inline.fields, askConfirm: inline.askConfirm };
}
