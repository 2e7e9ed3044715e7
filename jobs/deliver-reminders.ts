import { type Clock, systemClock } from '../src/clock.js';
import type { AppConfig } from '../src/config/app-config.js';
import { channelMessages } from '../src/reminders/channel-language.js';
import type { Logger } from '../src/log.js';
import type { Metrics } from '../src/metrics/metrics.js';
import { DEFAULT_FAN_OUT, type Delivery, type FanOutOptions, fanOut } from '../src/reminders/fan-out.js';
import { channelBatches, channelsPerClaim, DEFAULT_CLAIM_AHEAD_MS } from '../src/reminders/claim-batches.js';
import { createJobLease, DEFAULT_JOB_LEASE, type JobLease } from '../src/reminders/job-lease.js';
import { type Claimant, claimDeliveries, createOutcomeWriter, heldByOthers, pruneLedger } from '../src/reminders/ledger.js';
import type { PlannedDelivery } from '../src/reminders/plan.js';
import { guardMassUnsubscribe } from '../src/reminders/mass-unsubscribe-guard.js';
import { isIdle, planRun, type RunPlan } from '../src/reminders/run-plan.js';
import type { RunSummary, SchedulerDeps } from '../src/reminders/scheduler.js';
import type { ReminderTransport } from '../src/reminders/transport.js';
import { newHolderId } from '../src/store/leases.js';
import type { Store } from '../src/store/store.js';

export type { RunSummary } from '../src/reminders/scheduler.js';

/**
 * The reminder job, run every minute by the scheduler (src/reminders/scheduler.ts, wired in
 * src/main.ts): delivers everything due since the last completed run (recorded in the store), so a
 * restart catches up what node-cron missed. Due within the grace window → sent, marked "(delayed)"
 * if late; older → skipped and logged. lastTickAt only moves when a run completes, so a crash
 * re-plans the same window and the ledger makes sure nothing confirmed is sent twice.
 *
 * A run is three steps: plan (pure, src/reminders/run-plan.ts), deliver (claim in the ledger, then
 * send through the transports) and checkpoint (the window's end, the audit cursor, ledger pruning).
 */

export interface DeliverDeps {
  store: Store;
  clock: Clock;
  /** The real time (default the system clock): pruning never goes past it, whatever a rehearsal clock says. */
  realClock?: Clock;
  log: Logger;
  /** `lang` (CWG_LANG): what conversations without a language of their own are reminded in (default en). */
  config: Pick<AppConfig, 'reminderGraceHours' | 'ledgerRetentionDays'> & Partial<Pick<AppConfig, 'lang' | 'reminderLeaseSeconds'>>;
  transports: readonly ReminderTransport[];
  options?: Partial<DeliverOptions>;
  /** Aborted when the process is shutting down: stop taking new messages. */
  signal?: AbortSignal;
  /**
   * The last completed run as the running process knows it (the scheduler keeps one). Idle runs
   * only write it to the store every `checkpointMs`, since every write rewrites the whole file;
   * after a restart the job re-plans at most that span, and the ledger keeps it from sending twice.
   */
  memory?: { lastTickAt?: Date };
  /** Takes the planned deliveries before they are sent (default: claimInLedger); returns the ones this run may send. */
  claim?: Claim;
  /**
   * The `reminders` lease shared by every process on the store (src/reminders/job-lease.ts): a run
   * without it sends nothing, and its delivery claims carry the holder. Absent: this process is alone.
   */
  lease?: JobLease;
  /** Reminders sent, failed and dead-lettered, and the scheduler's runs (GET /metrics); default: none. */
  metrics?: Metrics;
}

export interface DeliverOptions extends FanOutOptions {
  /** Later than this after its time, a message says "(delayed)". */
  delayedAfterMs: number;
  flushEvery: number;
  flushIntervalMs: number;
  /** How far back a first run after a long outage looks for what to report as skipped. */
  maxLookbackDays: number;
  /** An idle run records its end in the store only when the stored one is older than this. */
  checkpointMs: number;
  /** With a lease, deliveries are claimed about this much sending ahead (src/reminders/claim-batches.ts). */
  claimAheadMs: number;
}

export const DEFAULT_DELIVER: DeliverOptions = {
  ...DEFAULT_FAN_OUT,
  delayedAfterMs: 5 * 60_000,
  flushEvery: 100,
  flushIntervalMs: 500,
  maxLookbackDays: 31,
  checkpointMs: 10 * 60_000,
  claimAheadMs: DEFAULT_CLAIM_AHEAD_MS,
};

/**
 * The seam for delivery across processes: records that this run is about to send `plan.deliveries`
 * and returns those it may send. The default marks them intended in the one store; a lease or a
 * claim row per key goes here when several processes share the data.
 */
export type Claim = (store: Store, plan: RunPlan, log: Logger, claimant?: Claimant) => Promise<Delivery[]>;

