import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Bot } from '../../bot.js';
import type { TeamsConfig } from '../../config/app-config.js';
import { feedUrl } from '../../export/export-reply.js';
import type { PlatformAdapter } from '../adapter.js';
import { createTeamsAdapter } from './adapter.js';
import { createTeamsApplication } from './app.js';
import { createTeamsRoute } from './http-route.js';
import { createTeamsReminderTransport } from './reminder-transport.js';

/**
 * The Teams platform, loaded by src/main.ts only when BOT_ID is set (teams-ai is heavy): the
 * Application on a TeamsAdapter for our bot registration, its HTTP route (POST /api/messages) and
 * its reminder transport. Nothing to connect: the Bot Connector calls the shared server.
 */
export function createTeamsPlatform(deps: { bot: Bot; config: TeamsConfig; adapter?: TeamsAdapter }): PlatformAdapter {
  // `adapter` replaces the registration's one in tests (authentication off, like the Bot Framework Emulator).
  const adapter = deps.adapter ?? createTeamsAdapter(deps.config, deps.bot.deps.config.httpTimeoutMs);
  const app = createTeamsApplication({ bot: deps.bot, adapter, botAppId: deps.config.appId });
  const route = createTeamsRoute(adapter, app, deps.bot.deps.log);
  return {
    name: 'teams',
    routes: [route],
    transports: [
      createTeamsReminderTransport({
        adapter,
        appId: deps.config.appId,
        store: deps.bot.deps.store,
        calendarLink: (id) => feedUrl(deps.bot.deps.config, { id }),
      }),
    ],
    start: async () => deps.bot.deps.log.info(`teams: ready for the Bot Connector at POST ${route.path}`),
    stop: async () => undefined,
  };
}
