import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import { currentLease, releaseLease, takeLease } from '../store/leases.js';
import type { Store } from '../store/store.js';
import { renewClaims } from './ledger.js';

/**
 * Only one process runs the reminder job on a store: the lease `reminders`, held by a process id
 * (`host:pid:random`) until a REAL time. Every process with reminder transports runs a keeper: the
 * holder renews the lease (and its open delivery claims) every `renewEveryMs`; the others check the
 * lease with one read and write only when it has lapsed, then take it. So when the holder dies,
 * another running process takes over within `ttlMs + renewEveryMs` (90 s by default), and a clean
 * shutdown releases the lease for the next one at once.
 */

export const REMINDER_LEASE = 'reminders';

export interface JobLeaseOptions {
  holder: string;
  /** The real time, never a rehearsal clock. */
  realClock: Clock;
  ttlMs: number;
  renewEveryMs: number;
}

export const DEFAULT_JOB_LEASE = { ttlMs: 60_000, renewEveryMs: 30_000 };

export interface LeaseState {
  /** This process's id as a lease holder. */
  self: string;
  /** Whether this process runs the reminder job now. */
  holding: boolean;
  /** Who holds the lease, and until when (as last seen). */
  holder?: string;
  until?: string;
}

export interface JobLease {
  /** How long the lease and this holder's delivery claims hold without renewal. */
  readonly ttlMs: number;
  /** Takes or renews the lease now (refreshing the store first); true when this process holds it. */
  acquire(): Promise<boolean>;
  /** Whether this process held the lease at its last check and it has not run out since. */
  holding(): boolean;
  /** Whether it holds the lease for at least `ms` more (by its last renewal): time for a post to land before a takeover. */
  holdsFor(ms: number): boolean;
  /** Called when a held lease is lost (another process took it): the running job should stop sending. */
  onLost(listener: () => void): () => void;
  /**
   * Called when the keeper's own check takes the lease (its holder died or stopped): the scheduler
   * runs the job at once instead of at the next minute, so a takeover resumes within the lease.
   */
  onTaken(listener: () => void): () => void;
  state(): LeaseState;
  /** Stops renewing and releases the lease. */
  stop(): Promise<void>;
}

export function createJobLease(store: Store, opts: JobLeaseOptions, log: Logger): JobLease {
  let until = 0;
  let seen: { holder: string; until: string } | undefined;
  let stopped = false;
  const listeners = new Set<() => void>();
  const takenListeners = new Set<() => void>();
  const holding = () => !stopped && until > opts.realClock().getTime();
  const acquire = async (): Promise<boolean> => {
    if (stopped) return false;
    const wasHolding = holding();
    await store.refresh();
    const now = opts.realClock();
    const other = currentLease(store.read(), REMINDER_LEASE, now);
    if (other && other.holder !== opts.holder) {
      // Someone else runs the job: no write, just remember it.
      seen = other;
      until = 0;
    } else {
      const lease = await store.update((draft) => {
        // Stopped while this renewal waited for the store: never take the lease back after its release.
        if (stopped) return draft.leases[REMINDER_LEASE];
        const taken = takeLease(draft, REMINDER_LEASE, opts.holder, now, opts.ttlMs);
        if (taken) renewClaims(draft, opts.holder, new Date(taken.until));
        return taken ?? draft.leases[REMINDER_LEASE];
      });
      seen = lease;
      until = lease?.holder === opts.holder ? Date.parse(lease.until) : 0;
      if (!wasHolding && until) log.info('reminders: this process now runs the reminder job', { holder: opts.holder, until: lease?.until });
    }
    if (wasHolding && !holding()) {
      log.warn('reminders: another process took over the reminder job', { holder: seen?.holder });
      for (const l of listeners) l();
    }
    return holding();
  };
  let inflight: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    const was = holding();
    inflight = acquire().then(
      (now) => {
        if (now && !was) for (const l of takenListeners) l();
      },
      (err: unknown) => log.warn('reminders: could not renew the reminder lease', { error: String(err) }),
    );
  }, opts.renewEveryMs);
  timer.unref();
  return {
    ttlMs: opts.ttlMs,
    acquire,
    holding,
    holdsFor: (ms) => !stopped && until - opts.realClock().getTime() > ms,
    onLost(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onTaken(listener) {
      takenListeners.add(listener);
      return () => takenListeners.delete(listener);
    },
    state: () => ({ self: opts.holder, holding: holding(), ...(seen ? { holder: seen.holder, until: seen.until } : {}) }),
    async stop() {
      clearInterval(timer);
      stopped = true;
      // A renewal may be on its way to the store: let it finish (it writes nothing now), then release ours.
      await inflight.catch(() => {});
      const ours = store.read().leases[REMINDER_LEASE]?.holder === opts.holder || until > 0;
      if (ours)
        await store
          .update((draft) => void releaseLease(draft, REMINDER_LEASE, opts.holder))
          .catch((err: unknown) => log.warn('reminders: could not release the lease', { error: String(err) }));
    },
  };
}
