import { describe, expect, it } from 'vitest';
import { escapeCardText } from '../../src/render/teams-text.js';

// escapeCardText keeps what it escaped (src/render/teams-text.ts): a kept result must be the one the text would get
// fresh, for texts seen before, for texts that only differ from them slightly, and after the memo was emptied.
describe('escapeCardText remembers what it escaped without changing what it returns', () => {
  const cases: [string, string][] = [
    ['*urgent*', '\\*urgent\\*'],
    ['[click](https://evil)', '\\[click\\](https://evil)'],
    ['- list', '\\- list'],
    ['1. first', '1\\. first'],
    ['{{DATE(2025-03-04)}}', '{\u200b{DATE(2025-03-04)}}'],
    ['4 March 2025', '4 March 2025'],
  ];

  it('gives the same answer the first time and every time after', () => {
    for (let round = 0; round < 3; round++) for (const [text, want] of cases) expect(escapeCardText(text)).toBe(want);
  });

  it('a text built anew (another string object, same characters) gets the kept answer; a near one gets its own', () => {
    const built = ['*urg', 'ent*'].join('');
    expect(escapeCardText(built)).toBe('\\*urgent\\*');
    expect(escapeCardText(`${built} `)).toBe('\\*urgent\\* ');
    expect(escapeCardText('*urgent')).toBe('\\*urgent');
  });

  it('stays right after the memo fills and is emptied (over a million characters of distinct texts)', () => {
    for (let i = 0; i < 400; i++) expect(escapeCardText(`${'x'.repeat(3000)}_${i}_`)).toBe(`${'x'.repeat(3000)}\\_${i}\\_`);
    for (const [text, want] of cases) expect(escapeCardText(text)).toBe(want);
  });
});
