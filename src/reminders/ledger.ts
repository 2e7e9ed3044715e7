import type { Logger } from '../log.js';
import type { Db } from '../store/db-schema.js';
import type { Store } from '../store/store.js';
import type { Delivery, Outcome } from './fan-out.js';
import type { DeadLetter, LedgerEntry } from '../store/reminders-schema.js';

/**
 * The delivery ledger in the store. Each `store.update` validates and rewrites the whole file,
 * so writes are batched: a whole tick's deliveries are marked intended in one update, outcomes
 * are confirmed in batches (every `flushEvery` outcomes or `flushIntervalMs`). A crash loses at
 * most the unflushed confirmations; those keys stay `intended` and are checked on the platform
 * (findDelivered) before anything is sent again.
 */

export function ledgerIndex(ledger: readonly LedgerEntry[]): Map<string, LedgerEntry> {
  return new Map(ledger.map((e) => [e.key, e]));
}

/** Who claims deliveries, and until when (REAL time: a rehearsal clock never outlives a production claim). */
export interface Claimant {
  holder: string;
  /** The real time now. */
  realNow: Date;
  /** How long a claim holds unless renewed; past it, another process may take it over. */
  ttlMs: number;
}

/**
 * Claims deliveries in the draft (inside `store.update`, so across processes exactly one claimant
 * wins each key) and returns those this claimant may send, in order. A key is taken when it has no
 * entry, is dead and being retried, is `intended` by this holder, or is `intended` by a holder whose
 * claim lapsed (it died between claiming and confirming): those come back with `needsCheck`, so the
 * channel history is searched before anything is sent again. A key confirmed or gone meanwhile,
 * or held by another live claim, is left alone. Without a claimant (one process), all are taken.
 */
export function claimDeliveries(draft: Db, deliveries: readonly Delivery[], at: Date, claimant?: Claimant): Delivery[] {
  const index = ledgerIndex(draft.ledger);
  const until = claimant ? new Date(claimant.realNow.getTime() + claimant.ttlMs).toISOString() : undefined;
  const taken: Delivery[] = [];
  for (const d of deliveries) {
    let entry = index.get(d.key);
    if (entry?.state === 'confirmed' || entry?.state === 'gone') continue;
    let delivery = d;
    if (entry?.state === 'intended' && claimant && entry.holder && entry.holder !== claimant.holder) {
      if (entry.leaseUntil && Date.parse(entry.leaseUntil) > claimant.realNow.getTime()) continue;
      delivery = { ...d, needsCheck: true, intendedAt: new Date(entry.intendedAt) };
    }
    if (entry) {
      entry.state = 'intended';
    } else {
      entry = { key: d.key, subscriptionId: d.sub.id, state: 'intended', dueAt: d.dueAt.toISOString(), intendedAt: at.toISOString() };
      if (d.delayed) entry.delayed = true;
      draft.ledger.push(entry);
      index.set(d.key, entry);
    }
    if (claimant && until) {
      entry.holder = claimant.holder;
      entry.leaseUntil = until;
    }
    taken.push(delivery);
  }
  return taken;
}

/** Marks deliveries intended (new entries, or dead ones being retried), in the draft; one process, no claimant. */
export function markIntended(draft: Db, deliveries: readonly Delivery[], at: Date): void {
  claimDeliveries(draft, deliveries, at);
}

/** Extends this holder's open claims (a long fan-out outlives one TTL); returns how many. */
export function renewClaims(draft: Db, holder: string, until: Date): number {
  let n = 0;
  for (const e of draft.ledger) {
    if (e.state === 'intended' && e.holder === holder) {
      e.leaseUntil = until.toISOString();
      n++;
    }
  }
  return n;
}

