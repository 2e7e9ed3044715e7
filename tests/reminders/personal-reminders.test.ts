import { describe, expect, it } from 'vitest';
import type { Caller, Conversation } from '../../src/dispatch/context.js';
import { buildMessage } from '../../src/reminders/message.js';
import { planReminders } from '../../src/reminders/plan.js';
import { makeTestBot } from '../support/fixtures.js';
import { run } from '../../jobs/deliver-reminders.js';
import { ItemSchema } from '../../src/calendar/schema.js';
import { createConsoleTransport } from '../../src/platforms/console/console-transport.js';
import { FAST, item, quiet, storeWith, sub } from './helpers.js';

const CHANNEL: Conversation = { platform: 'slack', id: 'C0DELEG', name: 'delegation-x', teamId: 'T1' };
const DELEGATE: Caller = { id: 'U0DELEGATE', platform: 'slack', tz: 'Europe/Zurich' };
/** What the Slack adapter gives: the bot's IM with the delegate, opened on demand. */
const IM: Conversation = { platform: 'slack', id: 'D0DELEGATE', personal: true, teamId: 'T1' };
const withOpener = (c: Conversation): Conversation => ({ ...c, openPersonal: async () => IM });
/** A Teams channel: no way to open a 1:1 chat from there. */
const TEAMS_CHANNEL: Conversation = { platform: 'teams', id: '19:abc@thread.tacv2', teamId: 'T2' };
const TEAMS_CHAT: Conversation = { platform: 'teams', id: 'a:1personal', personal: true, teamId: 'tenant' };

describe('subscribe changes only what you give (issue 15)', () => {
  it('keeps "deadlines only" when a tag is added, and confirms with the offsets it will use', async () => {
    const t = await makeTestBot({ now: '2025-06-10T08:00:00+02:00' });
    const say = (line: string) => t.bot.handle(line, DELEGATE, CHANNEL);
    const first = await say('subscribe deadlines members');
    expect(first.text).toContain('deadlines about members');
    expect(first.text).toContain('deadlines 7 and 1 days before and on the morning of the due day');
    expect(first.text).not.toContain('events 30, 7 and 1');
    await say('subscribe igf');
    expect(t.store.read().subscriptions[0]).toMatchObject({ scope: 'deadlines', tags: ['igf'], actors: ['members'] });
    await say('subscribe secretariat');
    expect(t.store.read().subscriptions[0]).toMatchObject({ scope: 'deadlines', tags: ['igf'], actors: ['secretariat'] });
    await say('subscribe events');
    expect(t.store.read().subscriptions[0]).toMatchObject({ scope: 'events', tags: ['igf'], actors: ['secretariat'] });
    expect((await say('subscriptions')).text).toContain('events 30, 7 and 1 days before they start');
    // "all" alone: every item again
    await say('subscribe all');
    expect(t.store.read().subscriptions[0]).toMatchObject({ scope: 'all', tags: [], actors: [] });
    await say('subscribe mine');
    expect(t.store.read().subscriptions[0]).toMatchObject({ actors: ['members'] });
  });

  it('does not show a delivery already made as the next reminder', async () => {
    const t = await makeTestBot({ now: '2025-06-16T08:30:00+02:00' });
    const say = (line: string) => t.bot.handle(line, DELEGATE, CHANNEL);
    await say('subscribe');
    const sub = t.store.read().subscriptions[0]!;
    await t.store.update((d) => {
      d.subscriptions[0]!.createdAt = '2025-06-01T00:00:00Z';
    });
    // Monday 16 June 2025, 08:59: the planner's next delivery is the 09:00 digest…
    t.clock.set(new Date('2025-06-16T08:59:00+02:00'));
    const [digest] = planReminders(t.store.read().items, t.store.read().subscriptions, {
      from: new Date('2025-06-16T08:59:00+02:00'),
      to: new Date('2025-06-16T09:01:00+02:00'),
    }).filter((d) => d.due.type === 'digest');
    expect(digest?.key).toBe(`digest:2025-06-16:${sub.id}`);
    const before = (await say('subscriptions')).text;
    expect(before).toContain('Next reminder: Mon 16 Jun 2025 09:00 Geneva time, the weekly digest');
    // …which a run that started a little early (a tick, a second process) has already sent
    await t.store.update((d) => {
      d.ledger.push({
        key: digest!.key,
        subscriptionId: sub.id,
        state: 'confirmed',
        dueAt: digest!.dueAt.toISOString(),
        intendedAt: '2025-06-16T06:58:00.000Z',
        confirmedAt: '2025-06-16T06:58:01.000Z',
      });
    });
    const after = (await say('subscriptions')).text;
    expect(after).not.toContain('the weekly digest');
    expect(after).toContain(
      'Next reminder: Mon 16 Jun 2025 09:00 Geneva time, Internet Governance Forum 2025 (IGF 2025), Mon 23 Jun 2025 – Fri 27 Jun 2025 (in 7 days)',
    );
  });
});

