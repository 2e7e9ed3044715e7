import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, messagesFor } from '../../src/i18n/index.js';
import { REPO_ROOT, tempDir } from '../support/fixtures.js';

const run = promisify(execFile);

/** A copy of the package (without dist/) that can be built and changed without touching the worktree. */
function copyOfPackage(): string {
  const dir = tempDir();
  for (const entry of ['src', 'commands', 'jobs', 'bin', 'scripts', 'data', 'package.json']) {
    cpSync(path.join(REPO_ROOT, entry), path.join(dir, entry), { recursive: true, filter: (f) => !f.endsWith('cwg.db.json') });
  }
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('the compiled build (dist/)', () => {
  it('the bin builds when dist is missing, rebuilds only when a source changes, and runs from dist', async () => {
    const dir = copyOfPackage();
    const data = path.join(tempDir(), 'db.json');
    const first = await run(process.execPath, ['bin/cwg.js', 'show', 'igf-2025', '--data', data], { cwd: dir });
    expect(first.stderr).toContain('built dist/');
    // The seed comes from the package's data/ folder although the code now runs from dist/.
    expect(first.stderr).toContain(`from ${path.join(dir, 'data', 'calendar.seed.json')}`);
    expect(first.stdout).toContain('Internet Governance Forum 2025');
    expect(existsSync(path.join(dir, 'dist', 'cli.js'))).toBe(true);

    const second = await run(process.execPath, ['bin/cwg.js', 'show', 'igf-2025', '--data', data], { cwd: dir });
    expect(second.stderr).not.toContain('built dist/');
    // The compiled CLI remembers the data file it proved valid (src/store/validated-texts.ts)…
    expect(JSON.parse(readFileSync(path.join(dir, 'dist', 'validated-data.json'), 'utf8')).sha256).toHaveLength(1);
    // …and a file changed since is validated again: refused, exit code 3, left as it is.
    const valid = readFileSync(data, 'utf8');
    const broken = valid.replace(/"start": "\d{4}-\d{2}-\d{2}"/, '"start": "2025-02-30"');
    expect(broken).not.toBe(valid);
    writeFileSync(data, broken);
    const refused = await run(process.execPath, ['bin/cwg.js', 'show', 'igf-2025', '--data', data], { cwd: dir }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 3, stderr: expect.stringContaining('not a real calendar date') });
    expect(readFileSync(data, 'utf8')).toBe(broken);
    writeFileSync(data, valid);
    // Other languages than English are read from dist/catalogues/ on first use, the same words as the sources'.
    const french = await run(process.execPath, ['bin/cwg.js', 'help', '--lang', 'fr', '--data', data], { cwd: dir });
    expect(french.stdout).toContain(messagesFor('fr').help.intro);
    // A catalogue gone from dist/ is a rebuild at the next start, not a failure when the language is first used.
    rmSync(path.join(dir, 'dist', 'catalogues', 'fr.json'));
    expect((await run(process.execPath, ['bin/cwg.js', 'help', '--lang', 'fr', '--data', data], { cwd: dir })).stderr).toContain('built dist/');

    // Same contents, new times (a fresh copy or checkout): still no rebuild.
    const file = path.join(dir, 'src', 'calendar', 'queries.ts');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await run(process.execPath, ['scripts/build.mjs', '--check'], { cwd: dir })).stdout).toContain('current');

    // A real change: rebuilt, and the change is what runs.
    const help = path.join(dir, 'src', 'cli', 'config-check.ts');
    writeFileSync(help, readFileSync(help, 'utf8').replace('No problems found.', 'All clear, rebuilt.'));
    await expect(run(process.execPath, ['scripts/build.mjs', '--check'], { cwd: dir })).rejects.toMatchObject({ stdout: expect.stringContaining('stale') });
    const third = await run(process.execPath, ['bin/cwg.js', 'config', 'check'], { cwd: dir, env: { PATH: process.env.PATH } });
    expect(third.stderr).toContain('built dist/');
    expect(third.stdout).toContain('All clear, rebuilt.');
  });

  it('keeps npm packages external and the Slack and Teams adapters in chunks of their own, loaded lazily', async () => {
    const dir = copyOfPackage();
    await run(process.execPath, ['scripts/build.mjs'], { cwd: dir });
    const stamp = JSON.parse(readFileSync(path.join(dir, 'dist', 'build-stamp.json'), 'utf8')) as { outputs: string[] };
    const entries = ['main.js', 'cli.js'];
    // Everything an entry loads at start: its static imports, followed through the chunks.
    const startup = new Set<string>();
    const visit = (rel: string) => {
      for (const spec of importsOf(path.join(dir, 'dist', rel))) {
        if (spec.startsWith('.')) {
          const next = path.normalize(path.join(path.dirname(rel), spec));
          if (!startup.has(next)) {
            startup.add(next);
            visit(next);
          }
        } else startup.add(spec);
      }
    };
    for (const e of entries) visit(e);
    // The console and the CLI start without Bolt, the Web API client or teams-ai.
    expect([...startup].filter((s) => /teams-ai|botbuilder|@slack\//.test(s))).toEqual([]);
    // Nor with what only some commands or setups use (docs/benchmarks.md#cli-and-start): the file readers of
    // `/cwg import`, pg (a postgres:// store), prom-client (GET /metrics beside Slack or Teams), the lock (writes).
    const heavy = /^(pg|mammoth|pdfjs-dist|exceljs|csv-parse|chrono-node|ical\.js|prom-client|proper-lockfile)(\/|$)/;
    expect([...startup].filter((s) => heavy.test(s))).toEqual([]);
    // zod is bundled through its named exports only: `import { z }` would keep all of it, with its 50 locales.
    const startCode = [...entries, ...[...startup].filter((s) => s.startsWith('chunks/'))]
      .map((rel) => readFileSync(path.join(dir, 'dist', rel), 'utf8'))
      .join('\n');
    expect(startCode).toContain('zod/v4/core');
    expect(startCode).not.toMatch(/zod\/v4\/locales\/(de|fr|ja)\.js/);
    // Only English is in the bundles; the other catalogues are files of their own, read on first use.
    expect(startCode).toContain(messagesFor('en').help.intro.slice(0, 40));
    expect(startCode).not.toContain(messagesFor('fr').help.intro.slice(0, 40));
    expect(stamp.outputs).toEqual(expect.arrayContaining(['catalogues/fr.json', 'catalogues/zh.json']));
    expect(JSON.parse(readFileSync(path.join(dir, 'dist', 'catalogues', 'fr.json'), 'utf8'))).toEqual({ ...CATALOGUES.fr });
    const teamsChunk = stamp.outputs.find((o) => /^chunks\/teams-[^/]+\.js$/.test(o));
    expect(teamsChunk).toBeDefined();
    expect(importsOf(path.join(dir, 'dist', teamsChunk!))).toEqual(expect.arrayContaining(['@microsoft/teams-ai', 'botbuilder']));
    // Bolt is external too (resolved from node_modules, not copied in).
    const all = stamp.outputs
      .filter((o) => o.endsWith('.js'))
      .map((o) => readFileSync(path.join(dir, 'dist', o), 'utf8'))
      .join('\n');
    expect(all).toMatch(/from ["']@slack\/bolt["']/);
    expect(all).not.toContain('class App {');
  });

  it('npm start runs the compiled bot (the console chat answers from dist)', async () => {
    const dir = copyOfPackage();
    const data = path.join(tempDir(), 'db.json');
    const child = execFile('npm', ['start', '--silent'], {
      cwd: dir,
      env: { PATH: process.env.PATH, CWG_DATA_FILE: data, CWG_NOW: '2025-02-20T09:00:00+01:00' },
    });
    child.stdin!.end('/cwg next-deadline\n');
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (err += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(err).toContain('built dist/');
    expect(out).toContain('Next deadline');
  });
});
