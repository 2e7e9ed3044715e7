import { createBot } from './bot.js';
import { type Clock, rehearsalClock, systemClock } from './clock.js';
import { type AppConfig, loadConfig } from './config.js';
import { ConfigError, StoreError } from './errors.js';
import { createLogger, type Logger } from './log.js';
import { runConsoleChat } from './platforms/console/console-chat.js';
import { createConsoleTransport } from './platforms/console/console-transport.js';
import { createSlackReminderTransport } from './platforms/slack/reminder-transport.js';
import { everyMinuteOnClock, getSchedulerState, startReminderScheduler } from './reminders/scheduler.js';
import type { ReminderTransport } from './reminders/transport.js';
import type { HttpRoute } from './http/routes.js';
import { startSlackAndHttp } from './platforms/slack/start-platform-http.js';
import { openLowdbStore } from './store/lowdb-store.js';
import type { Store } from './store/store.js';

export const START_USAGE = `Usage: npm start   (or: npx tsx src/main.ts [--help])

Starts the CWG-WSIS&SDG bot and its reminders scheduler. What starts depends on the environment:
  SLACK_BOT_TOKEN + SLACK_APP_TOKEN          Slack, Socket Mode (SLACK_MODE=socket|http if both below are set)
  SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET     Slack, HTTP on PORT (default 3000), path /slack/events
  BOT_ID + BOT_PASSWORD                      Microsoft Teams, POST /api/messages on PORT
                                             (BOT_TYPE=SingleTenant needs BOT_TENANT_ID)
  none of these                              console chat on stdin/stdout (reminders print into it)

The HTTP server (also GET /healthz and GET /calendar.ics) runs in Slack HTTP mode, with Teams,
and with Slack Socket Mode when PORT is set. Slack and Teams share it when both are configured.

Other variables: CWG_DATA_FILE (default data/cwg.db.json), CWG_SEED_FILE, CWG_NOW (rehearse from
that instant), CWG_TZ, CWG_SECRETARIAT, CWG_ICS_TOKEN, CWG_PUBLIC_URL, CWG_EXPORT_DIR,
CWG_REMINDER_GRACE_HOURS, CWG_LEDGER_RETENTION_DAYS, SLACK_API_URL.
See README.md and .env.example.`;

export interface Runtime {
  config: AppConfig;
  store: Store;
  clock: Clock;
  log: Logger;
}

export async function openRuntime(env: NodeJS.ProcessEnv, log: Logger): Promise<Runtime> {
  const config = loadConfig(env);
  const clock = config.now ? rehearsalClock(config.now) : systemClock;
  const store = await openLowdbStore(config.dataFile, { ...(config.seedFile ? { seedFile: config.seedFile } : {}), log: (l) => log.info(l) });
  return { config, store, clock, log };
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${START_USAGE}\n`);
    return 0;
  }
  const log = createLogger();
  let runtime: Runtime;
  try {
    runtime = await openRuntime(process.env, log);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof StoreError) {
      process.stderr.write(`cwg-bot cannot start: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const { config, store } = runtime;
  if (config.now) log.info(`rehearsal clock: starting at ${config.now.toISOString()}`);
  const bot = createBot(runtime);
  if (!config.slack && !config.teams) {
    // In a terminal, a reminder replaces the waiting "cwg> " prompt and puts it back below.
    const print = process.stdin.isTTY === true ? (t: string) => process.stdout.write(`\r\x1b[K${t}cwg> `) : (t: string) => process.stdout.write(t);
    // A rehearsal (CWG_NOW) ticks on its own clock's minutes, so "09:00" prints at 09:00 on it.
    const tick = config.now ? { expression: everyMinuteOnClock(runtime.clock().getTime(), systemClock().getTime()) } : {};
    const reminders = startReminderScheduler({ ...runtime, transports: [createConsoleTransport(print), createConsoleTransport(print, 'cli')] }, tick);
    await runConsoleChat({ bot, input: process.stdin, write: (t) => process.stdout.write(t), interactive: process.stdin.isTTY === true });
    await reminders.stop();
    await store.close();
    return 0;
  }
  // Platform adapters and scheduled jobs register here; each returns a function that stops it.
  const stops: Array<() => Promise<void>> = [];
  // One HTTP server on PORT serves every route: adapters below push theirs into httpRoutes (looked up per
  // request); the reminders scheduler sets schedulerState.get for /healthz.
  const httpRoutes: HttpRoute[] = [];
  const schedulerState: { get?: () => unknown } = {};
  stops.push(...(await startSlackAndHttp({ ...runtime, bot, routes: httpRoutes, schedulerState, portExplicit: Boolean(process.env.PORT?.trim()) })));
  // Loaded only when BOT_ID is set: teams-ai and botbuilder are heavy. The shared server (started above
  // when config.teams is set) serves its route from the next request.
  const teams = config.teams ? (await import('./platforms/teams/index.js')).startTeams({ bot, config: config.teams }) : undefined;
  if (teams) {
    httpRoutes.push(teams.route);
    log.info(`teams: ready for the Bot Connector at POST ${teams.route.path}`);
  }
  const reminderTransports: ReminderTransport[] = [];
  if (teams) reminderTransports.push(teams.transport);
  if (config.slack) reminderTransports.push(createSlackReminderTransport({ token: config.slack.botToken, log: runtime.log, ...(config.slack.apiUrl ? { apiUrl: config.slack.apiUrl } : {}) }));
  if (reminderTransports.length) {
    const tick = config.now ? { expression: everyMinuteOnClock(runtime.clock().getTime(), systemClock().getTime()) } : {};
    const reminders = startReminderScheduler({ ...runtime, transports: reminderTransports }, tick);
    schedulerState.get = getSchedulerState;
    stops.push(() => reminders.stop());
  }
  if (!stops.length) {
    process.stderr.write('cwg-bot: Slack and Teams adapters are not available in this build; unset the chat variables to use the console.\n');
    await store.close();
    return 1;
  }
  await waitForShutdown(log);
  for (const stop of stops.reverse()) await stop();
  await store.close();
  return 0;
}

/** Resolves on SIGINT/SIGTERM so adapters can stop and pending writes finish. */
function waitForShutdown(log: Logger): Promise<void> {
  return new Promise((resolve) => {
    const onSignal = (signal: string) => {
      log.info(`received ${signal}, shutting down`);
      resolve();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}

const entry = process.argv[1] ?? '';
if (/src[\\/]main\.ts$/.test(entry)) {
  process.exitCode = await main(process.argv.slice(2));
}
