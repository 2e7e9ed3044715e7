import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_DATA_FILE } from '../config/env-schema.js';
import { CwgError } from '../errors.js';
import type { Messages } from '../i18n/index.js';
import { messagesFor } from '../i18n/index.js';
import type { ReplyBody } from '../render/reply.js';

type ReplyFile = NonNullable<ReplyBody['file']>;

/**
 * Where exported files go when CWG_EXPORT_DIR is not set: a private folder beside the data file
 * (`<data dir>/exports`, mode 0700). Never a shared folder such as /tmp, where another local user
 * could plant a link for the export to write through.
 */
export function defaultExportDir(dataFile: string = DEFAULT_DATA_FILE): string {
  return path.join(path.dirname(path.resolve(dataFile)), 'exports');
}

/** Why an export folder is refused; the words are in the catalogue (exporting.exportDirUnsafe). */
export type UnsafeDirReason = 'symlink' | 'notDirectory' | 'notFile' | 'notOwned' | 'writableByOthers';

export class UnsafeExportDirError extends CwgError {
  constructor(
    readonly dir: string,
    readonly reason: UnsafeDirReason,
  ) {
    super('EXPORT_DIR_UNSAFE', `export folder ${dir} refused: ${reason}`, { dir, reason });
  }
}

/** Only a plain name is kept: a file name built from user words never climbs out of the directory. */
export function safeFilename(name: string): string {
  const base = path
    .basename(name)
    .replace(/[^A-Za-z0-9._-]/g, '-')
    .replace(/^[.-]+/, '');
  return base || 'cwg-export.ics';
}

/** What makes a folder unsafe to write exports into, or undefined when it is ours and private. */
export function unsafeDirReason(st: Stats): UnsafeDirReason | undefined {
  if (st.isSymbolicLink()) return 'symlink';
  if (!st.isDirectory()) return 'notDirectory';
  // POSIX only: Windows has no uid and no group/other mode bits to check.
  if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return 'notOwned';
  if (process.platform !== 'win32' && (st.mode & 0o022) !== 0) return 'writableByOthers';
  return undefined;
}

/** Creates the folder (0700) when missing; refuses one that is a link, not ours, or writable by others. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const reason = unsafeDirReason(await lstat(dir));
  if (reason) throw new UnsafeExportDirError(dir, reason);
}

const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Writes a reply's file into the export directory (console and CLI) and returns its absolute path.
 * Written to a new temporary file with a random name (O_EXCL, O_NOFOLLOW: never an existing file or a
 * link) and renamed over the target, which replaces a link rather than writing through it; a reader
 * never sees half a calendar.
 */
export async function saveReplyFile(file: ReplyFile, dir: string = defaultExportDir()): Promise<string> {
  const folder = path.resolve(dir);
  await ensurePrivateDir(folder);
  const target = path.join(folder, safeFilename(file.filename));
  const existing = await lstat(target).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (existing && !existing.isFile()) throw new UnsafeExportDirError(target, existing.isSymbolicLink() ? 'symlink' : 'notFile');
  const temp = path.join(folder, `.${safeFilename(file.filename)}.${randomBytes(9).toString('base64url')}.tmp`);
  const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW, 0o600);
  try {
    await handle.writeFile(file.content, 'utf8');
  } catch (err) {
    await handle.close();
    await unlink(temp).catch(() => {});
    throw err;
  }
  await handle.close();
  await rename(temp, target);
  return target;
}

/**
 * Saves the reply's file, if any, records the path on it, and says where it went (or why not).
 * Returns undefined when the reply has no file.
 */
export async function saveReplyFileAndSay(
  reply: ReplyBody,
  dir: string | undefined,
  msg: Messages = messagesFor(),
): Promise<{ ok: boolean; line: string } | undefined> {
  if (!reply.file) return undefined;
  const where = dir ?? defaultExportDir();
  try {
    const saved = await saveReplyFile(reply.file, where);
    reply.file.path = saved;
    return { ok: true, line: msg.exporting.savedTo(saved) };
  } catch (err) {
    if (err instanceof UnsafeExportDirError) return { ok: false, line: msg.exporting.exportDirUnsafe(err.dir, err.reason) };
    return { ok: false, line: msg.exporting.saveFailed(where, (err as Error).message) };
  }
}
