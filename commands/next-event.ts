import { defineCommand } from '../src/dispatch/command.js';
import { nextReply } from '../src/answers/next-reply.js';
import { parseFilter } from '../src/answers/parse-filter.js';

export default defineCommand({
  name: 'next-event',
  aliases: ['ne'],
  group: 'query',
  parse: (words, ctx) => ({ filter: parseFilter(words, ctx.store.read().items, ctx.msg), text: words.join(' ') }),
  run: ({ filter, text }, ctx) => nextReply('event', filter, text, ctx),
});
