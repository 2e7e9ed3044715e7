import { defineCommand } from '../src/dispatch/command.js';
import { announceDate } from '../src/editing/api.js';
import { changeReply, metaFrom } from '../src/editing/change-reply.js';
import { readIdAndDate } from '../src/editing/command-args.js';

export default defineCommand({
  name: 'announce',
  aliases: ['set-date'],
  group: 'edit',
  summary: 'Give a date to an item whose date was to be announced.',
  usage: 'announce <id> <date or range>',
  secretariatOnly: true,
  help: ['Deadlines counted from this item get their dates too; the reply lists them.', 'Example: /cwg announce council-2025 2025-06-17..2025-06-27'],
  parse(words, ctx) {
    return readIdAndDate(words, ctx.msg, ctx.msg.editing.usage.announce);
  },
  async run({ id, date, confirm, reason, rev }, ctx) {
    const meta = metaFrom(ctx, { reason, confirm, rev });
    return changeReply(await announceDate(ctx.store, id, date, meta), 'announce', ctx);
  },
});
