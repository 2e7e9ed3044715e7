import type { Activity } from 'botbuilder';
import { claimHandled, forgetHandled, handledKey } from '../../store/handled.js';
import type { Store } from '../../store/store.js';
import type { Logger } from '../../log.js';

/** Teams redelivers an activity it got no answer for within seconds; fifteen minutes covers any retry in this process. */
const MEMORY_MS = 15 * 60_000;
const MEMORY_MAX = 20_000;

/**
 * "Has this activity been acted on already?" for Teams: the Bot Connector redelivers an activity
 * (same id) when the bot's answer was slow or lost, and a replayed card submission carries its old
 * id. This process's memory answers first; activities that change data or post (card submissions,
 * attached files, every command but a question) are also claimed in the store's `handled` list, as
 * Slack's retries are (src/platforms/slack/request-guard.ts), so a redelivery reaching another
 * process does not act twice. Questions stay memory-only: answering one twice is harmless and a
 * store write per question would cost every answer. Real time: Teams redelivers in real time.
 */
export interface ActivityGuard {
  /** True the first time this activity is seen (here and, when durable, by every process sharing the store). */
  first(activity: Activity, durable: boolean): Promise<boolean>;
  /** The work failed (the turn threw): a redelivery of the same activity may act. */
  forget(activity: Activity): Promise<void>;
}

export function createActivityGuard(store: Store, log: Logger, realNow: () => Date = () => new Date()): ActivityGuard {
  const seen = new Map<string, number>();
  const keyOf = (a: Activity): string | undefined => (a.id ? handledKey(['teams', a.conversation?.id ?? '', a.id]) : undefined);
  const inMemory = (key: string): boolean => {
    const now = realNow().getTime();
    const expires = seen.get(key);
    if (expires !== undefined && expires > now) return true;
    seen.delete(key);
    seen.set(key, now + MEMORY_MS);
    // Oldest first: a Map iterates in insertion order.
    for (const oldest of seen.keys()) {
      if (seen.size <= MEMORY_MAX) break;
      seen.delete(oldest);
    }
    return false;
  };
  return {
    async first(activity, durable) {
      const key = keyOf(activity);
      // Without an id there is nothing to recognise a redelivery by: act.
      if (!key) return true;
      if (inMemory(key)) return false;
      if (!durable) return true;
      try {
        return await store.update((draft) => claimHandled(draft, key, realNow()));
      } catch (err) {
        // The store cannot record it (locked, refused): act rather than drop the person's request.
        log.warn('teams: could not record a handled activity; acting on it', { key, error: String(err) });
        return true;
      }
    },
    async forget(activity) {
      const key = keyOf(activity);
      if (!key) return;
      seen.delete(key);
      await store.update((draft) => forgetHandled(draft, key)).catch(() => {});
    },
  };
}
