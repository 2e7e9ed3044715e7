import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/index.js';

const en = messagesFor('en');
import { MAX_CARD_BYTES, renderAdaptiveCard } from '../../src/render/adaptive-cards.js';
import type { ReplyBody, ReplyItem } from '../../src/render/reply.js';
import { escapeCardText } from '../../src/render/teams-text.js';
import { makeHarness, personalMessage, SECRETARIAT_AAD, cardOf, user, textsOf } from './harness.js';

function fakeItem(i: number): ReplyItem {
  return {
    id: `item-${i}`,
    kind: 'event',
    title: `A long event title number ${i} `.repeat(6),
    start: '2025-06-23',
    end: '2025-06-27',
    status: 'confirmed',
    statusLabel: 'confirmed',
    when: 'Mon 23 Jun 2025 – Fri 27 Jun 2025',
    place: 'Lillestrøm, Norway',
    whoMustAct: ['members'],
    whoMustActText: 'members',
    tags: ['igf'],
    source: { document: 'report', paragraph: `5.${i}`, label: `§5.${i}, report` },
    review: [],
    reviewText: [],
    previously: [],
  };
}

describe('Adaptive Card rendering', () => {
  it('keeps a long list under Teams’ message size, saying how many items are left out', () => {
    const reply: ReplyBody = { tone: 'ok', heading: 'All events', sections: [{ items: Array.from({ length: 120 }, (_, i) => fakeItem(i)) }] };
    const card = renderAdaptiveCard(reply, { msg: en, subscribe: true, edit: true, tz: 'Asia/Tokyo' });
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(MAX_CARD_BYTES);
    const shown = card.body.filter((e) => e.type === 'Container').length;
    expect(shown).toBeGreaterThan(0);
    const note = card.body.map((e) => String(e.text ?? '')).find((t) => t.includes('more not shown'));
    expect(note).toContain(`${120 - shown} more not shown`);
  });

  it('escapes Markdown so text shows as typed', () => {
    expect(escapeCardText('*bold* _it_ [a](b) `c` ~s~')).toBe('\\*bold\\* \\_it\\_ \\[a\\](b) \\`c\\` \\~s\\~');
    expect(escapeCardText('When (Geneva)')).toBe('When (Geneva)');
    expect(escapeCardText('- not a list\n1. nor this')).toBe('\\- not a list\n1\\. nor this');
    expect(escapeCardText('igf-2025 3.5')).toBe('igf-2025 3.5');
  });

  it('renders the seed calendar’s longest answer for the secretariat within the limit', async () => {
    const h = await makeHarness();
    for (const line of ['events all', 'deadlines all', 'upcoming 3660']) {
      const [reply] = await h.send(personalMessage(line, user(SECRETARIAT_AAD)));
      const card = cardOf(reply);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(MAX_CARD_BYTES);
      expect(textsOf(card).length).toBeGreaterThan(1);
    }
  });
});
