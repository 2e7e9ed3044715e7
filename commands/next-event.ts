import { defineCommand } from '../src/dispatch/command.js';
import { nextReply } from '../src/dispatch/next-reply.js';
import { parseFilter } from '../src/dispatch/parse-filter.js';

export default defineCommand({
  name: 'next-event',
  aliases: ['ne'],
  group: 'query',
  summary: 'The next event, and any event under way.',
  usage: 'next-event [tag | who-must-act …]',
  help: ['Shows events happening now and the next one to start.', 'Example: /cwg next-event igf'],
  parse: (words, ctx) => ({ filter: parseFilter(words, ctx.store.read().items, ctx.msg), text: words.join(' ') }),
  run: ({ filter, text }, ctx) => nextReply('event', filter, text, ctx),
});
