import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Bot } from '../../bot.js';
import type { TeamsConfig } from '../../config.js';
import type { HttpRoute } from '../../http/routes.js';
import type { ReminderTransport } from '../../reminders/transport.js';
import { feedUrl } from '../../export/export-reply.js';
import { createTeamsAdapter } from './adapter.js';
import { createTeamsApplication } from './app.js';
import { createTeamsRoute } from './http-route.js';
import { createTeamsReminderTransport } from './reminder-transport.js';

export interface TeamsPlatform {
  /** POST /api/messages, for the shared HTTP server. */
  route: HttpRoute;
  /** Proactive delivery of reminders, digests and change notices. */
  transport: ReminderTransport;
}

/**
 * The Teams platform, loaded by src/main.ts only when BOT_ID is set (teams-ai is heavy): the
 * Application on a TeamsAdapter for our bot registration, its HTTP route and its reminder transport.
 */
export function startTeams(deps: { bot: Bot; config: TeamsConfig; adapter?: TeamsAdapter }): TeamsPlatform {
  // `adapter` replaces the registration's one in tests (authentication off, like the Bot Framework Emulator).
  const adapter = deps.adapter ?? createTeamsAdapter(deps.config);
  const app = createTeamsApplication({ bot: deps.bot, adapter, botAppId: deps.config.appId });
  return {
    route: createTeamsRoute(adapter, app, deps.bot.deps.log),
    transport: createTeamsReminderTransport({
      adapter,
      appId: deps.config.appId,
      store: deps.bot.deps.store,
      calendarLink: (id) => feedUrl(deps.bot.deps.config, { id }),
    }),
  };
}
