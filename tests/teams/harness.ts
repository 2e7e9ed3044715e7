import type { Activity } from 'botbuilder';
import { TestAdapter } from 'botbuilder';
import { createTeamsApplication, type TeamsAppOptions } from '../../src/platforms/teams/app.js';
import { startHttpServer } from '../../src/http/server.js';
import { createTeamsAdapter } from '../../src/platforms/teams/adapter.js';
import { createTeamsRoute } from '../../src/platforms/teams/http-route.js';
import { makeTestBot, type TestBot } from '../support/fixtures.js';
import type { Store } from '../../src/store/store.js';
import { startConnectorStandIn } from './connector-stand-in.js';

export const BOT = { id: '28:cwg-bot', name: 'CWG' };
export const TENANT = 'tenant-itu';
export const TEAM_ID = '19:team-wsis@thread.tacv2';
export const CHANNEL_ID = '19:general-wsis@thread.tacv2';
export const SECRETARIAT_AAD = '00000000-aaaa-4bbb-8ccc-000000000001';
export const DELEGATE_AAD = '00000000-aaaa-4bbb-8ccc-000000000002';

export interface Harness extends TestBot {
  adapter: TestAdapter;
  /** Sends one activity through the real teams-ai Application and returns what the bot sent back. */
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
}

/** `store`: another bot sharing that store's data (a second process on the same file). */
export async function makeHarness(opts: { now?: string; app?: Partial<TeamsAppOptions>; env?: NodeJS.ProcessEnv; store?: Store } = {}): Promise<Harness> {
  const test = await makeTestBot({
    now: opts.now ?? '2025-01-15T09:00:00+01:00',
    env: { CWG_SECRETARIAT: SECRETARIAT_AAD, ...opts.env },
    ...(opts.store ? { store: opts.store } : {}),
  });
  const app = createTeamsApplication({ bot: test.bot, ...opts.app });
  const adapter = new TestAdapter(async (ctx) => {
    await app.run(ctx);
  });
  return {
    ...test,
    adapter,
    async send(activity) {
      await adapter.processActivity(activity);
      return adapter.activeQueue.splice(0);
    },
  };
}

export function user(aad: string, name = 'Delegate'): Activity['from'] {
  return { id: `29:${aad.slice(-4)}`, aadObjectId: aad, name };
}

/** A message in a 1:1 chat with the bot, as Teams sends it. */
export function personalMessage(text: string, from = user(DELEGATE_AAD), extra: Partial<Activity> = {}): Partial<Activity> {
  return {
    type: 'message',
    text,
    from,
    recipient: BOT,
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    conversation: { id: `a:personal-${from.id}`, conversationType: 'personal', tenantId: TENANT, isGroup: false, name: '' },
    channelData: { tenant: { id: TENANT } },
    ...extra,
  };
}

/** A channel message that mentions the bot ("@CWG next-deadline"), as Teams sends it. */
export function channelMessage(afterMention: string, from = user(DELEGATE_AAD), extra: Partial<Activity> = {}): Partial<Activity> {
  return {
    type: 'message',
    text: `<at>CWG</at> ${afterMention}`,
    from,
    recipient: BOT,
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    conversation: { id: `${CHANNEL_ID};messageid=1700000000000`, conversationType: 'channel', tenantId: TENANT, isGroup: true, name: '' },
    entities: [{ type: 'mention', text: '<at>CWG</at>', mentioned: BOT }],
    channelData: { team: { id: TEAM_ID, name: 'WSIS' }, channel: { id: CHANNEL_ID, name: 'General' }, tenant: { id: TENANT } },
    ...extra,
  };
}

/** The Adaptive Card a reply carries. */
export function cardOf(activity: Partial<Activity> | undefined): any {
  const attachment = activity?.attachments?.[0];
  if (attachment?.contentType !== 'application/vnd.microsoft.card.adaptive') throw new Error(`no Adaptive Card in ${JSON.stringify(activity)}`);
  return attachment.content;
}

/** Every FactSet fact of a card, as "title: value" strings (escapes undone for reading). */
export function factsOf(card: any): string[] {
  const out: string[] = [];
  const walk = (el: any) => {
    if (!el || typeof el !== 'object') return;
    if (el.type === 'FactSet') for (const f of el.facts) out.push(`${unescapeCard(f.title)}: ${unescapeCard(f.value)}`);
    for (const v of Object.values(el)) if (Array.isArray(v)) v.forEach(walk);
  };
  walk(card);
  return out;
}

/** Every Action.Submit data payload of a card. */
export function submitsOf(card: any): any[] {
  const out: any[] = [];
  const walk = (el: any) => {
    if (!el || typeof el !== 'object') return;
    if (el.type === 'Action.Submit') out.push(el.data);
    for (const v of Object.values(el)) if (Array.isArray(v)) v.forEach(walk);
  };
  walk(card);
  return out;
}

export function textsOf(card: any): string[] {
  const out: string[] = [];
  const walk = (el: any) => {
    if (!el || typeof el !== 'object') return;
    if (el.type === 'TextBlock') out.push(unescapeCard(el.text));
    for (const v of Object.values(el)) if (Array.isArray(v)) v.forEach(walk);
  };
  walk(card);
  return out;
}

function unescapeCard(s: string): string {
  return s.replace(/\\(.)/g, '$1').replace(/\u200b/g, '');
}

/**
 * The real chain: node:http server → POST /api/messages → TeamsAdapter → Application, with replies
 * (and file uploads) going to a Bot Connector stand-in. `onStop` receives what must be closed after the test.
 */
export async function startTeamsEndpoint(onStop: (stop: () => Promise<void>) => void, opts: { now: string; env?: NodeJS.ProcessEnv }) {
  const connector = await startConnectorStandIn();
  onStop(connector.close);
  const test = await makeTestBot({ now: opts.now, ...(opts.env ? { env: opts.env } : {}) });
  const adapter = createTeamsAdapter(undefined);
  const app = createTeamsApplication({ bot: test.bot, adapter });
  const http = await startHttpServer({ port: 0, host: '127.0.0.1', routes: [createTeamsRoute(adapter, app, test.log)], log: test.log });
  onStop(http.stop);
  const post = (activity: object) =>
    fetch(`${http.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return { connector, test, post, http };
}
