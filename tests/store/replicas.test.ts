import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/fixtures.js';
import { createTestDatabase, freePort, sql } from '../support/postgres.js';
import { type SlackApiStandIn, startSlackApiStandIn } from '../support/slack-api-stand-in.js';
import { slackSignature } from '../slack/support/slack-harness-sign.js';

// Real time (a rehearsal clock is refused on a shared database): dates next year are neither far past nor far ahead.
const NEXT_YEAR = new Date().getUTCFullYear() + 1;

/**
 * Three real bot processes (`src/main.ts`, Slack HTTP mode against the Web API stand-in) on one
 * PostgreSQL database, as replicas behind a load balancer run.
 */
const SECRET = 'replica-signing-secret';
const OFFICER = 'U0SEC0001';

interface Replica {
  port: number;
  child: ChildProcess;
  output: () => string;
}

async function startReplica(databaseUrl: string, api: SlackApiStandIn): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      CWG_ENV_FILE: '',
      CWG_DATABASE_URL: databaseUrl,
      // No CWG_NOW: a rehearsal never runs on the shared database (it is refused at start).
      CWG_SECRETARIAT: OFFICER,
      CWG_LOG_LEVEL: 'warn',
      SLACK_BOT_TOKEN: 'xoxb-replica',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: api.url,
      SLACK_APP_TOKEN: '',
      BOT_ID: '',
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`replica exited: ${out}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`replica did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, child, output: () => out };
}

async function post(r: Replica, body: string): Promise<string> {
  const ts = Math.floor(Date.now() / 1000);
  const res = await fetch(`http://127.0.0.1:${r.port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': slackSignature(SECRET, ts, body),
    },
    body,
  });
  expect(res.status).toBe(200);
  return res.text();
}

let trigger = 0;
const slash = (r: Replica, text: string) =>
  post(
    r,
    new URLSearchParams({
      team_id: 'T0STANDIN',
      channel_id: 'C0GENERAL',
      channel_name: 'general',
      user_id: OFFICER,
      user_name: 'officer',
      command: '/cwg',
      text,
      api_app_id: 'A0CWGAPP',
      response_url: 'http://127.0.0.1:1/unused',
      trigger_id: `1337.${++trigger}.abc`,
    }).toString(),
  );

/** The reschedule form submitted as Slack sends it, for the revision the editor saw. */
const submitReschedule = (r: Replica, revision: number, date: string) =>
  post(
    r,
    new URLSearchParams({
      payload: JSON.stringify({
        type: 'view_submission',
        team: { id: 'T0STANDIN', domain: 'cwg' },
        user: { id: OFFICER, username: 'officer', name: 'officer', team_id: 'T0STANDIN' },
        api_app_id: 'A0CWGAPP',
        trigger_id: `3559.${++trigger}.aa`,
        view: {
          id: `V${trigger}`,
          type: 'modal',
          callback_id: 'cwg_modal',
          private_metadata: JSON.stringify({ op: 'reschedule', itemId: 'igf-2025', revision }),
          blocks: [
            { type: 'input', block_id: 'date' },
            { type: 'input', block_id: 'reason' },
          ],
          state: { values: { date: { value: { type: 'plain_text_input', value: date } }, reason: { value: { type: 'plain_text_input', value: null } } } },
        },
        response_urls: [],
      }),
    }).toString(),
  );

describe('three replicas on one PostgreSQL database', () => {
  let api: SlackApiStandIn;
  let url: string;
  let replicas: Replica[] = [];

  beforeAll(async () => {
    api = await startSlackApiStandIn();
    api.users.set(OFFICER, { id: OFFICER, name: 'officer', tz: 'Europe/Zurich' });
    url = await createTestDatabase();
    replicas = await Promise.all([0, 1, 2].map(() => startReplica(url, api)));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(
      replicas.map(
        (r) =>
          new Promise<void>((resolve) => {
            if (r.child.exitCode !== null) return resolve();
            r.child.once('exit', () => resolve());
            r.child.kill('SIGTERM');
          }),
      ),
    );
    await api?.close();
  });

  it('a change made through one replica is answered by the others within 1 s', async () => {
    const [a, b, c] = replicas as [Replica, Replica, Replica];
    expect(await slash(b, 'show igf-2025')).not.toContain('Oslo');
    expect(await slash(a, 'edit igf-2025 place=Oslo')).toMatch(/Changed/);
    const changedAt = performance.now();
    for (const r of [b, c]) {
      while (!(await slash(r, 'show igf-2025')).includes('Oslo')) {
        expect(performance.now() - changedAt, r.output()).toBeLessThan(1000);
        await new Promise((res) => setTimeout(res, 10));
      }
    }
    expect(performance.now() - changedAt).toBeLessThan(1000);
  });

  it('the same item saved from two replicas at once: one wins, the other is told it changed since', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const revision = (await sql<{ revision: number }>(url, "select revision from cwg_items where id = 'igf-2025'"))[0]!.revision;
    const answers = await Promise.all([
      submitReschedule(a, revision, `${NEXT_YEAR}-06-24..${NEXT_YEAR}-06-28`),
      submitReschedule(b, revision, `${NEXT_YEAR}-06-30..${NEXT_YEAR}-07-04`),
    ]);
    const won = answers.filter((t) => t === '');
    const lost = answers.filter((t) => t !== '');
    expect(won, answers.join('\n')).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(JSON.parse(lost[0]!).errors.date).toMatch(/changed this item since you opened the form/);
    const [row] = await sql<{ revision: number; body: { when: { start: string } } }>(url, "select revision, body from cwg_items where id = 'igf-2025'");
    expect(row!.revision).toBe(revision + 1);
    expect([`${NEXT_YEAR}-06-24`, `${NEXT_YEAR}-06-30`]).toContain(row!.body.when.start);
    expect(await sql(url, "select count(*)::int as n from cwg_audit where item_id = 'igf-2025' and body->>'action' = 'reschedule'")).toEqual([{ n: 1 }]);
  });
});
