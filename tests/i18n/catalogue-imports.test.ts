import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/fixtures.js';

/** Every TypeScript file of the bot and its tests, except the catalogue layer itself and these i18n tests. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', 'i18n'].includes(e.name) && dir !== '.' ? [] : sourceFiles(rel);
    return /\.(ts|mts|js|mjs)$/.test(e.name) ? [rel] : [];
  });
}

const ROOTS = ['src', 'commands', 'jobs', 'tests', 'scripts', 'bin'];

describe("words come from the caller's catalogue, never from a catalogue file", () => {
  it('no file outside src/i18n imports src/i18n/catalogues/* (or the old src/i18n/en*)', () => {
    const files = ROOTS.flatMap((r) => {
      try {
        return sourceFiles(r);
      } catch {
        return [];
      }
    });
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((f) => {
      const text = readFileSync(path.join(REPO_ROOT, f), 'utf8');
      return /(?:from|import\()\s*['"][^'"]*i18n\/(?:catalogues\/|en(?:\.js|\/))/.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it('the check sees an import when there is one', () => {
    const sample = "import en from '../src/i18n/catalogues/en.js';";
    expect(/(?:from|import\()\s*['"][^'"]*i18n\/(?:catalogues\/|en(?:\.js|\/))/.test(sample)).toBe(true);
  });
});
