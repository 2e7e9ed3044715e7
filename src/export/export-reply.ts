import { titleIn } from '../calendar/translations.js';
import { findItem, type ItemFilter, NO_FILTER } from '../calendar/queries.js';
import type { Item } from '../calendar/schema.js';
import type { AppConfig } from '../config/app-config.js';
import type { CommandContext } from '../dispatch/context.js';
import { describeAll } from '../answers/reply-helpers.js';
import type { Messages } from '../i18n/index.js';
import { messagesFor } from '../i18n/index.js';
import { NotFoundError } from '../errors.js';
import type { ReplyBody } from '../render/reply.js';
import { buildCalendarIcs, buildItemIcs, ICS_CONTENT_TYPE, ICS_ITEM_CONTENT_TYPE } from './build-ics.js';

/** What a platform uploads (Slack files.uploadV2) or attaches (Teams). */
export interface IcsFile {
  filename: string;
  contentType: string;
  content: string;
}

export const FEED_PATH = '/calendar.ics';

export interface FeedQuery {
  tags?: readonly string[];
  who?: readonly string[];
  id?: string;
  /** The file's language (?lang=), when not the feed's default. */
  lang?: string;
}

/** The subscribable feed's address for a filter or an item, when CWG_PUBLIC_URL is set (with the token when one is required). */
export function feedUrl(config: Pick<AppConfig, 'publicUrl' | 'icsToken'>, query: FeedQuery = {}): string | undefined {
  if (!config.publicUrl) return undefined;
  const params = new URLSearchParams();
  if (query.id) params.set('id', query.id);
  if (query.tags?.length) params.set('tags', query.tags.join(','));
  if (query.who?.length) params.set('who', query.who.join(','));
  if (query.lang) params.set('lang', query.lang);
  if (config.icsToken) params.set('token', config.icsToken);
  const qs = params.toString();
  return `${config.publicUrl}${FEED_PATH}${qs ? `?${qs}` : ''}`;
}

/** The feed link a reader is given speaks their language: ?lang= when it is not the feed's default (CWG_LANG). */
function feedLang(ctx: Pick<CommandContext, 'msg' | 'config'>): { lang?: string } {
  return ctx.msg.lang !== (ctx.config.lang ?? 'en') ? { lang: ctx.msg.lang } : {};
}

/** A file name that is safe on every platform and says what is inside. */
export function calendarFilename(filter: ItemFilter = NO_FILTER): string {
  const words = [...filter.tags, ...filter.actors].map((w) => w.replace(/[^a-z0-9-]/g, '')).filter(Boolean);
  return `cwg-calendar${words.length ? `-${words.join('-')}` : ''}.ics`;
}

/**
 * The "add to my calendar" file of one item, for Slack and Teams buttons on item details and
 * reminders. Undefined when there is no such item or its date is to be announced.
 */
export function icsFileForItem(items: readonly Item[], id: string, msg: Messages = messagesFor()): IcsFile | undefined {
  const built = buildItemIcs(items, id, { msg });
  if (!built.included.length) return undefined;
  return { filename: `${id}.ics`, contentType: ICS_ITEM_CONTENT_TYPE, content: built.ics };
}

/** `/cwg ics [filters]`: the (filtered) calendar as a file, with counts and how to subscribe. */
export function calendarFileReply(ctx: CommandContext, filter: ItemFilter, filterText: string): ReplyBody {
  const { msg } = ctx;
  const E = msg.exporting;
  const items = ctx.store.read().items;
  const built = buildCalendarIcs(items, { msg, filter, ...(filterText ? { filterLabel: filterText } : {}) });
  const url = feedUrl(ctx.config, { tags: filter.tags, who: filter.actors, ...feedLang(ctx) });
  const notes = [...(built.tba ? [E.leftOutTba(built.tba)] : []), url ? E.subscribeHint(url) : E.noSubscribeUrl];
  const data = { export: { included: built.included.length, cancelled: built.cancelled, leftOutTba: built.tba, ...(url ? { feedUrl: url } : {}) } };
  if (!built.included.length) {
    return { tone: 'empty', intro: [E.nothingToExport(msg.filterSuffix(filterText))], sections: [], notes, data };
  }
  return {
    tone: 'ok',
    heading: E.fileHeading + msg.filterSuffix(filterText),
    intro: [E.fileCount(built.included.length, built.cancelled), E.fileOpenHint],
    sections: [],
    notes,
    file: { filename: calendarFilename(filter), contentType: ICS_CONTENT_TYPE, content: built.ics },
    data,
  };
}

/** `/cwg ics <id>`: one item's file ("add to my calendar"). */
export function itemFileReply(ctx: CommandContext, id: string): ReplyBody {
  const { msg } = ctx;
  const items = ctx.store.read().items;
  const occ = findItem(items, id);
  if (!occ) throw new NotFoundError(id);
  const file = icsFileForItem(items, id, msg);
  if (!file) return { tone: 'empty', intro: [msg.exporting.itemUndated(titleIn(occ.item, msg.lang))], sections: [{ items: describeAll([occ], ctx) }] };
  const url = feedUrl(ctx.config, feedLang(ctx));
  return {
    tone: 'ok',
    heading: msg.exporting.fileHeadingOne(titleIn(occ.item, msg.lang)),
    intro: [msg.exporting.fileOneHint],
    sections: [{ items: describeAll([occ], ctx) }],
    notes: [url ? msg.exporting.subscribeHint(url) : msg.exporting.noSubscribeUrl],
    file,
    data: { export: { included: 1, id, ...(url ? { feedUrl: url } : {}) } },
  };
}
