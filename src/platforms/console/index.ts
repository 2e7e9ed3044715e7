import type { Bot } from '../../bot.js';
import type { PlatformAdapter } from '../adapter.js';
import { runConsoleChat } from './console-chat.js';
import { createConsoleTransport } from './console-transport.js';
import { PromptLine } from './prompt-line.js';

export { PromptLine } from './prompt-line.js';

export interface ConsolePlatformOptions {
  bot: Bot;
  input: NodeJS.ReadableStream;
  write: (text: string) => void;
  /** A terminal: banner, prompt, and reminders that redraw the prompt below them. */
  interactive: boolean;
  /** The terminal's prompt, shared with the process's logger so log lines print above it (made here when not given). */
  promptLine?: PromptLine;
}

/**
 * The console platform: a chat on stdin/stdout, reminders printed into it (for channels subscribed
 * here and from the `cwg` command line). It finishes at the end of its input.
 */
export function createConsolePlatform(opts: ConsolePlatformOptions): PlatformAdapter {
  // In a terminal, a reminder replaces the waiting "cwg> " prompt and puts it back below (not while a reply is written).
  const promptLine = opts.interactive ? (opts.promptLine ?? new PromptLine(opts.write)) : undefined;
  const print = promptLine ? (t: string) => promptLine.above(() => opts.write(t)) : opts.write;
  let done!: () => void;
  let failed!: (err: unknown) => void;
  const finished = new Promise<void>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  return {
    name: 'console',
    routes: [],
    transports: [createConsoleTransport(print), createConsoleTransport(print, 'cli')],
    finished,
    start: async () => {
      runConsoleChat({ bot: opts.bot, input: opts.input, write: opts.write, interactive: opts.interactive, ...(promptLine ? { promptLine } : {}) }).then(
        done,
        failed,
      );
    },
    stop: async () => {
      await finished.catch(() => undefined);
    },
  };
}
