import { describe, expect, it } from 'vitest';
import { renderSlackBlocks } from '../../src/render/slack-blocks.js';
import { makeTestBot } from '../support/fixtures.js';

/**
 * A label and its value are joined in each language's own typography: French puts a narrow no-break
 * space before the colon ("Lieu : Genève"), Chinese uses the full-width colon, the others ": ".
 */
describe('label punctuation follows the language', () => {
  const ask = async (locale: string) => {
    const t = await makeTestBot({ now: '2025-01-15T09:00:00+01:00' });
    return t.bot.handle('show wsis20-hle-2025', { id: 'U1', platform: 'slack', locale }, { platform: 'slack', id: 'D1' });
  };

  it('French: "Lieu\u202f: …" in plain text, never "Lieu: …"', async () => {
    const r = await ask('fr-FR');
    expect(r.text).toMatch(/Lieu\u202f: \S/);
    expect(r.text).not.toMatch(/Lieu: /);
  });

  it('Chinese: a full-width colon after the label', async () => {
    const r = await ask('zh-CN');
    expect(r.text).toMatch(/地点：\S/);
    expect(r.text).not.toMatch(/地点: /);
  });

  it('English is unchanged: "Place: …"', async () => {
    const r = await ask('en-GB');
    expect(r.text).toMatch(/Place: \S/);
  });

  it('Slack blocks use it too (who must act, in French)', async () => {
    const t = await makeTestBot({ now: '2025-01-15T09:00:00+01:00' });
    const caller = { id: 'U1', platform: 'slack' as const, locale: 'fr-FR' };
    const conversation = { platform: 'slack' as const, id: 'D1' };
    const r = await t.bot.handle('next-deadline', caller, conversation);
    const text = JSON.stringify(renderSlackBlocks(r, { msg: t.bot.messagesFor(caller, conversation) }));
    expect(text).toMatch(/Qui doit agir\*\u202f: /);
  });
});
