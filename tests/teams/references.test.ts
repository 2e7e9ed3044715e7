import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { findReference } from '../../src/platforms/teams/references.js';
import type { Subscription } from '../../src/store/reminders-schema.js';
import { sub } from '../reminders/helpers.js';
import { BOT, CHANNEL_ID, DELEGATE_AAD, makeHarness, TEAM_ID, TENANT, user } from './harness.js';

const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

function botAddedToTeam(): Partial<Activity> & { channelData: Record<string, unknown> } {
  return {
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id, name: BOT.name }],
    recipient: BOT,
    from: user(DELEGATE_AAD),
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    conversation: { id: CHANNEL_ID, conversationType: 'channel', tenantId: TENANT, isGroup: true, name: 'General' },
    channelData: { eventType: 'teamMemberAdded', team: { id: TEAM_ID, name: 'WSIS' }, channel: { id: CHANNEL_ID }, tenant: { id: TENANT } },
  };
}

function subscription(conversationId: string, teamId?: string): Subscription {
  const conversation = { platform: 'teams' as const, id: conversationId, ...(teamId ? { teamId } : {}) };
  return sub(conversationId, { conversation, createdAt: '2025-01-10T09:00:00+01:00' }, 'teams');
}

describe('Teams: conversation references', () => {
  it('stores the reference when the bot is added to a team, and says hello', async () => {
    const h = await makeHarness();
    const replies = await h.send(botAddedToTeam());
    const stored = findReference(h.store.read(), CHANNEL_ID);
    expect(stored?.teamId).toBe(TEAM_ID);
    expect(stored?.kind).toBe('channel');
    expect(stored?.reference.serviceUrl).toBe(SERVICE_URL);
    expect(stored?.reference.conversation?.id).toBe(CHANNEL_ID);
    expect(stored?.reference.bot?.id).toBe(BOT.id);
    expect(replies[0]!.text).toContain('@CWG next-deadline');
  });

  it('ignores other members joining', async () => {
    const h = await makeHarness();
    const replies = await h.send({ ...botAddedToTeam(), membersAdded: [{ id: '29:someone', name: 'Someone' }] });
    expect(findReference(h.store.read(), CHANNEL_ID)).toBeUndefined();
    expect(replies).toHaveLength(0);
  });

  it('stores a personal installation (installationUpdate add) and keeps it on a fresh store read', async () => {
    const h = await makeHarness();
    await h.send({
      type: 'installationUpdate',
      action: 'add',
      recipient: BOT,
      from: user(DELEGATE_AAD),
      channelId: 'msteams',
      serviceUrl: SERVICE_URL,
      conversation: { id: 'a:personal-chat', conversationType: 'personal', tenantId: TENANT, isGroup: false, name: '' },
    });
    expect(findReference(h.store.read(), 'a:personal-chat')?.kind).toBe('personal');
  });

  it('drops the references and subscriptions of a team when the bot is removed from it', async () => {
    const h = await makeHarness();
    await h.send(botAddedToTeam());
    await h.store.update((db) => {
      db.subscriptions.push(subscription(CHANNEL_ID, TEAM_ID), subscription('19:other-channel@thread.tacv2', TEAM_ID), subscription('a:personal-x', TENANT));
    });
    await h.send({
      ...botAddedToTeam(),
      membersAdded: undefined,
      membersRemoved: [{ id: BOT.id, name: BOT.name }],
      channelData: { ...botAddedToTeam().channelData, eventType: 'teamMemberRemoved' },
    });
    const db = h.store.read();
    expect(findReference(db, CHANNEL_ID)).toBeUndefined();
    expect(db.subscriptions.map((s) => s.id)).toEqual(['teams:a:personal-x']);
  });

  it('drops a personal chat on installationUpdate remove', async () => {
    const h = await makeHarness();
    const conv = { id: 'a:personal-chat', conversationType: 'personal', tenantId: TENANT, isGroup: false, name: '' };
    const base = { recipient: BOT, from: user(DELEGATE_AAD), channelId: 'msteams', serviceUrl: SERVICE_URL, conversation: conv };
    await h.send({ type: 'installationUpdate', action: 'add', ...base });
    await h.store.update((db) => {
      db.subscriptions.push(subscription('a:personal-chat'));
    });
    await h.send({ type: 'installationUpdate', action: 'remove', ...base });
    expect(findReference(h.store.read(), 'a:personal-chat')).toBeUndefined();
    expect(h.store.read().subscriptions).toHaveLength(0);
  });

  it('fills the reference into an existing subscription of that conversation', async () => {
    const h = await makeHarness();
    await h.store.update((db) => {
      db.subscriptions.push(subscription(CHANNEL_ID, TEAM_ID));
    });
    await h.send(botAddedToTeam());
    const ref = h.store.read().subscriptions[0]!.conversation.ref as { conversation: { id: string } };
    expect(ref.conversation.id).toBe(CHANNEL_ID);
  });
});
