import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/index.js';
import { readSlashText } from '../../src/platforms/slack/command-text.js';
import { whenToInput } from '../../src/render/when-input.js';
import { parseDate } from '../../src/editing/parse-date.js';
import { escapeMrkdwn } from '../../src/render/mrkdwn.js';
import { renderSlackBlocks } from '../../src/render/slack-blocks.js';
import { makeTestBot } from '../support/fixtures.js';

const msg = messagesFor();

describe('Block Kit rendering of real answers', () => {
  it("keeps a long listing within Slack's 50 blocks and says how many are not shown", async () => {
    const t = await makeTestBot({ now: '2025-01-15T09:00:00+01:00' });
    const reply = await t.ask('events all', { id: 'U1', platform: 'slack', isLocalOperator: false });
    expect(reply.items.length).toBeGreaterThan(20);
    const { blocks, text } = renderSlackBlocks(reply, { msg, shareLine: 'events all' });
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(blocks)).toMatch(/…and \d+ more not shown here/);
    expect(blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ action_id: 'cwg_share', value: 'events all' }] });
    // long lists use one overflow menu per item instead of a row of buttons
    expect(blocks.some((b) => b.type === 'section' && b.accessory?.type === 'overflow')).toBe(true);
    expect(text.length).toBeGreaterThan(0);
    for (const b of blocks) if (b.type === 'section') expect((b.text as { text: string }).text.length).toBeLessThanOrEqual(3000);
  });

  it('links the source to its document, and shows the revision in details', async () => {
    const t = await makeTestBot({ now: '2025-01-15T09:00:00+01:00' });
    await t.ask('edit igf-2025 document="IGF 2025 outcome" link="https://www.intgovforum.org/en/a&b"');
    const reply = await t.ask('show igf-2025', { id: 'U1', platform: 'slack', isLocalOperator: false });
    const json = JSON.stringify(renderSlackBlocks(reply, { msg }).blocks);
    expect(json).toContain('<https://www.intgovforum.org/en/a&amp;b|IGF 2025 outcome>');
    expect(json).toContain('revision: 1 (`rev=1`)');
  });

  it('splits a long help text over several sections instead of cutting it', async () => {
    const t = await makeTestBot();
    const reply = await t.ask('help');
    const { blocks } = renderSlackBlocks({ ...reply, intro: [...(reply.intro ?? []), ...(reply.intro ?? [])] }, { msg });
    const texts = blocks.filter((b) => b.type === 'section').map((b) => (b.text as { text: string }).text);
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(3000);
    const lines = (reply.intro ?? []).filter((l) => l.trim()).map(escapeMrkdwn);
    for (const line of lines) expect(texts.join('\n')).toContain(line);
  });

  it('shows status and earlier dates of a rescheduled item, and no buttons once shared', async () => {
    const t = await makeTestBot({ now: '2025-01-15T09:00:00+01:00' });
    const rescheduled = t.store.read().items.find((i) => i.status === 'rescheduled' && i.history.length)!;
    const reply = await t.ask(`show ${rescheduled.id}`, { id: 'U1', platform: 'slack', isLocalOperator: false });
    const shared = renderSlackBlocks(reply, { msg, shared: true, isSecretariat: true });
    const all = JSON.stringify(shared.blocks);
    expect(all).toContain('_rescheduled_');
    expect(all).toContain('Previously');
    expect(shared.blocks.some((b) => b.type === 'actions')).toBe(false);
  });
});

describe('what follows /cwg', () => {
  it('reads "share" before or after the command, and only as a bare word', () => {
    expect(readSlashText('share next-deadline members')).toEqual({ line: 'next-deadline members', share: true });
    expect(readSlashText('next-deadline share')).toEqual({ line: 'next-deadline', share: true });
    expect(readSlashText('search "share"')).toEqual({ line: 'search "share"', share: false });
    expect(readSlashText('share')).toEqual({ line: '', share: true });
    expect(readSlashText('  upcoming 30 ')).toEqual({ line: 'upcoming 30', share: false });
  });

  it('prefills forms with dates the date reader reads back unchanged', async () => {
    const t = await makeTestBot();
    for (const item of t.store.read().items) {
      if (item.when.type === 'relative') continue; // the form shows "21 days before x"; its bound is kept by the editor
      expect(parseDate(whenToInput(item.when)), item.id).toEqual(item.when);
    }
  });
});
