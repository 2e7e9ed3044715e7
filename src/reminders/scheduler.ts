import cron, { type ScheduledTask } from 'node-cron';
import { type DeliverDeps, run, type RunSummary } from '../../jobs/deliver-reminders.js';

/**
 * Wires node-cron (every minute, in UTC so DST never skips or doubles a tick) to the reminder job.
 * node-cron does not catch up runs missed while the process was down; the job does, from the
 * last completed run in the store, so the scheduler runs it once at start.
 */

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
}

export interface ReminderScheduler {
  stop(): Promise<void>;
  /** Runs the job now (used at start and by tests); resolves with its summary, or undefined if one is already running. */
  tickNow(): Promise<RunSummary | undefined>;
  state(): SchedulerState;
}

let current: ReminderScheduler | undefined;

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

/** The running scheduler's state, for the health endpoint (undefined when none was started). */
export function getSchedulerState(): SchedulerState | undefined {
  return current?.state();
}

export function startReminderScheduler(deps: DeliverDeps, opts: { expression?: string; runAtStart?: boolean } = {}): ReminderScheduler {
  const abort = new AbortController();
  const st: SchedulerState = { running: true, busy: false, startedAt: deps.clock().toISOString(), overlapsSkipped: 0 };
  let inFlight: Promise<RunSummary | undefined> | undefined;
  const memory: { lastTickAt?: Date } = {};
  let task: ScheduledTask | undefined;

  const tickNow = (): Promise<RunSummary | undefined> => {
    if (inFlight) {
      st.overlapsSkipped++;
      return Promise.resolve(undefined);
    }
    st.busy = true;
    st.lastRunAt = deps.clock().toISOString();
    inFlight = run({ ...deps, signal: abort.signal, memory })
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

  task = cron.schedule(opts.expression ?? '* * * * *', () => tickNow(), { timezone: 'UTC', name: 'cwg-reminders' });
  if (opts.runAtStart !== false) void tickNow();

  const scheduler: ReminderScheduler = {
    tickNow,
    state: () => {
      const next = task?.getNextRun();
      const failed = deps.store.read().reminders.deadLetters?.length ?? 0;
      return { ...st, failedDeliveries: failed, ...(next && st.running ? { nextRunAt: next.toISOString() } : {}) };
    },
    async stop() {
      st.running = false;
      abort.abort();
      await task?.stop();
      await task?.destroy();
      task = undefined;
      await inFlight;
      if (current === scheduler) current = undefined;
    },
  };
  current = scheduler;
  return scheduler;
}
