import { defineCommand } from '../src/dispatch/command.js';
import { rescheduleItem } from '../src/editing/api.js';
import { changeReply, metaFrom } from '../src/answers/change-reply.js';
import { readIdAndDate } from '../src/editing/command-args.js';

export default defineCommand({
  name: 'reschedule',
  aliases: ['move', 'postpone'],
  group: 'edit',
  secretariatOnly: true,
  parse(words, ctx) {
    return readIdAndDate(words, ctx.msg, ctx.msg.editing.usage.reschedule);
  },
  async run({ id, date, confirm, reason, rev }, ctx) {
    const meta = metaFrom(ctx, { reason, confirm, rev });
    return changeReply(await rescheduleItem(ctx.store, id, date, meta), 'reschedule', ctx);
  },
});
