import { restoreInto } from '../store/backup.js';
import type { Db } from '../store/db-schema.js';
import { storeConfigFor } from '../store/open-store.js';
import { type DataCommandIo, describeContents, openDataStore, sayNotEmpty } from './data-store.js';

/**
 * `npx cwg migrate-data --from A --to B [--force]`: copies everything from one store to another,
 * each a data file or a postgres:// URL (lowdb ↔ PostgreSQL, or between two of a kind). The same
 * path as backup then restore, without the file in between.
 */
export async function runMigrateData(from: string | undefined, to: string | undefined, force: boolean, io: DataCommandIo): Promise<number> {
  if (!from || !to) {
    io.err(io.words.needFromTo);
    return 2;
  }
  const source = await openDataStore(storeConfigFor(from), io, true);
  if (!source) return 1;
  let data: Db;
  try {
    await source.refresh();
    data = structuredClone(source.read()) as Db;
  } finally {
    await source.close();
  }
  const target = await openDataStore(storeConfigFor(to), io, false);
  if (!target) return 1;
  try {
    await restoreInto(target, data, force);
    io.out(io.words.copied(source.location, target.location, describeContents(data, io.words)));
    return 0;
  } catch (e) {
    if (sayNotEmpty(e, target.location, io)) return 1;
    throw e;
  } finally {
    await target.close();
  }
}
