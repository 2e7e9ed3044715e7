import { statSync } from 'node:fs';
import path from 'node:path';
import { readBackup, restoreInto } from '../store/backup.js';
import type { StoreConfig } from '../store/open-store.js';
import { type DataCommandIo, describeContents, openDataStore, sayNotEmpty } from './data-store.js';

/**
 * `npx cwg restore FILE [--force]`: loads a backup into the configured store in one update. A
 * store that holds data is refused (saying what it holds) unless --force.
 */
export async function runRestore(args: string[], config: StoreConfig, force: boolean, io: DataCommandIo): Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) {
    io.err(io.words.needFile('restore'));
    return 2;
  }
  // A mistyped path is the operator's slip, not an unusable data file: one line, exit 1, nothing opened.
  if (!statSync(path.resolve(file), { throwIfNoEntry: false })?.isFile()) {
    io.err(io.words.noBackup(path.resolve(file)));
    return 1;
  }
  const data = readBackup(path.resolve(file));
  const store = await openDataStore(config, io, false);
  if (!store) return 1;
  try {
    await restoreInto(store, data, force);
    io.out(io.words.restored(store.location, path.resolve(file), describeContents(data, io.words)));
    return 0;
  } catch (e) {
    if (sayNotEmpty(e, store.location, io)) return 1;
    throw e;
  } finally {
    await store.close();
  }
}
