import { mkdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Messages } from '../i18n/index.js';
import { messagesFor } from '../i18n/index.js';
import type { ReplyBody } from '../render/reply.js';

type ReplyFile = NonNullable<ReplyBody['file']>;

/** Where exported files go when CWG_EXPORT_DIR is not set: outside the repository, never committed. */
export function defaultExportDir(): string {
  return path.join(tmpdir(), 'cwg-exports');
}

/** Only a plain name is kept: a file name built from user words never climbs out of the directory. */
export function safeFilename(name: string): string {
  const base = path.basename(name).replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[.-]+/, '');
  return base || 'cwg-export.ics';
}

/**
 * Writes a reply's file into the export directory (console and CLI) and returns its absolute path.
 * Written to a temporary name and renamed, so a reader never sees half a calendar.
 */
export async function saveReplyFile(file: ReplyFile, dir: string = defaultExportDir()): Promise<string> {
  const target = path.resolve(dir, safeFilename(file.filename));
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, file.content, 'utf8');
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
    return { ok: false, line: msg.exporting.saveFailed(where, (err as Error).message) };
  }
}
