/**
 * How fast the shipped JavaScript starts, against `node -e 0` measured in the same run (interleaved,
 * median of RUNS each, after a warm-up that also builds dist/ if needed):
 *   - `cwg next-deadline` (bin/cwg.js: the stamp check, then dist/cli.js): goal ≤ 3× `node -e 0`;
 *   - `npm start` to the first answer of the console chat (a line written to its stdin, timed until its
 *     reply arrives on stdout): goal ≤ 1 s, and printed as a ratio too;
 *   - informational: `npx cwg next-deadline` and npx's own cost (`npx --no -- node -e 0`), since npx
 *     itself (loading npm and the project's dependency tree) costs several times `node -e 0`.
 * Each process works on its own copy of the seed in a temp dir, already seeded (as after the first run).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';

const RUNS = 9;

interface Timing {
  ms: number;
  firstAnswerMs?: number;
}

function time(cmd: string, args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let firstAnswerMs: number | undefined;
    let out = '';
    let err = '';
    const child = spawn(cmd, args, { cwd: PACKAGE_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (firstAnswerMs === undefined && out.trim()) {
        firstAnswerMs = performance.now() - start;
        child.stdin.end();
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    if (input !== undefined) child.stdin.write(input);
    else child.stdin.end();
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err}`));
      else resolve({ ms: performance.now() - start, ...(firstAnswerMs !== undefined ? { firstAnswerMs } : {}) });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<{ report: string; ok: boolean }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwg-bench-start-'));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, CWG_DATA_FILE: path.join(dir, 'cwg.db.json') };
    delete env.npm_config_loglevel;
    const node = process.execPath;
    const samples = { baseline: [] as number[], cli: [] as number[], start: [] as number[], npx: [] as number[], npxBare: [] as number[] };
    // Warm-up: builds dist/ when it is stale, seeds the data file, fills the OS file cache.
    await time(node, ['bin/cwg.js', 'next-deadline'], env);
    await time('npm', ['start', '--silent'], env, 'next-deadline\n');
    for (let i = 0; i < RUNS; i++) {
      samples.baseline.push((await time(node, ['-e', '0'], env)).ms);
      samples.cli.push((await time(node, ['bin/cwg.js', 'next-deadline'], env)).ms);
      samples.start.push((await time('npm', ['start', '--silent'], env, 'next-deadline\n')).firstAnswerMs ?? Number.NaN);
      if (i < 3) {
        samples.npx.push((await time('npx', ['cwg', 'next-deadline'], env)).ms);
        samples.npxBare.push((await time('npx', ['--no', '--', 'node', '-e', '0'], env)).ms);
      }
    }
    const base = median(samples.baseline);
    const cli = median(samples.cli);
    const start = median(samples.start);
    const npx = median(samples.npx);
    const npxBare = median(samples.npxBare);
    const cliRatio = cli / base;
    const lines = [
      `node ${process.version}, ${RUNS} runs each, medians`,
      `node -e 0                           ${base.toFixed(0)} ms`,
      `cwg next-deadline (bin/cwg.js)       ${cli.toFixed(0)} ms = ${cliRatio.toFixed(2)}× node -e 0 (goal ≤ 3×)`,
      `npm start → first console answer     ${start.toFixed(0)} ms = ${(start / base).toFixed(2)}× node -e 0 (goal ≤ 1000 ms)`,
      `npx cwg next-deadline (3 runs)       ${npx.toFixed(0)} ms = ${(npx / base).toFixed(2)}× (informational: npx --no -- node -e 0 alone takes ${npxBare.toFixed(0)} ms)`,
    ];
    return { report: lines.join('\n'), ok: cliRatio <= 3 && start <= 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
