import type { SlackConfig, TeamsConfig } from './app-config.js';
import type { Env } from './env-schema.js';

/*
 * The chat platforms' variables taken together: which Slack mode, whether Teams has what it needs.
 * Each problem is a [variable, message] pair; a platform not configured, or with a problem, is undefined.
 */

export function readSlack(e: Env, problems: Array<[string, string]>): SlackConfig | undefined {
  const { SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: app, SLACK_SIGNING_SECRET: secret, SLACK_API_URL: apiUrl } = e;
  if (!bot) {
    if (app) problems.push(['SLACK_APP_TOKEN', 'is set but SLACK_BOT_TOKEN is missing (Socket Mode needs both)']);
    if (secret) problems.push(['SLACK_SIGNING_SECRET', 'is set but SLACK_BOT_TOKEN is missing (HTTP mode needs both)']);
    return undefined;
  }
  const extra = apiUrl ? { apiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {};
  let mode = e.SLACK_MODE;
  if (!mode) {
    if (app && secret) {
      problems.push(['SLACK_MODE', 'both SLACK_APP_TOKEN and SLACK_SIGNING_SECRET are set: set SLACK_MODE=socket or SLACK_MODE=http to choose']);
      return undefined;
    }
    mode = app ? 'socket' : 'http';
  }
  if (mode === 'socket') {
    if (!app) {
      problems.push(['SLACK_APP_TOKEN', 'is missing: Socket Mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN (or set SLACK_SIGNING_SECRET for HTTP mode)']);
      return undefined;
    }
    return { mode, botToken: bot, appToken: app, ...extra };
  }
  if (!secret) {
    problems.push(['SLACK_SIGNING_SECRET', 'is missing: HTTP mode needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)']);
    return undefined;
  }
  return { mode, botToken: bot, signingSecret: secret, ...extra };
}

export function readTeams(e: Env, problems: Array<[string, string]>): TeamsConfig | undefined {
  const { BOT_ID: id, BOT_PASSWORD: password, BOT_TENANT_ID: tenant } = e;
  const type = e.BOT_TYPE ?? 'MultiTenant';
  if (!id) {
    if (password) problems.push(['BOT_PASSWORD', 'is set but BOT_ID is missing']);
    if (tenant) problems.push(['BOT_TENANT_ID', 'is set but BOT_ID is missing']);
    return undefined;
  }
  if (!password && type !== 'UserAssignedMSI') {
    problems.push(['BOT_PASSWORD', 'is missing: the Teams bot needs BOT_ID and BOT_PASSWORD']);
    return undefined;
  }
  if (type === 'SingleTenant' && !tenant) {
    problems.push(['BOT_TENANT_ID', 'is missing: BOT_TYPE=SingleTenant needs the tenant id']);
    return undefined;
  }
  return { appId: id, appType: type, ...(password ? { appPassword: password } : {}), ...(tenant ? { tenantId: tenant } : {}) };
}
