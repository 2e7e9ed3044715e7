import { defineCommand } from '../src/dispatch/command.js';
import { changeItem, type ItemFields } from '../src/editing/api.js';
import { changeReply, metaFrom } from '../src/editing/change-reply.js';
import { readFieldWords, readIdWord, refuseLoose } from '../src/editing/command-args.js';
import { UsageError } from '../src/errors.js';

const FIELDS = ['title', 'date', 'place', 'notes', 'organiser', 'who', 'tags', 'sendTo', 'url', 'source', 'status', 'kind', 'review'];

export default defineCommand({
  name: 'edit',
  aliases: ['change', 'set'],
  group: 'edit',
  secretariatOnly: true,
  parse(words, ctx) {
    const usage = ctx.msg.editing.usage.edit;
    const id = readIdWord(words, ctx.msg, usage);
    const args = readFieldWords(words.slice(1), FIELDS, ctx.msg, usage);
    refuseLoose(args.rest, FIELDS, ctx.msg, usage);
    if (!Object.keys(args.fields).length) throw new UsageError(ctx.msg.editing.nothingToEdit, usage);
    return { id, ...args };
  },
  async run({ id, fields, confirm, reason, rev }, ctx) {
    const meta = metaFrom(ctx, { reason, confirm, rev });
    const result = await changeItem(ctx.store, id, fields as ItemFields, meta);
    return changeReply(result, 'edit', ctx);
  },
});
