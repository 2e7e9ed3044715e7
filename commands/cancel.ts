import { defineCommand } from '../src/dispatch/command.js';
import { cancelItem } from '../src/editing/api.js';
import { changeReply, metaFrom } from '../src/editing/change-reply.js';
import { readFieldWords, readIdWord } from '../src/editing/command-args.js';
import { neutraliseText, TEXT_LIMITS } from '../src/editing/sanitize-text.js';
import { ValidationError } from '../src/errors.js';

export default defineCommand({
  name: 'cancel',
  group: 'edit',
  secretariatOnly: true,
  parse(words, ctx) {
    const usage = ctx.msg.editing.usage.cancel;
    const id = readIdWord(words, ctx.msg, usage);
    const args = readFieldWords(words.slice(1), [], ctx.msg, usage);
    const reason = neutraliseText([...args.rest, ...(args.reason ? [args.reason] : [])].join(' '));
    if (reason.length > TEXT_LIMITS.reason) throw new ValidationError({ reason: { code: 'reasonTooLong', data: { limit: TEXT_LIMITS.reason } } });
    return { id, reason, rev: args.rev };
  },
  async run({ id, reason, rev }, ctx) {
    const meta = metaFrom(ctx, { reason, rev });
    return changeReply(await cancelItem(ctx.store, id, meta), 'cancel', ctx);
  },
});
