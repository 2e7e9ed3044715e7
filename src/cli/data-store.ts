import { existsSync } from 'node:fs';
import { StoreError } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { contentsOf } from '../store/backup.js';
import type { Db } from '../store/db-schema.js';
import { openStore, type StoreConfig } from '../store/open-store.js';
import type { Store } from '../store/store.js';

/** What the data commands (backup, restore, migrate-data) share: the CLI's output and the words. */
export interface DataCommandIo {
  out: (s: string) => void;
  err: (s: string) => void;
  words: Messages['cli']['data'];
}

/**
 * Opens a store for the data commands. Nothing is seeded: a new database or data file starts
 * empty, so a restore is not mixed with the seed calendar. `mustExist`: a data file that is not
 * there is an error (backing up or copying from nowhere), not a new empty file.
 */
export async function openDataStore(config: StoreConfig, io: DataCommandIo, mustExist: boolean): Promise<Store | undefined> {
  if (mustExist && !config.databaseUrl && !existsSync(config.dataFile)) {
    io.err(io.words.missing(config.dataFile));
    return undefined;
  }
  return openStore(config, { seed: false });
}

export const describeContents = (db: Readonly<Db>, words: DataCommandIo['words']) => words.contents(contentsOf(db));

/** RESTORE_NOT_EMPTY in words: what the target holds and how to replace it. */
export function sayNotEmpty(e: unknown, target: string, io: DataCommandIo): boolean {
  if (!(e instanceof StoreError) || e.code !== 'RESTORE_NOT_EMPTY') return false;
  io.err(io.words.notEmpty(target, io.words.contents(e.details.contents as ReturnType<typeof contentsOf>)));
  return true;
}
