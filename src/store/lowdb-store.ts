import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { StoreError } from '../errors.js';
import {
  DEFAULT_LOCK_TIMING,
  type Fingerprint,
  fingerprintOf,
  type LockTiming,
  readDataFile,
  replaceDataFile,
  sameFingerprint,
  sweepTempFiles,
  withFileLock,
  writeTarget,
} from './data-file.js';
import type { Db } from './db-schema.js';
import { DEFAULT_SEED_FILE, draftOf, loadSeed, parseDataText, stringifyDb, validateDraft } from './db-validate.js';
import { checkDataPath } from './data-path.js';
import type { Store } from './store.js';
import type { ValidatedTexts } from './validated-texts.js';

export { DEFAULT_SEED_FILE, describeIssues, loadSeed } from './db-validate.js';

export interface OpenOptions {
  /** Seed used when the data file does not exist yet. */
  seedFile?: string;
  /** Log a line (seeding, migrating). */
  log?: (line: string) => void;
  /** Lock timing (tests shorten it); default DEFAULT_LOCK_TIMING. */
  lock?: Partial<LockTiming>;
  /** Texts already proved valid (the compiled CLI's, src/store/validated-texts.ts): opening such a file skips the schema. */
  validated?: ValidatedTexts;
}

/**
 * The embedded store: one JSON file (the "lowdb" data file), safe for several processes on one
 * host. Every update takes the file's inter-process lock, re-reads the file when another process
 * replaced it, applies the change, writes a uniquely named temp file, fsyncs and renames it over the
 * file's real target (src/store/data-file.ts). `refresh()` is one stat: it reloads only when the
 * file changed. A file that is not JSON or does not match the schema is refused and never overwritten.
 */
export async function openLowdbStore(file: string, opts: OpenOptions = {}): Promise<Store> {
  const log = opts.log ?? (() => {});
  checkDataPath(file);
  checkDataPath(file);
  const abs = path.resolve(file);
  const target = writeTarget(abs);
  const timing: LockTiming = { ...DEFAULT_LOCK_TIMING, ...opts.lock };
  mkdirSync(path.dirname(target), { recursive: true });
  const state = { db: undefined as Db | undefined, fingerprint: undefined as Fingerprint | undefined };
  const load = () => {
    const { text, fingerprint } = readDataFile(target);
    const parsed = parseDataText(text, abs, state.db, opts.validated);
    return { ...parsed, fingerprint };
  };
  if (fingerprintOf(target)) {
    const loaded = load();
    state.db = loaded.db;
    state.fingerprint = loaded.fingerprint;
    if (loaded.from < loaded.db.schemaVersion) {
      // Migrate under the lock, from the file as it is now (another process may have migrated it first).
      await withFileLock(target, timing, async () => {
        const now = load();
        if (now.from < now.db.schemaVersion) {
          const backup = `${abs}.v${now.from}.bak`;
          copyFileSync(target, backup);
          state.fingerprint = replaceDataFile(target, stringifyDb(now.db));
          log(`migrated ${abs} from schema version ${now.from} to ${now.db.schemaVersion} (original kept as ${backup})`);
        } else {
          state.fingerprint = now.fingerprint;
        }
        state.db = now.db;
      });
    }
  } else {
    await withFileLock(target, timing, async () => {
      // Another process may have seeded it while we waited for the lock.
      if (fingerprintOf(target)) {
        const loaded = load();
        state.db = loaded.db;
        state.fingerprint = loaded.fingerprint;
        return;
      }
      const seedFile = opts.seedFile ?? DEFAULT_SEED_FILE;
      const seeded = validateDraft(loadSeed(seedFile), { items: [], audit: [] }, abs);
      state.fingerprint = replaceDataFile(target, stringifyDb(seeded));
      state.db = seeded;
      log(`seeded ${abs} with ${seeded.items.length} items from ${seedFile}`);
    });
  }
  const swept = sweepTempFiles(target, Date.now());
  if (swept) log(`removed ${swept} temp file(s) left next to ${abs} by a process killed while writing`);
  return createFileStore(abs, target, timing, state as { db: Db; fingerprint: Fingerprint | undefined }, load);
}

function createFileStore(
  location: string,
  target: string,
  timing: LockTiming,
  state: { db: Db; fingerprint: Fingerprint | undefined },
  load: () => { db: Db; fingerprint: Fingerprint },
): Store {
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  /** Synchronous on purpose: nothing else in this process runs between the stat and the swap. */
  const refreshNow = () => {
    const fp = fingerprintOf(target);
    if (sameFingerprint(fp, state.fingerprint)) return;
    if (!fp) return; // moved away or deleted: keep what we have; the next update writes it back
    const loaded = load();
    state.db = loaded.db;
    state.fingerprint = loaded.fingerprint;
  };
  return {
    location,
    read: () => state.db,
    refresh: async () => {
      if (!closed) refreshNow();
    },
    // one stat: nothing cheaper would see another process's write
    refreshBeforeAnswer: async () => {
      if (!closed) refreshNow();
    },
    update<T>(mutate: (draft: Db) => T | Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        if (closed) throw new StoreError('STORE_CLOSED', 'the store is closed', location);
        return withFileLock(target, timing, async (stillHeld) => {
          refreshNow();
          const previous = state.db;
          const draft = draftOf(previous);
          const result = await mutate(draft);
          const next = validateDraft(draft, previous, location);
          if (!stillHeld()) {
            throw new StoreError(
              'DATA_FILE_LOCKED',
              `${location}: this process lost the data file's lock while changing it (it stalled); the change was not made`,
              location,
            );
          }
          state.fingerprint = replaceDataFile(target, stringifyDb(next));
          state.db = next;
          return result;
        });
      };
      const next = queue.then(run, run);
      queue = next.catch(() => {});
      return next;
    },
    async close() {
      await queue;
      closed = true;
    },
  };
}
