import { ConfigError, CwgError, exitCodeOf, PlatformAuthError, StoreError } from '../errors.js';
import { messagesFor } from './index.js';
import type { Messages } from './messages.js';

const DATA_PATH_WORDS = {
  DATA_PATH_NOT_A_FOLDER: 'notAFolder',
  DATA_PATH_IS_A_FOLDER: 'isAFolder',
  DATA_PATH_CANNOT_CREATE: 'cannotCreate',
  DATA_PATH_NOT_WRITABLE: 'notWritable',
  DATA_PATH_NO_ACCESS: 'noAccess',
} as const;

/** Platform names as the operator knows them. */
const PLATFORM_NAMES = { slack: 'Slack', teams: 'Microsoft Teams' } as const;

/**
 * The one place where an error that stops `npm start` or `npx cwg` becomes words for the operator:
 * one line naming the variable or file and what to do, and the exit code (docs/deployment.md).
 * Any other error is "unexpected" with its message only: the stack goes to the log at debug level.
 */
export function startupProblem(err: unknown, msg: Messages = messagesFor()): { line: string; exitCode: number } {
  return { line: reasonOf(err, msg), exitCode: exitCodeOf(err) };
}

function reasonOf(err: unknown, msg: Messages): string {
  if (err instanceof StoreError && err.code in DATA_PATH_WORDS) {
    const d = err.details as { dir?: string; reason?: string };
    return msg.startup.dataPath(DATA_PATH_WORDS[err.code as keyof typeof DATA_PATH_WORDS], { file: err.file, dir: d.dir ?? err.file, reason: d.reason ?? '' });
  }
  if (err instanceof PlatformAuthError) return msg.startup.platformAuth(PLATFORM_NAMES[err.platform], err.variable, err.reason);
  // Their messages already name the variable or the file and what to do; a list of problems becomes one line.
  if (err instanceof ConfigError || err instanceof StoreError) return oneLine(err.message);
  if (err instanceof CwgError) return msg.startup.unexpected(err.message);
  const e = err as (NodeJS.ErrnoException & { port?: number }) | undefined;
  // The shared HTTP server could not listen on PORT.
  if (e?.syscall === 'listen' && (e.code === 'EADDRINUSE' || e.code === 'EACCES')) return msg.startup.portInUse(String(e.port ?? ''), e.code);
  // Node's own messages often start with the code already ("ENOENT: no such file …"): name it once.
  const text = e instanceof Error ? `${e.code && !e.message.startsWith(e.code) ? `${e.code} ` : ''}${e.message}` : String(err);
  return msg.startup.unexpected(text.split('\n')[0]!);
}

function oneLine(text: string): string {
  return text
    .trim()
    .replace(/:\n\s*/, ': ')
    .replace(/\n\s*/g, '; ');
}
