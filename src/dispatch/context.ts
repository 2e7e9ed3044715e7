import type { LastCommands } from './last-commands.js';
import type { AppConfig } from '../config/app-config.js';
import type { LanguageChoice } from '../i18n/choose-language.js';
import type { Messages } from '../i18n/index.js';
import type { Logger } from '../log.js';
import type { Surface } from '../store/audit-schema.js';
import type { Store } from '../store/store.js';
import type { Command } from './command.js';

/** Who is asking. `id` is the platform's user id (Slack U…, Teams Entra object id, "operator" locally). */
export interface Caller {
  id: string;
  platform: Surface;
  name?: string;
  /** IANA zone of the asker, when the platform tells us. */
  tz?: string;
  /** Slack user-group ids the user belongs to (role checks). */
  groups?: string[];
  /** The platform's locale tag for the person (Slack users.info, Teams activity.locale). */
  locale?: string;
  /** A language named for this request only (the CLI's --lang): wins over every stored choice. */
  lang?: string;
  /** The local operator of the CLI/console acts as the secretariat. */
  isLocalOperator?: boolean;
}

/** Where the command was typed: a channel, a 1:1 chat, the console. */
export interface Conversation {
  platform: Surface;
  id: string;
  name?: string;
  /** Slack team id or Teams tenant/team id. */
  teamId?: string;
  /** What the platform needs to post here later (a Teams conversation reference); stored with subscriptions. */
  ref?: unknown;
  /** A direct conversation between the bot and the caller (Slack IM, Teams 1:1 chat, the console). */
  personal?: boolean;
  /**
   * Opens (or finds) the bot's direct conversation with the caller, for personal reminders asked
   * elsewhere (Slack: conversations.open). Absent where the platform cannot (Teams outside the 1:1 chat).
   */
  openPersonal?: () => Promise<Conversation>;
}

/** A file the person sent with the command (a Slack upload, a Teams attachment), already downloaded and size-checked. */
export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
  /** The platform could not hand the file over: too big (`size` as the platform states it) or not downloadable. */
  failed?: 'tooBig' | 'download';
  size?: number;
}

export interface CommandContext {
  now: Date;
  store: Store;
  caller: Caller;
  conversation?: Conversation;
  surface: Surface;
  config: AppConfig;
  msg: Messages;
  /** Which language `msg` speaks and which rule chose it (src/dispatch/language.ts). */
  language?: LanguageChoice;
  log: Logger;
  isSecretariat: boolean;
  commands: readonly Command[];
  /** Platform-provided extras (e.g. a file writer in the console). */
  services: Record<string, unknown>;
  /** Files sent with this command (`/cwg import` reads the first). */
  files?: readonly IncomingFile[];
  /** Tells the person how a long command is going ("reading… page 40 of 200"); platforms that can update a message set it. */
  progress?: (text: string) => void;
  /** Each editor's last editing command, for undo's confirmation (src/editing/last-command.ts). */
  lastCommands?: LastCommands;
}
