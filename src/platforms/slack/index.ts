import type { Bot } from '../../bot.js';
import type { SlackConfig } from '../../config/app-config.js';
import type { PlatformAdapter } from '../adapter.js';
import { createSlackReminderTransport } from './reminder-transport.js';
import { createSlackApp } from './slack-app.js';

/**
 * The Slack platform, loaded by src/main.ts only when SLACK_BOT_TOKEN is set (so console and
 * Teams-only runs start without Bolt): the Bolt app (its /slack/events route in HTTP mode, a
 * Socket Mode connection otherwise) and the Web API transport for reminders.
 */
export function createSlackPlatform(deps: { bot: Bot; slack: SlackConfig }): PlatformAdapter {
  const { bot, slack } = deps;
  const log = bot.deps.log;
  const app = createSlackApp({ bot, slack, log });
  return {
    name: 'slack',
    routes: app.route ? [app.route] : [],
    transports: [
      createSlackReminderTransport({
        token: slack.botToken,
        log,
        ...(slack.apiUrl ? { apiUrl: slack.apiUrl } : {}),
        ...(bot.deps.config.httpTimeoutMs ? { timeoutMs: bot.deps.config.httpTimeoutMs } : {}),
        // Slack allows one post per second per channel; the workspace-wide pace is the operator's to raise.
        ...(bot.deps.config.slackPostsPerSecond ? { pacing: { perChannelIntervalMs: 1000, workspacePerSecond: bot.deps.config.slackPostsPerSecond } } : {}),
      }),
    ],
    start: async () => {
      await app.start();
      log.info(`slack: ${slack.mode === 'socket' ? 'connected in Socket Mode' : 'ready for HTTP requests at /slack/events'}`);
    },
    stop: () => app.stop(),
  };
}
