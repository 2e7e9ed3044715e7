import { describe, expect, it } from 'vitest';
import { jsonBytesAtMost } from '../../src/render/json-size.js';

const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');

/** A deterministic generator, so a failure names a seed that reproduces it. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

// Every kind of character JSON treats differently: ASCII, quotes and backslashes (two-character escapes),
// control characters (six-character escapes), Arabic (two UTF-8 bytes), isolates and CJK (three),
// emoji (surrogate pairs, four bytes for two units) and lone surrogates (escaped as six).
const ALPHABET = ['a', 'Z', ' ', '"', '\\', '\n', '\t', '\u0001', '\u001f', 'é', 'م', '\u2066', '\u2069', '中', '😀', '\ud800', '\udfff', '<', '&'];

function randomString(next: () => number): string {
  let out = '';
  const n = Math.floor(next() * 40);
  for (let i = 0; i < n; i++) out += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return out;
}

function randomValue(next: () => number, depth: number): unknown {
  const r = next();
  if (depth > 3 || r < 0.4) return randomString(next);
  if (r < 0.5) return Math.floor(next() * 1e9) / (next() < 0.5 ? 1 : 7);
  if (r < 0.55) return next() < 0.5;
  if (r < 0.6) return null;
  if (r < 0.65) return undefined;
  if (r < 0.8) return Array.from({ length: Math.floor(next() * 5) }, () => randomValue(next, depth + 1));
  return Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, (_, i) => [`k${i}${randomString(next).slice(0, 3)}`, randomValue(next, depth + 1)]));
}

describe('jsonBytesAtMost: an upper bound of the UTF-8 size of JSON.stringify', () => {
  it('is never below the real size, for any characters, nesting or values JSON leaves out', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const value = { type: 'AdaptiveCard', body: [randomValue(random(seed), 0)], skipped: undefined };
      expect(jsonBytesAtMost(value), `seed ${seed}`).toBeGreaterThanOrEqual(bytes(value));
    }
  });

  it('holds for the worst strings: all control characters, all lone surrogates, all emoji', () => {
    for (const s of ['\u0000'.repeat(500), '\ud800'.repeat(500), '😀'.repeat(500), '"\\'.repeat(500), '\u2066'.repeat(500)]) {
      expect(jsonBytesAtMost({ text: s })).toBeGreaterThanOrEqual(bytes({ text: s }));
      expect(jsonBytesAtMost([s, s])).toBeGreaterThanOrEqual(bytes([s, s]));
    }
    for (const n of [0, -1.7976931348623157e308, 5e-324, 123456789.123456]) expect(jsonBytesAtMost(n)).toBeGreaterThanOrEqual(bytes(n));
  });

  it('stays close for ordinary text, so the card check rarely needs the real size', () => {
    const card = {
      type: 'AdaptiveCard',
      body: Array.from({ length: 20 }, (_, i) => ({ type: 'TextBlock', text: `Item ${i}: comments by 4 March 2030`, wrap: true })),
    };
    expect(jsonBytesAtMost(card)).toBeLessThan(bytes(card) * 3);
  });

  it('long strings seen before (kept per string) are bounded as when first seen, also after the memo is emptied', () => {
    const plain = 'a long title of an event, long enough to be kept';
    const control = `${plain}\u0001`;
    for (let round = 0; round < 3; round++) {
      expect(jsonBytesAtMost(plain)).toBe(3 * plain.length + 2);
      expect(jsonBytesAtMost(control)).toBe(6 * control.length + 2);
      expect(jsonBytesAtMost(['built ', 'anew: ', control].join('').slice(12))).toBeGreaterThanOrEqual(bytes(control));
    }
    for (let i = 0; i < 25_000; i++) jsonBytesAtMost(`${plain} ${i}`);
    expect(jsonBytesAtMost(control)).toBe(6 * control.length + 2);
    expect(jsonBytesAtMost(plain)).toBe(3 * plain.length + 2);
  });
});
