import { defineCommand } from '../src/dispatch/command.js';
import { announceDate } from '../src/editing/api.js';
import { changeReply, metaFrom } from '../src/answers/change-reply.js';
import { readIdAndDate } from '../src/editing/command-args.js';

export default defineCommand({
  name: 'announce',
  aliases: ['set-date'],
  group: 'edit',
  secretariatOnly: true,
  parse(words, ctx) {
    return readIdAndDate(words, ctx.msg, ctx.msg.editing.usage.announce);
  },
  async run({ id, date, confirm, reason, rev }, ctx) {
    const meta = metaFrom(ctx, { reason, confirm, rev });
    return changeReply(await announceDate(ctx.store, id, date, meta), 'announce', ctx);
  },
});
