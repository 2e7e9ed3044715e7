import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import type { SlackConfig } from '../../../src/config/app-config.js';
import { createHealthRoute } from '../../../src/http/health-route.js';
import { startHttpServer } from '../../../src/http/server.js';
import { createSlackApp, type SlackApp } from '../../../src/platforms/slack/slack-app.js';
import type { Store } from '../../../src/store/store.js';
import { makeTestBot, type TestBot } from '../../support/fixtures.js';
import { slackSignature } from './slack-harness-sign.js';
import { type SlackApiStandIn, startSlackApiStandIn } from '../../support/slack-api-stand-in.js';

export const SIGNING_SECRET = 'test-signing-secret-8f2a';
export const SECRETARIAT_USER = 'U0SEC0001';
export const SECRETARIAT_GROUP = 'S0SECGRP1';
export const GROUP_MEMBER = 'U0GRPMEM1';
export const DELEGATE = 'U0DELEG01';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/**
 * What the user is shown in reply to an interaction: a loopback server standing in for Slack's
 * response_url records every JSON body posted to it, and `slash` adds a message carried in the
 * command's acknowledgement (Slack shows that as the reply too). `via` says which way each came.
 */
export interface ResponseRecorder {
  url: string;
  bodies: Array<Record<string, unknown>>;
  via: Array<'ack' | 'response_url'>;
  /** Resolves once `n` bodies have arrived (bounded: rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<Array<Record<string, unknown>>>;
}

async function startRecorder(): Promise<ResponseRecorder & { close(): Promise<void> }> {
  const bodies: Array<Record<string, unknown>> = [];
  const via: ResponseRecorder['via'] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
    via.push('response_url');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/response`,
    bodies,
    via,
    waitFor: (n, ms = 5000) => waitUntil(() => bodies.length >= n, ms).then(() => bodies),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Polls a condition; rejects after `ms` so a broken app fails the test instead of hanging it. */
export async function waitUntil(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface SlackHarness {
  t: TestBot;
  api: SlackApiStandIn;
  recorder: ResponseRecorder;
  slack: SlackApp;
  baseUrl: string;
  /** Posts a body to /slack/events signed as Slack signs it (or not, or badly, per options). */
  post(body: string, opts?: SignOptions): Promise<{ status: number; text: string }>;
  /** A /cwg slash command, form-encoded with every field Slack sends. */
  slash(text: string, user?: string, opts?: SignOptions & { triggerId?: string; channel?: string }): Promise<{ status: number; text: string }>;
  /** An Events API callback (JSON body), e.g. app_home_opened. */
  event(event: Record<string, unknown>, eventId?: string, opts?: SignOptions): Promise<{ status: number; text: string }>;
  /** An interaction (block_actions, view_submission) as Slack posts it: form field payload=JSON. */
  interact(payload: Record<string, unknown>, opts?: SignOptions): Promise<{ status: number; text: string }>;
}

export interface SignOptions {
  /** Seconds since the epoch to sign with (default: now). */
  timestamp?: number;
  secret?: string;
  unsigned?: boolean;
  headers?: Record<string, string>;
}

export { slackSignature };

let triggerCounter = 0;

export async function startSlackHarness(opts: { now?: string; store?: Store; ackBudgetMs?: number } = {}): Promise<SlackHarness> {
  const api = await startSlackApiStandIn();
  cleanups.push(() => api.close());
  const recorder = await startRecorder();
  cleanups.push(() => recorder.close());
  api.users.set(DELEGATE, { id: DELEGATE, name: 'delegate', tz: 'America/New_York' });
  api.users.set(SECRETARIAT_USER, { id: SECRETARIAT_USER, name: 'officer', tz: 'Europe/Zurich' });
  api.users.set(GROUP_MEMBER, { id: GROUP_MEMBER, name: 'groupie', tz: 'Asia/Tokyo' });
  api.groups.set(SECRETARIAT_GROUP, [GROUP_MEMBER]);
  const t = await makeTestBot({
    now: opts.now ?? '2025-02-20T09:00:00+01:00',
    env: { CWG_SECRETARIAT: `${SECRETARIAT_USER},${SECRETARIAT_GROUP}` },
    ...(opts.store ? { store: opts.store } : {}),
  });
  const slackConfig: SlackConfig = { mode: 'http', botToken: 'xoxb-test-token', signingSecret: SIGNING_SECRET, apiUrl: api.url };
  const slack = createSlackApp({
    bot: t.bot,
    slack: slackConfig,
    log: t.log,
    botId: 'B0BOT',
    botUserId: 'U0BOT',
    ...(opts.ackBudgetMs !== undefined ? { ackBudgetMs: opts.ackBudgetMs } : {}),
  });
  const http = await startHttpServer({ port: 0, host: '127.0.0.1', routes: [createHealthRoute({ store: t.store, clock: t.clock }), slack.route!], log: t.log });
  cleanups.push(() => http.stop());
  const baseUrl = http.url;

  const post: SlackHarness['post'] = async (body, o = {}) => {
    const ts = o.timestamp ?? Math.floor(Date.now() / 1000);
    const type = body.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded';
    const headers: Record<string, string> = { 'content-type': type, ...(o.headers ?? {}) };
    if (!o.unsigned) {
      headers['x-slack-request-timestamp'] = String(ts);
      headers['x-slack-signature'] = slackSignature(o.secret ?? SIGNING_SECRET, ts, body);
    }
    const res = await fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body });
    return { status: res.status, text: await res.text() };
  };

