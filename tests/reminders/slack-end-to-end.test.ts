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
