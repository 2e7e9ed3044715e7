import { defineCommand } from '../src/dispatch/command.js';
import { itemHistory } from '../src/editing/api.js';
import { historyReply } from '../src/answers/change-reply.js';
import { readIdWord } from '../src/editing/command-args.js';
import { UsageError } from '../src/errors.js';

export default defineCommand({
  name: 'history',
  aliases: ['log', 'audit'],
  group: 'edit',
  secretariatOnly: true,
  parse(words, ctx) {
    const usage = ctx.msg.editing.usage.history;
    const id = readIdWord(words, ctx.msg, usage);
    if (words.length > 1) throw new UsageError(ctx.msg.error.missingId, usage);
    return { id };
  },
  run({ id }, ctx) {
    return historyReply(id, itemHistory(ctx.store, id), ctx);
  },
});
