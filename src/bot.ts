import { commands as defaultCommands } from '../commands/index.js';
import type { Clock } from './clock.js';
import type { AppConfig } from './config/app-config.js';
import type { Command } from './dispatch/command.js';
import type { Caller, CommandContext, Conversation, IncomingFile } from './dispatch/context.js';
import { dispatch, findCommand } from './dispatch/dispatch.js';
import { sanitizeInput, stripCommandPrefix, tokenize } from './dispatch/input.js';
import { callerLanguage } from './dispatch/language.js';
import { isSecretariat } from './dispatch/roles.js';
import { type Messages, messagesFor } from './i18n/index.js';
import type { Logger } from './log.js';
import { type Metrics, noMetrics } from './metrics/metrics.js';
import type { Reply } from './render/reply.js';
import type { Store } from './store/store.js';
import { LastCommands } from './dispatch/last-commands.js';

export interface BotDeps {
  config: AppConfig;
  store: Store;
  clock: Clock;
  log: Logger;
  commands?: readonly Command[];
  /** Extras handed to commands (e.g. a file writer for exports). */
  services?: Record<string, unknown>;
  /** Counts answered commands and their latency (GET /metrics); default: none. */
  metrics?: Metrics;
}

/** What a platform hands over besides the line: files sent with it, a way to show progress. */
export interface HandleExtras {
  files?: readonly IncomingFile[];
  progress?: (text: string) => void;
}

export interface Bot {
  readonly deps: BotDeps;
  /** Every command this bot answers (adapters show buttons only for commands that exist). */
  readonly commands: readonly Command[];
  /** The command a word names (name or alias), if this bot has it. */
  command(word: string): Command | undefined;
  /** The command that would answer a whole line for this caller: by its first word, or one that claims it ("/cwg igf"). */
  answering(line: string, caller: Caller): Command | undefined;
  /** Runs a `/cwg …` line for a caller: the entry point every platform adapter uses. */
  handle(line: string, caller: Caller, conversation?: Conversation, extras?: HandleExtras): Promise<Reply>;
  contextFor(caller: Caller, conversation?: Conversation): CommandContext;
  /** The caller's words (the language precedence, src/dispatch/language.ts): for what adapters say around a reply. */
  messagesFor(caller: Caller, conversation?: Conversation): Messages;
}

export function createBot(deps: BotDeps): Bot {
  const commands = deps.commands ?? defaultCommands;
  const lastCommands = new LastCommands();
  const contextFor = (caller: Caller, conversation?: Conversation): CommandContext => {
    const language = callerLanguage(deps.store.read(), caller, conversation, deps.config);
    return {
      now: deps.clock(),
      store: deps.store,
      caller,
      ...(conversation ? { conversation } : {}),
      surface: caller.platform,
      config: deps.config,
      msg: messagesFor(language.lang),
      language,
      log: deps.log,
      isSecretariat: isSecretariat(caller, deps.config.secretariat),
      commands,
      services: deps.services ?? {},
      lastCommands,
    };
  };
  const metrics = deps.metrics ?? noMetrics;
  const answering = (line: string, caller: Caller): Command | undefined => {
    try {
      const words = stripCommandPrefix(tokenize(sanitizeInput(line)));
      if (!words[0]) return undefined;
      const named = findCommand(commands, words[0]);
      if (named) return named;
      const ctx = contextFor(caller);
      return commands.find((c) => (!c.secretariatOnly || ctx.isSecretariat) && c.claim?.(words, ctx) !== undefined);
    } catch {
      return undefined; // a line the dispatcher refused (too long, unbalanced quotes, a bad filter…): its reply says why
    }
  };
  /** The command's own name for the metrics label (aliases folded, claimed lines by the command that answered; anything else is "unknown"). */
  const commandName = (line: string, caller: Caller): string => {
    let empty = false;
    try {
      empty = !stripCommandPrefix(tokenize(sanitizeInput(line)))[0];
    } catch {
      // refused by the dispatcher: "unknown" below
    }
    return empty ? 'none' : (answering(line, caller)?.name ?? 'unknown');
  };
  return {
    deps,
    commands,
    command: (word) => findCommand(commands, word),
    answering,
    contextFor,
    messagesFor: (caller, conversation) => messagesFor(callerLanguage(deps.store.read(), caller, conversation, deps.config).lang),
    async handle(line, caller, conversation, extras) {
      const elapsed = metrics.startTimer();
      const ctx = contextFor(caller, conversation);
      const reply = await dispatch(line, {
        ...ctx,
        ...(extras?.files ? { files: extras.files } : {}),
        ...(extras?.progress ? { progress: extras.progress } : {}),
      });
      metrics.commandAnswered(commandName(line, caller), caller.platform, reply.tone === 'error' ? 'error' : 'ok', elapsed());
      return reply;
    },
  };
}
