import cron from 'node-cron';
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics/metrics.js';
import type { LeaseState } from './job-lease.js';

/**
 * Runs the reminder job once a minute. The job itself (jobs/deliver-reminders.ts) is handed in by
 * the composition root, so this layer knows when to run, not what: src/ never imports jobs/.
 * The default ticker is node-cron, every minute in UTC so DST never skips or doubles a tick.
 * node-cron does not catch up runs missed while the process was down; the job does, from the
 * last completed run in the store, so the scheduler runs it once at start.
 */

/** What one run of the reminder job reports. */
export interface RunSummary {
  from: string;
  to: string;
  planned: number;
  sent: number;
  alreadyDelivered: number;
  skipped: number;
  delayed: number;
  failed: number;
  gone: number;
  completed: boolean;
  /** Another process holds the `reminders` lease: this run sent nothing. */
  standby?: boolean;
}

export interface SchedulerState {
  running: boolean;
  busy: boolean;
  startedAt?: string;
  lastRunAt?: string;
  lastCompletedAt?: string;
  lastSummary?: RunSummary;
  lastError?: string;
  nextRunAt?: string;
  overlapsSkipped: number;
  /** Deliveries in the failed list ("/cwg deliveries failed"). */
  failedDeliveries?: number;
  /** Who runs the reminder job among the processes sharing the store (src/reminders/job-lease.ts). */
  lease?: LeaseState;
}

/** What the scheduler hands each run: stop when aborted; `memory` is the last completed run as this process knows it. */
export interface TickContext {
  signal: AbortSignal;
  memory: { lastTickAt?: Date };
}

export interface SchedulerDeps {
  clock: Clock;
  log: Logger;
  /** The job to run on every tick (wired by the composition root). */
  job: (tick: TickContext) => Promise<RunSummary>;
  /** How many deliveries are in the failed list, for the state report. */
  failedDeliveries?: () => number;
  /** The scheduler's last tick (GET /metrics); default: none. */
  metrics?: Pick<Metrics, 'schedulerTick'>;
  /** Who holds the reminder job's lease, for the state report. */
  lease?: () => LeaseState;
  /** Lets the job ask for a run now (the lease was just taken over); returns how to stop asking. */
  wake?: (run: () => void) => () => void;
  /** Called when the scheduler stops, after the last run (releases the lease). */
  stop?: () => Promise<void>;
}

/** Calls `fire` on every tick until stopped. node-cron in production; tests fire by hand. */
export type Ticker = (fire: () => void) => { nextRun(): Date | undefined; stop(): Promise<void> };

export interface ReminderScheduler {
  stop(): Promise<void>;
  /** Runs the job now (used at start and by tests); resolves with its summary, or undefined if one is already running. */
  tickNow(): Promise<RunSummary | undefined>;
  state(): SchedulerState;
}

/**
 * A cron expression (with seconds, read in UTC) ticking once a minute when a clock that runs
 * `clockMs - realMs` away from real time reads hh:mm:01. node-cron follows real time, so without
 * this a CWG_NOW rehearsal started at 08:59:30 would see its 09:00 reminder only at the first real
 * minute boundary after it (up to a minute late).
 */
export function everyMinuteOnClock(clockMs: number, realMs: number): string {
  const offsetS = Math.round((clockMs - realMs) / 1000);
  return `${(((1 - offsetS) % 60) + 60) % 60} * * * * *`;
}

/** node-cron, in UTC. */
export function cronTicker(expression = '* * * * *'): Ticker {
  return (fire) => {
    const task = cron.schedule(expression, () => fire(), { timezone: 'UTC', name: 'cwg-reminders' });
    return {
      nextRun: () => task.getNextRun() ?? undefined,
      stop: async () => {
        await task.stop();
        await task.destroy();
      },
    };
  };
}

/** A ticker fired by hand (tests, rehearsals driven step by step). */
export function manualTicker(): Ticker & { fire(): void } {
  let fires: Array<() => void> = [];
  const ticker = ((fire: () => void) => {
    fires.push(fire);
    return {
      nextRun: () => undefined,
      stop: async () => {
        fires = fires.filter((f) => f !== fire);
      },
    };
  }) as Ticker & { fire(): void };
  ticker.fire = () => {
    for (const f of fires) f();
  };
  return ticker;
}

export function startReminderScheduler(deps: SchedulerDeps, opts: { ticker?: Ticker; runAtStart?: boolean } = {}): ReminderScheduler {
  const abort = new AbortController();
  const st: SchedulerState = { running: true, busy: false, startedAt: deps.clock().toISOString(), overlapsSkipped: 0 };
  let inFlight: Promise<RunSummary | undefined> | undefined;
  const memory: { lastTickAt?: Date } = {};

  const tickNow = (): Promise<RunSummary | undefined> => {
    if (inFlight) {
      st.overlapsSkipped++;
      return Promise.resolve(undefined);
    }
    st.busy = true;
    st.lastRunAt = deps.clock().toISOString();
    inFlight = deps
      .job({ signal: abort.signal, memory })
      .then((summary) => {
        st.lastSummary = summary;
        if (summary.completed) st.lastCompletedAt = summary.to;
        delete st.lastError;
        return summary;
      })
      .catch((err: unknown) => {
        st.lastError = err instanceof Error ? err.message : String(err);
        deps.log.error('reminder run failed; the next run retries the same window', { error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
        return undefined;
      })
      .finally(() => {
        deps.metrics?.schedulerTick(deps.clock());
        st.busy = false;
        inFlight = undefined;
      });
    return inFlight;
  };

  let ticks: ReturnType<Ticker> | undefined = (opts.ticker ?? cronTicker())(() => void tickNow());
  if (opts.runAtStart !== false) void tickNow();
  const unwake = deps.wake?.(() => {
    if (st.running) void tickNow();
  });

  return {
    tickNow,
    state: () => {
      const next = ticks?.nextRun();
      const failed = deps.failedDeliveries?.();
      const lease = deps.lease?.();
      return {
        ...st,
        ...(failed !== undefined ? { failedDeliveries: failed } : {}),
        ...(next && st.running ? { nextRunAt: next.toISOString() } : {}),
        ...(lease ? { lease } : {}),
      };
    },
    async stop() {
      st.running = false;
      unwake?.();
      abort.abort();
      await ticks?.stop();
      ticks = undefined;
      await inFlight;
      await deps.stop?.();
    },
  };
}
