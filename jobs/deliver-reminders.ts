import type { Clock } from '../src/clock.js';
import type { AppConfig } from '../src/config.js';
import { messagesFor } from '../src/i18n/index.js';
import type { Logger } from '../src/log.js';
import type { Metrics } from '../src/metrics/metrics.js';
import { DEFAULT_FAN_OUT, type Delivery, type FanOutOptions, fanOut, type Outcome } from '../src/reminders/fan-out.js';
import { createOutcomeWriter, ledgerIndex, markIntended, pruneLedger } from '../src/reminders/ledger.js';
import { buildMessage } from '../src/reminders/message.js';
import { entriesAfter, planNotices } from '../src/reminders/notices.js';
import { type PlannedDelivery, planReminders } from '../src/reminders/plan.js';
import type { Subscription } from '../src/reminders/schema.js';
import type { ReminderTransport } from '../src/reminders/transport.js';
import type { Store } from '../src/store/store.js';

/**
 * The reminder job, run every minute by src/reminders/scheduler.ts: delivers everything due since
 * the last completed run (recorded in the store), so a restart catches up what node-cron missed.
 * Due within the grace window → sent, marked "(delayed)" if late; older → skipped and logged.
 * lastTickAt only moves when a run completes, so a crash re-plans the same window and the
 * ledger makes sure nothing confirmed is sent twice.
 */

export interface DeliverDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  config: Pick<AppConfig, 'reminderGraceHours' | 'ledgerRetentionDays'>;
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
}

export const DEFAULT_DELIVER: DeliverOptions = { ...DEFAULT_FAN_OUT, delayedAfterMs: 5 * 60_000, flushEvery: 100, flushIntervalMs: 500, maxLookbackDays: 31, checkpointMs: 10 * 60_000 };

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
}

