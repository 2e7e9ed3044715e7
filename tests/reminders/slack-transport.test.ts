import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/log.js';
import { createSlackReminderTransport } from '../../src/platforms/slack/reminder-transport.js';
import { makeTestBot } from '../support/fixtures.js';
import { startSlackApiStandIn } from '../support/slack-api-stand-in.js';

const CONV = { platform: 'slack' as const, id: 'C1' };
const BODY = { tone: 'ok' as const, heading: 'Reminder: <IGF> & co starts in 7 days', sections: [], notes: ['Details: /cwg show igf-2025'] };

describe('the Slack reminder transport', () => {
  it('posts Block Kit with the key in message metadata, finds it again in the history, and falls back to text when blocks are refused', async () => {
    const api = await startSlackApiStandIn();
    try {
      const t = createSlackReminderTransport({ token: 'xoxb-test', apiUrl: api.url, log: memoryLogger(), retryConfig: { retries: 0 } });
      expect(await t.findDelivered(CONV, 'k1')).toBe('not-found');
      expect(await t.send(CONV, { key: 'k1', text: 'plain', body: BODY }, 'k1')).toMatchObject({ ok: true, ref: expect.any(String) });
      const [m] = api.posted.get('C1')!;
      expect(m!.metadata).toEqual({ event_type: 'cwg_reminder', event_payload: { key: 'k1' } });
      expect(JSON.stringify(m!.blocks)).toContain('"type":"header"');
      expect(m!.text).toContain('&lt;IGF&gt; &amp; co'); // escaped for mrkdwn
      expect(await t.findDelivered(CONV, 'k1', new Date(Date.now() - 60_000))).toBe('delivered');
      expect(await t.findDelivered(CONV, 'k2')).toBe('not-found');

      api.respond((call) => (call.method === 'chat.postMessage' && call.args.blocks ? { body: { ok: false, error: 'invalid_blocks' } } : undefined));
      expect(await t.send(CONV, { key: 'k2', text: 'plain', body: BODY }, 'k2')).toMatchObject({ ok: true });
      expect(api.posted.get('C1')!.at(-1)!.blocks).toBeUndefined();

      api.respond((call) =>
        call.method === 'chat.postMessage' && call.args.channel === 'C9' ? { body: { ok: false, error: 'channel_not_found' } } : undefined,
      );
      expect(await t.send({ platform: 'slack', id: 'C9' }, { key: 'k3', text: 'x', body: BODY }, 'k3')).toEqual({
        ok: false,
        kind: 'gone',
        detail: 'channel_not_found',
      });
    } finally {
      await api.close();
    }
  });

  it("hands a 429 back typed (WebAPIRateLimitedError) with Slack's Retry-After, for the job to wait out", async () => {
    const api = await startSlackApiStandIn();
    try {
      api.respond((call) =>
        call.method === 'chat.postMessage' ? { status: 429, headers: { 'retry-after': '7' }, body: { ok: false, error: 'ratelimited' } } : undefined,
      );
      const t = createSlackReminderTransport({ token: 'xoxb-test', apiUrl: api.url, log: memoryLogger(), retryConfig: { retries: 0 } });
      expect(await t.send(CONV, { key: 'k1', text: 'plain', body: BODY }, 'k1')).toEqual({
        ok: false,
        kind: 'rate-limited',
        retryAfterMs: 7000,
        detail: 'ratelimited',
      });
    } finally {
      await api.close();
    }
  });

  it('a history read answered 429 is waited out and retried, not taken as "unknown" (which would send again)', async () => {
    const api = await startSlackApiStandIn();
    try {
      let refused = 0;
      api.respond((call) =>
        call.method === 'conversations.history' && refused++ === 0
          ? { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } }
          : undefined,
      );
      const t = createSlackReminderTransport({ token: 'xoxb-test', apiUrl: api.url, log: memoryLogger(), retryConfig: { retries: 1 } });
      expect(await t.send(CONV, { key: 'k1', text: 'plain', body: BODY }, 'k1')).toMatchObject({ ok: true });
      const started = performance.now();
      expect(await t.findDelivered(CONV, 'k1')).toBe('delivered');
      expect(performance.now() - started).toBeGreaterThanOrEqual(900);
      expect(api.callsTo('conversations.history')).toHaveLength(2);
    } finally {
      await api.close();
    }
  });

  it('offers Details and Add to my calendar on each item of a reminder, but no Share (it is already in the channel)', async () => {
    const api = await startSlackApiStandIn();
    try {
      const bot = await makeTestBot({ now: '2025-06-16T09:00:00+02:00' });
      const reply = await bot.ask('show igf-2025');
      const body = { tone: 'ok' as const, heading: 'Reminder: IGF 2025 starts in 7 days', sections: [{ items: reply.items }] };
      const t = createSlackReminderTransport({ token: 'xoxb-test', apiUrl: api.url, log: memoryLogger(), retryConfig: { retries: 0 } });
      expect(await t.send(CONV, { key: 'k9', text: 'IGF 2025 in 7 days', body }, 'k9')).toMatchObject({ ok: true });
      const blocks = JSON.stringify(api.posted.get('C1')![0]!.blocks);
      expect(blocks).toContain('"action_id":"cwg_details"');
      expect(blocks).toContain('"action_id":"cwg_calendar"');
      expect(blocks).not.toContain('cwg_share_item');
    } finally {
      await api.close();
    }
  });
});
