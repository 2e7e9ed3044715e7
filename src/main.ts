import { reminderJob } from '../jobs/deliver-reminders.js';
import { type Bot, createBot } from './bot.js';
import { type Clock, rehearsalClock, systemClock } from './clock.js';
import type { AppConfig } from './config/app-config.js';
import { loadConfig } from './config.js';
import { startSharedServer, wantsSharedServer } from './http/shared-server.js';
import type { HttpServer } from './http/server.js';
import { environmentHelp } from './config-help.js';
import { CwgError } from './errors.js';
import { messagesFor } from './i18n/index.js';
import { startupProblem } from './i18n/startup-errors.js';
import { createStderrLogger, type Logger } from './log.js';
import { instrumentStore } from './metrics/instrument-store.js';
import type { Metrics } from './metrics/metrics.js';
import type { PrometheusMetrics } from './metrics/prometheus.js';
import type { PlatformAdapter } from './platforms/adapter.js';
import { type ConsolePlatformOptions, createConsolePlatform, PromptLine } from './platforms/console/index.js';
import { cronTicker, everyMinuteOnClock, type ReminderScheduler, startReminderScheduler, type Ticker } from './reminders/scheduler.js';
import { openStore } from './store/open-store.js';
import { forRehearsal } from './store/rehearsal-copy.js';
import type { Store } from './store/store.js';

/*
 * The composition root of `npm start` (src/cli/main.ts is the other one, for one command at a
 * time): the only src/ file that imports jobs/ and picks the platforms, see docs/architecture.md.
 */

export const START_USAGE = `Usage: npm start   (or: npx tsx src/main.ts [--help])

Starts the CWG-WSIS&SDG bot and its reminders scheduler. What starts depends on the environment:
  SLACK_BOT_TOKEN + SLACK_APP_TOKEN          Slack, Socket Mode (SLACK_MODE=socket|http if both below are set)
  SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET     Slack, HTTP on PORT (default 3000), path /slack/events
  BOT_ID + BOT_PASSWORD                      Microsoft Teams, POST /api/messages on PORT
                                             (BOT_TYPE=SingleTenant needs BOT_TENANT_ID)
  none of these                              console chat on stdin/stdout (reminders print into it)

The data lives in CWG_DATA_FILE, or in PostgreSQL when CWG_DATABASE_URL=postgres://user:pass@host:5432/db
is set (then several replicas can share one calendar; docs/running-several-instances.md).

The HTTP server (also GET /healthz and GET /calendar.ics) runs in Slack HTTP mode, with Teams,
and with Slack Socket Mode when PORT is set. Slack and Teams share it when both are configured.
Bots and \`npx cwg\` on one host may share the data file; one bot at a time sends the reminders
(docs/running-several-instances.md).

With CWG_NOW (a rehearsal) the bot works on a fresh scratch copy of the data file, in
<tmp>/cwg-rehearsal-<hash>/, unless CWG_DATA_FILE names the file; a log line says where.

Variables (environment, then .env or CWG_ENV_FILE; docs/configuration.md):
${environmentHelp()}
Check them with: npx cwg config check

Exit codes (docs/deployment.md#exit-codes): 0 stopped normally, 2 configuration, 3 data file,
4 a platform refused the token (Slack invalid_auth), 1 anything else. Network failures at start are retried.`;

export interface Runtime {
  config: AppConfig;
  store: Store;
  clock: Clock;
  log: Logger;
  /** Commands, reminders, the scheduler and the store, counted for GET /metrics (default: not counted). */
  metrics?: Metrics & Partial<Pick<PrometheusMetrics, 'registry'>>;
}

/**
 * `metrics`: count for GET /metrics, or a test of the configuration saying whether to (prom-client is
 * loaded only then: the console serves no HTTP, so `npm start` without Slack or Teams starts without it).
 */
