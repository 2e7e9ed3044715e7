import type { ReplyBody } from '../render/reply.js';
import type { CommandContext } from './context.js';

export type CommandGroup = 'query' | 'edit' | 'reminders' | 'export' | 'other';

/**
 * A `/cwg` subcommand: its name, help, how it reads its arguments, and what it does.
 * Handlers are platform-neutral: they get words and a context, and return a reply model.
 */
export interface Command<A = unknown> {
  name: string;
  aliases?: string[];
  group: CommandGroup;
  // Its summary, usage and help lines are words: they live in the catalogue as command.<name>.summary|usage|help
  // and reach "/cwg help" through the caller's ctx.msg.commands.
  secretariatOnly?: boolean;
  /** Words after the command name → arguments; throws UsageError on bad input. */
  parse(words: string[], ctx: CommandContext): A;
  /**
   * A line whose first word names no command may still be a question this command answers
   * ("/cwg igf": a bare tag): the arguments for the whole line, or undefined when it is not one.
   */
  claim?(words: string[], ctx: CommandContext): A | undefined;
  run(args: A, ctx: CommandContext): ReplyBody | Promise<ReplyBody>;
}

/** Lets a command file keep its argument type while the registry holds many kinds. */
export function defineCommand<A>(command: Command<A>): Command<unknown> {
  return command as Command<unknown>;
}
