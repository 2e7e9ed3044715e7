import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../src/dispatch/context.js';
import { makeTestBot } from '../support/fixtures.js';

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20250115;
const HOSTILE = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '@everyone',
  '@channel',
  '<@U0123ABC>',
  '<#C0123|general>',
  '<!subteam^S0123>',
  '<https://evil.example|click>',
  '[x](javascript:alert(1))',
  '"',
  "'",
  '“',
  '”',
  '«',
  '=',
  '==',
  'title=',
  'date=',
  '..',
  '–',
  '—',
  '\u0000',
  '\u202e',
  '\u200b',
  '\ufeff',
  '%s',
  '${x}',
  '__proto__',
  'constructor',
  'toString',
  '../../etc/passwd',
  '/etc/passwd',
  'rev=-1',
  'rev=99999999999',
  'confirm',
  '--confirm',
  'confirm 000000',
  '*bold*',
  '`code`',
  '~strike~',
  '> quote',
  '\\',
  'NaN',
  '-0',
  '🙂',
  '👨‍👩‍👧',
  'e\u0301',
  'ﷺ',
  'مرحبا',
  '中文',
  '\ud800',
  'x'.repeat(250),
  '{"items":[',
  '[]',
  '{}',
  'null',
  'TBA',
  'tba 20255',
];
const BAD_DATES = [
  '2025-02-30',
  '03/04/2025',
  '4 March',
  '31 April 2025',
  '2025-13-01',
  '7 July 2025 25:00',
  '2025-06-05..2025-06-04',
  '27–23 June 2025',
  'next week',
  '2025',
  '4-5',
  '7 July 2025 13:30 Mars/Olympus',
  '2031-01-01',
  '1999-01-01',
  '3 weeks before nope-nope',
  '0 days after',
  '2025-02-29',
  '1 Smarch 2025',
  '4-5 June 2025 10:00-11:00',
  '7 July 2025 14:00-13:00 CET',
];
const REAL_IDS = ['igf-2025', 'cwg-42', 'cstd-28', 'council-2025', 'rdf-2025', 'hlpf-2025-comments'];
const EDIT_COMMANDS = ['add', 'edit', 'reschedule', 'cancel', 'done', 'announce', 'undo', 'history', 'review', 'export', 'import'];
const ALL_COMMANDS = [...EDIT_COMMANDS, 'show', 'search', 'upcoming', 'next-deadline', 'events', 'deadlines', 'help'];

