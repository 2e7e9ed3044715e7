import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/app-config.js';
import { UsageError } from '../errors.js';
import type { HttpRoute } from './routes.js';
import { messagesFor, type Messages } from '../i18n/index.js';
import type { Store } from '../store/store.js';
import { ICS_CONTENT_TYPE, ICS_ITEM_CONTENT_TYPE } from '../export/build-ics.js';
import { calendarFilename, FEED_PATH } from '../export/export-reply.js';
import { FeedBusyError, FeedCache } from '../export/feed-cache.js';
import { type FeedRequest, parseFeedQuery } from '../export/feed-query.js';

export interface FeedDeps {
  store: Store;
  clock: Clock;
  /** `lang` (CWG_LANG): the feed's default language, for requests without ?lang=. */
  config: Pick<AppConfig, 'icsToken'> & Partial<Pick<AppConfig, 'lang'>>;
  msg?: Messages;
  /** The feed's caches and build limits; one is made per handler when not given (tests pass a small one). */
  cache?: FeedCache;
}

/** Clients re-ask at most every 15 minutes; an unchanged feed then costs a 304. */
const MAX_AGE_SECONDS = 900;
/** Last-Modified bookkeeping per view (a few dozen bytes each). */
const MAX_VIEWS = 1000;

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Constant-time token check: both sides are hashed first so their lengths never differ. */
export function tokenMatches(given: string | undefined, expected: string): boolean {
  return given !== undefined && timingSafeEqual(sha256(given), sha256(expected));
}

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

function plain(res: ServerResponse, status: number, body: string, head: boolean, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body), ...extra });
  res.end(head ? undefined : body);
}

/**
 * GET (and HEAD) /calendar.ics[?tags=a,b&who=members|&id=item]: the calendar feed for Outlook's and
 * Google's "subscribe from web". With CWG_ICS_TOKEN set, a missing or wrong ?token= gets the same
 * 404 as a path that does not exist, so nothing is revealed.
 */
export function createCalendarFeedHandler(deps: FeedDeps): HttpRoute['handle'] {
  const msg = deps.msg ?? messagesFor(deps.config.lang);
  // When a view's bytes change, Last-Modified must move forward even if no updatedAt says so (a deletion).
  const seen = new Map<string, { etag: string; since: number }>();
  const cacheControl = deps.config.icsToken ? `private, max-age=${MAX_AGE_SECONDS}` : `public, max-age=${MAX_AGE_SECONDS}`;

  // The store hands out a new object on every change: each data version is rendered once per set of
  // items, each unchanged event is written once at all, and conditional requests cost a hash lookup.
  const cache = deps.cache ?? new FeedCache(msg);

  return async (req: IncomingMessage, res: ServerResponse) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) return plain(res, 405, 'Method not allowed.\n', false, { Allow: 'GET, HEAD' });
    const url = new URL(req.url ?? '/', 'http://feed.invalid');
    if (deps.config.icsToken && !tokenMatches(url.searchParams.get('token') ?? undefined, deps.config.icsToken)) {
      // Byte for byte what the shared server answers for a path it does not know (src/http/server.ts).
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end(msg.exporting.feedNotFound);
    }
    // Another process may have changed the calendar. A file that became unreadable is reported by
    // /healthz; the feed keeps serving the last calendar it read.
    await deps.store.refreshBeforeAnswer().catch(() => {});
    const data = deps.store.read();
    const items = data.items;
    let query: FeedRequest;
    try {
      query = parseFeedQuery(url.searchParams, items, msg);
    } catch (err) {
      if (err instanceof UsageError) return plain(res, 400, msg.exporting.feedBadQuery(err.message), head);
      throw err;
    }
    if (query.id && !items.some((it) => it.id === query.id)) return plain(res, 404, msg.exporting.feedUnknownItem(query.id), head);
    let view;
    try {
      view = await cache.view(data, query);
    } catch (err) {
      if (err instanceof FeedBusyError) return plain(res, 503, msg.exporting.feedBusy, head, { 'Retry-After': '5' });
      throw err;
    }
    const { built, etag } = view;
    if (query.id && !built.included.length) return plain(res, 404, msg.exporting.feedItemUndated(query.id), head);

    const now = deps.clock().getTime();
    const prev = seen.get(query.key);
    const changed = built.lastModified.getTime();
    // A change the data dates (updatedAt) keeps that date; one it cannot date (a deletion) gets the time it was seen.
    const since = !prev ? changed : prev.etag === etag ? prev.since : changed > prev.since ? changed : Math.max(now, prev.since + 1000);
    seen.delete(query.key);
    seen.set(query.key, { etag, since });
    // Views are validated filter combinations, but keep the memory bounded anyway (oldest first).
    if (seen.size > MAX_VIEWS) seen.delete(seen.keys().next().value!);
    // Whole seconds (HTTP dates), never in the future.
    const lastModified = Math.floor(Math.min(Math.max(since, built.lastModified.getTime()), now) / 1000) * 1000;
    const headers = { ETag: etag, 'Last-Modified': new Date(lastModified).toUTCString(), 'Cache-Control': cacheControl };

    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    // RFC 9110 §13.2.2: If-Modified-Since is only consulted when If-None-Match is absent.
    const notModified = inm !== undefined ? etagMatches(inm, etag) : ims !== undefined && !Number.isNaN(Date.parse(ims)) && lastModified <= Date.parse(ims);
    if (notModified) {
      res.writeHead(304, headers);
      return void res.end();
    }
    const filename = query.id ? `${query.id}.ics` : calendarFilename(query.filter);
    res.writeHead(200, {
      ...headers,
      'Content-Type': query.id ? ICS_ITEM_CONTENT_TYPE : ICS_CONTENT_TYPE,
      'Content-Length': Buffer.byteLength(built.ics, 'utf8'),
      'Content-Disposition': `inline; filename="${filename}"`,
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(head ? undefined : built.ics);
  };
}

/** The feed as one route (GET; the same handler also answers HEAD when the server passes it on). */
export function createCalendarFeedRoute(deps: FeedDeps): HttpRoute {
  return { method: 'GET', path: FEED_PATH, handle: createCalendarFeedHandler(deps) };
}

/** GET and HEAD routes sharing one handler, for servers that match on method. */
export function createCalendarFeedRoutes(deps: FeedDeps): HttpRoute[] {
  const handle = createCalendarFeedHandler(deps);
  return [
    { method: 'GET', path: FEED_PATH, handle },
    { method: 'HEAD', path: FEED_PATH, handle },
  ];
}