export async function openRuntime(
  env: NodeJS.ProcessEnv,
  log?: Logger,
  opts: { metrics?: boolean | ((config: AppConfig) => boolean); logAround?: (write: () => void) => void } = {},
): Promise<Runtime> {
  const loaded = loadConfig(env);
  const logger = log ?? createStderrLogger(loaded.log, process.stderr, opts.logAround);
  const config = forRehearsal(loaded, (file, scratch) => logger.info(messagesFor().startup.rehearsalCopy(file, scratch)));
  const clock = config.now ? rehearsalClock(config.now) : systemClock;
  const opened = await openStore(config, { log: (l) => logger.info(l) });
  if (!(typeof opts.metrics === 'function' ? opts.metrics(config) : opts.metrics)) return { config, store: opened, clock, log: logger };
  const { createPrometheusMetrics } = await import('./metrics/prometheus.js');
  const metrics = createPrometheusMetrics();
  return { config, store: instrumentStore(opened, metrics), clock, log: logger, metrics };
}

/** The adapters the configuration names: Slack and/or Teams, else the console. Slack and Teams are loaded only when configured. */
export async function configuredPlatforms(bot: Bot, config: AppConfig, consoleIo: Omit<ConsolePlatformOptions, 'bot'>): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  if (config.slack) adapters.push((await import('./platforms/slack/index.js')).createSlackPlatform({ bot, slack: config.slack }));
  // teams-ai and botbuilder are heavy: imported only when BOT_ID is set.
  if (config.teams) adapters.push((await import('./platforms/teams/index.js')).createTeamsPlatform({ bot, config: config.teams }));
  if (!adapters.length) adapters.push(createConsolePlatform({ bot, ...consoleIo }));
  return adapters;
}

export interface Services {
  scheduler?: ReminderScheduler;
  http?: HttpServer;
  /** Stops the adapters, the HTTP server and the scheduler, in that order. */
  stop(): Promise<void>;
}

/**
 * Starts what the adapters need: the reminders scheduler (when some adapter delivers reminders)
 * running jobs/deliver-reminders.ts, the shared HTTP server with /healthz and the feed (when
 * wanted), then the adapters themselves.
 */
