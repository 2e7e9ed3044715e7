import { defineCommand } from '../src/dispatch/command.js';
import { nextFewReply, nextReply } from '../src/answers/next-reply.js';
import { parseNextWords } from '../src/answers/next-words.js';

export default defineCommand({
  name: 'next-deadline',
  aliases: ['next', 'deadline', 'nd'],
  group: 'query',
  parse: (words, ctx) => parseNextWords(words, 'deadline', ctx),
  run: (args, ctx) => (args.few ? nextFewReply(args.kind, args.few, args.filter, args.text, ctx) : nextReply(args.kind, args.filter, args.text, ctx)),
});