export async function run(deps: DeliverDeps): Promise<RunSummary> {
  const o: DeliverOptions = { ...DEFAULT_DELIVER, ...deps.options };
  // Plan on what every process committed (a subscribe or an edit made through another bot or the CLI).
  await deps.store.refresh();
  if (deps.lease && !(await deps.lease.acquire())) {
    // Another process runs the job. Forget our window: when we take over, we start where the holder stopped.
    if (deps.memory) delete deps.memory.lastTickAt;
    return standby(deps.clock());
  }
  const stopSending = new AbortController();
  const unlisten = deps.lease?.onLost(() => stopSending.abort());
  const signal = deps.signal ? AbortSignal.any([deps.signal, stopSending.signal]) : stopSending.signal;
  try {
    return await runHolding({ ...deps, signal }, o);
  } finally {
    unlisten?.();
  }
}

/** The lease holds CWG_REMINDER_LEASE_SECONDS (default 60) and is renewed twice in that span. */
function leaseTiming(config: DeliverDeps['config']): { ttlMs: number; renewEveryMs: number } {
  if (!config.reminderLeaseSeconds) return DEFAULT_JOB_LEASE;
  const ttlMs = config.reminderLeaseSeconds * 1000;
  return { ttlMs, renewEveryMs: Math.round(ttlMs / 2) };
}

function standby(now: Date): RunSummary {
  const at = now.toISOString();
  return { from: at, to: at, planned: 0, sent: 0, alreadyDelivered: 0, skipped: 0, delayed: 0, failed: 0, gone: 0, completed: false, standby: true };
}

async function runHolding(deps: DeliverDeps, o: DeliverOptions): Promise<RunSummary> {
  const db = deps.store.read();
  const words = channelMessages(db, deps.config.lang);
  const plan = planRun({
    db,
    now: deps.clock(),
    platforms: new Set(deps.transports.map((t) => t.platform)),
    graceHours: deps.config.reminderGraceHours,
    options: o,
    ...(deps.memory?.lastTickAt ? { remembered: deps.memory.lastTickAt } : {}),
    msg: words.fallback,
    msgFor: words.of,
  });
  logPlan(plan, o, deps.log);
  const claimant = deps.lease ? { holder: deps.lease.state().self, realNow: (deps.realClock ?? systemClock)(), ttlMs: deps.lease.ttlMs } : undefined;
  const claimed: Delivery[] = [];
  const counts = { confirmed: 0, found: 0, dead: 0, gone: 0 };
  // Keys another live process still claims (it held the lease before us and stalled): the window
  // stays open, so once its claims lapse a later run takes them, with a history check.
  let heldElsewhere = 0;
  const perClaim = deps.lease ? channelsPerClaim(deps.transports, o.workspacePerSecond, o.claimAheadMs) : Number.POSITIVE_INFINITY;
  const batches = plan.deliveries.length ? channelBatches(plan.deliveries, perClaim) : [[]];
  let stoppedEarly = false;
  for (const [i, batch] of batches.entries()) {
    if (deps.signal?.aborted) break;
    const part = { ...plan, deliveries: batch, superseded: i === 0 ? plan.superseded : [] };
    const taken = await (deps.claim ?? claimInLedger)(deps.store, part, deps.log, claimant && { ...claimant, realNow: (deps.realClock ?? systemClock)() });
    if (claimant) heldElsewhere += heldByOthers(deps.store.read().ledger, batch, claimant.holder);
    const got = await deliver(taken, deps, o);
    for (const k of Object.keys(counts) as Array<keyof typeof counts>) counts[k] += got[k];
    claimed.push(...taken);
    // Stopped before its lease could run out: the rest stays claimed, and this window stays open for whoever runs next.
    if (got.stopped) {
      stoppedEarly = true;
      break;
    }
  }
  const completed = !deps.signal?.aborted && heldElsewhere === 0 && !stoppedEarly;
  if (completed) await checkpoint(plan, deps, o);
  const summary: RunSummary = {
    from: plan.planFrom.toISOString(),
    to: plan.now.toISOString(),
    planned: plan.planned.length,
    sent: counts.confirmed,
    alreadyDelivered: counts.found,
    skipped: plan.skipped.length,
    delayed: claimed.filter((d) => d.delayed).length,
    failed: counts.dead,
    gone: counts.gone,
    completed,
  };
  if (claimed.length || plan.skipped.length) deps.log.info('reminders run', { ...summary });
  return summary;
}

/**
 * The job as the scheduler runs it: the composition root hands this to startReminderScheduler. It
 * holds the `reminders` lease (a new one for this process unless given), so of several processes on
 * one store only one sends; the scheduler's stop releases it.
 */
export function reminderJob(deps: Omit<DeliverDeps, 'signal' | 'memory'>): SchedulerDeps {
  const lease =
    deps.lease ?? createJobLease(deps.store, { holder: newHolderId(), realClock: deps.realClock ?? systemClock, ...leaseTiming(deps.config) }, deps.log);
  return {
    clock: deps.clock,
    log: deps.log,
    job: (tick) => run({ ...deps, lease, signal: tick.signal, memory: tick.memory }),
    lease: () => lease.state(),
    // A lease taken over from a dead holder runs at once: its unconfirmed claims lapse with it.
    wake: (runNow) => lease.onTaken(runNow),
    stop: () => lease.stop(),
    failedDeliveries: () => deps.store.read().reminders.deadLetters?.length ?? 0,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  };
}