describe('personal reminders (issue 15)', () => {
  it('"subscribe" in a direct conversation gives the person their own reminders', async () => {
    const t = await makeTestBot({ now: '2025-06-10T08:00:00+02:00' });
    const r = await t.bot.handle('subscribe deadlines', DELEGATE, withOpener(IM));
    expect(r.text).toContain('You will get your own reminders in this direct conversation: deadlines');
    expect(r.text).not.toContain('/invite');
    expect(t.store.read().subscriptions).toMatchObject([{ id: 'slack:D0DELEGATE', conversation: { id: 'D0DELEGATE', personal: true }, scope: 'deadlines' }]);
    const teams = await t.bot.handle('subscribe', { id: 'aad-1', platform: 'teams' }, TEAMS_CHAT);
    expect(teams.text).toContain('You will get your own reminders');
    expect(t.store.read().subscriptions.map((s) => s.id)).toContain('teams:a:1personal');
  });

  it('"remind me <id> [offsets]" follows one item, in the direct conversation, and only that item', async () => {
    const t = await makeTestBot({ now: '2025-06-10T08:00:00+02:00' });
    const r = await t.bot.handle('remind me igf-2025 3d,1d', DELEGATE, withOpener(CHANNEL));
    expect(r.tone).toBe('ok');
    expect(r.text).toContain('I will remind you of Internet Governance Forum 2025 (IGF 2025) (igf-2025) in our direct conversation: 3 and 1 days before');
    const [sub] = t.store.read().subscriptions;
    expect(sub).toMatchObject({ id: 'slack:D0DELEGATE#igf-2025', items: ['igf-2025'], offsets: [3, 1], digest: false, scope: 'events', tz: 'Europe/Zurich' });
    const planned = planReminders(t.store.read().items, [sub!], { from: t.clock(), to: new Date('2025-07-01T00:00:00Z') });
    expect(planned.map((p) => p.key)).toEqual([
      'rem:igf-2025:v0:2025-06-23:3d:slack:D0DELEGATE#igf-2025',
      'rem:igf-2025:v0:2025-06-23:1d:slack:D0DELEGATE#igf-2025',
    ]);
    // the default offsets of its kind when none are given; again changes only what is given
    await t.bot.handle('remind me igf-2025', DELEGATE, withOpener(CHANNEL));
    expect(t.store.read().subscriptions[0]).toMatchObject({ offsets: [3, 1] });
    // "subscriptions" in the direct conversation lists it with its next reminder
    const listing = await t.bot.handle('subscriptions', DELEGATE, withOpener(IM));
    expect(listing.text).toContain('Reminders of single items:');
    expect(listing.text).toContain('• Internet Governance Forum 2025 (IGF 2025) (igf-2025): 3 and 1 days before');
    expect(listing.text).toContain('Next reminder: Fri 20 Jun 2025 09:00 Geneva time');
    expect((await t.bot.handle('unsubscribe igf-2025', DELEGATE, withOpener(CHANNEL))).text).toContain('No more reminders of igf-2025');
    expect(t.store.read().subscriptions).toEqual([]);
  });

  it('says what to do where it cannot write privately, and refuses unknown or finished items', async () => {
    const t = await makeTestBot({ now: '2025-06-10T08:00:00+02:00' });
    const teams = await t.bot.handle('remind me igf-2025', { id: 'aad-1', platform: 'teams' }, TEAMS_CHANNEL);
    expect(teams.error?.code).toBe('USAGE');
    expect(teams.text).toContain('open a chat with me and type "remind me igf-2025" there');
    const chat = await t.bot.handle('remind me igf-2025 7d', { id: 'aad-1', platform: 'teams' }, TEAMS_CHAT);
    expect(chat.tone).toBe('ok');
    expect(t.store.read().subscriptions.map((s) => s.id)).toEqual(['teams:a:1personal#igf-2025']);
    expect((await t.bot.handle('remind me igf-2052', DELEGATE, withOpener(CHANNEL))).error?.code).toBe('NOT_FOUND');
    expect((await t.bot.handle('remind me', DELEGATE, withOpener(CHANNEL))).text).toContain('Which item?');
    expect((await t.bot.handle('remind me igf-2024', DELEGATE, withOpener(CHANNEL))).text).toContain('is over or closed');
    expect((await t.bot.handle('remind me igf-2025 soon', DELEGATE, withOpener(CHANNEL))).error?.code).toBe('USAGE');
  });

  it('reminders and digests carry the short review marker, not the full note', async () => {
    const t = await makeTestBot({ now: '2025-02-17T08:00:00+01:00' });
    await t.bot.handle('remind me hlpf-2025-comments 7d', DELEGATE, withOpener(CHANNEL));
    const db = t.store.read();
    const sub = db.subscriptions[0]!;
    const [due] = planReminders(db.items, [sub], { from: t.clock(), to: new Date('2025-02-18T00:00:00+01:00') });
    expect(due).toBeDefined();
    const message = buildMessage(due!.key, due!.due, due!.dueAt, {
      items: db.items,
      audit: db.audit,
      sub,
      now: due!.dueAt,
      msg: t.bot.contextFor(DELEGATE).msg,
    });
    expect(message?.text).toContain('⚠ date to be checked');
    expect(message?.text).not.toContain('date as printed in the report');
  });
});

