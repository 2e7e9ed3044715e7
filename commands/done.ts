import { defineCommand } from '../src/dispatch/command.js';
import { markDone } from '../src/editing/api.js';
import { changeReply, metaFrom } from '../src/answers/change-reply.js';
import { readFieldWords, readIdWord, refuseLoose } from '../src/editing/command-args.js';

export default defineCommand({
  name: 'done',
  aliases: ['complete'],
  group: 'edit',
  secretariatOnly: true,
  parse(words, ctx) {
    const usage = ctx.msg.editing.usage.done;
    const id = readIdWord(words, ctx.msg, usage);
    const args = readFieldWords(words.slice(1), [], ctx.msg, usage);
    refuseLoose(args.rest, [], ctx.msg, usage);
    return { id, reason: args.reason, rev: args.rev };
  },
  async run({ id, reason, rev }, ctx) {
    const meta = metaFrom(ctx, { reason, rev });
    return changeReply(await markDone(ctx.store, id, meta), 'done', ctx);
  },
});
