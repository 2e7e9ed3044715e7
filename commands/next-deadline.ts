import { defineCommand } from '../src/dispatch/command.js';
import { nextReply } from '../src/dispatch/next-reply.js';
import { parseFilter } from '../src/dispatch/parse-filter.js';

export default defineCommand({
  name: 'next-deadline',
  aliases: ['next', 'deadline', 'nd'],
  group: 'query',
  summary: 'The next action deadline (all deadlines due that same day).',
  usage: 'next-deadline [tag | who-must-act …]',
  help: [
    'Shows the next deadline that is not yet past, with every other deadline due the same day.',
    'Narrow it with a tag (igf, cstd, wsis20, hlpf, gdc, ai, council, rdf…) or with who must act (members, secretariat, chair).',
    'Example: /cwg next-deadline members',
  ],
  parse: (words, ctx) => ({ filter: parseFilter(words, ctx.store.read().items, ctx.msg), text: words.join(' ') }),
  run: ({ filter, text }, ctx) => nextReply('deadline', filter, text, ctx),
});
