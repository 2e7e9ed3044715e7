import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { StoreError } from '../errors.js';

/**
 * The data file on disk, shared by every process on the host (bots, the CLI): an inter-process
 * lock (proper-lockfile: a `<file>.lock` folder whose mtime the holder refreshes, so the lock of a
 * killed process goes stale and is taken over), a cheap fingerprint to see another process's
 * write, and an atomic replace (unique temp file, fsync, rename, fsync of the folder) so a reader
 * or a crash never sees half a file. Writes go to the symlink's target, never replace the link.
 */

/** What changes when any process replaces the file: every write is a new inode, size and mtime. */
export interface Fingerprint {
  ino: number;
  size: number;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

export interface LockTiming {
  /** A lock not refreshed for this long belongs to a dead process and is taken over. */
  staleMs: number;
  /** How long an update waits for the lock before it gives up with DATA_FILE_LOCKED. */
  waitMs: number;
}

/** 10 s stale (the holder refreshes it every 5 s), up to 30 s of waiting: a killed holder never blocks a change. */
export const DEFAULT_LOCK_TIMING: LockTiming = { staleMs: 10_000, waitMs: 30_000 };

/** The path writes go to: a symlink's (final) target, so the link keeps pointing at live data. */
export function writeTarget(file: string): string {
  const abs = path.resolve(file);
  try {
    return realpathSync(abs);
  } catch {
    // Not there yet. A dangling link still names where the data should be created.
    try {
      if (lstatSync(abs).isSymbolicLink()) return path.resolve(path.dirname(abs), readlinkSync(abs));
    } catch {
      // neither a file nor a link
    }
    return abs;
  }
}

/** The file's fingerprint, or undefined when it does not exist. */
export function fingerprintOf(file: string): Fingerprint | undefined {
  try {
    const st = statSync(file, { bigint: true });
    return { ino: Number(st.ino), size: Number(st.size), mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw unreadable(file, err);
  }
}

export function sameFingerprint(a: Fingerprint | undefined, b: Fingerprint | undefined): boolean {
  if (!a || !b) return a === b;
  return a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

/** The file's text and the fingerprint it was read at (the fingerprint is taken from the open descriptor). */
export function readDataFile(file: string): { text: string; fingerprint: Fingerprint } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw unreadable(file, err);
  }
  try {
    const st = fstatSync(fd, { bigint: true });
    const text = readFileSync(fd, 'utf8');
    return { text, fingerprint: { ino: Number(st.ino), size: Number(st.size), mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs } };
  } catch (err) {
    throw unreadable(file, err);
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces `target` with `text` atomically: a temp file with a random name created exclusively in
 * the same folder (two writers never share one), fsynced, renamed over the target, then the folder
 * fsynced so the rename itself survives a power cut. Returns the new file's fingerprint.
 */
export function replaceDataFile(target: string, text: string): Fingerprint {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  // The replacement keeps the file's permissions (a new file gets the usual 0666 less the umask).
  const mode = modeOf(target);
  const fd = openSync(temp, 'wx', mode ?? 0o666);
  try {
    if (mode !== undefined) fchmodSync(fd, mode);
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    unlinkSafe(temp);
    throw err;
  }
  closeSync(fd);
  try {
    renameSync(temp, target);
  } catch (err) {
    unlinkSafe(temp);
    throw err;
  }
  fsyncFolder(dir);
  const fp = fingerprintOf(target);
  if (!fp) throw new Error(`${target} vanished right after it was written`);
  return fp;
}

/**
 * Removes temp files a killed writer left next to `target` (`.<name>.<pid>.<random>.tmp`) once they
 * are older than `olderThanMs`: a live writer renames its own within milliseconds.
 */
export function sweepTempFiles(target: string, nowMs: number, olderThanMs = 10 * 60_000): number {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^\d+\.[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue;
    const file = path.join(dir, name);
    try {
      if (nowMs - statSync(file).mtimeMs > olderThanMs) {
        unlinkSync(file);
        removed++;
      }
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}

function modeOf(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o7777;
  } catch {
    return undefined;
  }
}

function fsyncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some filesystems (and Windows) cannot fsync a folder; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function unlinkSafe(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

/**
 * Runs `fn` holding the inter-process lock of `target`. Waits up to `timing.waitMs` (a stale lock
 * is taken over after `timing.staleMs`), then refuses with DATA_FILE_LOCKED. A lock found
 * compromised meanwhile (this process stalled past the stale time and another took over) makes the
 * write refuse rather than overwrite the other process's change.
 */
export async function withFileLock<T>(target: string, timing: LockTiming, fn: (stillHeld: () => boolean) => Promise<T>): Promise<T> {
  let compromised: Error | undefined;
  const staleMs = Math.max(2000, timing.staleMs);
  let release: () => Promise<void>;
  // Loaded with the first write, not at start: reading the calendar (most commands) takes no lock.
  const { default: lockfile } = await import('proper-lockfile');
  try {
    release = await lockfile.lock(target, {
      realpath: false,
      stale: staleMs,
      update: Math.max(1000, Math.floor(staleMs / 2)),
      retries: {
        retries: Math.max(1, Math.ceil(timing.waitMs / 100)),
        minTimeout: 20,
        maxTimeout: 200,
        factor: 1.5,
        randomize: true,
        maxRetryTime: timing.waitMs,
      },
      onCompromised: (err) => {
        compromised = err;
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new StoreError(
        'DATA_FILE_LOCKED',
        `${target} stayed locked by another process for ${Math.round(timing.waitMs / 1000)} s (lock folder ${target}.lock). The change was not made and the file was left unchanged; if no other cwg process is running, the lock goes stale after ${Math.round(staleMs / 1000)} s.`,
        target,
      );
    }
    throw unreadable(target, err);
  }
  try {
    return await fn(() => compromised === undefined);
  } finally {
    await release().catch(() => {});
  }
}

export function unreadable(file: string, err: unknown): StoreError {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  return new StoreError(
    'DATA_FILE_UNREADABLE',
    `${file} cannot be read or locked (${code || (err as Error).message}). The file was left unchanged; check its permissions and those of its folder.`,
    file,
  );
}
