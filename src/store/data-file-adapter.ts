import type { SyncAdapter } from 'lowdb';
import { type Fingerprint, fingerprintOf, readDataFile, replaceDataFile } from './data-file.js';
import type { Db } from './db-schema.js';
import { parseDataText, stringifyDb } from './db-validate.js';
import type { ValidatedTexts } from './validated-texts.js';

/**
 * lowdb's adapter for the data file. lowdb's own JSONFile writes atomically but has no lock between
 * processes and no fsync (see ../shared/STACK.md), so reading and writing go through data-file.ts instead:
 * the store calls `read()` and `write()` only while it holds the file's inter-process lock (or, for a
 * read, right after a stat showed the file changed), and this adapter keeps what it saw of the file
 * (its fingerprint, its schema version) so the store can tell whether another process replaced it.
 * A file that is not JSON or does not match the schema throws here and is never overwritten.
 */
export class DataFileAdapter implements SyncAdapter<Db | null> {
  /** The file as last read or written by this process (size, mtime, inode). */
  fingerprint: Fingerprint | undefined;
  /** The schema version the last file read was written in (older ones are migrated by the store). */
  from = 0;

  constructor(
    private readonly target: string,
    private readonly location: string,
    /** The data held now: unchanged items are kept as they are when the file is read again. */
    private readonly current: () => Db | null,
    private readonly validated?: ValidatedTexts,
  ) {}

  /** The data file, validated and migrated in memory; null when there is no file (lowdb then keeps what it has). */
  read(): Db | null {
    if (!fingerprintOf(this.target)) return null;
    const { text, fingerprint } = readDataFile(this.target);
    const parsed = parseDataText(text, this.location, this.current() ?? undefined, this.validated);
    this.fingerprint = fingerprint;
    this.from = parsed.from;
    return parsed.db;
  }

  /** Temp file, fsync, rename over the real target, fsync of the folder (data-file.ts). */
  write(db: Db | null): void {
    if (db) this.fingerprint = replaceDataFile(this.target, stringifyDb(db));
  }
}
