import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import type { SlackConfig } from '../../config/app-config.js';
import type { HttpRoute } from '../../http/routes.js';
import type { Logger } from '../../log.js';
import { registerAppHome } from './app-home.js';
import { toBoltLogger } from './bolt-logger.js';
import { createCallerResolver } from './caller-resolver.js';
import { connectWithRetry } from './connect-retry.js';
import { checkedSlackBody } from './event-body.js';
import { DEFAULT_HTTP_TIMEOUT_MS, timedHttpFetch } from './http-fetch.js';
import { registerImportFiles } from './import-files.js';
import { registerItemActions } from './item-actions.js';
import { registerModals } from './modals.js';
import { createRequestGuard } from './request-guard.js';
import { registerSlashCommand } from './slash-command.js';
import { featuresOf, type SlackDeps } from './slack-deps.js';
import { TtlCache } from './ttl-cache.js';

export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * Retries for the calls a person is waiting on (users.info, views.open, replies, files). The Web
 * API client's default policy retries a failing call for about thirty minutes, longer than a
 * response_url lives; this gives up after a few seconds so the answer degrades instead (Geneva
 * time, no group role). `429 Retry-After` is still waited out by the client, as Slack asks.
 */
export const INTERACTIVE_RETRY = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000, randomize: true };

export interface SlackAppOptions {
  bot: Bot;
  slack: SlackConfig;
  log: Logger;
  /** Offline runs (tests, benchmarks): skip auth.test by giving the bot's ids. */
  botId?: string;
  botUserId?: string;
  /** How long /cwg may work before acking empty (default ACK_BUDGET_MS; 0: always ack first). */
  ackBudgetMs?: number;
}

/**
 * Slack's posts to /slack/events are small (a slash command is under 2 KB; a modal submission with
 * every field filled is about 20 KB): anything over 64 KB is refused unread (413).
 */
export const SLACK_MAX_BODY_BYTES = 64 * 1024;

/** Slack's window for a request's timestamp, either way (Bolt 5.1 only refuses the past). */
export const SLACK_TIMESTAMP_WINDOW_SECONDS = 5 * 60;

/**
 * Whether X-Slack-Request-Timestamp lies more than 5 minutes in the future: a signed request captured
 * with a forged future timestamp would otherwise stay replayable for as long as it is ahead. Real time
 * (Date.now), never the rehearsal clock: Slack signs with the real time.
 */
export function timestampFromFuture(header: string | string[] | undefined, nowMs: number): boolean {
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(seconds) && seconds > Math.floor(nowMs / 1000) + SLACK_TIMESTAMP_WINDOW_SECONDS;
}

export interface SlackApp {
  app: App;
  /** HTTP mode: Slack's events endpoint, to mount on the shared HTTP server. */
  route?: HttpRoute;
  /** Socket Mode connects here; HTTP mode has nothing to start (the shared server serves the route). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The Slack adapter: a Bolt app whose listeners turn /cwg, buttons, forms and the Home tab into
 * `bot.handle(...)` calls. In HTTP mode Bolt's HTTPReceiver is not started on its own port: its
 * request listener becomes one route of the shared server, so Slack, Teams, the calendar feed
 * and /healthz answer on one PORT.
 */
export function createSlackApp(opts: SlackAppOptions): SlackApp {
  const { slack, log } = opts;
  const logger = toBoltLogger(log, LogLevel.INFO);
  // Online, auth.test runs in start() (retried while Slack cannot be reached), not in Bolt's constructor,
  // where a failure was an unhandled rejection and stayed cached for the life of the process.
  const offline = opts.botId && opts.botUserId ? { tokenVerificationEnabled: false, botId: opts.botId, botUserId: opts.botUserId } : undefined;
  const timeout = opts.bot.deps.config.httpTimeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS;
  // The client's own `timeout` bounds Web API calls; the fetch's bounds `respond` (response_url posts), which sets none.
  const fetch = timedHttpFetch(timeout);
  const clientOptions = { fetch, retryConfig: INTERACTIVE_RETRY, timeout, ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}) };
  const common = { token: slack.botToken, logger, clientOptions, convoStore: false as const, ...(offline ?? { deferInitialization: true }) };
  let app: App;
  let route: HttpRoute | undefined;
  if (slack.mode === 'http') {
    const receiver = new HTTPReceiver({ signingSecret: slack.signingSecret, endpoints: [SLACK_EVENTS_PATH], logger });
    app = new App({ ...common, receiver });
    route = {
      method: 'POST',
      path: SLACK_EVENTS_PATH,
      maxBodyBytes: SLACK_MAX_BODY_BYTES,
      handle: async (req, res) => {
        if (timestampFromFuture(req.headers['x-slack-request-timestamp'], Date.now())) {
          log.warn('slack: request refused, timestamp more than 5 minutes ahead', { timestamp: String(req.headers['x-slack-request-timestamp']) });
          res.writeHead(401).end();
          return;
        }
        // Bolt reads fields of the parsed body without checking it is an object (a signed `null` crashed the process).
        const refused = await checkedSlackBody(req, { signingSecret: slack.signingSecret, maxBytes: SLACK_MAX_BODY_BYTES });
        if (refused) {
          log.warn('slack: request refused', { status: refused.status, reason: refused.reason });
          res.writeHead(refused.status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${refused.reason}\n`);
          return;
        }
        return receiver.requestListener(req, res);
      },
    };
  } else {
    // The socket connection's own client (apps.connections.open) keeps Bolt's patient reconnect
    // retries: the short interactive policy would give up on the connection after a brief outage.
    const socketClientOptions = { fetch, timeout, ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}) };
    app = new App({ ...common, appToken: slack.appToken, socketMode: true, installerOptions: { clientOptions: socketClientOptions } });
  }
  app.error(async (err) => {
    log.error('slack: unhandled error in a listener', { error: String(err) });
  });
  const seen = new TtlCache<true>(15 * 60_000, 20_000);
  const deps: SlackDeps = {
    bot: opts.bot,
    resolver: createCallerResolver(app.client, opts.bot.deps.config.secretariat, log),
    log,
    seen,
    requests: createRequestGuard(opts.bot.deps.store, seen, log),
    features: featuresOf(opts.bot),
    ...(opts.ackBudgetMs !== undefined ? { ackBudgetMs: opts.ackBudgetMs } : {}),
  };
  registerSlashCommand(app, deps);
  registerItemActions(app, deps);
  registerModals(app, deps);
  registerAppHome(app, deps);
  registerImportFiles(app, deps, slack);
  return {
    app,
    ...(route ? { route } : {}),
    start: async () => {
      if (!offline) await connectWithRetry(() => app.init(), { log, what: 'auth.test', variable: 'SLACK_BOT_TOKEN' });
      if (slack.mode === 'socket') await connectWithRetry(() => app.start(), { log, what: 'Socket Mode connection', variable: 'SLACK_APP_TOKEN' });
    },
    stop: async () => {
      if (slack.mode === 'socket') await app.stop();
    },
  };
}