export async function startServices(
  runtime: Runtime,
  adapters: readonly PlatformAdapter[],
  opts: { ticker?: Ticker; runAtStart?: boolean } = {},
): Promise<Services> {
  const { config, clock } = runtime;
  const transports = adapters.flatMap((a) => a.transports);
  // A rehearsal (CWG_NOW) ticks on its own clock's minutes, so "09:00" goes out at 09:00 on it.
  const ticker = opts.ticker ?? cronTicker(config.now ? everyMinuteOnClock(clock().getTime(), systemClock().getTime()) : undefined);
  const scheduler = transports.length
    ? startReminderScheduler(reminderJob({ ...runtime, transports, ...(runtime.metrics ? { metrics: runtime.metrics } : {}) }), {
        ticker,
        ...(opts.runAtStart !== undefined ? { runAtStart: opts.runAtStart } : {}),
      })
    : undefined;
  const started: PlatformAdapter[] = [];
  let http: HttpServer | undefined;
  // The scheduler first: its last run finishes and the reminders lease is released, whatever the adapters do
  // next. Each step runs even when one before it fails (a platform that will not stop must not keep the lease).
  const stop = async () => {
    const steps = [() => scheduler?.stop(), ...started.reverse().map((a) => () => a.stop()), () => http?.stop()];
    const failures: unknown[] = [];
    for (const step of steps) await Promise.resolve(step()).catch((e: unknown) => failures.push(e));
    if (failures.length) runtime.log.warn('stopping: some parts did not stop cleanly', { errors: failures.map(String) });
  };
  try {
    if (wantsSharedServer(config, adapters)) {
      const registry = runtime.metrics?.registry;
      const metricsRoutes = registry ? [(await import('./metrics/prometheus.js')).createMetricsRoute({ registry })] : [];
      http = await startSharedServer({
        ...runtime,
        routes: [...metricsRoutes, ...adapters.flatMap((a) => a.routes)],
        ...(scheduler ? { schedulerState: () => scheduler.state() } : {}),
      });
    }
    for (const a of adapters) {
      await a.start();
      started.push(a);
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return { ...(scheduler ? { scheduler } : {}), ...(http ? { http } : {}), stop };
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${START_USAGE}\n`);
    return 0;
  }
  let runtime: Runtime | undefined;
  try {
    // GET /metrics is served beside Slack or Teams; the console has no HTTP server to serve it on.
    // On a terminal, log lines (stderr) print above the console's waiting "cwg> " prompt, not after it.
    const interactive = process.stdin.isTTY === true;
    const promptLine = interactive ? new PromptLine((t) => process.stdout.write(t)) : undefined;
    runtime = await openRuntime(process.env, undefined, {
      metrics: (config) => Boolean(config.slack || config.teams),
      ...(promptLine ? { logAround: (write: () => void) => promptLine.above(write) } : {}),
    });
    const { config, store, log } = runtime;
    // Listened for before anything starts: a SIGTERM while a platform is still connecting stops cleanly (exit 0).
    const shutdown = waitForShutdown(log);
    let started = false;
    // A signal during start: the start finishes and everything stops in order (the lease is released). A start
    // that hangs (a Slack retry loop may wait minutes) is given 5 s; its writes are atomic, so exiting is safe.
    void shutdown.then(() => {
      if (!started) setTimeout(() => process.exit(0), 5000).unref();
    });
    // A listener's or a timer's failure is logged; the process keeps serving the others.
    process.on('unhandledRejection', (reason) => log.error('unhandled rejection (still serving)', { error: describeError(reason) }));
    if (config.now) log.info(`rehearsal clock: starting at ${config.now.toISOString()}`);
    for (const warning of config.warnings ?? []) log.warn(`configuration: ${warning}`);
    const bot = createBot({ ...runtime, ...(runtime.metrics ? { metrics: runtime.metrics } : {}) });
    const adapters = await configuredPlatforms(bot, config, {
      input: process.stdin,
      write: (t) => process.stdout.write(t),
      interactive,
      ...(promptLine ? { promptLine } : {}),
    });
    const services = await startServices(runtime, adapters);
    started = true;
    // The console ends with its input or a signal; chat platforms run until a signal.
    const finished = adapters.flatMap((a) => (a.finished ? [a.finished] : []));
    await Promise.race([...finished, shutdown]);
    await services.stop();
    await store.close();
    return 0;
  } catch (e) {
    // One line for the operator, naming what to fix, and a documented exit code (docs/deployment.md).
    const problem = startupProblem(e);
    if (!(e instanceof CwgError)) runtime?.log.debug?.('startup failed', { stack: String((e as Error | undefined)?.stack ?? e) });
    process.stderr.write(`${messagesFor().startup.cannotStart(problem.line)}\n`);
    await runtime?.store.close().catch(() => undefined);
    return problem.exitCode;
  }
}

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** Resolves on SIGINT/SIGTERM so adapters can stop and pending writes finish. */
function waitForShutdown(log: Logger): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    // Kept registered (not once): a preloader such as tsx kills the process itself when it sees no listener left.
    const onSignal = (signal: string) => {
      if (stopping) return log.info(`received ${signal} again, still shutting down`);
      stopping = true;
      log.info(`received ${signal}, shutting down`);
      resolve();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

const entry = process.argv[1] ?? '';
if (/(?:src[\\/]main\.ts|dist[\\/]main\.js|bin[\\/]start\.js)$/.test(entry)) {
  const code = await main(process.argv.slice(2));
  // A failed start may leave timers or sockets behind (a half-started platform): exit with the code anyway.
  if (code !== 0) process.exit(code);
  process.exitCode = code;
}
