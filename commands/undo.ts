import { defineCommand } from '../src/dispatch/command.js';
import { undoLast } from '../src/editing/api.js';
import { changeReply, metaFrom } from '../src/answers/change-reply.js';
import { UsageError } from '../src/errors.js';

export default defineCommand({
  name: 'undo',
  group: 'edit',
  secretariatOnly: true,
  parse(words, ctx) {
    if (words.length) throw new UsageError(ctx.msg.error.noArguments('undo', ctx.msg.editing.undoWhat), 'undo');
    return {};
  },
  async run(_args, ctx) {
    return changeReply(await undoLast(ctx.store, metaFrom(ctx)), 'undo', ctx);
  },
});
