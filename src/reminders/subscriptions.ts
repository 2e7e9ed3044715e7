import { GENEVA } from '../calendar/schema.js';
import { canonicalZone } from '../calendar/validate.js';
import type { Conversation } from '../dispatch/context.js';
import { parseFilter } from '../answers/parse-filter.js';
import { UsageError } from '../errors.js';
import type { Messages } from '../i18n/index.js';
import { DEFAULT_AT } from './plan.js';
import type { StoredConversation, Subscription, SubscriptionScope } from '../store/reminders-schema.js';
import type { Actor, Item } from '../calendar/schema.js';

/** One subscription per conversation: its id is the platform and the conversation id. */
export function subscriptionId(conversation: Pick<Conversation, 'platform' | 'id'>): string {
  return `${conversation.platform}:${conversation.id}`;
}

/** The subscription of one "remind me" item in a conversation. */
export function itemSubscriptionId(conversation: Pick<Conversation, 'platform' | 'id'>, itemId: string): string {
  return `${subscriptionId(conversation)}#${itemId}`;
}

export interface SubscribeArgs {
  /** Undefined: keep what the channel had (a new subscription: events and deadlines). */
  scope?: SubscriptionScope;
  /** Undefined: keep the channel's tags; "all" alone clears tags and who must act. */
  tags?: string[];
  actors?: Subscription['actors'];
  /** "remind me <id>": only this item. */
  items?: string[];
  at?: string;
  tz?: string;
  offsets?: number[];
  digest?: boolean;
}

const SCOPE_WORDS: Record<string, SubscriptionScope> = {
  all: 'all',
  everything: 'all',
  events: 'events',
  event: 'events',
  deadlines: 'deadlines',
  deadline: 'deadlines',
};

/**
 * Reads `[all | events | deadlines] [filters…] [at HH:MM] [tz ZONE] [offsets 14d,3d,1d] [digest on|off]`.
 * Each part changes only itself ("changes only what you give"): a scope word the scope, tags the
 * tags, who-must-act words who must act; "all" (or "everything") first means every item again.
 */
export function parseSubscribeWords(words: string[], items: readonly Item[], msg: Messages, mine?: Actor): SubscribeArgs {
  const S = msg.reminders.subscribe;
  const args: SubscribeArgs = {};
  const filterWords: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    const value = () => {
      const v = words[++i];
      if (v === undefined) throw new UsageError(S.missingValue(word), S.usage);
      return v;
    };
    if (SCOPE_WORDS[lower] && (i === 0 || lower !== 'all')) args.scope = SCOPE_WORDS[lower]!;
    else if (lower === 'at') args.at = readTime(value(), msg);
    else if (lower === 'tz' || lower === 'zone') args.tz = readZone(value(), msg);
    else if (lower === 'offsets' || lower === 'offset') args.offsets = readOffsets(value(), msg);
    else if (lower === 'digest') args.digest = readOnOff(value(), msg);
    else filterWords.push(word);
  }
  if (args.scope === 'all') {
    args.tags = [];
    args.actors = [];
  }
  if (filterWords.length) {
    const filter = parseFilter(filterWords, items, msg, mine ? { mine } : {});
    if (filter.tags.length) args.tags = filter.tags;
    if (filter.actors.length) args.actors = filter.actors;
  }
  return args;
}

/** Offsets typed after "remind me <id>": "7d,1d", "offsets 7d,1d" or "7d 1d". */
export function readItemOffsets(words: string[], msg: Messages): number[] | undefined {
  const rest = words[0]?.toLowerCase().startsWith('offset') ? words.slice(1) : words;
  return rest.length ? readOffsets(rest.join(','), msg) : undefined;
}

function readTime(word: string, msg: Messages): string {
  const m = /^(\d{1,2})(?:[:h.](\d{2}))?$/i.exec(word);
  if (!m || Number(m[1]) > 23 || Number(m[2] ?? 0) > 59) throw new UsageError(msg.reminders.subscribe.badTime(word), msg.reminders.subscribe.usage);
  return `${m[1]!.padStart(2, '0')}:${m[2] ?? '00'}`;
}

