import { defineCommand } from '../src/dispatch/command.js';
import { rescheduleItem } from '../src/editing/api.js';
import { changeReply, metaFrom } from '../src/editing/change-reply.js';
import { readIdAndDate } from '../src/editing/command-args.js';

export default defineCommand({
  name: 'reschedule',
  aliases: ['move', 'postpone'],
  group: 'edit',
  summary: 'Move an item to a new date (deadlines tied to it move too).',
  usage: 'reschedule <id> <date or range> [reason="…"]',
  secretariatOnly: true,
  help: [
    'A date more than a year back or more than three years ahead is probably a typo: the bot asks you to send the command again with "confirm" at the end.',
    'The old date is kept and shown as "previously". Deadlines counted from this item ("three weeks prior to the meeting") move with it; the reply lists them.',
    'Example: /cwg reschedule cwg-42 10-11 February 2025 reason="room change"',
  ],
  parse(words, ctx) {
    return readIdAndDate(words, ctx.msg, ctx.msg.editing.usage.reschedule);
  },
  async run({ id, date, confirm, reason, rev }, ctx) {
    const meta = metaFrom(ctx, { reason, confirm, rev });
    return changeReply(await rescheduleItem(ctx.store, id, date, meta), 'reschedule', ctx);
  },
});