/**
 * Default claim: claim every planned delivery in the ledger (one winner per key across processes,
 * src/reminders/ledger.ts claimDeliveries), drop superseded retries, take the retries into this run.
 */
export const claimInLedger: Claim = async (store, plan, log, claimant) => {
  const { deliveries, superseded } = plan;
  if (!deliveries.length && !superseded.length) return deliveries;
  return store.update((draft) => {
    const taken = claimDeliveries(draft, deliveries, plan.now, claimant);
    if (superseded.length) {
      draft.reminders.deadLetters = (draft.reminders.deadLetters ?? []).filter((x) => !superseded.includes(x.key));
      for (const key of superseded) log.info('failed delivery no longer applies (item changed, or channel unsubscribed); dropped', { key });
    }
    // Only the retries taken into this run: one asked for meanwhile waits for the next.
    const keys = new Set(taken.map((d) => d.key));
    for (const x of draft.reminders.deadLetters ?? []) if (keys.has(x.key)) delete x.retryRequestedAt;
    return taken;
  });
};

/** Sends the claimed deliveries through their platform's transport and records each outcome in the ledger. */
export async function deliver(deliveries: readonly Delivery[], deps: DeliverDeps, o: DeliverOptions) {
  const { log } = deps;
  const writer = createOutcomeWriter(deps.store, deps.clock, log, o);
  const byPlatform = new Map(deps.transports.map((t) => [t.platform, t]));
  const guard = guardMassUnsubscribe(
    deliveries,
    (x) => {
      if (x.kind === 'dead') deps.metrics?.reminderDeadLettered(x.delivery.sub.conversation.platform);
      writer.report(x);
    },
    log,
  );
  const lease = deps.lease;
  // A send starts only while the lease has a third of its span left (15 s at most): time for the post to land
  // before another process could take the claims over and look for it in the channel.
  const margin = lease ? Math.min(lease.ttlMs / 3, 15_000) : 0;
  const fanOutOpts = {
    options: o,
    log,
    ...(deps.signal ? { signal: deps.signal } : {}),
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    ...(lease ? { mayStillSend: () => lease.holdsFor(margin) } : {}),
  };
  const { stopped } = await fanOut(
    deliveries,
    (p) => byPlatform.get(p),
    (x) => guard.report(x),
    fanOutOpts,
  );
  guard.finish();
  await writer.close();
  return { ...writer.counts, stopped };
}

/** A completed run records where it ended (when not idle, or when the stored one is old), moves the audit cursor and prunes the ledger. */
export async function checkpoint(plan: RunPlan, deps: DeliverDeps, o: Pick<DeliverOptions, 'checkpointMs'>): Promise<void> {
  const { now, stored } = plan;
  if (deps.memory) deps.memory.lastTickAt = now;
  const checkpointDue = !stored || plan.clockWentBack !== undefined || now.getTime() - stored.getTime() >= o.checkpointMs;
  if (isIdle(plan) && !checkpointDue) return;
  const lastEntry = plan.entries.at(-1);
  await deps.store.update((draft) => {
    draft.reminders.lastTickAt = now.toISOString();
    if (lastEntry) {
      draft.reminders.auditCursor = lastEntry.id;
      draft.reminders.auditCursorAt = lastEntry.at;
    } else if (plan.firstRun) {
      draft.reminders.auditCursorAt = now.toISOString();
    }
    const pruned = pruneLedger(draft, now, deps.config.ledgerRetentionDays, (deps.realClock ?? systemClock)());
    if (pruned) deps.log.info('pruned old delivery records', { count: pruned });
  });
}

function logPlan(plan: RunPlan, o: DeliverOptions, log: Logger): void {
  if (plan.clockWentBack)
    log.warn('the clock is before the last reminder run; planning from now', {
      lastRun: plan.clockWentBack.lastRun.toISOString(),
      now: plan.now.toISOString(),
    });
  if (plan.planFrom > plan.from) {
    log.warn(
      `reminder skipped: everything due before ${plan.planFrom.toISOString()} (the bot was not running since the last run; not listed one by one past ${o.maxLookbackDays} days)`,
      { lastRun: plan.from.toISOString() },
    );
  }
  logSkipped(plan.skipped, plan.now.getTime() - plan.skipBefore, log);
}

function logSkipped(skipped: readonly PlannedDelivery[], graceMs: number, log: Logger): void {
  if (!skipped.length) return;
  const ago = graceMs >= 3_600_000 ? `${graceMs / 3_600_000} h` : `${Math.round(graceMs / 60_000)} min`;
  for (const p of skipped.slice(0, 50)) {
    log.warn(`reminder skipped: due more than ${ago} ago (the bot was not running; CWG_REMINDER_GRACE_HOURS)`, { key: p.key, dueAt: p.dueAt.toISOString() });
  }
  if (skipped.length > 50) log.warn(`…and ${skipped.length - 50} more reminders skipped for the same reason`);
}
