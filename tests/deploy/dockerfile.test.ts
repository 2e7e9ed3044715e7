import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/fixtures.js';
import { startSlackApiStandIn } from '../support/slack-api-stand-in.js';
import { envPairs, readDockerfile } from './dockerfile-steps.js';

/**
 * No container engine runs on these machines, so this runs the Dockerfile's own build and start
 * commands, in order, on a clean clone: each stage in a directory of its own standing for its
 * WORKDIR, COPY as copies (from the clone, or --from the build stage), RUN through sh, then the
 * runtime stage's CMD with its ENV, the data volume mapped to a temp directory, and its HEALTHCHECK.
 * What it cannot do: pull the node image (the machine's Node runs instead), create the cwg-bot user
 * (that RUN line is the one skipped, checked below), enforce USER, VOLUME or EXPOSE.
 * Slow (two npm ci), so it runs when CWG_TEST_DOCKERFILE=1 (.ci/run sets it for one pass).
 */
const enabled = process.env.CWG_TEST_DOCKERFILE === '1';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe.skipIf(!enabled)('the Dockerfile, run as commands in a clean clone', () => {
  it('builds dist in the build stage, installs production dependencies only, and the runtime stage starts and passes its HEALTHCHECK', {
    timeout: 600_000,
  }, async () => {
    // Removed in the test itself: two node_modules take longer to delete than an afterEach hook may.
    const root = mkdtempSync(path.join(tmpdir(), 'cwg-dockerfile-'));
    try {
      await buildAndStart(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

async function buildAndStart(root: string): Promise<void> {
  const context = path.join(root, 'context');
  execFileSync('git', ['clone', '--quiet', REPO_ROOT, context]);
  const steps = readDockerfile(path.join(context, 'Dockerfile'));
  const stageDirs = new Map<string, string>();
  const env: Record<string, Record<string, string>> = {};
  const skipped: string[] = [];
  let cmd: string[] | undefined;
  let healthcheck: string[] | undefined;
  const volume = path.join(root, 'volume');
  mkdirSync(volume);
  for (const step of steps) {
    const dir = stageDirs.get(step.stage) ?? path.join(root, `stage-${step.stage}`);
    switch (step.op) {
      case 'FROM':
        mkdirSync(dir, { recursive: true });
        stageDirs.set(step.stage, dir);
        env[step.stage] = {};
        break;
      case 'WORKDIR':
        expect(step.args).toBe('/app');
        break;
      case 'ENV':
        for (const [k, v] of envPairs(step.args)) env[step.stage]![k] = v;
        break;
      case 'COPY': {
        const words = step.args.split(/\s+/);
        const from = words[0]!.startsWith('--from=') ? stageDirs.get(words.shift()!.slice('--from='.length)) : context;
        const dest = path.join(dir, words.pop()!);
        for (const src of words) {
          const srcPath = from === context ? path.join(context, src) : path.join(from!, path.relative('/app', src));
          const target = dest.endsWith('/') || words.length > 1 || src === '.' ? path.join(dest, src === '.' ? '' : path.basename(src)) : dest;
          cpSync(srcPath, target, { recursive: true, filter: (f) => !/[\\/](node_modules|\.git|dist)$/.test(f) || !f.startsWith(context) });
        }
        break;
      }
      case 'RUN': {
        if (/\buseradd\b/.test(step.args)) {
          skipped.push(step.args);
          break;
        }
        // A cache mount of npm's cache is, here, this machine's npm cache.
        const command = step.args.replace(/^--mount=type=cache,target=\/root\/\.npm\s+/, '');
        expect(command).not.toMatch(/^--/);
        execFileSync('sh', ['-c', command], { cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env[step.stage] }, stdio: 'pipe' });
        break;
      }
      case 'HEALTHCHECK':
        healthcheck = JSON.parse(/CMD\s+(\[.*\])$/.exec(step.args)![1]!) as string[];
        break;
      case 'CMD':
        cmd = JSON.parse(step.args) as string[];
        break;
      case 'USER':
        expect(step.args).toBe('cwg-bot');
        break;
      case 'VOLUME':
        expect(JSON.parse(step.args)).toEqual(['/var/lib/cwg-bot']);
        break;
      case 'EXPOSE':
        break;
      default:
        throw new Error(`instruction not handled by this test: ${step.op}`);
    }
  }
  expect(skipped).toHaveLength(1);
  const runtime = stageDirs.get('runtime')!;
  const build = stageDirs.get('build')!;
  // The build stage built dist/; the runtime has it, no sources, no dev dependencies.
  expect(existsSync(path.join(build, 'dist', 'main.js'))).toBe(true);
  expect(existsSync(path.join(runtime, 'dist', 'main.js'))).toBe(true);
  expect(existsSync(path.join(runtime, 'src'))).toBe(false);
  expect(existsSync(path.join(runtime, 'node_modules', 'vitest'))).toBe(false);
  expect(existsSync(path.join(runtime, 'node_modules', '@slack', 'bolt'))).toBe(true);

  // Start as the container would, with Slack in HTTP mode against a stand-in for Slack's API.
  const api = await startSlackApiStandIn();
  const port = await freePort();
  const runEnv: Record<string, string> = { PATH: process.env.PATH!, HOME: root };
  for (const [k, v] of Object.entries(env.runtime!)) runEnv[k] = v.replaceAll('/var/lib/cwg-bot', volume);
  Object.assign(runEnv, { PORT: String(port), SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: api.url });
  const child = spawn(cmd![0]!, cmd!.slice(1), { cwd: runtime, env: runEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  try {
    let healthy = false;
    for (let i = 0; i < 60 && !healthy; i++) {
      await new Promise((r) => setTimeout(r, 500));
      try {
        execFileSync(healthcheck![0]!, healthcheck!.slice(1), { env: runEnv, stdio: 'pipe', timeout: 5000 });
        healthy = true;
      } catch {
        if (child.exitCode !== null) break;
      }
    }
    expect(healthy, stderr).toBe(true);
    // Data on the volume.
    expect(existsSync(path.join(volume, 'cwg.db.json'))).toBe(true);
    expect(stderr).toContain(`seeded ${path.join(volume, 'cwg.db.json')}`);
    expect(readFileSync(path.join(runtime, 'dist', 'build-stamp.json'), 'utf8')).toContain('"content"');
  } finally {
    child.kill('SIGTERM');
    const code = await exited;
    await api.close();
    expect(code, stderr).toBe(0);
  }
}
