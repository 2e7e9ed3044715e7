import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startServices } from '../../src/main.js';
import { createSlackPlatform } from '../../src/platforms/slack/index.js';
import { createTeamsAdapter } from '../../src/platforms/teams/adapter.js';
import { createTeamsPlatform } from '../../src/platforms/teams/index.js';
import { manualTicker } from '../../src/reminders/scheduler.js';
import { slackSignature } from '../slack/support/slack-harness-sign.js';
import { makeTestBot } from '../support/fixtures.js';
import { startSlackApiStandIn } from '../support/slack-api-stand-in.js';
import { startConnectorStandIn } from './connector-stand-in.js';
import { factsOf, personalMessage } from './harness.js';

const SIGNING_SECRET = 'shared-port-secret';
const BOT_ID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

/** Slack's response_url stand-in: records the JSON bodies Bolt posts there. */
async function startResponseRecorder() {
  const bodies: Array<Record<string, unknown>> = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  stops.push(
    () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/response`, bodies };
}

async function waitFor(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
}

/** Both adapters and the shared server, composed as src/main.ts composes them. */
async function startBoth(teamsAdapter: 'no-auth' | 'registration') {
  const api = await startSlackApiStandIn();
  stops.push(() => api.close());
  const t = await makeTestBot({
    now: '2025-02-03T09:00:00+01:00' /* after the 42nd meeting and its follow-ups */,
    env: { SLACK_BOT_TOKEN: 'xoxb-shared', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.url, BOT_ID, BOT_PASSWORD: 'not-a-real-secret', PORT: '0' },
  });
  expect(t.config.slack?.mode).toBe('http');
  expect(t.config.teams?.appId).toBe(BOT_ID);
  const adapters = [
    createSlackPlatform({ bot: t.bot, slack: t.config.slack! }),
    createTeamsPlatform({ bot: t.bot, config: t.config.teams!, ...(teamsAdapter === 'no-auth' ? { adapter: createTeamsAdapter(undefined) } : {}) }),
  ];
  const services = await startServices({ config: t.config, store: t.store, clock: t.clock, log: t.log }, adapters, {
    ticker: manualTicker(),
    runAtStart: false,
  });
  stops.push(services.stop);
  const servers = t.log.lines.filter((l) => l.includes('http: listening on port'));
  expect(servers).toHaveLength(1);
  const base = `http://127.0.0.1:${/port (\d+)/.exec(servers[0]!)![1]}`;
  return { t, base };
}

describe('Slack and Teams in one process on one port', () => {
  it('answers a signed Slack slash command and a Teams activity on the same server, beside the feed and health check', async () => {
    const { base } = await startBoth('no-auth');
    const connector = await startConnectorStandIn();
    stops.push(connector.close);
    const recorder = await startResponseRecorder();

    const body = new URLSearchParams({
      command: '/cwg',
      text: 'next-deadline',
      user_id: 'U0DELEG01',
      channel_id: 'C0GENERAL',
      team_id: 'T0STANDIN',
      trigger_id: '1.2.3',
      response_url: recorder.url,
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const slack = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': slackSignature(SIGNING_SECRET, ts, body),
      },
      body,
    });
    expect(slack.status).toBe(200);

    const activity = personalMessage('next-deadline', undefined, { id: 'shared-1', serviceUrl: connector.url, localTimezone: 'Europe/London' });
    const teams = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(teams.status).toBe(200);

    // Bolt answers in the ack when the reply is ready in time, else through response_url.
    const acked = await slack.text();
    if (!acked) await waitFor(() => recorder.bodies.length > 0);
    expect(acked || JSON.stringify(recorder.bodies[0])).toContain('HLPF 2025');
    const [card] = connector.delivered(activity.conversation!.id);
    expect(factsOf(card.attachments[0].content)).toContain('Source: §5.4.5');

    const health = (await (await fetch(`${base}/healthz`)).json()) as { platforms: unknown };
    expect(health.platforms).toEqual({ slack: 'http', teams: true });
    expect((await fetch(`${base}/calendar.ics`)).status).toBe(200);
  });

  it('with the real registration, the shared server hands Teams requests to botbuilder, which refuses unsigned ones', async () => {
    const { base } = await startBoth('registration');
    const res = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personalMessage('help', undefined, { serviceUrl: 'http://127.0.0.1:9/' })),
    });
    expect(res.status).toBe(401);
  });
});
