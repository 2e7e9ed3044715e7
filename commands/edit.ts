import { defineCommand } from '../src/dispatch/command.js';
import { changeItem, type ItemFields } from '../src/editing/api.js';
import { changeReply, metaFrom, warnNewTags } from '../src/answers/change-reply.js';
import { readFieldWords, readIdWord, refuseLoose } from '../src/editing/command-args.js';
import { FIELD_NAMES } from '../src/editing/item-fields.js';
import { UsageError } from '../src/errors.js';

export default defineCommand({
  name: 'edit',
  aliases: ['change', 'set'],
  group: 'edit',
  secretariatOnly: true,
  parse(words, ctx) {
    const usage = ctx.msg.editing.usage.edit;
    const id = readIdWord(words, ctx.msg, usage);
    const args = readFieldWords(words.slice(1), FIELD_NAMES, ctx.msg, usage);
    refuseLoose(args.rest, FIELD_NAMES, ctx.msg, usage);
    if (!Object.keys(args.fields).length) throw new UsageError(ctx.msg.editing.nothingToEdit, usage);
    return { id, ...args };
  },
  async run({ id, fields, confirm, reason, rev }, ctx) {
    const meta = metaFrom(ctx, { reason, confirm, rev });
    const result = await changeItem(ctx.store, id, fields as ItemFields, meta);
    const reply = changeReply(result, 'edit', ctx);
    return fields.tags !== undefined ? warnNewTags(reply, result, ctx) : reply;
  },
});
