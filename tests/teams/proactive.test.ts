import { afterEach, describe, expect, it } from 'vitest';
import { createTeamsAdapter } from '../../src/platforms/teams/adapter.js';
import { createTeamsReminderTransport } from '../../src/platforms/teams/reminder-transport.js';
import type { StoredConversation } from '../../src/store/reminders-schema.js';
import type { ReminderMessage } from '../../src/reminders/transport.js';
import { makeTestBot } from '../support/fixtures.js';
import { startConnectorStandIn } from './connector-stand-in.js';
import { BOT, CHANNEL_ID, TEAM_ID, TENANT } from './harness.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function setup() {
  const connector = await startConnectorStandIn();
  stops.push(connector.close);
  const test = await makeTestBot({ now: '2025-02-17T09:00:00+01:00' });
  const transport = createTeamsReminderTransport({ adapter: createTeamsAdapter(undefined), appId: '', store: test.store });
  const conversation: StoredConversation = {
    platform: 'teams',
    id: CHANNEL_ID,
    teamId: TEAM_ID,
    ref: {
      channelId: 'msteams',
      serviceUrl: connector.url,
      bot: BOT,
      conversation: { id: CHANNEL_ID, conversationType: 'channel', tenantId: TENANT, isGroup: true },
    },
  };
  const reply = await test.ask('next-deadline');
  const message: ReminderMessage = { key: 'reminder:hlpf-2025-comments:v0:7:teams:chan', text: reply.text, body: reply };
  return { connector, transport, conversation, message, test };
}

describe('Teams reminder transport (proactive, through a Bot Connector stand-in)', () => {
  it('posts a new channel message with the card through the stored reference', async () => {
    const { connector, transport, conversation, message } = await setup();
    const result = await transport.send(conversation, message, message.key);
    expect(result).toEqual({ ok: true, ref: 'activity-1' });
    const [sent] = connector.delivered(CHANNEL_ID);
    // The channel itself (no ";messageid=" thread), as botbuilder's proactive turn posts it.
    expect(connector.calls[0]!.path.startsWith(`/v3/conversations/${encodeURIComponent(CHANNEL_ID)}/activities`)).toBe(true);
    expect(sent.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(sent.summary).toBe('Next deadline');
  });

  it('waits out 429 Retry-After and delivers exactly once', async () => {
    const { connector, transport, conversation, message } = await setup();
    connector.script({ status: 429, headers: { 'Retry-After': '0' } }, { status: 429, headers: { 'Retry-After': '0' } });
    const result = await transport.send(conversation, message, message.key);
    expect(result.ok).toBe(true);
    expect(connector.calls.map((c) => c.status)).toEqual([429, 429, 201]);
    expect(connector.delivered(CHANNEL_ID)).toHaveLength(1);
  });

  it('retries 5xx answers and delivers exactly once', async () => {
    const { connector, transport, conversation, message } = await setup();
    connector.script({ status: 503, headers: { 'Retry-After': '0' } }, { status: 500 });
    const result = await transport.send(conversation, message, message.key);
    expect(result.ok).toBe(true);
    expect(connector.calls.map((c) => c.status)).toEqual([503, 500, 201]);
    expect(connector.delivered(CHANNEL_ID)).toHaveLength(1);
  });

  it('reports persistent throttling as rate-limited with the service’s delay, nothing delivered', async () => {
    const { connector, transport, conversation, message } = await setup();
    connector.script(...Array.from({ length: 4 }, () => ({ status: 429, headers: { 'Retry-After': '0' } })));
    const result = await transport.send(conversation, message, message.key);
    expect(result).toMatchObject({ ok: false, kind: 'rate-limited' });
    expect(connector.delivered(CHANNEL_ID)).toHaveLength(0);
  });

  it('reports persistent 5xx as retryable, and a removed bot (403) as gone', async () => {
    const { connector, transport, conversation, message } = await setup();
    connector.script(...Array.from({ length: 4 }, () => ({ status: 503, headers: { 'Retry-After': '0' } })));
    expect(await transport.send(conversation, message, message.key)).toMatchObject({ ok: false, kind: 'retryable' });
    connector.script({ status: 403 });
    expect(await transport.send(conversation, message, message.key)).toMatchObject({ ok: false, kind: 'gone' });
    expect(connector.delivered(CHANNEL_ID)).toHaveLength(0);
  });

  it('falls back to the reference stored at installation, and fails clearly without one', async () => {
    const { connector, transport, conversation, message, test } = await setup();
    await test.store.update((db) => {
      db.platforms.teams = {
        conversations: { [CHANNEL_ID]: { reference: conversation.ref, kind: 'channel', teamId: TEAM_ID, savedAt: '2025-02-01T00:00:00Z' } },
      };
    });
    const { ref: _ref, ...withoutRef } = conversation;
    expect((await transport.send(withoutRef, message, message.key)).ok).toBe(true);
    expect(connector.delivered(CHANNEL_ID)).toHaveLength(1);
    const unknown = await transport.send({ platform: 'teams', id: '19:never-seen@thread.tacv2' }, message, message.key);
    expect(unknown).toMatchObject({ ok: false, kind: 'fatal' });
  });
});
