import { defineCommand } from '../src/dispatch/command.js';
import { undoLast } from '../src/editing/api.js';
import { changeReply, metaFrom } from '../src/editing/change-reply.js';
import { UsageError } from '../src/errors.js';

export default defineCommand({
  name: 'undo',
  group: 'edit',
  summary: 'Revert your own most recent change.',
  usage: 'undo',
  secretariatOnly: true,
  help: ['Only when nobody changed the item since; otherwise it says who did and when. Run it again to go further back.'],
  parse(words) {
    if (words.length) throw new UsageError('undo takes no arguments: it reverts your own most recent change.', 'undo');
    return {};
  },
  async run(_args, ctx) {
    return changeReply(await undoLast(ctx.store, metaFrom(ctx)), 'undo', ctx);
  },
});
