import { defineCommand } from '../src/dispatch/command.js';
import { nextFewReply, nextReply } from '../src/answers/next-reply.js';
import { type NextArgs, parseNextWords } from '../src/answers/next-words.js';
import { startsWithNamedPeriod } from '../src/answers/periods.js';
import upcoming from './upcoming.js';

/** "/cwg next week", "/cwg next month": `next` is this command's alias, but the question is a period's. */
type Args = NextArgs | { asPeriod: unknown };

export default defineCommand<Args>({
  name: 'next-deadline',
  aliases: ['next', 'deadline', 'nd'],
  group: 'query',
  parse(words, ctx) {
    const line = ['next', ...words];
    const asPeriod = startsWithNamedPeriod(line) ? upcoming.claim?.(line, ctx) : undefined;
    return asPeriod !== undefined ? { asPeriod } : parseNextWords(words, 'deadline', ctx);
  },
  run(args, ctx) {
    if ('asPeriod' in args) return upcoming.run(args.asPeriod, ctx);
    return args.few ? nextFewReply(args.kind, args.few, args.filter, args.text, ctx) : nextReply(args.kind, args.filter, args.text, ctx);
  },
});
