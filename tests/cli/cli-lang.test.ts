import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { tempDir } from '../support/fixtures.js';

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    args,
    env,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const NOW = ['--now', '2025-02-10T09:00:00+01:00'];

describe('cwg --lang', () => {
  it('answers in the language named, over CWG_LANG and a stored choice', async () => {
    const data = path.join(tempDir(), 'db.json');
    const zh = await cli(['next-event', '--lang', 'zh', '--data', data, ...NOW], { CWG_LANG: 'fr' });
    expect(zh.code).toBe(0);
    expect(zh.out).toMatch(/下一[个场]?活动|活动/);
    expect(zh.out).toMatch(/2025年/);
    const fr = await cli(['next-event', '--data', data, ...NOW], { CWG_LANG: 'fr' });
    expect(fr.out).toMatch(/Prochaine manifestation|manifestation/i);
    // The operator's own choice is stored for the CLI's operator; --lang still wins for one run.
    expect((await cli(['language', 'es', '--data', data, ...NOW])).out).toBe('A partir de ahora le respondo en español (es).');
    expect((await cli(['language', '--data', data, ...NOW])).out).toContain('su propia elección');
    expect((await cli(['language', '--lang', 'ru', '--data', data, ...NOW])).out).toContain('указан через --lang в этой командной строке');
  });

  it('refuses an unknown --lang in the usage words, and lists --lang in --help', async () => {
    const r = await cli(['next-event', '--lang', 'de']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('cwg: --lang "de" is not one of the languages: ar, zh, en, fr, ru, es');
    const help = await cli(['--help', '--lang', 'fr']);
    expect(help.out).toContain('Syntaxe');
    const lines = help.out.split('\n');
    expect(lines.findIndex((l) => l.startsWith('  --lang'))).toBe(lines.findIndex((l) => l.includes('--help')) - 1);
  });
});
