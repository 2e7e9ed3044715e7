import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REPO_ROOT } from '../../support/fixtures.js';
import { slackSignature } from '../../slack/support/slack-harness-sign.js';

/** Real processes on one data file: the bot in Slack HTTP mode (src/main.ts) and the `cwg` CLI. */

export const SECRET = 'several-processes-secret';
export const OFFICER = 'U0SEC0001';

export interface BotProcess {
  child: ChildProcess;
  port: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  log: () => string;
  /** A signed `/cwg <text>` from the officer; resolves with the answer's text, or undefined when the process died first. */
  ask(text: string): Promise<string | undefined>;
}

let trigger = 0;

export async function startBot(file: string, apiUrl: string, env: NodeJS.ProcessEnv = {}): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      CWG_DATA_FILE: file,
      SLACK_BOT_TOKEN: 'xoxb-several',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: apiUrl,
      BOT_ID: '',
      PORT: '0',
      CWG_SECRETARIAT: OFFICER,
      CWG_LOG_FORMAT: 'json',
      CWG_ENV_FILE: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (c) => (log += c));
  child.stderr!.on('data', (c) => (log += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  let port: number | undefined;
  for (let i = 0; i < 600 && port === undefined; i++) {
    const m = /http: listening on port (\d+)/.exec(log);
    if (m) port = Number(m[1]);
    else if (child.exitCode !== null) throw new Error(`the bot exited at start:\n${log}`);
    else await new Promise((r) => setTimeout(r, 50));
  }
  if (port === undefined) throw new Error(`the bot did not start:\n${log}`);
  const base = `http://127.0.0.1:${port}`;
  return {
    child,
    port,
    exited,
    log: () => log,
    ask: (text) => askSigned(base, text),
  };
}

/** The answer comes in the ack, or (when slower than the ack budget) through response_url. */
async function askSigned(base: string, text: string): Promise<string | undefined> {
  const late = await lateAnswer();
  try {
    const form = new URLSearchParams({
      team_id: 'T0STANDIN',
      channel_id: 'C0GENERAL',
      channel_name: 'general',
      user_id: OFFICER,
      user_name: 'officer',
      command: '/cwg',
      text,
      response_url: late.url,
      trigger_id: `9.${process.pid}.${++trigger}.${Date.now()}`,
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': slackSignature(SECRET, ts, form),
      },
      body: form,
    });
    const body = await res.text();
    if (res.status !== 200) return undefined;
    if (body) return JSON.stringify(JSON.parse(body));
    // Generous: a change waits its turn for the file lock behind the CLI edits (up to 30 s on a loaded machine).
    return await late.first(45_000);
  } catch {
    return undefined; // the process was killed with the request in flight: not acknowledged
  } finally {
    late.close();
  }
}

async function lateAnswer() {
  let resolveFirst: (t: string | undefined) => void = () => {};
  const got = new Promise<string | undefined>((r) => (resolveFirst = r));
  const server = createServer((req, res) => {
    let b = '';
    req.on('data', (c) => (b += c));
    req.on('end', () => {
      res.end('ok');
      resolveFirst(b);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    first: (ms: number) => Promise.race([got, new Promise<undefined>((r) => setTimeout(() => r(undefined), ms).unref())]),
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** `cwg <args> --data <file>` as the operator types it; resolves with its exit code and output. */
export function runCwg(file: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args, '--data', file], {
      cwd: REPO_ROOT,
      env: { ...process.env, CWG_ENV_FILE: '', CWG_LOG_FORMAT: 'json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

/** Runs `tasks` with at most `n` at a time (the machine has 2 cores). */
export async function inBatches<T>(n: number, tasks: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      for (let i = next++; i < tasks.length; i = next++) results[i] = await tasks[i]!();
    }),
  );
  return results;
}
