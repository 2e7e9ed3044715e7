import type { Bot } from '../../bot.js';
import type { Clock } from '../../clock.js';
import type { AppConfig } from '../../config.js';
import { createCalendarFeedRoutes } from '../../http/feed-route.js';
import { createHealthRoute } from '../../http/health-route.js';
import type { HttpRoute } from '../../http/routes.js';
import { startHttpServer } from '../../http/server.js';
import type { Logger } from '../../log.js';
import type { Store } from '../../store/store.js';

export interface PlatformStartDeps {
  bot: Bot;
  config: AppConfig;
  store: Store;
  clock: Clock;
  log: Logger;
  /** Set when PORT is in the environment (not just the default). */
  portExplicit: boolean;
  /** Shared with the Teams adapter and the calendar feed: push routes here (served on the next request). */
  routes: HttpRoute[];
  /** Filled in later by the reminders scheduler, read by /healthz. */
  schedulerState: { get?: () => unknown };
}

/**
 * Startup for Slack and the shared HTTP server. The server runs when something needs it: Slack in
 * HTTP mode, Teams, or an explicit PORT (so /healthz and /calendar.ics also work beside Socket Mode).
 * Returns the stop functions, in start order.
 */
export async function startSlackAndHttp(d: PlatformStartDeps): Promise<Array<() => Promise<void>>> {
  const stops: Array<() => Promise<void>> = [];
  d.routes.push(
    createHealthRoute({
      store: d.store,
      clock: d.clock,
      getSchedulerState: () => d.schedulerState.get?.(),
      platforms: { slack: d.config.slack?.mode ?? false, teams: d.config.teams !== undefined },
    }),
    ...createCalendarFeedRoutes({ store: d.store, clock: d.clock, config: d.config }),
  );
  if (d.config.slack) {
    // Loaded only when Slack is configured, so console and Teams-only runs start without Bolt.
    const { createSlackApp } = await import('./slack-app.js');
    const slack = createSlackApp({ bot: d.bot, slack: d.config.slack, log: d.log });
    if (slack.route) d.routes.push(slack.route);
    await slack.start();
    d.log.info(`slack: ${d.config.slack.mode === 'socket' ? 'connected in Socket Mode' : 'ready for HTTP requests at /slack/events'}`);
    stops.push(() => slack.stop());
  }
  if (d.config.slack?.mode === 'http' || d.config.teams || d.portExplicit) {
    const http = await startHttpServer({ port: d.config.port, routes: d.routes, log: d.log });
    stops.push(() => http.stop());
  }
  return stops;
}
