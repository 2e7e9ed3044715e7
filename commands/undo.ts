import { defineCommand } from '../src/dispatch/command.js';
import { undoLast } from '../src/editing/api.js';
import { changeReply, metaFrom } from '../src/answers/change-reply.js';
import { UsageError } from '../src/errors.js';

export default defineCommand({
  name: 'undo',
  group: 'edit',
  secretariatOnly: true,
  parse(words, ctx) {
    // "undo confirm <code>": the code undo asked for when the change is not the caller's last command
    if (words.length === 2 && /^(confirm|--confirm)$/i.test(words[0]!) && /^[0-9a-f]{6}$/i.test(words[1]!)) return { code: words[1]! };
    if (words.length) throw new UsageError(ctx.msg.error.noArguments('undo', ctx.msg.editing.undoWhat), 'undo');
    return {};
  },
  async run({ code }: { code?: string }, ctx) {
    const result = await undoLast(ctx.store, metaFrom(ctx), { last: ctx.lastCommands?.get(ctx.caller), code });
    return changeReply(result, 'undo', ctx);
  },
});