describe('a personal subscription and a "remind me" of the same item (issue 15)', () => {
  it('the planner plans each item and offset once per conversation; offsets only the "remind me" has still come', async () => {
    const items = [ItemSchema.parse(item({ id: 'ev-a', kind: 'event', when: { type: 'date', start: '2025-05-10' } }))];
    const own = sub('dm', { digest: false, createdAt: '2025-03-01T00:00:00Z' });
    const remind = sub('dm', { id: 'console:dm#ev-a', items: ['ev-a'], scope: 'events', digest: false, offsets: [3, 1], createdAt: '2025-03-01T00:00:00Z' });
    const window = { from: new Date('2025-04-01T00:00:00Z'), to: new Date('2025-05-11T00:00:00Z') };
    const keys = planReminders(items, [own, remind], window).map((p) => p.key);
    // 30, 7 and 1 days from the person's subscription; only 3 days from the "remind me" (1 day is already there).
    expect(keys.sort()).toEqual(
      [
        'rem:ev-a:v0:2025-05-10:30d:console:dm',
        'rem:ev-a:v0:2025-05-10:7d:console:dm',
        'rem:ev-a:v0:2025-05-10:1d:console:dm',
        'rem:ev-a:v0:2025-05-10:3d:console:dm#ev-a',
      ].sort(),
    );
    // Planned alone (its next delivery, a catch-up), the "remind me" still sees the conversation's subscription.
    expect(planReminders(items, [remind], window, [own, remind]).map((p) => p.key)).toEqual(['rem:ev-a:v0:2025-05-10:3d:console:dm#ev-a']);
    // Another conversation's subscription, one that does not follow the item, or one made after the reminder was due, covers nothing.
    const elsewhere = sub('channel', { digest: false, createdAt: '2025-03-01T00:00:00Z' });
    const igfOnly = { ...own, tags: ['igf'] };
    const late = { ...own, createdAt: '2025-05-09T12:00:00Z' };
    for (const peer of [elsewhere, igfOnly, late]) {
      expect(
        planReminders(items, [remind], window, [peer, remind])
          .map((p) => p.key)
          .sort(),
        peer.id,
      ).toEqual(['rem:ev-a:v0:2025-05-10:1d:console:dm#ev-a', 'rem:ev-a:v0:2025-05-10:3d:console:dm#ev-a']);
    }
  });

  it('the reminder job delivers one reminder to the person who subscribed and asked "remind me"', async () => {
    const { store } = await storeWith([item({ id: 'ev-a', kind: 'event', title: 'Open consultation', when: { type: 'date', start: '2025-04-10' } })]);
    const t = await makeTestBot({ store, now: '2025-04-09T08:58:00+02:00' });
    const person: Caller = { id: 'operator', platform: 'console' };
    const me: Conversation = { platform: 'console', id: 'me', personal: true };
    expect((await t.bot.handle('subscribe digest off', person, me)).tone).toBe('ok');
    expect((await t.bot.handle('remind me ev-a', person, me)).tone).toBe('ok');
    expect(
      t.store
        .read()
        .subscriptions.map((s) => s.id)
        .sort(),
    ).toEqual(['console:me', 'console:me#ev-a']);
    const printed: string[] = [];
    for (let minute = 0; minute < 3; minute++) {
      t.clock.advance(60_000);
      await run({
        store,
        clock: t.clock,
        log: quiet(),
        config: { reminderGraceHours: 6, ledgerRetentionDays: 90, lang: 'en' },
        transports: [createConsoleTransport((text) => printed.push(text))],
        options: { ...FAST, checkpointMs: 0 },
      });
    }
    // 09:01: the reminder due at 09:00, one day before, once.
    expect(printed.join('\n').match(/Reminder: Open consultation/g)).toHaveLength(1);
    expect(t.store.read().ledger.map((e) => e.key)).toEqual(['rem:ev-a:v0:2025-04-10:1d:console:me']);
    // A change of date is told once too.
    const moved = await t.bot.handle('reschedule ev-a 2025-04-24', { id: 'operator', platform: 'cli', isLocalOperator: true }, { platform: 'cli', id: 'cli' });
    expect(moved.tone).toBe('ok');
    t.clock.advance(60_000);
    await run({
      store,
      clock: t.clock,
      log: quiet(),
      config: { reminderGraceHours: 6, ledgerRetentionDays: 90, lang: 'en' },
      transports: [createConsoleTransport((text) => printed.push(text))],
      options: { ...FAST, checkpointMs: 0 },
    });
    const notices = t.store.read().ledger.filter((e) => e.key.startsWith('notice'));
    expect(notices.map((e) => e.subscriptionId)).toEqual(['console:me']);
  });
});
