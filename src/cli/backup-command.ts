import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Clock } from '../clock.js';
import { backupOf } from '../store/backup.js';
import type { StoreConfig } from '../store/open-store.js';
import { type DataCommandIo, describeContents, openDataStore } from './data-store.js';

/**
 * `npx cwg backup FILE`: everything the store holds, as one JSON file, from either backend. Written
 * to a temporary name beside FILE and renamed, so a failed backup never leaves half a file; private
 * (0600), since it holds conversation references and who changed what.
 */
export async function runBackup(args: string[], config: StoreConfig, clock: Clock, io: DataCommandIo): Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) {
    io.err(io.words.needFile('backup'));
    return 2;
  }
  const store = await openDataStore(config, io, true);
  if (!store) return 1;
  try {
    await store.refresh();
    const backup = backupOf(store, clock());
    const abs = path.resolve(file);
    const tmp = `${abs}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(backup, null, 1)}\n`, { mode: 0o600 });
    renameSync(tmp, abs);
    io.out(io.words.backedUp(store.location, abs, describeContents(backup.data, io.words)));
    return 0;
  } finally {
    await store.close();
  }
}
