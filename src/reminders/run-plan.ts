import type { Messages } from '../i18n/index.js';
import type { AuditEntry } from '../store/audit-schema.js';
import type { Db } from '../store/db-schema.js';
import type { Subscription } from '../store/reminders-schema.js';
import type { Delivery } from './fan-out.js';
import { ledgerIndex } from './ledger.js';
import { buildMessage } from './message.js';
import { entriesAfter, planNotices } from './notices.js';
import { type PlannedDelivery, planReminders } from './plan.js';

/**
 * The planning step of a reminder run, a pure function of (data, now): which window to cover,
 * what is due in it, what goes out now, what is too old and is skipped, which failed deliveries
 * the secretariat asked to retry. jobs/deliver-reminders.ts then claims, delivers and checkpoints.
 */

export interface RunPlanOptions {
  /** Later than this after its time, a message says "(delayed)". */
  delayedAfterMs: number;
  /** How far back a first run after a long outage looks for what to report as skipped. */
  maxLookbackDays: number;
}

export interface RunPlanInput {
  db: Db;
  now: Date;
  /** Platforms with a transport in this process: other platforms' subscriptions are left alone. */
  platforms: ReadonlySet<string>;
  graceHours: number;
  options: RunPlanOptions;
  /** The last completed run as the running process remembers it (may be newer than the stored one). */
  remembered?: Date;
  /** The default words (CWG_LANG's): for conversations without a language of their own. */
  msg: Messages;
  /** Each conversation's words, by subscription id (default: `msg` for all); see src/reminders/channel-language.ts. */
  msgFor?: (subscriptionId: string) => Messages;
}

export interface RunPlan {
  now: Date;
  /** The stored last completed run, if any. */
  stored?: Date;
  /** Where the window starts (the last run, or now on a first run). */
  from: Date;
  /** `from`, but at most maxLookbackDays back. */
  planFrom: Date;
  /** The clock reads before the last run (a CWG_NOW rehearsal on a file used in real time): planned from now. */
  clockWentBack?: { lastRun: Date };
  /** Before this instant, due messages are skipped instead of sent late. */
  skipBefore: number;
  firstRun: boolean;
  /** Audit entries the notices were planned from; the last one becomes the cursor. */
  entries: readonly AuditEntry[];
  planned: readonly PlannedDelivery[];
  /** To send now, in plan order, retries last. */
  deliveries: Delivery[];
  /** Due too long ago (grace window): logged, never sent. */
  skipped: PlannedDelivery[];
  /** Failed deliveries whose retry no longer applies (item changed, channel unsubscribed): dropped. */
  superseded: string[];
}

export function planRun(input: RunPlanInput): RunPlan {
  const { db, now, platforms, options: o, msg } = input;
  const state = db.reminders;
  const graceMs = input.graceHours * 3_600_000;
  // The grace window is for catching up after downtime: a reminder no later than an ordinary run's lag
  // ("delayedAfterMs") is on time and always goes, even with a grace of 0.
  const skipBefore = now.getTime() - Math.max(graceMs, o.delayedAfterMs);
  const stored = state.lastTickAt ? new Date(state.lastTickAt) : undefined;
  const remembered = input.remembered;
  let last = stored && remembered ? (stored > remembered ? stored : remembered) : (stored ?? remembered);
  const clockWentBack = last && last > now ? { lastRun: last } : undefined;
  if (clockWentBack) last = now;
  const from = last ?? now;
  const planFrom = new Date(Math.max(from.getTime(), now.getTime() - o.maxLookbackDays * 86_400_000));
  const subs = db.subscriptions.filter((s) => platforms.has(s.conversation.platform));
  const subById = new Map(db.subscriptions.map((s) => [s.id, s]));

  // Notices: audit entries since the cursor (a first run looks back over the grace window only).
  const firstRun = !state.auditCursor && !state.auditCursorAt;
  const entries = firstRun
    ? db.audit.filter((e) => new Date(e.at).getTime() >= (last ? from.getTime() : now.getTime() - graceMs))
    : entriesAfter(db.audit, { ...(state.auditCursor ? { id: state.auditCursor } : {}), ...(state.auditCursorAt ? { at: state.auditCursorAt } : {}) });

  /**
   * A channel that moved its delivery time earlier (or changed zone or offsets) since the last run
   * may now have reminders whose time today is already behind it although their old time was still
   * ahead: look back over the day before the change (within the grace window); the ledger drops
   * whatever was already sent, the rest goes out marked "(delayed)".
   */
  const movedEarlier = (all: readonly Subscription[], before: Date): PlannedDelivery[] => {
    const changed = all.filter((s) => s.updatedAt && Date.parse(s.updatedAt) > from.getTime() && Date.parse(s.updatedAt) <= now.getTime());
    return changed.flatMap((s) => {
      const lookFrom = Math.max(Date.parse(s.createdAt), Date.parse(s.updatedAt!) - 86_400_000, skipBefore);
      return lookFrom < before.getTime() ? planReminders(db.items, [s], { from: new Date(lookFrom), to: before }, subs) : [];
    });
  };
  const planned = [...planNotices(entries, subs, db.items), ...planReminders(db.items, subs, { from: planFrom, to: now }), ...movedEarlier(subs, planFrom)];

  const ledger = ledgerIndex(db.ledger);
  const deliveries: Delivery[] = [];
  const skipped: PlannedDelivery[] = [];
  // One reminder to many channels: build its text once per zone and filter, not once per channel.
  const built = new Map<string, ReturnType<typeof buildMessage>>();
  const toDelivery = (p: PlannedDelivery, sub: Subscription, retry: boolean): Delivery | undefined => {
    const entry = ledger.get(p.key);
    const delayed = now.getTime() - p.dueAt.getTime() > o.delayedAfterMs;
    const words = input.msgFor?.(sub.id) ?? msg;
    const cacheKey = JSON.stringify([p.due, p.dueAt.getTime(), delayed, sub.tz, sub.scope, sub.tags, sub.actors, words.lang]);
    if (!built.has(cacheKey)) built.set(cacheKey, buildMessage(p.key, p.due, p.dueAt, { items: db.items, audit: db.audit, sub, now, msg: words, delayed }));
    const template = built.get(cacheKey);
    if (!template) return undefined;
    const message = { ...template, key: p.key };
    return {
      key: p.key,
      sub,
      due: p.due,
      dueAt: p.dueAt,
      message,
      delayed,
      needsCheck: entry?.state === 'intended' || (retry && !!entry),
      intendedAt: entry ? new Date(entry.intendedAt) : now,
    };
  };
  for (const p of planned) {
    const ledgerState = ledger.get(p.key)?.state;
    if (ledgerState && ledgerState !== 'intended') continue;
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
    const d = sub
      ? toDelivery({ key: letter.key, subscriptionId: letter.subscriptionId, due: letter.due, dueAt: new Date(letter.dueAt) }, sub, true)
      : undefined;
    if (d) deliveries.push(d);
    else superseded.push(letter.key);
  }
  return {
    now,
    ...(stored ? { stored } : {}),
    from,
    planFrom,
    ...(clockWentBack ? { clockWentBack } : {}),
    skipBefore,
    firstRun,
    entries,
    planned,
    deliveries,
    skipped,
    superseded,
  };
}

/** Nothing to send and nothing new in the audit log: the checkpoint may wait (every write rewrites the file). */
export function isIdle(plan: RunPlan): boolean {
  return !plan.deliveries.length && !plan.superseded.length && !plan.entries.length && !(plan.firstRun && !plan.stored);
}