export function applyOutcomes(draft: Db, outcomes: readonly Outcome[], at: Date, log: Logger): void {
  const index = ledgerIndex(draft.ledger);
  const dead = new Map((draft.reminders.deadLetters ?? []).map((x) => [x.key, x]));
  const goneSubs = new Set<string>();
  for (const o of outcomes) {
    const d = o.delivery;
    let entry = index.get(d.key);
    if (!entry) {
      entry = { key: d.key, subscriptionId: d.sub.id, state: 'intended', dueAt: d.dueAt.toISOString(), intendedAt: at.toISOString() };
      draft.ledger.push(entry);
      index.set(d.key, entry);
    }
    delete entry.holder;
    delete entry.leaseUntil;
    if (o.kind === 'confirmed') {
      entry.state = 'confirmed';
      entry.confirmedAt = at.toISOString();
      if (o.ref) entry.ref = o.ref.slice(0, 200);
      dead.delete(d.key);
    } else if (o.kind === 'dead') {
      entry.state = 'dead';
      const letter: DeadLetter = {
        key: d.key,
        subscriptionId: d.sub.id,
        conversation: d.sub.conversation,
        due: d.due,
        dueAt: d.dueAt.toISOString(),
        attempts: (dead.get(d.key)?.attempts ?? 0) + o.attempts,
        error: o.error.slice(0, 500),
        failedAt: at.toISOString(),
      };
      dead.set(d.key, letter);
      log.error('reminder delivery failed; kept in the failed-deliveries list ("/cwg deliveries failed")', {
        key: d.key,
        attempts: letter.attempts,
        error: letter.error,
      });
    } else {
      entry.state = 'gone';
      entry.confirmedAt = at.toISOString();
      dead.delete(d.key);
      goneSubs.add(d.sub.id);
    }
  }
  if (goneSubs.size) {
    draft.subscriptions = draft.subscriptions.filter((s) => {
      if (!goneSubs.has(s.id)) return true;
      log.warn('the bot can no longer post in this conversation; unsubscribed it', { subscription: s.id, name: s.conversation.name });
      return false;
    });
  }
  draft.reminders.deadLetters = [...dead.values()];
}

/**
 * Drops delivery records and failed deliveries older than the retention period. The period is
 * counted back from the earlier of the bot's clock and the real time, so a rehearsal clock far in the
 * future (CWG_NOW=9999-…) never empties the ledger; and a record whose delivery is due inside the
 * period (or later) is kept whatever its age, because it is what stops that reminder being sent twice.
 */
export function pruneLedger(draft: Db, now: Date, retentionDays: number, realNow: Date = now): number {
  const from = Math.min(now.getTime(), realNow.getTime());
  const cutoff = new Date(from - retentionDays * 86_400_000).toISOString();
  const before = draft.ledger.length;
  // Failed entries go with their dead letter (below); anything else old enough goes, including
  // `intended` ones whose channel unsubscribed before they could be sent.
  draft.ledger = draft.ledger.filter((e) => e.state === 'dead' || (e.confirmedAt ?? e.intendedAt) >= cutoff || e.dueAt >= cutoff);
  const keptDead = (draft.reminders.deadLetters ?? []).filter((x) => x.failedAt >= cutoff);
  const droppedDead = new Set((draft.reminders.deadLetters ?? []).filter((x) => x.failedAt < cutoff).map((x) => x.key));
  if (droppedDead.size) draft.ledger = draft.ledger.filter((e) => !droppedDead.has(e.key));
  draft.reminders.deadLetters = keptDead;
  return before - draft.ledger.length;
}

/** Collects outcomes and writes them in batches; `close()` writes the rest. */
export function createOutcomeWriter(store: Store, clock: () => Date, log: Logger, opts: { flushEvery: number; flushIntervalMs: number }) {
  let pending: Outcome[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  const counts = { confirmed: 0, found: 0, dead: 0, gone: 0 };
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending.length) return writing;
    const batch = pending;
    pending = [];
    writing = writing
      .then(() => store.update((draft) => applyOutcomes(draft, batch, clock(), log)))
      .catch((err) => {
        log.error('could not record delivery outcomes; they will be checked on the platform at the next run', { error: String(err) });
      });
    return writing;
  };
  return {
    counts,
    report(o: Outcome) {
      if (o.kind === 'confirmed') counts[o.found ? 'found' : 'confirmed']++;
      else counts[o.kind]++;
      pending.push(o);
      if (pending.length >= opts.flushEvery) void flush();
      else if (!timer) timer = setTimeout(() => void flush(), opts.flushIntervalMs);
    },
    close: flush,
  };
}

/** How many of these deliveries another live holder has claimed (the run cannot complete while they are held). */
export function heldByOthers(ledger: readonly LedgerEntry[], deliveries: readonly Delivery[], self: string): number {
  const index = ledgerIndex(ledger);
  return deliveries.filter((d) => {
    const e = index.get(d.key);
    return e?.state === 'intended' && e.holder !== undefined && e.holder !== self;
  }).length;
}
