import type { Bot } from '../../bot.js';
import { firstWord } from './command-text.js';
import type { Caller, Conversation } from '../../dispatch/context.js';
import { isSecretariat } from '../../dispatch/roles.js';
import { messagesFor } from '../../i18n/index.js';
import type { Logger } from '../../log.js';
import { renderSlackBlocks, type SlackMessage, type SlackRenderOptions } from '../../render/slack-blocks.js';
import type { Reply } from '../../render/reply.js';
import type { CallerResolver } from './caller-resolver.js';
import type { RequestGuard } from './request-guard.js';
import type { TtlCache } from './ttl-cache.js';

/** What every Slack listener needs; built once per app. Holds no Bolt types. */
export interface SlackDeps {
  bot: Bot;
  resolver: CallerResolver;
  log: Logger;
  /** Keys of deliveries already acted on (trigger ids, event ids): Slack retries must not act twice. */
  seen: TtlCache<true>;
  /** The same, shared with every process on the store for requests that change data or post (request-guard.ts). */
  requests: RequestGuard;
  /** How long /cwg may work before acking empty; the answer then follows through response_url. */
  ackBudgetMs?: number;
  /** Which optional commands this bot has, read once from its command list. */
  features: SlackFeatures;
}

export type SlackFeatures = NonNullable<SlackRenderOptions['features']> & { editing: boolean };

/** Which optional commands exist in this build (subscribe: reminders; ics: calendar export; edit: secretariat editing). */
export function featuresOf(bot: Bot): SlackFeatures {
  const has = (name: string) => bot.command(name) !== undefined;
  return { subscribe: has('subscribe'), calendar: has('ics'), editing: has('edit') };
}

export function isCallerSecretariat(deps: SlackDeps, caller: Caller): boolean {
  return isSecretariat(caller, deps.bot.deps.config.secretariat);
}

/** A channel answer is read by people in many zones: it carries Geneva time only. */
export function forChannel(caller: Caller): Caller {
  const { tz: _tz, ...rest } = caller;
  return rest;
}

export function slackConversation(channelId: string | undefined, teamId?: string, name?: string): Conversation | undefined {
  if (!channelId) return undefined;
  return { platform: 'slack', id: channelId, ...(name ? { name } : {}), ...(teamId ? { teamId } : {}) };
}

/** Renders a reply for a Slack viewer, with the buttons their role and this build allow. */
export function renderFor(deps: SlackDeps, reply: Reply, caller: Caller, extra: Partial<SlackRenderOptions> = {}): SlackMessage {
  return renderSlackBlocks(reply, {
    msg: messagesFor(caller.locale),
    isSecretariat: isCallerSecretariat(deps, caller) && !extra.shared,
    features: deps.features,
    ...extra,
  });
}

/** Fields that keep Slack from turning our text into pings or previews. */
export const QUIET = { unfurl_links: false, unfurl_media: false } as const;

/** A question (a "query" command other than help): safe to re-run when someone presses Share. */
export function isQuestion(deps: SlackDeps, line: string): boolean {
  const command = deps.bot.command(firstWord(line));
  return command?.group === 'query' && command.name !== 'help';
}
