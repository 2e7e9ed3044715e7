import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { matchesFilter } from '../calendar/queries.js';
import { type Messages, messagesFor } from '../i18n/index.js';
import type { Db } from '../store/db-schema.js';
import { buildCalendarIcsInSlices, buildItemIcs, type CalendarIcs, EVENT_CACHE_BYTES, EventTextCache } from './build-ics.js';
import type { FeedRequest } from './feed-query.js';
import { ByteLru, memoryBytes } from './ics-text.js';

/** Rendered views of the feed kept at most (bytes of iCalendar text, all data versions together). */
export const FEED_VIEW_BYTES = 24 * 1024 * 1024;
/** Builds running at once; the rest wait in line (a build yields to other requests between chunks). */
export const FEED_MAX_BUILDS = 2;
/** Requests waiting for a build slot before the feed answers 503 (Retry-After) instead of queueing more. */
export const FEED_MAX_WAITING = 200;
/** Items handled between two turns of the event loop during a build, so /healthz is never stalled. */
const CHUNK = 25;

export interface FeedView {
  built: CalendarIcs;
  etag: string;
}

export interface FeedCacheOptions {
  viewBytes?: number;
  eventBytes?: number;
  maxBuilds?: number;
  maxWaiting?: number;
}

/** Thrown when too many builds are waiting: the route answers 503 with Retry-After. */
export class FeedBusyError extends Error {
  constructor() {
    super('calendar feed busy');
    this.name = 'FeedBusyError';
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url');
}

/**
 * The feed's memory: finished views keyed by the data version and the items they contain (two filters
 * that pick the same items share one entry, whatever their order, case or spelling), each event's text
 * (EventTextCache), both bounded by bytes; and the builds in progress, shared by requests for the same
 * view and limited in number.
 */
export class FeedCache {
  readonly views: ByteLru<FeedView>;
  readonly events: EventTextCache;
  /** Event texts of the views asked for in another language (?lang=), one cache per language. */
  private readonly eventsByLang = new Map<string, EventTextCache>();
  private readonly eventBytes: number;
  private readonly versions = new WeakMap<Readonly<Db>, number>();
  private nextVersion = 1;
  private readonly inFlight = new Map<string, Promise<FeedView>>();
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  readonly maxBuilds: number;
  readonly maxWaiting: number;

  constructor(
    readonly msg: Messages,
    opts: FeedCacheOptions = {},
  ) {
    this.views = new ByteLru<FeedView>(opts.viewBytes ?? FEED_VIEW_BYTES, (v) => memoryBytes(v.built.ics) + v.built.included.length * 40 + 200);
    this.events = new EventTextCache(msg, opts.eventBytes ?? EVENT_CACHE_BYTES);
    this.eventBytes = opts.eventBytes ?? EVENT_CACHE_BYTES;
    this.maxBuilds = opts.maxBuilds ?? FEED_MAX_BUILDS;
    this.maxWaiting = opts.maxWaiting ?? FEED_MAX_WAITING;
  }

  private versionOf(data: Readonly<Db>): number {
    let v = this.versions.get(data);
    if (v === undefined) {
      v = this.nextVersion++;
      this.versions.set(data, v);
    }
    return v;
  }

  /** The cache key of a view: the data version and exactly which items it writes. */
  viewKey(data: Readonly<Db>, query: FeedRequest): string {
    const version = `${this.versionOf(data)}${query.lang ? `:${query.lang}` : ''}`;
    if (query.id) return `${version}:id:${query.id}`;
    const ids: string[] = [];
    for (const item of data.items) if (matchesFilter(item, query.filter)) ids.push(item.id);
    return `${version}:set:${sha256(ids.join(','))}`;
  }

  async view(data: Readonly<Db>, query: FeedRequest): Promise<FeedView> {
    const key = this.viewKey(data, query);
    const cached = this.views.get(key);
    if (cached) return cached;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.build(data, query, key).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  private async build(data: Readonly<Db>, query: FeedRequest, key: string): Promise<FeedView> {
    await this.acquire();
    try {
      // In slices: a cold build writes ~0.1 ms of events per item, a warm one reads ~0.01 ms; either
      // way other requests are served between slices.
      const opts = query.lang ? this.inLanguage(query.lang) : { msg: this.msg, eventCache: this.events };
      const items = data.items;
      const built = query.id
        ? buildItemIcs(items, query.id, opts)
        : await buildCalendarIcsInSlices(items, { ...opts, filter: query.filter }, CHUNK, () => nextTurn());
      const view = { built, etag: `"${sha256(built.ics).slice(0, 32)}"` };
      this.views.set(key, view);
      return view;
    } finally {
      this.release();
    }
  }

  private inLanguage(lang: string): { msg: Messages; eventCache: EventTextCache } {
    let events = this.eventsByLang.get(lang);
    if (!events) {
      events = new EventTextCache(messagesFor(lang), this.eventBytes);
      this.eventsByLang.set(lang, events);
    }
    return { msg: events.msg, eventCache: events };
  }

  private acquire(): Promise<void> {
    if (this.running < this.maxBuilds) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.maxWaiting) return Promise.reject(new FeedBusyError());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
