import { createHash } from 'node:crypto';
import type { Db } from './db-schema.js';

/**
 * Requests already acted on (a Slack retry, a form submitted twice), shared by every process through
 * the store: `claimHandled` runs inside `store.update`, so of two deliveries of one request reaching
 * two processes exactly one acts. Real time, never a rehearsal clock. Expired entries are pruned on
 * every claim, so the list stays as long as one hour's requests.
 */

/** Slack retries within minutes; a replayed signed request is refused by its timestamp after 5: one hour covers both. */
export const HANDLED_TTL_MS = 60 * 60_000;

const MAX_KEY = 300;

/** Keys longer than the schema allows are hashed (a view id plus a digest of its values, say). */
export function handledKey(parts: readonly string[]): string {
  const key = parts.join(':');
  return key.length <= MAX_KEY ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

/** True when this call is the first to handle `key` (and records it until now + ttl); false for a repeat. */
export function claimHandled(draft: Db, key: string, now: Date, ttlMs = HANDLED_TTL_MS): boolean {
  pruneHandled(draft, now);
  if (draft.handled.some((h) => h.key === key)) return false;
  draft.handled.push({ key, at: now.toISOString(), expiresAt: new Date(now.getTime() + ttlMs).toISOString() });
  return true;
}

/** Forgets a claim whose work did not happen (a form answered with errors may be sent again). */
export function forgetHandled(draft: Db, key: string): void {
  draft.handled = draft.handled.filter((h) => h.key !== key);
}

export function pruneHandled(draft: Db, now: Date): number {
  const before = draft.handled.length;
  const at = now.getTime();
  draft.handled = draft.handled.filter((h) => Date.parse(h.expiresAt) > at);
  return before - draft.handled.length;
}