export async function run(deps: DeliverDeps): Promise<RunSummary> {
  const { store, log } = deps;
  const o: DeliverOptions = { ...DEFAULT_DELIVER, ...deps.options };
  const now = deps.clock();
  const db = store.read();
  const state = db.reminders;
  const graceMs = deps.config.reminderGraceHours * 3_600_000;
  // The grace window is for catching up after downtime: a reminder no later than an ordinary run's lag
  // ("delayedAfterMs") is on time and always goes, even with a grace of 0.
  const skipBefore = now.getTime() - Math.max(graceMs, o.delayedAfterMs);
  const stored = state.lastTickAt ? new Date(state.lastTickAt) : undefined;
  const remembered = deps.memory?.lastTickAt;
  let last = stored && remembered ? (stored > remembered ? stored : remembered) : (stored ?? remembered);
  // The clock is before the last run (a CWG_NOW rehearsal on a data file used in real time):
  // start from now; the ledger still keeps anything from being sent twice.
  const clockWentBack = !!last && last > now;
  if (clockWentBack) {
    log.warn('the clock is before the last reminder run; planning from now', { lastRun: last!.toISOString(), now: now.toISOString() });
    last = now;
  }
  const from = last ?? now;
  const planFrom = new Date(Math.max(from.getTime(), now.getTime() - o.maxLookbackDays * 86_400_000));
  if (planFrom > from) {
    log.warn(`reminder skipped: everything due before ${planFrom.toISOString()} (the bot was not running since the last run; not listed one by one past ${o.maxLookbackDays} days)`, { lastRun: from.toISOString() });
  }
  const platforms = new Set(deps.transports.map((t) => t.platform));
  const subs = db.subscriptions.filter((s) => platforms.has(s.conversation.platform));
  const subById = new Map(db.subscriptions.map((s) => [s.id, s]));

  // Notices: audit entries since the cursor (a first run looks back over the grace window only).
  const firstRun = !state.auditCursor && !state.auditCursorAt;
  const entries = firstRun
    ? db.audit.filter((e) => new Date(e.at).getTime() >= (last ? from.getTime() : now.getTime() - graceMs))
    : entriesAfter(db.audit, { ...(state.auditCursor ? { id: state.auditCursor } : {}), ...(state.auditCursorAt ? { at: state.auditCursorAt } : {}) });
  const planned = [...planNotices(entries, subs, db.items), ...planReminders(db.items, subs, { from: planFrom, to: now }), ...planMovedEarlier(subs, planFrom)];

  /**
   * A channel that moved its delivery time earlier (or changed zone or offsets) since the last run
   * may now have reminders whose time today is already behind it although their old time was still
   * ahead: look back over the day before the change (within the grace window); the ledger drops
   * whatever was already sent, the rest goes out marked "(delayed)".
   */
  function planMovedEarlier(all: readonly Subscription[], before: Date): PlannedDelivery[] {
    const changed = all.filter((s) => s.updatedAt && Date.parse(s.updatedAt) > from.getTime() && Date.parse(s.updatedAt) <= now.getTime());
    return changed.flatMap((s) => {
      const lookFrom = Math.max(Date.parse(s.createdAt), Date.parse(s.updatedAt!) - 86_400_000, skipBefore);
      return lookFrom < before.getTime() ? planReminders(db.items, [s], { from: new Date(lookFrom), to: before }) : [];
    });
  }

  const ledger = ledgerIndex(db.ledger);
  const msg = messagesFor();
  const deliveries: Delivery[] = [];
  const skipped: PlannedDelivery[] = [];
  // One reminder to many channels: build its text once per zone and filter, not once per channel.
  const built = new Map<string, ReturnType<typeof buildMessage>>();
  const toDelivery = (p: PlannedDelivery, sub: Subscription, retry: boolean): Delivery | undefined => {
    const entry = ledger.get(p.key);
    const delayed = now.getTime() - p.dueAt.getTime() > o.delayedAfterMs;
    const cacheKey = JSON.stringify([p.due, p.dueAt.getTime(), delayed, sub.tz, sub.scope, sub.tags, sub.actors]);
    if (!built.has(cacheKey)) built.set(cacheKey, buildMessage(p.key, p.due, p.dueAt, { items: db.items, audit: db.audit, sub, now, msg, delayed }));
    const template = built.get(cacheKey);
    if (!template) return undefined;
    const message = { ...template, key: p.key };
    return { key: p.key, sub, due: p.due, dueAt: p.dueAt, message, delayed, needsCheck: entry?.state === 'intended' || (retry && !!entry), intendedAt: entry ? new Date(entry.intendedAt) : now };
  };
  for (const p of planned) {
    const state = ledger.get(p.key)?.state;
    if (state && state !== 'intended') continue;
    if (p.dueAt.getTime() < skipBefore) {
      skipped.push(p);
      continue;
    }
    const d = toDelivery(p, subById.get(p.subscriptionId)!, false);
    if (d) deliveries.push(d);
  }
  // Failed deliveries the secretariat asked to retry.
  const superseded: string[] = [];
  for (const letter of state.deadLetters ?? []) {
    if (!letter.retryRequestedAt) continue;
    const sub = subById.get(letter.subscriptionId);
    if (sub && !platforms.has(sub.conversation.platform)) continue; // that platform is not running here: keep it
    const d = sub ? toDelivery({ key: letter.key, subscriptionId: letter.subscriptionId, due: letter.due, dueAt: new Date(letter.dueAt) }, sub, true) : undefined;
    if (d) deliveries.push(d);
    else superseded.push(letter.key);
  }
  logSkipped(skipped, now.getTime() - skipBefore, log);

  if (deliveries.length || superseded.length) {
    await store.update((draft) => {
      markIntended(draft, deliveries, now);
      if (superseded.length) {
        draft.reminders.deadLetters = (draft.reminders.deadLetters ?? []).filter((x) => !superseded.includes(x.key));
        for (const key of superseded) log.info('failed delivery no longer applies (item changed, or channel unsubscribed); dropped', { key });
      }
      // Only the retries taken into this run: one asked for meanwhile waits for the next.
      const taken = new Set(deliveries.map((d) => d.key));
      for (const x of draft.reminders.deadLetters ?? []) if (taken.has(x.key)) delete x.retryRequestedAt;
    });
  }
  const writer = createOutcomeWriter(store, deps.clock, log, o);
  const byPlatform = new Map(deps.transports.map((t) => [t.platform, t]));
  const guard = guardMassUnsubscribe(deliveries, (x) => {
    if (x.kind === 'dead') deps.metrics?.reminderDeadLettered(x.delivery.sub.conversation.platform);
    writer.report(x);
  }, log);
  const fanOutOpts = { options: o, log, ...(deps.signal ? { signal: deps.signal } : {}), ...(deps.metrics ? { metrics: deps.metrics } : {}) };
  await fanOut(deliveries, (p) => byPlatform.get(p), (x) => guard.report(x), fanOutOpts);
  guard.finish();
  await writer.close();

  const completed = !deps.signal?.aborted;
  const lastEntry = entries.at(-1);
  const idle = !deliveries.length && !superseded.length && !lastEntry && !(firstRun && !stored);
  const checkpointDue = !stored || clockWentBack || now.getTime() - stored.getTime() >= o.checkpointMs;
  if (completed && deps.memory) deps.memory.lastTickAt = now;
  if (completed && (!idle || checkpointDue)) {
    await store.update((draft) => {
      draft.reminders.lastTickAt = now.toISOString();
      if (lastEntry) {
        draft.reminders.auditCursor = lastEntry.id;
        draft.reminders.auditCursorAt = lastEntry.at;
      } else if (firstRun) {
        draft.reminders.auditCursorAt = now.toISOString();
      }
      const pruned = pruneLedger(draft, now, deps.config.ledgerRetentionDays);
      if (pruned) log.info('pruned old delivery records', { count: pruned });
    });
  }
  const c = writer.counts;
  const summary: RunSummary = {
    from: planFrom.toISOString(),
    to: now.toISOString(),
    planned: planned.length,
    sent: c.confirmed,
    alreadyDelivered: c.found,
    skipped: skipped.length,
    delayed: deliveries.filter((d) => d.delayed).length,
    failed: c.dead,
    gone: c.gone,
    completed,
  };
  if (deliveries.length || skipped.length) log.info('reminders run', { ...summary });
  return summary;
}