function generators(rand: () => number) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (n: number) => Math.floor(rand() * n);
  const unicode = (len: number) => {
    let s = '';
    for (let i = 0; i < len; i++) {
      const r = rand();
      const cp = r < 0.5 ? 0x20 + int(0x5f) : r < 0.7 ? int(0x3000) : r < 0.85 ? 0x1f300 + int(0x300) : int(0x110000);
      s += cp >= 0xd800 && cp <= 0xdfff ? '\ufffd' : String.fromCodePoint(cp);
    }
    return s;
  };
  const noise = () => (rand() < 0.5 ? pick(HOSTILE) : unicode(1 + int(12)));
  const words = (n: number) => Array.from({ length: n }, noise).join(' ');
  const hostileField = () =>
    `${pick(['title', 'place', 'notes', 'who', 'tags', 'send-to', 'url', 'source', 'organiser', 'status', 'kind', 'id', 'bogus'])}="${words(1 + int(3))}"`;
  /** Lines that are never a valid change: every one carries a broken date, id or argument. */
  const broken = (): string => {
    switch (int(9)) {
      case 0:
        return `add ${pick(['event', 'deadline'])} title="${words(2)}" date="${pick(BAD_DATES)}" ${hostileField()}`;
      case 1:
        return `edit ${pick(REAL_IDS)} date="${pick(BAD_DATES)}" ${hostileField()}`;
      case 2:
        return `reschedule ${pick(REAL_IDS)} ${pick(BAD_DATES)} ${rand() < 0.5 ? hostileField() : ''}`;
      case 3:
        return `announce ${pick(['rdf-2025', 'council-2025'])} ${pick(BAD_DATES)}`;
      case 4:
        return `${pick(['cancel', 'done', 'edit', 'history', 'reschedule', 'announce'])} ${noise()}-zz-${int(1e6)} ${words(int(4))}`;
      case 5:
        return `${pick(['undo', 'review', 'export'])} ${words(1 + int(3))}`;
      case 6:
        return `import ${pick(['/etc/passwd', '../../x.json', '{"items":[{"id":1}]}', '\'{"items": [{}]}\'', words(2)])} ${rand() < 0.5 ? 'confirm 0a0a0a' : ''}`;
      case 7:
        return `${pick(EDIT_COMMANDS)} ${hostileField()} ${words(int(5))}`.replace(/^(add|edit|reschedule|announce|cancel|done)\s+(?=\w+=)/, '$1 ');
      default:
        return `${pick(ALL_COMMANDS)}${rand() < 0.3 ? '' : ' '}${unicode(int(rand() < 0.05 ? 20_000 : 120))}`;
    }
  };
  /** Anything at all, including valid edits (for callers without the role). */
  const anything = (): string => {
    const r = rand();
    if (r < 0.3) return broken();
    if (r < 0.5) return `edit ${pick(REAL_IDS)} place="${words(2)}"`;
    if (r < 0.6) return `reschedule ${pick(REAL_IDS)} 2025-06-0${1 + int(9)}`;
    if (r < 0.7) return `cancel ${pick(REAL_IDS)}`;
    if (r < 0.75) return `add event title="${words(2)}" date=2025-05-05`;
    if (r < 0.8) return `/cwg ${words(int(8))}`;
    if (r < 0.82) return 'x'.repeat(int(200_000));
    return unicode(int(300));
  };
  return { broken, anything };
}

describe('fuzz: random and hostile command lines through bot.handle', () => {
  it('never crashes, never writes the data file, answers every line clearly', async () => {
    const t = await makeTestBot({ env: { CWG_SECRETARIAT: 'U0SECRET' } });
    const before = readFileSync(t.store.location);
    const rand = prng(SEED);
    const gen = generators(rand);
    const secretary: Partial<Caller> = { id: 'U0SECRET', platform: 'slack', name: 'Fuzz' };
    const delegate: Partial<Caller> = { id: 'U0DELEGATE', platform: 'slack', groups: ['S0OTHER'] };
    const codes = new Map<string, number>();
    const N = 2500;
    for (let i = 0; i < N; i++) {
      const asSecretariat = i % 2 === 0;
      const line = asSecretariat ? gen.broken() : gen.anything();
      const reply = await t.ask(line, asSecretariat ? secretary : delegate);
      const where = `line ${i} (seed ${SEED}): ${JSON.stringify(line.slice(0, 200))}`;
      expect(typeof reply.text, where).toBe('string');
      expect(reply.text.trim().length, where).toBeGreaterThan(0);
      expect(reply.text.length, where).toBeLessThan(60_000);
      expect(reply.error?.code, where).not.toBe('INTERNAL');
      if (reply.tone === 'error') expect(reply.text, where).toMatch(/[A-Za-z]{3}/);
      const key = reply.error?.code ?? reply.tone;
      codes.set(key, (codes.get(key) ?? 0) + 1);
    }
    if (process.env.FUZZ_REPORT) console.log(JSON.stringify([...codes]));
    expect(readFileSync(t.store.location)).toEqual(before);
    expect(t.store.read().audit).toHaveLength(0);
    expect(t.log.lines.filter((l) => l.includes('unexpected error'))).toEqual([]);
    // the generators reached the editing checks, not only the front door
    for (const code of ['VALIDATION', 'FORBIDDEN', 'USAGE', 'NOT_FOUND', 'CONFIRM', 'TOO_LONG']) expect(codes.get(code) ?? 0, code).toBeGreaterThan(0);
  }, 120_000);
});
