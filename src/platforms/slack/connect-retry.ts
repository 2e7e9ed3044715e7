import { ErrorCode, type WebAPICallError } from '@slack/web-api';
import { PlatformAuthError } from '../../errors.js';
import type { Logger } from '../../log.js';

/** Slack's answers that mean the token itself is refused: retrying cannot help. */
const AUTH_REFUSED = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

/** Waits between attempts, in ms: doubling from 1 s, then every 60 s for as long as it takes. */
export const CONNECT_BACKOFF_MS = [1000, 2000, 4000, 8000, 16_000, 32_000, 60_000];

export interface ConnectOptions {
  log: Logger;
  /** What is being attempted, for the log ("auth.test", "Socket Mode connection"). */
  what: string;
  /** The variable whose token a refusal names (SLACK_BOT_TOKEN, SLACK_APP_TOKEN). */
  variable: string;
  backoffMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Runs a start-up call to Slack until it succeeds. A refused token stops at once with a
 * PlatformAuthError (one clear line and exit code 4 from src/main.ts); anything else (no network,
 * DNS, a timeout, Slack's 5xx) is logged and retried with backoff, so a bot started during an outage
 * connects when Slack is back instead of exiting.
 */
export async function connectWithRetry(attempt: () => Promise<unknown>, opts: ConnectOptions): Promise<void> {
  const backoff = opts.backoffMs ?? CONNECT_BACKOFF_MS;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let n = 0; ; n++) {
    try {
      await attempt();
      if (n > 0) opts.log.info(`slack: ${opts.what} succeeded after ${n + 1} attempts`);
      return;
    } catch (err) {
      const refused = refusedToken(err);
      if (refused) throw new PlatformAuthError('slack', opts.variable, refused);
      const wait = backoff[Math.min(n, backoff.length - 1)] ?? 60_000;
      opts.log.warn(`slack: ${opts.what} failed, retrying in ${Math.round(wait / 1000)} s`, { attempt: n + 1, error: describe(err) });
      await sleep(wait);
    }
  }
}

/** The Slack error code when the error says the token is refused, else undefined. */
export function refusedToken(err: unknown): string | undefined {
  const e = err as Partial<WebAPICallError> & { data?: { error?: string }; original?: unknown };
  if (e?.code === ErrorCode.PlatformError && AUTH_REFUSED.has(String(e.data?.error))) return String(e.data?.error);
  // Bolt wraps what the Web API client threw (AuthorizationError, AppInitializationError).
  if (e?.original && e.original !== err) return refusedToken(e.original);
  return undefined;
}

function describe(err: unknown): string {
  const e = err as { message?: string; original?: { message?: string; code?: string } };
  const inner = e?.original?.message && e.original.message !== e.message ? ` (${e.original.message})` : '';
  return `${String(e?.message ?? err).split('\n')[0]}${inner}`.slice(0, 300);
}
