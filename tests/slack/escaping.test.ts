import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, plainText } from '../../src/render/mrkdwn.js';
import { DELEGATE, startSlackHarness } from './support/slack-harness.js';

/** Anything Slack would turn into a ping, a mention or a disguised link. */
const DANGEROUS = [/<!channel>/, /<!here>/, /<!everyone>/, /<@U/, /<#C/, /<https?:/, /<!subteam/, /(?<![\u2060])@(channel|here|everyone)\b/i];

function expectHarmless(message: unknown): void {
  const all = JSON.stringify(message);
  for (const pattern of DANGEROUS) expect(all).not.toMatch(pattern);
}

describe('nothing a user or the data says can ping, mention or link', () => {
  it('escapes hostile calendar data in every part of the answer', async () => {
    const h = await startSlackHarness();
    await h.t.store.update((db) => {
      db.items.push({
        id: 'hostile-item',
        kind: 'deadline',
        title: 'Hostile <!channel> deadline <@U0DELEG01> @here',
        description: 'See <https://evil.example/|the official page> & <!subteam^S123>',
        when: { type: 'date', start: '2025-02-21' },
        status: 'confirmed',
        place: '@everyone <#C0GENERAL|general>',
        whoMustAct: ['members'],
        sendTo: '<mailto:x@evil.example|wsis-info@itu.int>',
        tags: [],
        source: { document: 'Report <!here>', paragraph: '1.1', wording: 'by <!channel> tomorrow' },
        seeAlso: [],
        history: [],
        review: [{ printed: '<!channel>', interpretation: '@here', reason: 'x' }],
        dateVersion: 0,
        revision: 0,
      });
    });
    await h.slash('show hostile-item');
    await h.slash('next-deadline');
    await h.slash('next-deadline share');
    const bodies = await h.recorder.waitFor(3);
    expect(JSON.stringify(bodies[0])).toContain('Hostile &lt;!channel&gt; deadline &lt;@U0DELEG01&gt; @\u2060here');
    for (const body of bodies) expectHarmless(body);
  });

  it('escapes what the user typed when it is echoed back', async () => {
    const h = await startSlackHarness();
    await h.slash('search <!channel> <@U0SEC0001> @everyone <https://evil.example|click>', DELEGATE);
    await h.slash('<!here> please');
    await h.slash('show <!channel>');
    await h.slash('show <!subteam^S0SECGRP1> share');
    const bodies = await h.recorder.waitFor(4);
    expect(String(bodies[0]!.text)).toContain('&lt;!channel&gt;');
    expect(JSON.stringify(bodies[2])).toContain('&lt;!channel&gt;');
    expect(bodies[3]!.response_type).toBe('ephemeral');
    for (const body of bodies) expectHarmless(body);
  });

  it('escapes &, < and > and defuses broadcast words', () => {
    expect(escapeMrkdwn('a & b <!channel> <@U1|x> @here @Everyone')).toBe('a &amp; b &lt;!channel&gt; &lt;@U1|x&gt; @\u2060here @\u2060Everyone');
    expect(plainText('Hi @channel <b>')).toBe('Hi @\u2060channel <b>');
    expect(escapeMrkdwn('user@here.org')).toBe('user@here.org');
    expect(escapeMrkdwn('(@channel)')).toBe('(@\u2060channel)');
  });
});
