import { ErrorCode, WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { PlatformAuthError } from '../../src/errors.js';
import { memoryLogger } from '../../src/log.js';
import { CONNECT_BACKOFF_MS, connectWithRetry, refusedToken } from '../../src/platforms/slack/connect-retry.js';

describe('connecting to Slack at start', () => {
  it('retries what is not a refusal with growing waits, logging each, until it succeeds', async () => {
    const log = memoryLogger();
    const waits: number[] = [];
    let n = 0;
    await connectWithRetry(
      async () => {
        if (++n < 10) throw new Error('getaddrinfo ENOTFOUND slack.com');
      },
      { log, what: 'auth.test', variable: 'SLACK_BOT_TOKEN', sleep: async (ms) => void waits.push(ms) },
    );
    expect(n).toBe(10);
    expect(waits).toEqual([...CONNECT_BACKOFF_MS, 60_000, 60_000]);
    expect(log.lines.filter((l) => l.includes('slack: auth.test failed, retrying in'))).toHaveLength(9);
    expect(log.lines.some((l) => l.includes('ENOTFOUND'))).toBe(true);
    expect(log.lines.at(-1)).toContain('auth.test succeeded after 10 attempts');
  });

  it('stops at once on a refused token, naming the variable', async () => {
    const refusal = Object.assign(new Error('An API error occurred: invalid_auth'), {
      code: ErrorCode.PlatformError,
      data: { ok: false, error: 'invalid_auth' },
    });
    let n = 0;
    const p = connectWithRetry(
      async () => {
        n++;
        throw refusal;
      },
      { log: memoryLogger(), what: 'Socket Mode connection', variable: 'SLACK_APP_TOKEN', sleep: async () => undefined },
    );
    await expect(p).rejects.toBeInstanceOf(PlatformAuthError);
    await expect(p).rejects.toMatchObject({ variable: 'SLACK_APP_TOKEN', reason: 'invalid_auth' });
    expect(n).toBe(1);
    // Wrapped by Bolt (AuthorizationError.original) it is still a refusal; other platform errors are not.
    expect(refusedToken({ code: 'slack_bolt_authorization_error', original: refusal })).toBe('invalid_auth');
    expect(refusedToken({ code: ErrorCode.PlatformError, data: { error: 'internal_error' } })).toBeUndefined();
  });

  it('a real Web API client call to a port nobody listens on is retried, not a refusal', async () => {
    const client = new WebClient('xoxb-x', { slackApiUrl: 'http://127.0.0.1:9/api/', retryConfig: { retries: 0 }, timeout: 2000 });
    const err = await client.auth.test().catch((e: unknown) => e);
    expect(refusedToken(err)).toBeUndefined();
  });
});
