import { createServer, type Server, type Socket } from 'node:net';
import { WebClient } from '@slack/web-api';
import { afterEach, describe, expect, it } from 'vitest';
import { timedHttpFetch } from '../../src/platforms/slack/http-fetch.js';
import { createTeamsAdapter } from '../../src/platforms/teams/adapter.js';
import { createTeamsReminderTransport } from '../../src/platforms/teams/reminder-transport.js';
import type { StoredConversation } from '../../src/store/reminders-schema.js';
import { makeTestBot } from '../support/fixtures.js';

/** A server that accepts every connection, reads what comes, and never answers. */
async function startStalledServer(): Promise<{ url: string; connections: () => number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let count = 0;
  const server: Server = createServer((s) => {
    count++;
    sockets.add(s);
    s.on('data', () => undefined);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => count,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function stalled() {
  const s = await startStalledServer();
  stops.push(s.close);
  return s;
}

async function elapsed<T>(p: Promise<T>): Promise<{ ms: number; result: T | undefined; error: unknown }> {
  const t0 = performance.now();
  try {
    const result = await p;
    return { ms: performance.now() - t0, result, error: undefined };
  } catch (error) {
    return { ms: performance.now() - t0, result: undefined, error };
  }
}

describe('every request that leaves the process has a deadline (a server that accepts and never answers)', () => {
  it('response_url posts (Bolt respond: no deadline of its own) give up after the configured time', async () => {
    const s = await stalled();
    const fetch = timedHttpFetch(300);
    const r = await elapsed(fetch(`${s.url}/hooks/response`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"hi"}' }));
    expect(r.error).toBeTruthy();
    expect(String((r.error as Error).name)).toBe('TimeoutError');
    expect(r.ms).toBeGreaterThanOrEqual(250);
    expect(r.ms).toBeLessThan(3000);
  });

  it('Slack Web API calls through the client`s timeout, retried within a bounded policy', async () => {
    const s = await stalled();
    const client = new WebClient('xoxb-x', {
      slackApiUrl: `${s.url}/api/`,
      fetch: timedHttpFetch(60_000),
      timeout: 300,
      retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 20 },
    });
    const r = await elapsed(client.chat.postMessage({ channel: 'C1', text: 'hi' }));
    expect((r.error as { code?: string }).code).toBe('slack_webapi_request_error');
    expect(s.connections()).toBe(3);
    expect(r.ms).toBeLessThan(5000);
  });

  it('Teams Bot Connector calls (proactive reminders) fail as retryable after the configured time', async () => {
    const s = await stalled();
    const test = await makeTestBot({ now: '2025-02-17T09:00:00+01:00' });
    const transport = createTeamsReminderTransport({ adapter: createTeamsAdapter(undefined, 300), appId: '', store: test.store });
    const conversation: StoredConversation = {
      platform: 'teams',
      id: '19:chan@thread.tacv2',
      ref: {
        channelId: 'msteams',
        serviceUrl: `${s.url}/`,
        bot: { id: '28:bot', name: 'CWG' },
        conversation: { id: '19:chan@thread.tacv2', conversationType: 'channel' },
      },
    } as StoredConversation;
    const reply = await test.ask('next-deadline');
    const r = await elapsed(transport.send(conversation, { key: 'k', text: reply.text, body: reply }, 'k'));
    expect(r.result).toMatchObject({ ok: false, kind: 'retryable' });
    expect(r.ms).toBeLessThan(10_000);
    expect(s.connections()).toBeGreaterThanOrEqual(1);
  }, 20_000);
});
