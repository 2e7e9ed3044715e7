import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Lease } from './coordination-schema.js';
import type { Db } from './db-schema.js';

/**
 * Named leases, decided inside `store.update` (which sees the latest data and excludes every other
 * writer), so one holder wins on any backend. Times are REAL time: a rehearsal clock must never
 * expire or steal what a production process holds.
 */

/** This process, as a lease holder: `host:pid:random` (the random part tells a restarted pid apart). */
export function newHolderId(): string {
  return `${hostname().slice(0, 120)}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/** The lease if someone holds it at `now`, else undefined. */
export function currentLease(db: Readonly<Db>, name: string, now: Date): Lease | undefined {
  const lease = db.leases[name];
  return lease && Date.parse(lease.until) > now.getTime() ? lease : undefined;
}

/**
 * Takes the lease for `holder` (or renews it when `holder` already has it) until `now + ttlMs`.
 * Returns the lease when `holder` now holds it, undefined when another holder's lease still runs.
 */
export function takeLease(draft: Db, name: string, holder: string, now: Date, ttlMs: number): Lease | undefined {
  const held = currentLease(draft, name, now);
  if (held && held.holder !== holder) return undefined;
  const lease: Lease = { holder, until: new Date(now.getTime() + ttlMs).toISOString() };
  draft.leases[name] = lease;
  return lease;
}

/** Gives the lease up (a clean shutdown), so another process takes over at once instead of after the TTL. */
export function releaseLease(draft: Db, name: string, holder: string): boolean {
  if (draft.leases[name]?.holder !== holder) return false;
  delete draft.leases[name];
  return true;
}
