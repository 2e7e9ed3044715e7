import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../jobs/deliver-reminders.js';
import { createTeamsAdapter } from '../../src/platforms/teams/adapter.js';
import { findReference } from '../../src/platforms/teams/references.js';
import { createTeamsReminderTransport } from '../../src/platforms/teams/reminder-transport.js';
import { startConnectorStandIn } from './connector-stand-in.js';
import { CHANNEL_ID, channelMessage, makeHarness, personalMessage, TEAM_ID } from './harness.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

const FAST = { perChannelIntervalMs: 0, workspacePerSecond: 0, backoffMs: 5, maxBackoffMs: 20, flushIntervalMs: 20 };

describe('Teams: subscribe in a channel, then reminders delivered through the Bot Connector', () => {
  it('stores the reference with the subscription and delivers each reminder exactly once despite 429 and 5xx', async () => {
    const connector = await startConnectorStandIn();
    stops.push(connector.close);
    // Monday 17 Feb 2025, 07:00 Geneva: the HLPF comments deadline (24 Feb) is 7 days away.
    const h = await makeHarness({ now: '2025-02-17T07:00:00+01:00' });
    const [confirmation] = await h.send(channelMessage('subscribe deadlines', undefined, { serviceUrl: connector.url }));
    expect(confirmation!.attachments).toBeDefined();

    const [sub] = h.store.read().subscriptions;
    expect(sub).toMatchObject({ id: `teams:${CHANNEL_ID}`, scope: 'deadlines', conversation: { platform: 'teams', id: CHANNEL_ID, teamId: TEAM_ID } });
    const ref = sub!.conversation.ref as { serviceUrl: string; conversation: { id: string }; activityId?: string };
    expect(ref.serviceUrl).toBe(connector.url);
    expect(ref.conversation.id).toBe(CHANNEL_ID);
    expect(ref.activityId).toBeUndefined();
    expect(findReference(h.store.read(), CHANNEL_ID)?.teamId).toBe(TEAM_ID);

    await h.store.update((d) => void (d.reminders.lastTickAt = h.clock().toISOString()));
    h.clock.set(new Date('2025-02-17T09:01:00+01:00'));
    // The first send meets throttling and errors until the client gives up; the job retries it.
    connector.script(
      { status: 429, headers: { 'Retry-After': '0' } },
      { status: 429, headers: { 'Retry-After': '0' } },
      { status: 503, headers: { 'Retry-After': '0' } },
      { status: 502, headers: { 'Retry-After': '0' } },
      { status: 429, headers: { 'Retry-After': '0' } },
    );
    const transport = createTeamsReminderTransport({ adapter: createTeamsAdapter(undefined), appId: '', store: h.store });
    const deps = {
      store: h.store,
      clock: h.clock,
      log: h.log,
      config: { reminderGraceHours: 6, ledgerRetentionDays: 90 },
      transports: [transport],
      options: FAST,
    };
    const summary = await run(deps);
    expect(summary.failed).toBe(0);
    expect(summary.sent).toBeGreaterThan(0);

    const delivered = connector.delivered(CHANNEL_ID);
    const confirmed = h.store.read().ledger.filter((e) => e.state === 'confirmed');
    expect(delivered).toHaveLength(summary.sent);
    expect(confirmed).toHaveLength(summary.sent);
    expect(new Set(confirmed.map((e) => e.key)).size).toBe(confirmed.length);
    const cards = delivered.map((a) => JSON.stringify(a.attachments[0].content));
    expect(cards.some((c) => c.includes('HLPF 2025'))).toBe(true);
    expect(connector.calls.filter((c) => c.status >= 400).length).toBe(5);

    // The next minute's run sends nothing again.
    h.clock.advance(60_000);
    await run(deps);
    expect(connector.delivered(CHANNEL_ID)).toHaveLength(summary.sent);
  });

  it('drops the subscription when the service says the bot is gone (403)', async () => {
    const connector = await startConnectorStandIn();
    stops.push(connector.close);
    const h = await makeHarness({ now: '2025-02-17T07:00:00+01:00' });
    await h.send(channelMessage('subscribe deadlines', undefined, { serviceUrl: connector.url }));
    await h.store.update((d) => void (d.reminders.lastTickAt = h.clock().toISOString()));
    h.clock.set(new Date('2025-02-17T09:01:00+01:00'));
    connector.script(...Array.from({ length: 10 }, () => ({ status: 403 })));
    const transport = createTeamsReminderTransport({ adapter: createTeamsAdapter(undefined), appId: '', store: h.store });
    const summary = await run({
      store: h.store,
      clock: h.clock,
      log: h.log,
      config: { reminderGraceHours: 6, ledgerRetentionDays: 90 },
      transports: [transport],
      options: FAST,
    });
    expect(summary.gone).toBeGreaterThan(0);
    expect(connector.delivered()).toHaveLength(0);
    expect(h.store.read().subscriptions).toHaveLength(0);
  });
});

describe('Teams: personal reminders in the 1:1 chat (issue 15)', () => {
  it('"remind me <id>" in the 1:1 chat delivers to that personal conversation reference; in a channel it says where to type it', async () => {
    const connector = await startConnectorStandIn();
    stops.push(connector.close);
    const h = await makeHarness({ now: '2025-02-17T07:00:00+01:00' });
    const [refused] = await h.send(channelMessage('remind me hlpf-2025-comments', undefined, { serviceUrl: connector.url }));
    expect(JSON.stringify(refused)).toContain('open a chat with me and type');
    expect(h.store.read().subscriptions).toHaveLength(0);

    const chat = personalMessage('remind me hlpf-2025-comments 7d', undefined, { serviceUrl: connector.url });
    await h.send(chat);
    const [sub] = h.store.read().subscriptions;
    const chatId = chat.conversation!.id;
    expect(sub).toMatchObject({ id: `teams:${chatId}#hlpf-2025-comments`, items: ['hlpf-2025-comments'], conversation: { id: chatId, personal: true } });
    expect((sub!.conversation.ref as { conversation: { conversationType?: string } }).conversation.conversationType).toBe('personal');
    // "subscribe" in the same chat: the person's own reminders
    const [own] = await h.send(personalMessage('subscribe deadlines', undefined, { serviceUrl: connector.url }));
    expect(JSON.stringify(own)).toContain('You will get your own reminders in this direct conversation');

    await h.store.update((d) => void (d.reminders.lastTickAt = h.clock().toISOString()));
    h.clock.set(new Date('2025-02-17T09:01:00+01:00'));
    const transport = createTeamsReminderTransport({ adapter: createTeamsAdapter(undefined), appId: '', store: h.store });
    const summary = await run({
      store: h.store,
      clock: h.clock,
      log: h.log,
      config: { reminderGraceHours: 6, ledgerRetentionDays: 90 },
      transports: [transport],
      options: FAST,
    });
    expect(summary.failed).toBe(0);
    const delivered = connector.delivered(chatId);
    expect(delivered.length).toBe(summary.sent);
    expect(delivered.map((a) => JSON.stringify(a.attachments[0].content)).filter((c) => c.includes('HLPF 2025')).length).toBeGreaterThanOrEqual(2);
    expect(connector.delivered(CHANNEL_ID)).toHaveLength(0);
  });
});
