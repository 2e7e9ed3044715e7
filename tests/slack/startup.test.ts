import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { sharedRoutes, startSharedServer, wantsSharedServer } from '../../src/http/shared-server.js';
import { startServices } from '../../src/main.js';
import { createSlackPlatform } from '../../src/platforms/slack/index.js';
import { createSlackApp } from '../../src/platforms/slack/slack-app.js';
import { makeTestBot } from '../support/fixtures.js';
import { startSlackApiStandIn } from '../support/slack-api-stand-in.js';
import { slackSignature } from './support/slack-harness.js';

/** The Slack adapter and the shared server (src/http/shared-server.ts), started as src/main.ts starts them. */
async function start(
  env: NodeJS.ProcessEnv,
  portExplicit: boolean,
  schedulerState: () => unknown = () => ({ running: true, nextRunAt: '2025-01-16T08:00:00.000Z' }),
) {
  const api = await startSlackApiStandIn();
  const t = await makeTestBot({ env: { ...env, SLACK_API_URL: api.url, PORT: '0' } });
  const config = { ...t.config, portExplicit };
  const adapters = config.slack ? [createSlackPlatform({ bot: t.bot, slack: config.slack })] : [];
  const deps = { config, store: t.store, clock: t.clock, log: t.log, routes: adapters.flatMap((a) => a.routes), schedulerState };
  const routes = sharedRoutes(deps);
  for (const a of adapters) await a.start();
  const http = wantsSharedServer(config, adapters) ? await startSharedServer(deps) : undefined;
  const listening = t.log.lines.find((l) => l.includes('http: listening on port'));
  const port = listening ? Number(/port (\d+)/.exec(listening)![1]) : undefined;
  return {
    api,
    t,
    routes,
    port,
    stop: async () => {
      await http?.stop();
      for (const a of adapters) await a.stop();
      await api.close();
    },
  };
}

describe('startup: Slack and the shared HTTP server', () => {
  it('HTTP mode serves /slack/events, /healthz (with the scheduler state) and /calendar.ics on one port', async () => {
    const s = await start({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'sec' }, false);
    try {
      expect(s.routes.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(['GET /healthz', 'POST /slack/events', 'GET /calendar.ics']));
      const health = (await (await fetch(`http://127.0.0.1:${s.port}/healthz`)).json()) as { scheduler: unknown; platforms: unknown };
      expect(health.scheduler).toEqual({ running: true, nextRunAt: '2025-01-16T08:00:00.000Z' });
      expect(health.platforms).toEqual({ slack: 'http', teams: false });
      const feed = await fetch(`http://127.0.0.1:${s.port}/calendar.ics`);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);
      const body = 'token=x&command=%2Fcwg&text=help&user_id=U1&trigger_id=1.2.3&response_url=http%3A%2F%2F127.0.0.1%3A9%2F';
      const ts = Math.floor(Date.now() / 1000);
      const res = await fetch(`http://127.0.0.1:${s.port}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': slackSignature('wrong', ts, body),
        },
        body,
      });
      expect(res.status).toBe(401);
      expect((await fetch(`http://127.0.0.1:${s.port}/slack/events`)).status).toBe(405);
    } finally {
      await s.stop();
    }
  });

  it('/healthz reports the running reminders scheduler, wired as src/main.ts wires it', async () => {
    const api = await startSlackApiStandIn();
    const t = await makeTestBot({ env: { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'sec', SLACK_API_URL: api.url, PORT: '0' } });
    const runtime = { config: t.config, store: t.store, clock: t.clock, log: t.log };
    const healthOf = async (port: number) =>
      ((await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { scheduler: Record<string, unknown> }).scheduler;
    try {
      // An adapter without reminder transports: no scheduler in this process.
      const slack = createSlackPlatform({ bot: t.bot, slack: t.config.slack! });
      const without = await startServices(runtime, [{ ...slack, transports: [] }]);
      try {
        expect(without.scheduler).toBeUndefined();
        expect(await healthOf(without.http!.port)).toEqual({ running: false, reason: 'no reminders scheduler in this process' });
      } finally {
        await without.stop();
      }
      const services = await startServices(runtime, [createSlackPlatform({ bot: t.bot, slack: t.config.slack! })], { runAtStart: false });
      const health = () => healthOf(services.http!.port);
      try {
        await services.scheduler!.tickNow();
        expect(await health()).toMatchObject({
          running: true,
          busy: false,
          startedAt: t.clock().toISOString(),
          lastSummary: { completed: true },
          nextRunAt: expect.any(String),
        });
        await services.scheduler!.stop();
        expect(await health()).toMatchObject({ running: false });
      } finally {
        await services.stop();
      }
    } finally {
      await api.close();
    }
  });

  it('no Slack and no PORT: nothing listens; an explicit PORT starts /healthz alone', async () => {
    const quiet = await start({}, false);
    expect(quiet.port).toBeUndefined();
    await quiet.stop();
    const withPort = await start({}, true);
    try {
      expect((await fetch(`http://127.0.0.1:${withPort.port}/healthz`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${withPort.port}/slack/events`, { method: 'POST' })).status).toBe(404);
    } finally {
      await withPort.stop();
    }
  });

  it('Socket Mode builds the same app without an HTTP route (nothing connects until start)', async () => {
    const t = await makeTestBot();
    const slack = createSlackApp({ bot: t.bot, slack: { mode: 'socket', botToken: 'xoxb-1', appToken: 'xapp-1' }, log: t.log, botId: 'B1', botUserId: 'U1' });
    expect(slack.route).toBeUndefined();
    expect(slack.app).toBeDefined();
  });

  it('Socket Mode keeps retrying the connection (apps.connections.open) past the short interactive retries', async () => {
    const api = await startSlackApiStandIn();
    let failures = 0;
    // Slack is down for a while (HTTP 500), then refuses the token: start() must still be trying by then.
    api.respond((call) =>
      call.method !== 'apps.connections.open' ? undefined : failures++ < 3 ? { status: 500, body: 'down' } : { body: { ok: false, error: 'invalid_auth' } },
    );
    try {
      const t = await makeTestBot();
      const slack = createSlackApp({
        bot: t.bot,
        slack: { mode: 'socket', botToken: 'xoxb-1', appToken: 'xapp-1', apiUrl: api.url },
        log: t.log,
        botId: 'B1',
        botUserId: 'U1',
      });
      await expect(slack.start()).rejects.toThrow(/invalid_auth/);
      expect(api.callsTo('apps.connections.open')).toHaveLength(4);
    } finally {
      await api.close();
    }
  }, 45_000); // three backoffs of the client's default policy take up to ~14 s

  it('config: contradictory Slack variables stop startup naming them', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_MODE/);
    expect(() => loadConfig({ SLACK_APP_TOKEN: 'xapp-1' })).toThrow(/SLACK_BOT_TOKEN/);
  });
});