  return {
    t,
    api,
    recorder,
    slack,
    baseUrl,
    post,
    slash: async (text, user = DELEGATE, o = {}) => {
      const form = new URLSearchParams({
        token: 'verification-token-unused',
        team_id: 'T0STANDIN',
        team_domain: 'cwg-wsis',
        channel_id: o.channel ?? 'C0GENERAL',
        channel_name: 'general',
        user_id: user,
        user_name: api.users.get(user)?.name ?? 'someone',
        command: '/cwg',
        text,
        api_app_id: 'A0CWGAPP',
        is_enterprise_install: 'false',
        response_url: recorder.url,
        trigger_id: o.triggerId ?? `1337.${++triggerCounter}.abcdef`,
      });
      const res = await post(form.toString(), o);
      if (res.status === 200 && res.text) {
        recorder.bodies.push(JSON.parse(res.text) as Record<string, unknown>);
        recorder.via.push('ack');
      }
      return res;
    },
    event: (event, eventId = `Ev${++triggerCounter}`, o = {}) =>
      post(
        JSON.stringify({
          token: 'verification-token-unused',
          team_id: 'T0STANDIN',
          api_app_id: 'A0CWGAPP',
          event,
          type: 'event_callback',
          event_id: eventId,
          event_time: Math.floor(Date.now() / 1000),
          authorizations: [{ team_id: 'T0STANDIN', user_id: 'U0BOT', is_bot: true }],
        }),
        o,
      ),
    interact: (payload, o = {}) => post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), o),
  };
}

/** A block_actions payload for a button on one of our ephemeral messages. */
export function buttonPayload(
  user: string,
  actionId: string,
  value: string,
  responseUrl: string,
  triggerId = `2448.${++triggerCounter}.ff`,
): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: user, username: 'u', name: 'u', team_id: 'T0STANDIN' },
    api_app_id: 'A0CWGAPP',
    token: 'verification-token-unused',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0GENERAL', is_ephemeral: true },
    trigger_id: triggerId,
    team: { id: 'T0STANDIN', domain: 'cwg-wsis' },
    channel: { id: 'C0GENERAL', name: 'general' },
    response_url: responseUrl,
    actions: [
      { type: 'button', action_id: actionId, block_id: 'acts:0.0:x', value, text: { type: 'plain_text', text: 'x' }, action_ts: `${Date.now() / 1000}` },
    ],
  };
}

/** Every text a Slack client would show for a message: fallback text plus all block texts. */
export function allText(message: Record<string, unknown>): string {
  return JSON.stringify(message);
}

/** A view_submission payload for one of our modals, with the state values Slack would send. */
export function viewSubmission(user: string, view: Record<string, unknown>, values: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const state: Record<string, Record<string, unknown>> = {};
  for (const [blockId, v] of Object.entries(values)) state[blockId] = { value: v };
  return {
    type: 'view_submission',
    team: { id: 'T0STANDIN', domain: 'cwg-wsis' },
    user: { id: user, username: 'u', name: 'u', team_id: 'T0STANDIN' },
    api_app_id: 'A0CWGAPP',
    token: 'verification-token-unused',
    trigger_id: `3559.${++triggerCounter}.aa`,
    view: {
      id: `V${++triggerCounter}`,
      team_id: 'T0STANDIN',
      type: 'modal',
      hash: `h${triggerCounter}`,
      app_id: 'A0CWGAPP',
      bot_id: 'B0BOT',
      ...view,
      state: { values: state },
    },
    response_urls: [],
    is_enterprise_install: false,
  };
}

export const text = (value: string | null) => ({ type: 'plain_text_input', value });
export const selected = (value: string) => ({ type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } });
export const multi = (values: string[]) => ({
  type: 'multi_static_select',
  selected_options: values.map((v) => ({ value: v, text: { type: 'plain_text', text: v } })),
});

/** Makes the stand-in accept files.uploadV2's three steps; returns the uploaded bodies as they arrive. */
export function acceptFileUploads(h: SlackHarness): string[] {
  const uploads: string[] = [];
  h.api.respond((call) => {
    if (call.method === 'files.getUploadURLExternal') return { body: { ok: true, upload_url: `${h.api.url}upload/F0ICS`, file_id: 'F0ICS' } };
    if (call.method === 'upload/F0ICS') uploads.push(JSON.stringify(call.args));
    if (call.method === 'files.completeUploadExternal') return { body: { ok: true, files: [{ id: 'F0ICS' }] } };
    return undefined;
  });
  return uploads;
}
