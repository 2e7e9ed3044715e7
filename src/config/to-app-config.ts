import { type AppConfig, NO_SEED, type SlackConfig, type TeamsConfig } from './app-config.js';
import { DEFAULT_DATA_FILE, type Env } from './env-schema.js';

/** The checked variables → the configuration the bot runs with (the defaults of ENV_DEFAULTS applied). */
export function toAppConfig(e: Env, slack: SlackConfig | undefined, teams: TeamsConfig | undefined): AppConfig {
  const secretariat = parseIdList(e.CWG_SECRETARIAT);
  const warnings = secretariatWarnings(secretariat);
  return {
    ...(warnings.length ? { warnings } : {}),
    dataFile: e.CWG_DATA_FILE ?? DEFAULT_DATA_FILE,
    dataFileExplicit: e.CWG_DATA_FILE !== undefined,
    // "none": a new data file starts with an empty calendar (a group that starts from its own report).
    ...(e.CWG_SEED_FILE ? { seedFile: e.CWG_SEED_FILE.trim().toLowerCase() === NO_SEED ? NO_SEED : e.CWG_SEED_FILE } : {}),
    ...(e.CWG_DATABASE_URL ? { databaseUrl: e.CWG_DATABASE_URL } : {}),
    ...(e.CWG_NOW ? { now: new Date(e.CWG_NOW) } : {}),
    ...(e.CWG_TZ ? { tz: e.CWG_TZ } : {}),
    lang: e.CWG_LANG ?? 'en',
    secretariat,
    ...(e.CWG_ICS_TOKEN ? { icsToken: e.CWG_ICS_TOKEN } : {}),
    ...(e.CWG_EXPORT_DIR ? { exportDir: e.CWG_EXPORT_DIR } : {}),
    ...(e.CWG_PUBLIC_URL ? { publicUrl: e.CWG_PUBLIC_URL.replace(/\/+$/, '') } : {}),
    reminderGraceHours: e.CWG_REMINDER_GRACE_HOURS ? Number(e.CWG_REMINDER_GRACE_HOURS) : 6,
    ledgerRetentionDays: e.CWG_LEDGER_RETENTION_DAYS ? Number(e.CWG_LEDGER_RETENTION_DAYS) : 90,
    reminderLeaseSeconds: e.CWG_REMINDER_LEASE_SECONDS ? Number(e.CWG_REMINDER_LEASE_SECONDS) : 60,
    ...(e.CWG_SLACK_POSTS_PER_SECOND ? { slackPostsPerSecond: Number(e.CWG_SLACK_POSTS_PER_SECOND) } : {}),
    importMaxMb: e.CWG_IMPORT_MAX_MB ? Number(e.CWG_IMPORT_MAX_MB) : 10,
    port: e.PORT ? Number(e.PORT) : 3000,
    portExplicit: e.PORT !== undefined,
    httpTimeoutMs: (e.CWG_HTTP_TIMEOUT_SECONDS ? Number(e.CWG_HTTP_TIMEOUT_SECONDS) : 15) * 1000,
    ...(slack ? { slack } : {}),
    ...(teams ? { teams } : {}),
    log: { ...(e.CWG_LOG_FORMAT ? { format: e.CWG_LOG_FORMAT } : {}), level: e.CWG_LOG_LEVEL ?? 'info' },
    healthDetails: /^(1|true|yes)$/i.test(e.CWG_HEALTH_DETAILS ?? ''),
  };
}

export function parseIdList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Slack user (U…, W…) and user-group (S…) ids are upper case; a lower-case one never matches a group
 * Slack reports, so its members would silently not be secretariat. Entra object ids (GUIDs) are not Slack ids.
 */
export function secretariatWarnings(ids: readonly string[]): string[] {
  return ids
    .filter((id) => /^[suw][a-z0-9]{6,}$/i.test(id) && /[a-z]/.test(id) && /\d/.test(id))
    .map(
      (id) =>
        `CWG_SECRETARIAT: "${id}" looks like a Slack id in lower case; Slack ids are upper case (${id.toUpperCase()}), ` +
        'so it matches no user group. Write it as Slack shows it.',
    );
}
