import { defineCommand } from '../src/dispatch/command.js';
import { createItem } from '../src/editing/api.js';
import { changeReply, metaFrom, warnNewTags } from '../src/answers/change-reply.js';
import { readFieldWords, refuseLoose } from '../src/editing/command-args.js';
import { UsageError } from '../src/errors.js';

const FIELDS = ['title', 'date', 'place', 'notes', 'organiser', 'who', 'tags', 'sendTo', 'url', 'source', 'document', 'link', 'id', 'status'];

export default defineCommand({
  name: 'add',
  aliases: ['new', 'create'],
  group: 'edit',
  secretariatOnly: true,
  parse(words, ctx) {
    const usage = ctx.msg.editing.usage.add;
    const kind = words[0]?.toLowerCase();
    if (kind !== 'event' && kind !== 'deadline') throw new UsageError(ctx.msg.editing.missingKind, usage);
    const args = readFieldWords(words.slice(1), FIELDS, ctx.msg, usage);
    refuseLoose(args.rest, FIELDS, ctx.msg, usage);
    return { kind, ...args } as const;
  },
  async run({ kind, fields, confirm, reason }, ctx) {
    const { title = '', date = '', ...rest } = fields;
    const result = await createItem(ctx.store, { ...rest, kind, title, date } as Parameters<typeof createItem>[1], metaFrom(ctx, { reason, confirm }));
    const reply = changeReply(result, 'add', ctx);
    return fields.tags !== undefined ? warnNewTags(reply, result, ctx) : reply;
  },
});
