import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { maskValue } from '../../src/cli/config-check.js';
import { ENV_VARIABLES } from '../../src/config/env-schema.js';
import { REPO_ROOT, tempDir } from '../support/fixtures.js';

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

const SECRETS = {
  SLACK_BOT_TOKEN: 'xoxb-1111-2222-supersecretbot',
  SLACK_SIGNING_SECRET: 'signing-secret-value-42',
  BOT_ID: '00000000-0000-0000-0000-000000000001',
  BOT_PASSWORD: 'teams-password-value-43',
  CWG_ICS_TOKEN: 'feed-token-value-44',
};

describe('npx cwg config check', () => {
  it('prints every variable with its source, secrets masked, and exits 0 when all is well', async () => {
    const r = await cli(['config', 'check'], { ...SECRETS, CWG_TZ: 'Asia/Tokyo' });
    expect(r.code).toBe(0);
    for (const v of ENV_VARIABLES) expect(r.out).toContain(v);
    for (const secret of Object.values(SECRETS).filter((s) => !s.startsWith('0000'))) expect(r.out).not.toContain(secret);
    expect(r.out).toContain('xoxb-•••• (set)');
    expect(r.out).toMatch(/CWG_TZ\s+Asia\/Tokyo\s+\(environment\)/);
    expect(r.out).toContain('Slack (HTTP mode on port 3000) + Teams');
    expect(r.out).toContain('No problems found.');
  });

  it('lists every problem and exits 1, without needing a working configuration', async () => {
    const r = await cli(['config', 'check'], { PORT: 'eighty', SLACK_APP_TOKEN: 'xapp-1', CWG_DATA_FILE: '/nonexistent/x.json' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('2 problems:');
    expect(r.err).toContain('PORT: must be a port number');
    expect(r.err).toContain('SLACK_APP_TOKEN: is set but SLACK_BOT_TOKEN is missing');
  });

  it('--json gives the same report for scripts, masked too', async () => {
    const r = await cli(['config', 'check', '--json'], { SLACK_BOT_TOKEN: SECRETS.SLACK_BOT_TOKEN });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.ok).toBe(false);
    expect(json.problems).toEqual([{ variable: 'SLACK_SIGNING_SECRET', message: expect.any(String) }]);
    expect(r.out).not.toContain(SECRETS.SLACK_BOT_TOKEN);
  });

  it('anything but "config check" is a usage error', async () => {
    expect((await cli(['config'])).code).toBe(2);
    expect((await cli(['config', 'show'])).code).toBe(2);
  });

  it('masks a database URL password and secret-named variables of any kind', () => {
    expect(maskValue('CWG_DATABASE_URL', 'postgres://cwg:hunter2@db.example.org:5432/cwg')).toBe('postgres://cwg:****@db.example.org:5432/cwg');
    expect(maskValue('SOME_NEW_TOKEN', 'abc')).toBe('•••• (set)');
    expect(maskValue('CWG_PUBLIC_URL', 'https://cwg.example.org')).toBe('https://cwg.example.org');
  });

  it('reads .env from the working directory in a real process (the compiled bin), the environment winning', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.env'), `SLACK_BOT_TOKEN=${SECRETS.SLACK_BOT_TOKEN}\nSLACK_APP_TOKEN=xapp-from-dotenv\nCWG_TZ=Asia/Tokyo\n`);
    const env = { PATH: process.env.PATH, CWG_TZ: 'America/New_York' };
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'bin/cwg.js'), 'config', 'check'], { cwd: dir, env });
    expect(stdout).toContain(path.join(dir, '.env'));
    expect(stdout).toMatch(/SLACK_APP_TOKEN\s+xapp-•••• \(set\)\s+\(env file\)/);
    expect(stdout).toMatch(/CWG_TZ\s+America\/New_York\s+\(environment\)/);
    expect(stdout).toContain('Slack (Socket Mode)');
    expect(stdout).not.toContain(SECRETS.SLACK_BOT_TOKEN);
  });
});
