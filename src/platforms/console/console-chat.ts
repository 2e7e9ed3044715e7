import { createInterface } from 'node:readline';
import { messagesFor } from '../../i18n/index.js';
import type { Bot } from '../../bot.js';
import type { Caller, Conversation } from '../../dispatch/context.js';
import { defaultExportDir, saveReplyFileAndSay } from '../../export/save-reply-file.js';
import { PromptLine } from './prompt-line.js';

export interface ConsoleChatOptions {
  bot: Bot;
  input: NodeJS.ReadableStream;
  write: (text: string) => void;
  /** Show a banner and a prompt (interactive terminals). */
  interactive?: boolean;
  caller?: Caller;
  /** The prompt that log lines and reminders print above (interactive only; made here when not given). */
  promptLine?: PromptLine;
}

export const CONSOLE_CONVERSATION: Conversation = { platform: 'console', id: 'console' };

/**
 * The console chat: each input line is a `/cwg …` command (the "/cwg" is optional), each reply
 * is printed as plain text. Resolves at end of input.
 */
export async function runConsoleChat(opts: ConsoleChatOptions): Promise<void> {
  const caller: Caller = opts.caller ?? { id: 'operator', platform: 'console', name: 'console operator', isLocalOperator: true };
  const rl = createInterface({ input: opts.input, terminal: false, crlfDelay: Infinity });
  const promptLine = opts.interactive ? (opts.promptLine ?? new PromptLine(opts.write)) : undefined;
  const prompt = () => promptLine?.show();
  if (opts.interactive) {
    opts.write(`${opts.bot.messagesFor(caller, CONSOLE_CONVERSATION).consoleBanner}\n`);
  }
  prompt();
  for await (const line of rl) {
    promptLine?.hide();
    if (line.trim()) {
      const reply = await opts.bot.handle(line, caller, CONSOLE_CONVERSATION);
      opts.write(`${reply.text}\n`);
      const saved = await saveReplyFileAndSay(
        reply,
        opts.bot.deps.config.exportDir ?? defaultExportDir(opts.bot.deps.config.dataFile),
        messagesFor(reply.lang),
      );
      if (saved) opts.write(`${saved.line}\n`);
    }
    prompt();
  }
  promptLine?.hide();
  if (opts.interactive) opts.write('\n');
}
