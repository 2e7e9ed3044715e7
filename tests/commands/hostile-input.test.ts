import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeTestBot } from '../support/fixtures.js';

describe('hostile and broken input', () => {
  it.each([
    ['empty', '', /Type a command after \/cwg/],
    ['only the prefix', '/cwg', /Type a command after \/cwg/],
    ['10 kB', `next-deadline ${'x'.repeat(10_000)}`, /too long \(more than 2000 characters\)/],
    ['control characters', 'next\u0000-dead\u0007line', /next-deadline|Nothing upcoming|Next deadline/],
    ['a channel ping as command', '<!channel>', /"<!channel>" is not a \/cwg command/],
    ['a channel ping as id', 'show <!channel>', /No item has the id/],
    ['an unknown id', 'show no-such-item', /No item has the id "no-such-item"/],
    ['too many words for show', 'show a b', /Usage: show <id>/],
    ['right-to-left override', 'search \u202eigf', /igf|Search/i],
  ])('%s gets a clear message and changes nothing', async (_label, line, expected) => {
    const t = await makeTestBot({ now: '2025-02-20T09:00:00+01:00' });
    const before = readFileSync(t.store.location, 'utf8');
    const r = await t.ask(line);
    expect(r.text).toMatch(expected);
    expect(r.text.length).toBeLessThan(4000);
    expect(readFileSync(t.store.location, 'utf8')).toBe(before);
    expect(t.log.lines.filter((l) => l.includes(' error '))).toEqual([]);
  });

  it('a control character inside a word is removed, not turned into a different command', async () => {
    const t = await makeTestBot({ now: '2025-02-20T09:00:00+01:00' });
    const r = await t.ask('next\u0000-deadline');
    expect(r.items[0]?.id).toBe('hlpf-2025-comments');
  });

  it('quoted words group and an apostrophe inside a word is not a quote', async () => {
    const t = await makeTestBot();
    expect((await t.ask('search "UNESCO Headquarters"')).items.map((i) => i.id)).toContain('unesco-ai-forum-2025');
    expect((await t.ask("search ITU's")).tone).not.toBe('error');
  });
});
