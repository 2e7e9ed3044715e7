import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startupProblem } from '../../src/i18n/startup-errors.js';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import { REPO_ROOT, tempDir } from '../support/fixtures.js';
import { startSlackApiStandIn } from '../support/slack-api-stand-in.js';

const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const MAIN = path.join(REPO_ROOT, 'src', 'main.ts');
const children: Array<ReturnType<typeof spawn>> = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

/** `npm start` in a real process (from sources), with only the given variables (no .env). */
function start(env: Record<string, string>, opts: { cwd?: string; stdin?: string; nodeArgs?: string[] } = {}) {
  const args = opts.nodeArgs ? ['--import', 'tsx', ...opts.nodeArgs, MAIN] : [TSX, MAIN];
  const child = spawn(process.execPath, args, {
    cwd: opts.cwd ?? REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', CWG_ENV_FILE: '', CWG_LOG_FORMAT: 'text', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (err += c));
  if (opts.stdin !== undefined) child.stdin.end(opts.stdin);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    out: () => out,
    err: () => err,
    waitForErr: async (re: RegExp, ms = 20_000) => {
      for (const end = Date.now() + ms; !re.test(err); ) {
        if (Date.now() > end || child.exitCode !== null) throw new Error(`not seen: ${re}\nstderr:\n${err}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return re.exec(err)!;
    },
  };
}

/** What a failed start printed: its "cannot start" line, and no stack trace at all. */
function oneLine(stderr: string): string {
  expect(stderr).not.toMatch(/^\s+at /m);
  const lines = stderr.split('\n').filter((l) => l.startsWith('cwg-bot cannot start:'));
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

describe('npm start: what stops it is one line and a documented exit code', () => {
  it('data-file paths that cannot work: exit 3 at once, naming the file (no 100% CPU spin, no EEXIST/EISDIR stack)', async () => {
    for (const [file, words] of [
      ['/proc/nope/x.json', 'the folder /proc/nope cannot be created'],
      ['/etc/passwd/x.json', '/etc/passwd is a file, not a folder'],
      [tempDir(), 'is a folder'],
    ] as const) {
      const t0 = Date.now();
      const s = start({ CWG_DATA_FILE: file });
      expect(await s.exited, file).toBe(3);
      expect(Date.now() - t0).toBeLessThan(15_000);
      const line = oneLine(s.err());
      expect(line).toContain(words);
      expect(line).toContain('CWG_DATA_FILE');
    }
  }, 60_000);

  it('a configuration error: exit 2, naming the variable', async () => {
    const s = start({ CWG_DATA_FILE: path.join(tempDir(), 'db.json'), CWG_TZ: 'Mars/Olympus' });
    expect(await s.exited).toBe(2);
    expect(oneLine(s.err())).toContain('CWG_TZ');
  }, 30_000);

  it('a Slack token Slack refuses (invalid_auth): exit 4 with one line naming SLACK_BOT_TOKEN', async () => {
    const api = await startSlackApiStandIn();
    try {
      api.respond((call) => (call.method === 'auth.test' ? { body: { ok: false, error: 'invalid_auth' } } : undefined));
      const s = start({
        CWG_DATA_FILE: path.join(tempDir(), 'db.json'),
        SLACK_BOT_TOKEN: 'xoxb-wrong',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: api.url,
        PORT: '0',
      });
      expect(await s.exited).toBe(4);
      expect(oneLine(s.err())).toBe(
        'cwg-bot cannot start: Slack refused SLACK_BOT_TOKEN (invalid_auth). Copy the token again from the app settings into SLACK_BOT_TOKEN, then start again.',
      );
      expect(s.err()).not.toContain('WebAPIPlatformError');
    } finally {
      await api.close();
    }
  }, 30_000);

  it('Socket Mode with an app token Slack refuses: exit 4 naming SLACK_APP_TOKEN', async () => {
    const api = await startSlackApiStandIn();
    try {
      api.respond((call) => (call.method === 'apps.connections.open' ? { body: { ok: false, error: 'invalid_auth' } } : undefined));
      const s = start({ CWG_DATA_FILE: path.join(tempDir(), 'db.json'), SLACK_BOT_TOKEN: 'xoxb-fine', SLACK_APP_TOKEN: 'xapp-wrong', SLACK_API_URL: api.url });
      expect(await s.exited).toBe(4);
      expect(oneLine(s.err())).toContain('Slack refused SLACK_APP_TOKEN (invalid_auth)');
    } finally {
      await api.close();
    }
  }, 30_000);

  it('a PORT another process holds: one line naming PORT, exit 1', async () => {
    const api = await startSlackApiStandIn();
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(0, r));
    const { port } = holder.address() as { port: number };
    try {
      const s = start({
        CWG_DATA_FILE: path.join(tempDir(), 'db.json'),
        SLACK_BOT_TOKEN: 'xoxb-fine',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: api.url,
        PORT: String(port),
      });
      expect(await s.exited).toBe(1);
      expect(oneLine(s.err())).toBe(
        `cwg-bot cannot start: PORT ${port} cannot be used (EADDRINUSE): another process listens there, or the port needs privileges. Stop that process, or set PORT to another port.`,
      );
    } finally {
      await new Promise((r) => holder.close(r));
      await api.close();
    }
  }, 30_000);

  it('Slack unreachable at start: retried with backoff and logged, while /healthz serves', async () => {
    const port = await closedPort();
    const s = start({
      CWG_DATA_FILE: path.join(tempDir(), 'db.json'),
      SLACK_BOT_TOKEN: 'xoxb-fine',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: `http://127.0.0.1:${port}/api/`,
      PORT: '0',
    });
    const listening = await s.waitForErr(/http: listening on port (\d+)/);
    await s.waitForErr(/slack: auth\.test failed, retrying in 1 s/);
    await s.waitForErr(/slack: auth\.test failed, retrying in 2 s/);
    expect(s.child.exitCode).toBeNull();
    expect((await fetch(`http://127.0.0.1:${listening[1]}/healthz`)).status).toBe(200);
    expect(s.err()).not.toMatch(/^\s+at /m);
  }, 40_000);
});

