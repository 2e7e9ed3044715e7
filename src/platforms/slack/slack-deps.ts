import type { Bot } from '../../bot.js';
import type { Caller, Conversation } from '../../dispatch/context.js';
import { channelLanguageKey, postedLanguage } from '../../dispatch/language.js';
import { isSecretariat } from '../../dispatch/roles.js';
import { messagesFor } from '../../i18n/index.js';
import type { Logger } from '../../log.js';
import { renderDraftBlocks } from '../../render/import-draft-blocks.js';
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

/**
 * A channel answer is read by people in many zones and languages: it carries Geneva time only, and is
 * worded in the channel's language (then CWG_LANG), as reminders are, not in the sharer's.
 */
export function forChannel(caller: Caller, deps?: SlackDeps, conversation?: Conversation): Caller {
  const { tz: _tz, ...rest } = caller;
  if (!deps || !conversation) return rest;
  const posted = postedLanguage(deps.bot.deps.store.read(), channelLanguageKey(conversation), deps.bot.deps.config);
  return { ...rest, lang: posted.lang };
}

export function slackConversation(channelId: string | undefined, teamId?: string, name?: string): Conversation | undefined {
  if (!channelId) return undefined;
  return { platform: 'slack', id: channelId, ...(name ? { name } : {}), ...(teamId ? { teamId } : {}) };
}

/** Renders a reply for a Slack viewer, with the buttons their role and this build allow. */
export function renderFor(deps: SlackDeps, reply: Reply, caller: Caller, extra: Partial<SlackRenderOptions> = {}): SlackMessage {
  // An import draft page gets its own blocks: a proposal per section with Accept / Reject.
  const draft = extra.shared ? undefined : renderDraftBlocks(reply, messagesFor(caller.locale));
  if (draft) return draft;
  return renderSlackBlocks(reply, {
    msg: reply.lang ? messagesFor(reply.lang) : deps.bot.messagesFor(caller),
    isSecretariat: isCallerSecretariat(deps, caller) && !extra.shared,
    features: deps.features,
    ...extra,
  });
}

/** Fields that keep Slack from turning our text into pings or previews. */
export const QUIET = { unfurl_links: false, unfurl_media: false } as const;

/** A question (a "query" command other than help): safe to re-run when someone presses Share. */
export function isQuestion(deps: SlackDeps, line: string, caller: Caller): boolean {
  // "/cwg igf" is a question too: the command that claims the line decides
  const command = deps.bot.answering(line, caller);
  return command?.group === 'query' && command.name !== 'help';
}
