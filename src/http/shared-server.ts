import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/app-config.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import { createCalendarFeedRoutes } from './feed-route.js';
import { createHealthRoute } from './health-route.js';
import type { HttpRoute } from './routes.js';
import { type HttpServer, startHttpServer } from './server.js';

export interface SharedHttpDeps {
  config: AppConfig;
  store: Store;
  clock: Clock;
  log: Logger;
  /** The adapters' routes (Slack's /slack/events in HTTP mode, Teams' /api/messages). */
  routes: readonly HttpRoute[];
  /** The reminders scheduler's report for /healthz; absent when none runs in this process. */
  schedulerState?: () => unknown;
}

/** Every route the shared server answers: /healthz and /calendar.ics first, then the adapters'. */
export function sharedRoutes(d: Omit<SharedHttpDeps, 'log'>): HttpRoute[] {
  return [
    createHealthRoute({
      store: d.store,
      clock: d.clock,
      ...(d.schedulerState ? { getSchedulerState: d.schedulerState } : {}),
      platforms: { slack: d.config.slack?.mode ?? false, teams: d.config.teams !== undefined },
      details: d.config.healthDetails === true,
    }),
    ...createCalendarFeedRoutes({ store: d.store, clock: d.clock, config: d.config }),
    ...d.routes,
  ];
}

/**
 * The one HTTP server on PORT, shared by the chat platforms, the health check and the calendar
 * feed. It runs when something needs it: an adapter with routes (Slack in HTTP mode, Teams), or a
 * chat platform with PORT set explicitly (so /healthz and /calendar.ics also work beside Slack's
 * Socket Mode). The console runs without it.
 */
export function wantsSharedServer(config: Pick<AppConfig, 'portExplicit'>, adapters: ReadonlyArray<{ name: string; routes: readonly HttpRoute[] }>): boolean {
  return adapters.some((a) => a.routes.length > 0) || (config.portExplicit && !adapters.some((a) => a.name === 'console'));
}

export function startSharedServer(d: SharedHttpDeps): Promise<HttpServer> {
  return startHttpServer({ port: d.config.port, routes: sharedRoutes(d), log: d.log });
}