describe('an unexpected error at start', () => {
  it('names a system error code once, not twice ("ENOENT ENOENT")', () => {
    const e = Object.assign(new Error("ENOENT: no such file or directory, open '/x.json'"), { code: 'ENOENT' });
    expect(startupProblem(e)).toEqual({ line: "unexpected error: ENOENT: no such file or directory, open '/x.json'", exitCode: 1 });
    const bare = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(startupProblem(bare).line).toBe('unexpected error: ECONNRESET socket hang up');
  });
});

describe('npm start keeps serving after an error nobody handled', () => {
  it('logs an unhandled rejection as one JSON line and goes on answering', async () => {
    const api = await startSlackApiStandIn();
    try {
      // A promise rejected with nobody awaiting it once the bot runs (as a listener's stray promise would be): not at a
      // fixed delay, since a clean clone first builds dist/ and a loaded machine starts slowly.
      const stray =
        "data:text/javascript,const t = setInterval(() => { if (process.listenerCount('unhandledRejection') > 0) { clearInterval(t); setTimeout(() => Promise.reject(new Error('stray-rejection-for-test')), 300); } }, 50);";
      const s = start(
        {
          CWG_DATA_FILE: path.join(tempDir(), 'db.json'),
          SLACK_BOT_TOKEN: 'xoxb-fine',
          SLACK_SIGNING_SECRET: 'secret',
          SLACK_API_URL: api.url,
          PORT: '0',
          CWG_LOG_FORMAT: 'json',
        },
        { nodeArgs: ['--import', stray] },
      );
      const port = (await s.waitForErr(/http: listening on port (\d+)/))[1];
      await s.waitForErr(/stray-rejection-for-test/);
      const line = s
        .err()
        .split('\n')
        .find((l) => l.includes('stray-rejection-for-test'))!;
      expect(JSON.parse(line)).toMatchObject({ level: 'error', msg: 'unhandled rejection (still serving)' });
      await new Promise((r) => setTimeout(r, 200));
      expect(s.child.exitCode).toBeNull();
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await api.close();
    }
  }, 30_000);
});

describe('rehearsals never touch production data', () => {
  it('CWG_NOW without CWG_DATA_FILE: the bot works on a fresh scratch copy, says where, and leaves the real file as it was', async () => {
    const cwd = tempDir();
    const tmp = tempDir();
    mkdirSync(path.join(cwd, 'data'));
    const prod = path.join(cwd, 'data', 'cwg.db.json');
    const store = await openLowdbStore(prod);
    await store.close();
    const before = readFileSync(prod, 'utf8');
    copyFileSync(prod, path.join(tmp, 'untouched-reference.json'));
    const s = start({ CWG_NOW: '2025-02-20T09:00:00+01:00', TMPDIR: tmp }, { cwd, stdin: 'subscribe\nnext-deadline\n' });
    expect(await s.exited).toBe(0);
    const m = /rehearsal: working on a scratch copy of (\S+): (\S+) /.exec(s.err());
    expect(m, s.err()).not.toBeNull();
    expect(m![1]).toBe(prod);
    const scratch = m![2]!;
    expect(path.dirname(path.dirname(scratch))).toBe(tmp);
    expect(path.basename(path.dirname(scratch))).toMatch(/^cwg-rehearsal-[0-9a-f]{12}$/);
    // The rehearsal subscribed the console channel: in the copy, not in the real file.
    expect(readFileSync(scratch, 'utf8')).toContain('"console"');
    expect(readFileSync(prod, 'utf8')).toBe(before);
    expect(readdirSync(path.join(cwd, 'data'))).toEqual(['cwg.db.json']);
    expect(existsSync(path.join(tmp, 'untouched-reference.json'))).toBe(true);
  }, 40_000);
});
