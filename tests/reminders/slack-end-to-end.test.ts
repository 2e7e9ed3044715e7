import { describe, expect, it } from 'vitest';
import { run } from '../../jobs/deliver-reminders.js';
import { createSlackReminderTransport } from '../../src/platforms/slack/reminder-transport.js';
import { DELEGATE, startSlackHarness } from '../slack/support/slack-harness.js';
import { FAST } from './helpers.js';

/** From a signed /cwg subscribe on the real Bolt app to the reminder in that channel of the Slack stand-in. */
describe('reminders end to end on Slack', () => {
  it('subscribes the channel a slash command came from and posts its reminders there', async () => {
    const h = await startSlackHarness({ now: '2025-06-16T08:50:00+02:00' });
    expect((await h.slash('subscribe igf', DELEGATE, { channel: 'C0DELEG' })).status).toBe(200);
    const [ack] = await h.recorder.waitFor(1);
    expect(JSON.stringify(ack)).toContain('This channel will get reminders: events and deadlines about igf');
    expect(h.t.store.read().subscriptions).toMatchObject([
      { id: 'slack:C0DELEG', conversation: { platform: 'slack', id: 'C0DELEG', name: 'general' }, tags: ['igf'], createdBy: DELEGATE },
    ]);

    const transport = createSlackReminderTransport({ token: 'xoxb-test-token', apiUrl: h.api.url, log: h.t.log, retryConfig: { retries: 0 } });
    const deps = { store: h.t.store, clock: h.t.clock, log: h.t.log, config: h.t.config, transports: [transport], options: FAST };
    await run(deps); // 08:50: nothing due yet
    expect(h.api.posted.get('C0DELEG')).toBeUndefined();
    h.t.clock.set(new Date('2025-06-16T09:01:00+02:00'));
    const summary = await run(deps);
    expect(summary).toMatchObject({ sent: 2, failed: 0 });
    const posted = h.api.posted.get('C0DELEG')!;
    expect(posted.map((m) => (m.metadata as { event_payload: { key: string } }).event_payload.key).sort()).toEqual([
      'digest:2025-06-16:slack:C0DELEG',
      'rem:igf-2025:v0:2025-06-23:7d:slack:C0DELEG',
    ]);
    const reminder = posted.find((m) => String(m.text).startsWith('Reminder'))!;
    expect(reminder.text).toContain('Internet Governance Forum 2025');
    expect(JSON.stringify(reminder.blocks)).toContain('cwg_details');
    expect(String(reminder.args.unfurl_links)).toBe('false');

    await h.slash('unsubscribe', DELEGATE, { channel: 'C0DELEG' });
    await h.recorder.waitFor(2);
    expect(h.t.store.read().subscriptions).toEqual([]);
  });
});

/** Personal reminders: "/cwg remind me <id>" in a channel and "/cwg subscribe" in a DM reach the person's IM with the bot. */
describe('personal reminders on Slack', () => {
  it('opens the IM with conversations.open and posts the item reminder there, not in the channel', async () => {
    const h = await startSlackHarness({ now: '2025-06-16T08:50:00+02:00' });
    expect((await h.slash('remind me igf-2025 7d', DELEGATE, { channel: 'C0DELEG' })).status).toBe(200);
    const [ack] = await h.recorder.waitFor(1);
    expect(JSON.stringify(ack)).toContain(
      'I will remind you of Internet Governance Forum 2025 (IGF 2025) (igf-2025) in our direct conversation: 7 days before',
    );
    expect(h.api.callsTo('conversations.open').map((c) => c.args.users)).toEqual([DELEGATE]);
    const dm = `D${DELEGATE.slice(1)}`;
    expect(h.t.store.read().subscriptions).toMatchObject([
      { id: `slack:${dm}#igf-2025`, conversation: { platform: 'slack', id: dm, personal: true }, items: ['igf-2025'], offsets: [7], digest: false },
    ]);
    // at 09:00 in the person's own zone (users.info), not Geneva's
    expect(h.t.store.read().subscriptions[0]).toMatchObject({ at: '09:00', tz: 'America/New_York' });

    const transport = createSlackReminderTransport({ token: 'xoxb-test-token', apiUrl: h.api.url, log: h.t.log, retryConfig: { retries: 0 } });
    const deps = { store: h.t.store, clock: h.t.clock, log: h.t.log, config: h.t.config, transports: [transport], options: FAST };
    await run(deps); // 08:50 Geneva: nothing due yet
    h.t.clock.set(new Date('2025-06-16T09:01:00-04:00'));
    const summary = await run(deps);
    expect(summary, JSON.stringify(summary)).toMatchObject({ sent: 1, failed: 0 });
    expect(h.api.posted.get('C0DELEG')).toBeUndefined();
    const [reminder] = h.api.posted.get(dm)!;
    expect(reminder!.text).toContain('Internet Governance Forum 2025');

    // typed in a DM, "subscribe" is the person's own, in the bot's IM
    await h.slash('subscribe deadlines', DELEGATE, { channel: dm });
    const [, personal] = await h.recorder.waitFor(2);
    expect(JSON.stringify(personal)).toContain('You will get your own reminders in this direct conversation: deadlines');
    expect(
      h.t.store
        .read()
        .subscriptions.map((s) => s.id)
        .sort(),
    ).toEqual([`slack:${dm}`, `slack:${dm}#igf-2025`]);
    await h.slash('unsubscribe igf-2025', DELEGATE, { channel: 'C0DELEG' });
    await h.recorder.waitFor(3);
    expect(h.t.store.read().subscriptions.map((s) => s.id)).toEqual([`slack:${dm}`]);
  });
});
