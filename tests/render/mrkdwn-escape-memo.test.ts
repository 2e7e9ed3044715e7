import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../src/render/mrkdwn.js';

// escapeMrkdwn keeps what it escaped (src/render/mrkdwn.ts): a kept result must be the one the text would get fresh.
describe('escapeMrkdwn remembers what it escaped without changing what it returns', () => {
  const cases: [string, string][] = [
    ['a < b & c > d', 'a &lt; b &amp; c &gt; d'],
    ['ping @channel now', 'ping @\u2060channel now'],
    ['write to x@here.org', 'write to x@here.org'],
    ['<!everyone>', '&lt;!everyone&gt;'],
    ['4 March 2025', '4 March 2025'],
  ];

  it('gives the same answer the first time and every time after', () => {
    for (let round = 0; round < 3; round++) for (const [text, want] of cases) expect(escapeMrkdwn(text)).toBe(want);
  });

  it('a text built anew gets the kept answer; a near one gets its own', () => {
    expect(escapeMrkdwn(['ping @chan', 'nel now'].join(''))).toBe('ping @\u2060channel now');
    expect(escapeMrkdwn('ping @channels now')).toBe('ping @channels now');
  });

  it('stays right after the memo fills and is emptied (over a million characters of distinct texts)', () => {
    for (let i = 0; i < 400; i++) expect(escapeMrkdwn(`${'x'.repeat(3000)}<${i}>`)).toBe(`${'x'.repeat(3000)}&lt;${i}&gt;`);
    for (const [text, want] of cases) expect(escapeMrkdwn(text)).toBe(want);
  });
});
