import { describe, expect, it } from 'vitest';
import { cardOf, channelMessage, DELEGATE_AAD, factsOf, makeHarness, personalMessage, SECRETARIAT_AAD, TENANT, textsOf, user } from '../teams/harness.js';

/**
 * Roles on Teams come only from `aadObjectId`, on activities of the Teams channel ("msteams") whose
 * tenant is the configured one: Direct Line and Web Chat clients choose `from` themselves.
 * Through the real teams-ai Application (the Teams harness).
 */
const EDIT = 'edit hlpf-2025-comments place="Room A"';
const refused = (reply: unknown) =>
  textsOf(cardOf(reply as never))
    .join(' ')
    .includes('only the ITU secretariat');
const secretariat = user(SECRETARIAT_AAD, 'Officer');

describe('Teams role check', () => {
  it('a save from {id: <secretariat Entra id>} without aadObjectId is a delegate', async () => {
    const h = await makeHarness();
    const [r1] = await h.send(personalMessage(EDIT, { id: SECRETARIAT_AAD, name: 'Spoof' }));
    expect(refused(r1)).toBe(true);
    // The form path too: a forged Save card submission.
    const [r2] = await h.send(
      personalMessage(
        '',
        { id: SECRETARIAT_AAD, name: 'Spoof' },
        { text: undefined, value: { cwg: 'save', id: 'hlpf-2025-comments', revision: 0, place: 'Hacked' } },
      ),
    );
    expect(JSON.stringify(r2)).toContain('only the ITU secretariat');
    expect(h.store.read().audit).toHaveLength(0);
  });

  it('the secretariat aadObjectId on another channel (Direct Line, Web Chat) is a delegate', async () => {
    const h = await makeHarness();
    for (const channelId of ['directline', 'webchat', 'emulator']) {
      const [reply] = await h.send(personalMessage(EDIT, secretariat, { channelId }));
      expect(refused(reply), channelId).toBe(true);
    }
    expect(h.store.read().audit).toHaveLength(0);
  });

  it('with BOT_TENANT_ID set, the secretariat aadObjectId from another tenant is a delegate; from ours it may edit', async () => {
    const h = await makeHarness({ env: { BOT_ID: 'app-id', BOT_PASSWORD: 'pw', BOT_TENANT_ID: TENANT } });
    const other = {
      conversation: { id: 'a:personal-x', conversationType: 'personal', tenantId: 'tenant-evil', isGroup: false, name: '' },
      channelData: { tenant: { id: 'tenant-evil' } },
    };
    const [r1] = await h.send(personalMessage(EDIT, secretariat, other as never));
    expect(refused(r1)).toBe(true);
    const noTenant = { conversation: { id: 'a:personal-x', conversationType: 'personal', isGroup: false, name: '' }, channelData: {} };
    const [r2] = await h.send(personalMessage(EDIT, secretariat, noTenant as never));
    expect(refused(r2)).toBe(true);
    expect(h.store.read().audit).toHaveLength(0);
    const [done] = await h.send(channelMessage(EDIT, secretariat));
    expect(factsOf(cardOf(done))).toContain('Place: Room A');
  });

  it('a delegate stays a delegate on every surface: typed command, channel mention, form save', async () => {
    const h = await makeHarness();
    const delegate = user(DELEGATE_AAD);
    expect(refused((await h.send(personalMessage(EDIT, delegate)))[0])).toBe(true);
    expect(refused((await h.send(channelMessage(EDIT, delegate)))[0])).toBe(true);
    expect(refused((await h.send(personalMessage('add title="X" date=2025-09-09', delegate)))[0])).toBe(true);
    const [form] = await h.send(
      personalMessage('', delegate, { text: undefined, value: { cwg: 'save', id: 'hlpf-2025-comments', revision: 0, place: 'Hacked' } }),
    );
    expect(JSON.stringify(form)).toContain('only the ITU secretariat');
    expect(h.store.read().audit).toHaveLength(0);
  });
});
