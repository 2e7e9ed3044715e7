import { spawn } from 'node:child_process';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { runConsoleChat } from '../../src/platforms/console/console-chat.js';
import { PromptLine } from '../../src/platforms/console/prompt-line.js';
import { makeTestBot, REPO_ROOT, tempDir } from '../support/fixtures.js';

describe('console chat', () => {
  it('on a terminal, a log line while the prompt waits is printed above it (line cleared, prompt put back), not after it', async () => {
    const t = await makeTestBot({ now: '2025-02-20T09:00:00+01:00' });
    let screen = '';
    const promptLine = new PromptLine((s) => (screen += s));
    // the process's logger writes to stderr; on a terminal that is the same screen
    const log = createLogger(
      (l) => promptLine.above(() => (screen += `${l}\n`)),
      () => new Date('2025-02-20T08:00:00Z'),
    );
    const input = new PassThrough();
    const chat = runConsoleChat({ bot: t.bot, input, write: (s) => (screen += s), interactive: true, promptLine });
    await new Promise((r) => setImmediate(r));
    expect(screen.endsWith('cwg> ')).toBe(true);
    expect(promptLine.waiting).toBe(true);
    log.info('reminder sent');
    expect(screen).not.toContain('cwg> 2025');
    expect(screen.endsWith('cwg> \r\x1b[K2025-02-20T08:00:00.000Z info reminder sent\ncwg> ')).toBe(true);
    input.end('next-deadline\n');
    await chat;
    // once the input has ended, nothing waits: a log line is printed as it is
    const before = screen;
    log.info('stopping');
    expect(screen).toBe(`${before}2025-02-20T08:00:00.000Z info stopping\n`);
  });

  it('answers each line like /cwg and ends at end of input', async () => {
    const t = await makeTestBot({ now: '2025-02-20T09:00:00+01:00' });
    const out: string[] = [];
    await runConsoleChat({ bot: t.bot, input: Readable.from(['/cwg next-deadline\n', '\n', 'show igf-2025\n', 'oops\n']), write: (s) => out.push(s) });
    const text = out.join('');
    expect(text).toContain('hlpf-2025-comments');
    expect(text).toContain('Internet Governance Forum 2025');
    expect(text).toContain('"oops" is not a /cwg command');
  });

  it('"remind me <id>" in the console says personal reminders are for Slack or Teams, not "open a chat with me"', async () => {
    const t = await makeTestBot({ now: '2025-02-20T09:00:00+01:00' });
    const out: string[] = [];
    await runConsoleChat({ bot: t.bot, input: Readable.from(['remind me igf-2025\n']), write: (s) => out.push(s) });
    const text = out.join('');
    expect(text).toContain('the console and the command line have no direct conversation');
    expect(text).not.toContain('open a chat with me');
    expect(t.store.read().subscriptions).toEqual([]);
  });

  it('speaks CWG_LANG, banner included, until the operator chooses with /cwg language', async () => {
    const t = await makeTestBot({ now: '2025-02-20T09:00:00+01:00', env: { CWG_LANG: 'fr' } });
    const out: string[] = [];
    await runConsoleChat({
      bot: t.bot,
      interactive: true,
      input: Readable.from(['next-deadline\n', 'language es\n', 'next-deadline\n']),
      write: (s) => out.push(s),
    });
    const [before, after] = out.join('').split('A partir de ahora le respondo en español (es).');
    expect(before).toContain('Robot du GTC-SMSI&ODD, conversation en console');
    expect(before).toMatch(/Prochaines? échéances?/);
    expect(after).toMatch(/Próximos? plazos?/);
    expect(t.store.read().preferences.users['console:operator']?.lang).toBe('es');
  });

  it('npm start with no chat credentials runs the console on the seeded store and exits cleanly', async () => {
    const data = path.join(tempDir(), 'db.json');
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/main.ts'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, CWG_DATA_FILE: data, CWG_NOW: '2025-03-10T09:00:00+01:00' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end('/cwg next-deadline\n/cwg show cstd-28\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toContain('seeded');
    expect(code).toBe(0);
    expect(stdout).toContain('Next deadlines: 4 due Fri 14 Mar 2025');
    expect(stdout).toContain('CSTD');
  });

  it('npm start refuses a bad variable, naming it', async () => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/main.ts'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, CWG_DATA_FILE: path.join(tempDir(), 'db.json'), SLACK_APP_TOKEN: 'xapp-1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2); // configuration (docs/deployment.md#exit-codes)
    expect(stderr).toContain('SLACK_APP_TOKEN');
    expect(stderr).toContain('SLACK_BOT_TOKEN is missing');
  });
});
