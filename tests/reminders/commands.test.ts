import { describe, expect, it } from 'vitest';
import type { Caller, Conversation } from '../../src/dispatch/context.js';
import { makeTestBot } from '../support/fixtures.js';

const CHANNEL: Conversation = { platform: 'slack', id: 'C0DELEG', name: 'delegation-x', teamId: 'T1' };
const DELEGATE: Caller = { id: 'U0DELEGATE', platform: 'slack' };

describe('/cwg subscribe, unsubscribe, subscriptions', () => {
  it('subscribes a channel with defaults, changes only what is given, shows the next reminder, and stops', async () => {
    const t = await makeTestBot({ now: '2025-06-10T08:00:00+02:00' });
    const say = (line: string) => t.bot.handle(line, DELEGATE, CHANNEL);
    expect((await say('/cwg subscriptions')).text).toContain('This channel gets no reminders');
    const first = await say('/cwg subscribe');
    expect(first.text).toContain('This channel will get reminders: events and deadlines, at 09:00 Europe/Zurich');
    expect(first.text).toContain('weekly digest on Mondays');
    expect(first.text).toContain('if it is not in this channel yet, add it with "/invite @CWG calendar"');
    const stored = t.store.read().subscriptions;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id: 'slack:C0DELEG',
      conversation: { platform: 'slack', id: 'C0DELEG', name: 'delegation-x', teamId: 'T1' },
      at: '09:00',
      tz: 'Europe/Zurich',
      digest: true,
      createdBy: 'U0DELEGATE',
    });

    const changed = await say('/cwg subscribe at 7:45 tz America/New_York offsets 14d,3d,0d digest off');
    expect(changed.text).toContain('Updated');
    expect(changed.text).not.toContain('/invite');
    expect(t.store.read().subscriptions[0]).toMatchObject({ scope: 'all', at: '07:45', tz: 'America/New_York', offsets: [14, 3, 0], digest: false });
    await say('/cwg subscribe events igf');
    expect(t.store.read().subscriptions[0]).toMatchObject({ scope: 'events', tags: ['igf'], at: '07:45', tz: 'America/New_York' });

    const listing = await say('/cwg subscriptions');
    expect(listing.text).toContain('This channel gets events about igf, at 07:45 America/New_York');
    // IGF 2025 starts 23 June: 14 days before is 9 June (past), 3 days before is 20 June.
    // When, in the channel's zone and in Geneva.
    expect(listing.text).toContain('Next reminder: Fri 20 Jun 2025 07:45 America/New_York (Fri 20 Jun 2025 13:45 Geneva time), Internet Governance Forum 2025');
    await say('/cwg subscribe tz Geneva at 09:00 offsets 3d,1d,0d');
    expect((await say('/cwg subscriptions')).text).toContain('3 and 1 days before and on the morning of the day');
    expect((await say('/cwg subscriptions')).text).toContain(
      // the item's own date and its real distance from now (13 days), not the 3-day offset of the reminder
      'Next reminder: Fri 20 Jun 2025 09:00 Geneva time, Internet Governance Forum 2025 (IGF 2025), Mon 23 Jun 2025 – Fri 27 Jun 2025 (in 13 days)',
    );

    expect((await say('/cwg unsubscribe')).text).toContain('will no longer get reminders');
    expect(t.store.read().subscriptions).toEqual([]);
    expect((await say('/cwg unsubscribe')).text).toContain('was not subscribed');
  });

  it('explains bad input and changes nothing', async () => {
    const t = await makeTestBot();
    const say = (line: string) => t.bot.handle(line, DELEGATE, CHANNEL);
    for (const [line, words] of [
      ['/cwg subscribe at 25:00', 'is not a time of day'],
      ['/cwg subscribe tz Mars/Olympus', 'is not an IANA time zone'],
      ['/cwg subscribe offsets soon', '"soon" in "soon" is not a number of days before the item'],
      ['/cwg subscribe offsets 0d,-3d,xyz', '"-3d" and "xyz" in "0d,-3d,xyz" are not numbers of days before the item; use for example "offsets 14d,3d,1d"'],
      ['/cwg subscribe offsets 400d', 'up to 365d'],
      ['/cwg subscribe digest maybe', 'write "on" or "off"'],
      ['/cwg subscribe at', 'needs a value'],
      ['/cwg subscribe unicorns', 'is neither a tag nor who must act'],
    ] as const) {
      const r = await say(line);
      expect(r.error?.code, line).toBe('USAGE');
      expect(r.text, line).toContain(words);
    }
    expect(t.store.read().subscriptions).toEqual([]);
    const noChannel = await t.bot.handle('/cwg subscribe', DELEGATE);
    expect(noChannel.text).toContain('Run this in the channel');
    const all = await say('/cwg subscriptions all');
    expect(all.error?.code).toBe('FORBIDDEN');
  });
});
