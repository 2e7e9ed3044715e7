import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer } from '../../src/http/server.js';
import { createTeamsAdapter } from '../../src/platforms/teams/adapter.js';
import { createTeamsApplication } from '../../src/platforms/teams/app.js';
import { createTeamsRoute } from '../../src/platforms/teams/http-route.js';
import { makeTestBot } from '../support/fixtures.js';
import { startConnectorStandIn } from './connector-stand-in.js';
import { BOT, channelMessage, factsOf, personalMessage, startTeamsEndpoint, TEAM_ID } from './harness.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

function startTeamsEndpointHere() {
  return startTeamsEndpoint((stop) => stops.push(stop), { now: '2025-02-03T09:00:00+01:00' /* after the 42nd meeting and its follow-ups */ });
}

describe('Teams: POST /api/messages', () => {
  it('answers a 1:1 command through the Bot Connector with an Adaptive Card reply', async () => {
    const { connector, post } = await startTeamsEndpointHere();
    const activity = personalMessage('next-deadline', undefined, { id: 'incoming-1', serviceUrl: connector.url, localTimezone: 'Europe/London' });
    const res = await post(activity);
    expect(res.status).toBe(200);
    const [sent] = connector.delivered(activity.conversation!.id);
    expect(connector.calls[0]!.path).toBe(`/v3/conversations/${encodeURIComponent(activity.conversation!.id)}/activities/incoming-1`);
    expect(sent.replyToId).toBe('incoming-1');
    const card = sent.attachments[0].content;
    expect(card.version).toBe('1.5');
    expect(factsOf(card)).toContain('Your time (Europe/London): Mon 24 Feb 2025, 22:59 Europe/London');
  });

  it('strips the mention of a channel message sent over HTTP', async () => {
    const { connector, post } = await startTeamsEndpointHere();
    const res = await post(channelMessage('deadlines members', undefined, { id: 'incoming-2', serviceUrl: connector.url }));
    expect(res.status).toBe(200);
    const [sent] = connector.delivered();
    expect(sent.attachments[0].content.body[0].text).toMatch(/deadlines/i);
  });

  it('rejects a body that is not JSON, and GET, without crashing', async () => {
    const { http, post } = await startTeamsEndpointHere();
    const bad = await fetch(`${http.url}/api/messages`, { method: 'POST', body: '{not json' });
    expect(bad.status).toBe(400);
    const get = await fetch(`${http.url}/api/messages`);
    expect(get.status).toBe(405);
    const ok = await post({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'someone-else' }],
      recipient: BOT,
      conversation: { id: 'x' },
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      channelData: { team: { id: TEAM_ID } },
    });
    expect(ok.status).toBe(200);
  });
});

describe('Teams: POST /api/messages with a bot registration', () => {
  it('refuses activities without a Bot Connector token (401) and runs nothing', async () => {
    const connector = await startConnectorStandIn();
    stops.push(connector.close);
    const test = await makeTestBot();
    const adapter = createTeamsAdapter({ appId: '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b', appPassword: 'not-a-real-secret', appType: 'MultiTenant' });
    const app = createTeamsApplication({ bot: test.bot, adapter });
    const http = await startHttpServer({ port: 0, host: '127.0.0.1', routes: [createTeamsRoute(adapter, app, test.log)], log: test.log });
    stops.push(http.stop);
    const res = await fetch(`${http.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personalMessage('next-deadline', undefined, { id: 'forged-1', serviceUrl: connector.url })),
    });
    expect(res.status).toBe(401);
    expect(connector.calls).toHaveLength(0);
  });
});
