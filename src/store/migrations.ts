import { CURRENT_SCHEMA_VERSION } from './db-schema.js';

/**
 * Each migration takes the raw data of version N and returns version N+1. Version 0 is the
 * shape of a bare seed file ({ items: [...] } with no schemaVersion).
 */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  0: (raw) => ({
    schemaVersion: 1,
    items: raw.items ?? [],
    audit: [],
    subscriptions: [],
    ledger: [],
    reminders: {},
    platforms: {},
  }),
  // 2: coordination between processes (handled requests, leases) and language preferences.
  1: (raw) => ({ ...raw, schemaVersion: 2, handled: [], leases: {}, preferences: { users: {}, channels: {} } }),
};

export interface MigrationResult {
  data: Record<string, unknown>;
  from: number;
  to: number;
}

export function versionOf(raw: Record<string, unknown>): number {
  const v = raw.schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

export function migrate(raw: Record<string, unknown>): MigrationResult {
  const from = versionOf(raw);
  let data = raw;
  for (let v = from; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from schema version ${v}`);
    data = step(data);
  }
  return { data, from, to: Math.max(from, CURRENT_SCHEMA_VERSION) };
}
