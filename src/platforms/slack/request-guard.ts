import { claimHandled, forgetHandled, handledKey } from '../../store/handled.js';
import type { Store } from '../../store/store.js';
import type { Logger } from '../../log.js';
import type { TtlCache } from './ttl-cache.js';

/**
 * "Has this request been acted on already?" for Slack's retries (X-Slack-Retry-Num on events),
 * repeated interactive payloads and forms submitted twice. This process's memory answers first;
 * requests whose repeat would change data or post twice (`durable`) are also claimed in the store's
 * `handled` list, so a retry that reaches another process (another bot on the same data) does not
 * act twice. Questions stay memory-only: answering one twice is harmless and a store write per
 * question would cost every answer. Real time: Slack signs and retries in real time.
 */
export interface RequestGuard {
  /** True the first time `key` is seen (this process and, when durable, every process sharing the store). */
  first(key: string, durable: boolean): Promise<boolean>;
  /** The work did not happen (a form answered with errors): the same request may come again. */
  forget(key: string): Promise<void>;
  /** Records `key` for every process (a far date waiting for its confirming submission). */
  remember(key: string): Promise<void>;
  /** Whether `key` was remembered here or by any process sharing the store (and has not expired). */
  remembered(key: string): Promise<boolean>;
}

export function createRequestGuard(store: Store, seen: TtlCache<true>, log: Logger, realNow: () => Date = () => new Date()): RequestGuard {
  return {
    async first(key, durable) {
      if (!seen.claim(key, true)) return false;
      if (!durable) return true;
      const stored = handledKey([key]);
      try {
        return await store.update((draft) => claimHandled(draft, stored, realNow()));
      } catch (err) {
        // The store cannot record it (locked, refused): act rather than drop the person's request.
        log.warn('slack: could not record a handled request; acting on it', { key, error: String(err) });
        return true;
      }
    },
    async remember(key) {
      seen.set(key, true);
      await store.update((draft) => void claimHandled(draft, handledKey([key]), realNow())).catch(() => {});
    },
    async remembered(key) {
      if (seen.get(key) === true) return true;
      await store.refresh().catch(() => {});
      const stored = handledKey([key]);
      const now = realNow().getTime();
      return store.read().handled.some((h) => h.key === stored && Date.parse(h.expiresAt) > now);
    },
    async forget(key) {
      seen.delete(key);
      await store.update((draft) => forgetHandled(draft, handledKey([key]))).catch(() => {});
    },
  };
}
