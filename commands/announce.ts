import { defineCommand } from '../src/dispatch/command.js';
import { announceDate } from '../src/editing/api.js';
import { changeReply, metaFrom } from '../src/editing/change-reply.js';
import { readFieldWords, readIdWord } from '../src/editing/command-args.js';
import { UsageError } from '../src/errors.js';

export default defineCommand({
  name: 'announce',
  aliases: ['set-date'],
  group: 'edit',
  summary: 'Give a date to an item whose date was to be announced.',
  usage: 'announce <id> <date or range>',
  secretariatOnly: true,
  help: ['Deadlines counted from this item get their dates too; the reply lists them.', 'Example: /cwg announce council-2025 2025-06-17..2025-06-27'],
  parse(words, ctx) {
    const usage = ctx.msg.editing.usage.announce;
    const id = readIdWord(words, ctx.msg, usage);
    const args = readFieldWords(words.slice(1), [], ctx.msg, usage);
    if (!args.rest.length) throw new UsageError(ctx.msg.editing.missingDate, usage);
    return { id, date: args.rest.join(' '), ...args };
  },
  async run({ id, date, confirm, reason, rev }, ctx) {
    const meta = { ...metaFrom(ctx, { reason, confirm }), ...(rev !== undefined ? { expectedRevision: rev } : {}) };
    return changeReply(await announceDate(ctx.store, id, date, meta), 'announce', ctx);
  },
});
