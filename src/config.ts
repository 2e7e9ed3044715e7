import { z } from 'zod';
import { isValidTimeZone } from './calendar/validate.js';
import { ConfigError } from './errors.js';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const EnvSchema = z.object({
  CWG_DATA_FILE: optionalString,
  CWG_SEED_FILE: optionalString,
  CWG_NOW: optionalString.refine((v) => v === undefined || !Number.isNaN(Date.parse(v)), 'must be an ISO 8601 instant, e.g. 2025-03-01T08:00:00+01:00'),
  CWG_TZ: optionalString.refine((v) => v === undefined || isValidTimeZone(v), 'must be an IANA time zone, e.g. Europe/Zurich'),
  CWG_SECRETARIAT: optionalString,
  CWG_ICS_TOKEN: optionalString,
  CWG_EXPORT_DIR: optionalString,
  CWG_PUBLIC_URL: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), 'must start with http:// or https://'),
  CWG_REMINDER_GRACE_HOURS: optionalString.refine((v) => v === undefined || (/^\d+(\.\d+)?$/.test(v) && Number(v) <= 168), 'must be a number of hours between 0 and 168'),
  CWG_IMPORT_MAX_MB: optionalString.refine((v) => v === undefined || (/^\d+(\.\d+)?$/.test(v) && Number(v) > 0 && Number(v) <= 100), 'must be a number of MB above 0 and at most 100'),
  CWG_LEDGER_RETENTION_DAYS: optionalString.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 1), 'must be a whole number of days, at least 1'),
  PORT: optionalString.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) < 65536), 'must be a port number (0-65535)'),
  SLACK_BOT_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xoxb-'), 'must be a bot token starting with xoxb-'),
  SLACK_APP_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xapp-'), 'must be an app-level token starting with xapp-'),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), 'must be an http(s) URL'),
  SLACK_MODE: z.enum(['socket', 'http']).optional().or(z.literal('').transform(() => undefined)),
  BOT_ID: optionalString,
  BOT_PASSWORD: optionalString,
  BOT_TENANT_ID: optionalString,
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional().or(z.literal('').transform(() => undefined)),
});

export type SlackConfig =
  | { mode: 'socket'; botToken: string; appToken: string; apiUrl?: string }
  | { mode: 'http'; botToken: string; signingSecret: string; apiUrl?: string };

export interface TeamsConfig {
  appId: string;
  appPassword?: string;
  tenantId?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

export interface AppConfig {
  dataFile: string;
  seedFile?: string;
  /** Rehearsal start instant: the clock starts here and runs on in real time. */
  now?: Date;
  /** Zone of the local console/CLI user, when set. */
  tz?: string;
  /** Slack user ids, Slack user-group ids and Teams (Entra) object ids of the secretariat. */
  secretariat: string[];
  icsToken?: string;
  publicUrl?: string;
  /** Where the console and the CLI write exported files (.ics); unset: `<data dir>/exports` (private, 0700; defaultExportDir). */
  exportDir?: string;
  reminderGraceHours: number;
  ledgerRetentionDays: number;
  /** Largest file `/cwg import` reads, in MB of 1024 × 1024 bytes (CWG_IMPORT_MAX_MB, default 10). */
  importMaxMb: number;
  port: number;
  /** PORT was set in the environment (not just the default): the shared HTTP server then runs beside Socket Mode too. */
  portExplicit: boolean;
  slack?: SlackConfig;
  teams?: TeamsConfig;
  /** Settings that load but are probably not what the operator meant: logged at start. */
  warnings?: string[];
}

export const DEFAULT_DATA_FILE = 'data/cwg.db.json';

/** Reads and checks the environment; throws ConfigError naming every wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const vars = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`, vars);
  }
  const e = parsed.data;
  const problems: Array<[string, string]> = [];
  const slack = readSlack(e, problems);
  const teams = readTeams(e, problems);
  if (problems.length) {
    throw new ConfigError(`invalid configuration:\n${problems.map(([v, m]) => `  ${v}: ${m}`).join('\n')}`, problems.map(([v]) => v));
  }
  const secretariat = parseIdList(e.CWG_SECRETARIAT);
  const warnings = secretariatWarnings(secretariat);
  return {
    ...(warnings.length ? { warnings } : {}),
    dataFile: e.CWG_DATA_FILE ?? DEFAULT_DATA_FILE,
    ...(e.CWG_SEED_FILE ? { seedFile: e.CWG_SEED_FILE } : {}),
    ...(e.CWG_NOW ? { now: new Date(e.CWG_NOW) } : {}),
    ...(e.CWG_TZ ? { tz: e.CWG_TZ } : {}),
    secretariat,
    ...(e.CWG_ICS_TOKEN ? { icsToken: e.CWG_ICS_TOKEN } : {}),
    ...(e.CWG_EXPORT_DIR ? { exportDir: e.CWG_EXPORT_DIR } : {}),
    ...(e.CWG_PUBLIC_URL ? { publicUrl: e.CWG_PUBLIC_URL.replace(/\/+$/, '') } : {}),
    reminderGraceHours: e.CWG_REMINDER_GRACE_HOURS ? Number(e.CWG_REMINDER_GRACE_HOURS) : 6,
    ledgerRetentionDays: e.CWG_LEDGER_RETENTION_DAYS ? Number(e.CWG_LEDGER_RETENTION_DAYS) : 90,
    importMaxMb: e.CWG_IMPORT_MAX_MB ? Number(e.CWG_IMPORT_MAX_MB) : 10,
    port: e.PORT ? Number(e.PORT) : 3000,
    portExplicit: e.PORT !== undefined,
    ...(slack ? { slack } : {}),
    ...(teams ? { teams } : {}),
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

type Env = z.infer<typeof EnvSchema>;

function readSlack(e: Env, problems: Array<[string, string]>): SlackConfig | undefined {
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

function readTeams(e: Env, problems: Array<[string, string]>): TeamsConfig | undefined {
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