/**
 * A wrong token or workspace makes every channel answer "channel_not_found". Losses are held until
 * the run ends: when more than 5 channels and a fifth of this run's were lost, none is unsubscribed
 * and they are kept as failed deliveries for the secretariat to look at instead.
 */
function guardMassUnsubscribe(deliveries: readonly Delivery[], report: (o: Outcome) => void, log: Logger) {
  const channels = new Set(deliveries.map((d) => d.sub.id)).size;
  const held: Array<Extract<Outcome, { kind: 'gone' }>> = [];
  return {
    report(o: Outcome) {
      if (o.kind === 'gone') held.push(o);
      else report(o);
    },
    finish() {
      const lost = new Set(held.map((o) => o.delivery.sub.id)).size;
      const suspicious = lost > Math.max(5, channels / 5);
      if (suspicious) log.error('too many channels refused reminders in one run; not unsubscribing them (check the bot token and workspace)', { channels: lost });
      for (const o of held) {
        report(suspicious ? { kind: 'dead', delivery: o.delivery, attempts: 1, error: `${o.error} (not unsubscribed: ${lost} channels refused at once)` } : o);
      }
    },
  };
}

function logSkipped(skipped: readonly PlannedDelivery[], graceMs: number, log: Logger): void {
  if (!skipped.length) return;
  const ago = graceMs >= 3_600_000 ? `${graceMs / 3_600_000} h` : `${Math.round(graceMs / 60_000)} min`;
  for (const p of skipped.slice(0, 50)) {
    log.warn(`reminder skipped: due more than ${ago} ago (the bot was not running; CWG_REMINDER_GRACE_HOURS)`, { key: p.key, dueAt: p.dueAt.toISOString() });
  }
  if (skipped.length > 50) log.warn(`…and ${skipped.length - 50} more reminders skipped for the same reason`);
}
