import type { Activity } from 'botbuilder';
import { isValidTimeZone } from '../../calendar/validate.js';
import type { Caller, Conversation } from '../../dispatch/context.js';
import { MAX_INPUT_LENGTH } from '../../dispatch/input.js';
import type { Bot } from '../../bot.js';
import { type Messages, messagesFor } from '../../i18n/index.js';

/** What Teams tells us about where an activity happened (channelData of Teams activities). */
interface TeamsChannelData {
  team?: { id?: string; name?: string };
  channel?: { id?: string; name?: string };
  tenant?: { id?: string };
  eventType?: string;
}

export function channelDataOf(activity: Partial<Activity>): TeamsChannelData {
  const data = activity.channelData as unknown;
  return data && typeof data === 'object' ? (data as TeamsChannelData) : {};
}

/** Teams messages carry HTML: some room for markup around a command of MAX_INPUT_LENGTH characters. */
const MAX_ACTIVITY_TEXT = MAX_INPUT_LENGTH * 4;

/**
 * The command line a message carries: the bot's own @mention removed ("<at>CWG</at> next-deadline"
 * in channels), Teams' HTML entities decoded. "/cwg" and "cwg" prefixes are left for the dispatcher.
 */
export function commandLineOf(activity: Partial<Activity>): string {
  let text = activity.text ?? '';
  // Longer than any command: left over-long so the dispatcher refuses it, without reading it here.
  if (text.length > MAX_ACTIVITY_TEXT) return text.slice(0, MAX_ACTIVITY_TEXT + 1);
  const botId = activity.recipient?.id;
  for (const entity of activity.entities ?? []) {
    if (entity.type !== 'mention') continue;
    const mentioned = (entity as { mentioned?: { id?: string } }).mentioned;
    const mentionText = (entity as { text?: string }).text;
    if (mentioned?.id && mentioned.id === botId && mentionText) text = text.split(mentionText).join(' ');
  }
  // A mention of the bot whose entity was lost (forwarded or edited messages) still starts the line.
  text = text.replace(/^\s*<at>[^<]*<\/at>/i, ' ');
  // [^<>]: a tag never spans another "<", so a run of "<" is read once, not once per "<" (linear).
  return decodeEntities(text.replace(/<[^<>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&amp;/gi, '&');
}

/** What the role check trusts about the sender; see callerOf. */
export interface CallerTrust {
  /** BOT_TENANT_ID: when set, only activities from this tenant carry a role. */
  tenantId?: string;
}

/** The trust settings of a running bot (its Teams configuration). */
export function trustOf(bot: { deps: { config: { teams?: { tenantId?: string } } } }): CallerTrust {
  const tenantId = bot.deps.config.teams?.tenantId;
  return tenantId ? { tenantId } : {};
}

/** The tenant an activity says it comes from (the connector sets both places for Teams). */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  return activity.conversation?.tenantId ?? channelDataOf(activity).tenant?.id;
}

/**
 * The asker. Roles (CWG_SECRETARIAT lists Entra object ids) are decided only from `aadObjectId`, on an
 * activity of the Teams channel (`channelId` "msteams") whose tenant is the configured one when
 * BOT_TENANT_ID is set: Teams sets `aadObjectId` itself, whereas `from.id` is chosen by the client on
 * Direct Line and Web Chat. Anything else gets an id that can never be listed, so it is a delegate.
 */
export function callerOf(activity: Partial<Activity>, trust: CallerTrust = {}): Caller {
  const from = activity.from ?? { id: 'unknown', name: '' };
  const tenant = tenantOf(activity);
  const tenantOk = !trust.tenantId || (tenant !== undefined && tenant.toLowerCase() === trust.tenantId.toLowerCase());
  const trusted = activity.channelId === 'msteams' && Boolean(from.aadObjectId) && tenantOk;
  const id = trusted ? from.aadObjectId! : `unverified:${activity.channelId ?? 'unknown'}:${from.aadObjectId || from.id || 'unknown'}`;
  const caller: Caller = { id, platform: 'teams' };
  if (from.name) caller.name = from.name;
  const tz = timeZoneOf(activity);
  if (tz) caller.tz = tz;
  if (activity.locale) caller.locale = activity.locale;
  return caller;
}

/** The asker's IANA zone: `localTimezone`, else the clientInfo entity Teams attaches. */
export function timeZoneOf(activity: Partial<Activity>): string | undefined {
  const candidates = [activity.localTimezone];
  for (const e of activity.entities ?? []) {
    if (e.type === 'clientInfo') candidates.push((e as { timezone?: string }).timezone);
  }
  return candidates.find((z): z is string => typeof z === 'string' && isValidTimeZone(z));
}

export function conversationOf(activity: Partial<Activity>): Conversation {
  const conv = activity.conversation;
  const data = channelDataOf(activity);
  const out: Conversation = { platform: 'teams', id: channelConversationId(conv?.id ?? 'unknown') };
  const name = data.channel?.name ?? conv?.name;
  if (name) out.name = name;
  const teamId = data.team?.id ?? conv?.tenantId ?? data.tenant?.id;
  if (teamId) out.teamId = teamId;
  // the 1:1 chat with the bot: "/cwg subscribe" there gives the person their own reminders
  if (conversationKind(activity) === 'personal') out.personal = true;
  return out;
}

/** "personal" (1:1), "groupChat" or "channel". */
export function conversationKind(activity: Partial<Activity>): 'personal' | 'groupChat' | 'channel' {
  const type = activity.conversation?.conversationType;
  if (type === 'channel' || channelDataOf(activity).channel?.id) return 'channel';
  if (type === 'groupChat' || activity.conversation?.isGroup) return 'groupChat';
  return 'personal';
}

/** True when the bot itself is among the members an update names. */
export function includesBot(members: Activity['membersAdded'] | undefined, activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return Boolean(botId && members?.some((m) => m.id === botId));
}

/**
 * A channel post's conversation id carries ";messageid=…" (the reply thread). Subscriptions and
 * proactive posts belong to the channel itself, so that suffix is dropped.
 */
export function channelConversationId(id: string): string {
  return id.split(';messageid=')[0] ?? id;
}

/**
 * The words of a note the bot sends on its own in a turn (welcome, file consent, an internal error):
 * the same precedence as answers (the person's choice, `activity.locale`, the conversation's
 * language, CWG_LANG). When even the store cannot be read (the error note), the locale alone.
 */
export function notesFor(bot: Bot, activity: Partial<Activity>): Messages {
  try {
    return bot.messagesFor(callerOf(activity, trustOf(bot)), conversationOf(activity));
  } catch {
    return messagesFor(activity.locale);
  }
}
