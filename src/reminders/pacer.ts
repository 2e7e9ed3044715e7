/**
 * Real-time pacing for fan-out (wall-clock waiting, not the calendar clock): at most one send per
 * `intervalMs` for each key (Slack: about one message per second per channel), and at most
 * `perSecond` sends overall (the workspace-wide limit). Slots are reserved, so concurrent callers
 * never share one.
 */
export interface Pacer {
  /** Resolves when a send to `key` may start. */
  take(key: string): Promise<void>;
  /**
   * The send to `key` finished: the next one waits a full interval from now, so network delay
   * can never squeeze two messages closer together than the limit at the receiving end.
   */
  done(key: string): void;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

export function createPacer(opts: { perKeyIntervalMs: number; perSecond?: number; burstMs?: number; now?: () => number }): Pacer {
  // Slack tolerates short bursts: after a stall (a ledger write), the workspace pacer may catch up
  // on up to `burstMs` of unused slots instead of losing them.
  const burstMs = opts.burstMs ?? 200;
  const now = opts.now ?? (() => performance.now());
  const nextPerKey = new Map<string, number>();
  const globalInterval = opts.perSecond && opts.perSecond > 0 ? 1000 / opts.perSecond : 0;
  let nextGlobal = 0;
  return {
    async take(key) {
      const t = now();
      const perKey = Math.max(t, nextPerKey.get(key) ?? 0);
      let slot = perKey;
      if (globalInterval) {
        // Token bucket in "virtual time": a bucket that lags behind now holds unused tokens.
        const bucket = Math.max(nextGlobal, t - burstMs);
        slot = Math.max(slot, bucket);
        nextGlobal = Math.max(bucket, slot - burstMs) + globalInterval;
      }
      nextPerKey.set(key, slot + opts.perKeyIntervalMs);
      if (slot > t) await sleep(slot - t);
    },
    done(key) {
      if (opts.perKeyIntervalMs > 0) nextPerKey.set(key, Math.max(nextPerKey.get(key) ?? 0, now() + opts.perKeyIntervalMs));
    },
  };
}