function readZone(word: string, msg: Messages): string {
  const aliases: Record<string, string> = { geneva: GENEVA, utc: 'UTC', gmt: 'UTC' };
  const zone = canonicalZone(aliases[word.toLowerCase()] ?? word);
  if (!zone) throw new UsageError(msg.reminders.subscribe.badZone(word), msg.reminders.subscribe.usage);
  return zone;
}

function readOffsets(word: string, msg: Messages): number[] {
  const parts = word
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const days = parts.map((p) => /^(\d{1,3})d?$/i.exec(p)).map((m) => (m ? Number(m[1]) : NaN));
  const bad = parts.filter((_, i) => !Number.isInteger(days[i]) || days[i]! > 365);
  if (!days.length || days.length > 10 || bad.length) {
    throw new UsageError(msg.reminders.subscribe.badOffsets(word, bad), msg.reminders.subscribe.usage);
  }
  return [...new Set(days)].sort((a, b) => b - a);
}

function readOnOff(word: string, msg: Messages): boolean {
  const w = word.toLowerCase();
  if (['on', 'yes', 'true'].includes(w)) return true;
  if (['off', 'no', 'false'].includes(w)) return false;
  throw new UsageError(msg.reminders.subscribe.badDigest(word), msg.reminders.subscribe.usage);
}

/** The subscription after `/cwg subscribe …`: a new one, or the existing one with what was given changed. */
export function applySubscribe(
  existing: Subscription | undefined,
  args: SubscribeArgs,
  conversation: Conversation,
  now: Date,
  by: string,
  id = subscriptionId(conversation),
): Subscription {
  const stored: StoredConversation = {
    platform: conversation.platform,
    id: conversation.id,
    ...(conversation.name ? { name: conversation.name.slice(0, 200) } : {}),
    ...(conversation.teamId ? { teamId: conversation.teamId.slice(0, 200) } : {}),
    ...(conversation.ref !== undefined ? { ref: conversation.ref } : existing?.conversation.ref !== undefined ? { ref: existing.conversation.ref } : {}),
    ...(conversation.personal ? { personal: true } : {}),
  };
  const items = args.items ?? existing?.items;
  const offsets = args.offsets ?? existing?.offsets;
  return {
    id,
    conversation: stored,
    scope: args.scope ?? existing?.scope ?? 'all',
    tags: args.tags ?? existing?.tags ?? [],
    actors: args.actors ?? existing?.actors ?? [],
    at: args.at ?? existing?.at ?? DEFAULT_AT,
    tz: args.tz ?? existing?.tz ?? GENEVA,
    ...(offsets ? { offsets } : {}),
    digest: args.digest ?? existing?.digest ?? true,
    ...(items ? { items } : {}),
    // Reminders count from createdAt; one "in the future" (a CWG_NOW rehearsal on a data file used
    // in real time) would silence the channel until then.
    createdAt: existing && Date.parse(existing.createdAt) <= now.getTime() ? existing.createdAt : now.toISOString(),
    createdBy: existing?.createdBy ?? by.slice(0, 200),
    ...(existing ? { updatedAt: now.toISOString() } : {}),
  };
}

/** "events and deadlines about igf, at 09:00 Europe/Zurich; …; weekly digest on Mondays". */
export function describeSubscription(sub: Subscription, msg: Messages): string {
  const D = msg.reminders.describe;
  // a "remind me" subscription is about its item
  const filter = [...(sub.items ?? []), ...sub.tags, ...sub.actors].join(' ');
  return D.line(D.scope[sub.scope] ?? sub.scope, filter ? D.filter(filter) : '', D.at(sub.at, sub.tz), describeOffsets(sub, msg), D.digest(sub.digest));
}

/** The offsets a subscription will use: its own, or the defaults of the kinds it follows (not the others'). */
export function describeOffsets(sub: Pick<Subscription, 'offsets' | 'scope'>, msg: Messages): string {
  const D = msg.reminders.describe;
  if (sub.offsets) return D.offsets(sub.offsets);
  if (sub.scope === 'events') return msg.asking.offsetsDefault.events;
  if (sub.scope === 'deadlines') return msg.asking.offsetsDefault.deadlines;
  return D.offsetsDefault;
}
