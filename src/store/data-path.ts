import { accessSync, closeSync, constants, mkdirSync, openSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { type DataPathProblem, StoreError } from '../errors.js';

/**
 * Refuses at once a data-file path that cannot work, before the store reads or writes anything:
 * a file used as a folder (`/etc/passwd/x.json`), a folder given as the file, a folder that cannot
 * be created (`/proc/nope`), one this user cannot write to, or a data file it cannot read and write. Creates the missing folders one level
 * at a time: Node's recursive mkdir never returns on some paths under /proc (it spun at 100% CPU).
 */
export function checkDataPath(file: string): void {
  const abs = path.resolve(file);
  const existing = statOrUndefined(abs);
  if (existing?.isDirectory()) refuse('DATA_PATH_IS_A_FOLDER', abs, abs, 'is a folder');
  if (existing) {
    try {
      accessSync(abs, constants.R_OK | constants.W_OK);
    } catch (err) {
      refuse('DATA_PATH_NO_ACCESS', abs, path.dirname(abs), String((err as NodeJS.ErrnoException).code ?? err));
    }
  }
  const dir = path.dirname(abs);
  const missing: string[] = [];
  let ancestor = dir;
  let stat = statOrUndefined(ancestor);
  while (!stat) {
    missing.unshift(ancestor);
    const up = path.dirname(ancestor);
    if (up === ancestor) break;
    ancestor = up;
    stat = statOrUndefined(ancestor);
  }
  if (stat && !stat.isDirectory()) refuse('DATA_PATH_NOT_A_FOLDER', abs, ancestor, 'is a file, not a folder');
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') refuse('DATA_PATH_CANNOT_CREATE', abs, level, String(code ?? err));
    }
  }
  // The store writes through a temporary file beside the data file and renames it: the folder must take new files.
  const probe = path.join(dir, `.cwg-write-check-${process.pid}-${Math.random().toString(36).slice(2)}`);
  try {
    closeSync(openSync(probe, 'wx', 0o600));
    unlinkSync(probe);
  } catch (err) {
    refuse('DATA_PATH_NOT_WRITABLE', abs, dir, String((err as NodeJS.ErrnoException).code ?? err));
  }
}

function statOrUndefined(p: string) {
  try {
    return statSync(p);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // ENOTDIR: a file sits somewhere up the path; the walk up finds it.
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new StoreError('DATA_PATH_CANNOT_CREATE', `${p}: ${String(code ?? err)}`, p, { dir: p, reason: String(code ?? err) });
  }
}

function refuse(code: DataPathProblem, file: string, dir: string, reason: string): never {
  throw new StoreError(code, `${file}: ${dir} ${reason}`, file, { dir, reason });
}
