import type { Activity } from 'botbuilder';
import type { IncomingFile } from '../../dispatch/context.js';
import { downloadBounded, isLoopback } from '../bounded-download.js';

/** What Teams attaches for a file sent in a 1:1 chat with a bot that supports files. */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
const DOWNLOAD_TIMEOUT_MS = 30_000;

interface DownloadInfo {
  name: string;
  downloadUrl?: string;
}

/** The files an activity carries (a 1:1 message with attachments), as Teams describes them. */
export function attachedFiles(activity: Partial<Activity>): DownloadInfo[] {
  return (activity.attachments ?? [])
    .filter((a) => a.contentType === FILE_DOWNLOAD_INFO)
    .map((a) => {
      const url = (a.content as { downloadUrl?: unknown } | undefined)?.downloadUrl;
      return { name: String(a.name ?? 'file').slice(0, 200), ...(typeof url === 'string' ? { downloadUrl: url } : {}) };
    });
}

/**
 * The file's bytes from its downloadUrl (a short-lived, pre-authorised SharePoint/OneDrive link: no token
 * is sent). https only (http to loopback when `allowLoopback`, for tests); bounded in size and time. A file
 * that cannot be had is handed over as failed, so the import command words the refusal.
 */
export async function downloadTeamsFile(file: DownloadInfo, maxBytes: number, allowLoopback = false): Promise<IncomingFile> {
  const failed = (why: 'tooBig' | 'download', size?: number): IncomingFile => ({
    name: file.name,
    bytes: new Uint8Array(0),
    failed: why,
    ...(size ? { size } : {}),
  });
  let url: URL;
  try {
    url = new URL(file.downloadUrl ?? '');
  } catch {
    return failed('download');
  }
  if (url.protocol !== 'https:' && !(allowLoopback && url.protocol === 'http:' && isLoopback(url.hostname))) return failed('download');
  try {
    return { name: file.name, bytes: await downloadBounded(url.toString(), { maxBytes, timeoutMs: DOWNLOAD_TIMEOUT_MS }) };
  } catch (err) {
    return (err as Error).message === 'tooBig' ? failed('tooBig', (err as { size?: number }).size ?? maxBytes + 1) : failed('download');
  }
}
