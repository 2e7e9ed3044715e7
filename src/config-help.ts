import { ENV_DEFAULTS, ENV_VARIABLES, type EnvVariable } from './config/env-schema.js';

/**
 * One line per variable for `npm start --help` and `npx cwg config check`; docs/configuration.md
 * says more. A test checks that every variable of the schema has a line here and in the docs.
 */
export const ENV_SUMMARY: Partial<Record<EnvVariable, string>> = {
  CWG_ENV_FILE: 'dotenv file read at start (default .env in the working directory; the environment wins)',
  CWG_DATA_FILE: 'the data file (created from the seed on first run)',
  CWG_SEED_FILE: 'the seed used when the data file (or the database) holds no data yet (none: an empty calendar)',
  CWG_DATABASE_URL: 'postgres://user:password@host:5432/db: PostgreSQL instead of the data file (several replicas)',
  CWG_NOW: 'rehearsal: the clock starts at this ISO 8601 instant (on a scratch copy of the data file)',
  CWG_TZ: "the console/CLI user's IANA time zone",
  CWG_LANG: 'default language: ar, zh, en, fr, ru or es (people and channels may choose their own: /cwg language)',
  CWG_SECRETARIAT: 'Slack user/group ids and Teams object ids who may edit (comma-separated)',
  CWG_ICS_TOKEN: 'GET /calendar.ics requires ?token= with this value',
  CWG_EXPORT_DIR: 'where the console and `npx cwg` write exported files',
  CWG_PUBLIC_URL: "the bot's public base URL (links to the calendar feed)",
  CWG_REMINDER_GRACE_HOURS: 'after downtime, reminders missed within this many hours are still sent',
  CWG_IMPORT_MAX_MB: 'largest file /cwg import reads, in MB (at most 100)',
  CWG_LEDGER_RETENTION_DAYS: 'delivery records older than this are pruned',
  CWG_HTTP_TIMEOUT_SECONDS: 'how long one outgoing request (Slack, Teams, response_url, uploads) may take',
  CWG_REMINDER_LEASE_SECONDS: 'several processes on one data file: a dead reminder runner is replaced after this',
  CWG_SLACK_POSTS_PER_SECOND: 'reminder posts per second across the Slack workspace (one per channel per second regardless)',
  PORT: 'HTTP port (Slack HTTP mode, Teams, /healthz, /calendar.ics)',
  SLACK_BOT_TOKEN: 'Slack bot token xoxb-… (turns Slack on)',
  SLACK_APP_TOKEN: 'Slack app-level token xapp-… (Socket Mode)',
  SLACK_SIGNING_SECRET: 'Slack signing secret (HTTP mode)',
  SLACK_API_URL: 'base URL of the Slack Web API (tests, egress proxies)',
  SLACK_MODE: 'socket or http, when both SLACK_APP_TOKEN and SLACK_SIGNING_SECRET are set',
  BOT_ID: "Teams bot's Microsoft App ID (turns Teams on)",
  BOT_PASSWORD: "Teams bot's client secret",
  BOT_TENANT_ID: 'Entra tenant id (BOT_TYPE=SingleTenant)',
  BOT_TYPE: 'MultiTenant, SingleTenant or UserAssignedMSI',
  CWG_LOG_FORMAT: 'json or text log lines on stderr',
  CWG_LOG_LEVEL: 'debug, info, warn or error',
  CWG_HEALTH_DETAILS: '1: GET /healthz also shows file paths and error details',
};

/** The variable list of `npm start --help`, made from the schema so it cannot miss one. */
export function environmentHelp(): string {
  const width = Math.max(...ENV_VARIABLES.map((v) => v.length)) + 2;
  return ENV_VARIABLES.map((v) => {
    const def = ENV_DEFAULTS[v];
    return `  ${v.padEnd(width)}${ENV_SUMMARY[v] ?? ''}${def ? ` (default: ${def})` : ''}`;
  }).join('\n');
}
