import { findItem, suggestIds } from '../src/calendar/queries.js';
import { defineCommand } from '../src/dispatch/command.js';
import { describeAll } from '../src/dispatch/reply-helpers.js';
import { NotFoundError, UsageError } from '../src/errors.js';

export default defineCommand({
  name: 'show',
  aliases: ['details', 'detail', 'info'],
  group: 'query',
  parse(words, ctx) {
    if (words.length !== 1) throw new UsageError(ctx.msg.error.missingId, ctx.msg.commands.show?.usage);
    return { id: words[0]!.toLowerCase() };
  },
  run({ id }, ctx) {
    const items = ctx.store.read().items;
    const occ = findItem(items, id);
    if (!occ) throw new NotFoundError(id.slice(0, 64), suggestIds(items, id.slice(0, 64)));
    return { tone: 'ok', detailed: true, sections: [{ items: describeAll([occ], ctx) }] };
  },
});
