import { commands as defaultCommands } from '../commands/index.js';
import type { Clock } from './clock.js';
import type { AppConfig } from './config.js';
import type { Command } from './dispatch/command.js';
import type { Caller, CommandContext, Conversation } from './dispatch/context.js';
import { dispatch, findCommand } from './dispatch/dispatch.js';
import { sanitizeInput, stripCommandPrefix, tokenize } from './dispatch/input.js';
import { callerLanguage } from './dispatch/language.js';
import { isSecretariat } from './dispatch/roles.js';
import { type Messages, messagesFor } from './i18n/index.js';
import type { Logger } from './log.js';
import { type Metrics, noMetrics } from './metrics/metrics.js';
import type { Reply } from './render/reply.js';
import type { Store } from './store/store.js';

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

export interface Bot {
  readonly deps: BotDeps;
  /** Every command this bot answers (adapters show buttons only for commands that exist). */
  readonly commands: readonly Command[];
  /** The command a word names (name or alias), if this bot has it. */
  command(word: string): Command | undefined;
  /** Runs a `/cwg …` line for a caller: the entry point every platform adapter uses. */
  handle(line: string, caller: Caller, conversation?: Conversation): Promise<Reply>;
  contextFor(caller: Caller, conversation?: Conversation): CommandContext;
  /** The caller's words (the language precedence, src/dispatch/language.ts): for what adapters say around a reply. */
  messagesFor(caller: Caller, conversation?: Conversation): Messages;
}

export function createBot(deps: BotDeps): Bot {
  const commands = deps.commands ?? defaultCommands;
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
    };
  };
  const metrics = deps.metrics ?? noMetrics;
  /** The command's own name for the metrics label (aliases folded; anything else is "unknown"). */
  const commandName = (line: string): string => {
    try {
      const first = stripCommandPrefix(tokenize(sanitizeInput(line)))[0];
      return first ? (findCommand(commands, first)?.name ?? 'unknown') : 'none';
    } catch {
      return 'unknown'; // a line the dispatcher refused (too long, unbalanced quotes…): its reply says why
    }
  };
  return {
    deps,
    commands,
    command: (word) => findCommand(commands, word),
    contextFor,
    messagesFor: (caller, conversation) => messagesFor(callerLanguage(deps.store.read(), caller, conversation, deps.config).lang),
    async handle(line, caller, conversation) {
      const elapsed = metrics.startTimer();
      const reply = await dispatch(line, contextFor(caller, conversation));
      metrics.commandAnswered(commandName(line), caller.platform, reply.tone === 'error' ? 'error' : 'ok', elapsed());
      return reply;
    },
  };
}
