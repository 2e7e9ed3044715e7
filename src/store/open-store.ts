import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDatabaseUrl } from './postgres/database-url.js';
import { openLowdbStore } from './lowdb-store.js';
import type { Store } from './store.js';
import type { ValidatedTexts } from './validated-texts.js';

export interface StoreConfig {
  dataFile: string;
  /** CWG_DATABASE_URL (or `--database`): PostgreSQL instead of the data file. */
  databaseUrl?: string;
  seedFile?: string;
}

export interface OpenStoreOptions {
  log?: (line: string) => void;
  /** false: a new store starts empty instead of from the seed (restore, migrate-data). */
  seed?: boolean;
  /** Data-file texts already proved valid (src/store/validated-texts.ts); the file store only. */
  validated?: ValidatedTexts;
}

/**
 * The one place that picks the backend: PostgreSQL when a postgres:// URL is configured, the
 * embedded lowdb file otherwise. pg is loaded only then, so file-only runs start as fast as before.
 */
export async function openStore(config: StoreConfig, opts: OpenStoreOptions = {}): Promise<Store> {
  const seed = { ...(config.seedFile ? { seedFile: config.seedFile } : {}), ...(opts.log ? { log: opts.log } : {}) };
  if (isDatabaseUrl(config.databaseUrl)) {
    const { openPostgresStore } = await import('./postgres/postgres-store.js');
    return openPostgresStore(config.databaseUrl, { ...seed, ...(opts.seed === false ? { seed: false } : {}) });
  }
  if (opts.seed !== false) return openLowdbStore(config.dataFile, { ...seed, ...(opts.validated ? { validated: opts.validated } : {}) });
  // The lowdb store seeds a missing file; an empty seed makes that an empty calendar.
  const dir = mkdtempSync(path.join(tmpdir(), 'cwg-empty-seed-'));
  const emptySeed = path.join(dir, 'empty.seed.json');
  writeFileSync(emptySeed, JSON.stringify({ document: 'empty', items: [] }));
  try {
    return await openLowdbStore(config.dataFile, { ...seed, seedFile: emptySeed });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `--from`/`--to` of migrate-data and the backup commands: a postgres:// URL or a data file path. */
export function storeConfigFor(target: string, seedFile?: string): StoreConfig {
  return isDatabaseUrl(target)
    ? { dataFile: '', databaseUrl: target, ...(seedFile ? { seedFile } : {}) }
    : { dataFile: target, ...(seedFile ? { seedFile } : {}) };
}
