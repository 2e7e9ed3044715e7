import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { LowSync } from 'lowdb';
import { StoreError } from '../errors.js';
import { DEFAULT_LOCK_TIMING, fingerprintOf, type LockTiming, sameFingerprint, sweepTempFiles, withFileLock, writeTarget } from './data-file.js';
import { DataFileAdapter } from './data-file-adapter.js';
import type { Db } from './db-schema.js';
import { DEFAULT_SEED_FILE, draftOf, loadSeed, seededLine, validateDraft } from './db-validate.js';
import { checkDataPath } from './data-path.js';
import type { Store } from './store.js';
import type { ValidatedTexts } from './validated-texts.js';

export { DEFAULT_SEED_FILE, describeIssues, loadSeed, seededLine } from './db-validate.js';

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
 * The embedded store: one JSON file held by lowdb (`LowSync` with our own adapter, data-file-adapter.ts),
 * safe for several processes on one host. Every update takes the file's inter-process lock, re-reads the file when another process
 * replaced it, applies the change, writes a uniquely named temp file, fsyncs and renames it over the
 * file's real target (src/store/data-file.ts). `refresh()` is one stat: it reloads only when the
 * file changed. A file that is not JSON or does not match the schema is refused and never overwritten.
 */
export async function openLowdbStore(file: string, opts: OpenOptions = {}): Promise<Store> {
  const log = opts.log ?? (() => {});
  checkDataPath(file);
  const abs = path.resolve(file);
  const target = writeTarget(abs);
  const timing: LockTiming = { ...DEFAULT_LOCK_TIMING, ...opts.lock };
  mkdirSync(path.dirname(target), { recursive: true });
  // lowdb holds the data; its adapter reads and replaces the file under our lock (data-file-adapter.ts).
  const adapter: DataFileAdapter = new DataFileAdapter(target, abs, () => low.data, opts.validated);
  const low = new LowSync<Db | null>(adapter, null);
  if (fingerprintOf(target)) {
    low.read();
    if (adapter.from < low.data!.schemaVersion) {
      // Migrate under the lock, from the file as it is now (another process may have migrated it first).
      await withFileLock(target, timing, async () => {
        low.read();
        if (adapter.from < low.data!.schemaVersion) {
          const backup = `${abs}.v${adapter.from}.bak`;
          copyFileSync(target, backup);
          const from = adapter.from;
          low.write();
          log(`migrated ${abs} from schema version ${from} to ${low.data!.schemaVersion} (original kept as ${backup})`);
        }
      });
    }
  } else {
    await withFileLock(target, timing, async () => {
      // Another process may have seeded it while we waited for the lock.
      if (fingerprintOf(target)) {
        low.read();
        return;
      }
      const seedFile = opts.seedFile ?? DEFAULT_SEED_FILE;
      const seeded = validateDraft(loadSeed(seedFile), { items: [], audit: [] }, abs);
      adapter.write(seeded);
      low.data = seeded;
      log(seededLine(abs, seeded.items.length, seedFile));
    });
  }
  const swept = sweepTempFiles(target, Date.now());
  if (swept) log(`removed ${swept} temp file(s) left next to ${abs} by a process killed while writing`);
  return createFileStore(abs, target, timing, low as LowSync<Db>, adapter);
}

function createFileStore(location: string, target: string, timing: LockTiming, low: LowSync<Db>, adapter: DataFileAdapter): Store {
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  /** Synchronous on purpose: nothing else in this process runs between the stat and the swap. */
  const refreshNow = () => {
    const fp = fingerprintOf(target);
    if (sameFingerprint(fp, adapter.fingerprint)) return;
    if (!fp) return; // moved away or deleted: keep what we have; the next update writes it back
    low.read();
  };
  return {
    location,
    read: () => low.data,
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
          const previous = low.data;
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
          // On the file first: a write that fails leaves this process with what is on disk.
          adapter.write(next);
          low.data = next;
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
