import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as z from 'zod';
import { isValidTimeZone } from './calendar/validate.js';
import { ConfigError } from './errors.js';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** One of a few words (empty = unset); the words are kept for the message when the value is not one of them. */
const ENUM_CHOICES = new Map<unknown, readonly string[]>();
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => {
  const schema = z
    .enum(values)
    .optional()
    .or(z.literal('').transform(() => undefined));
  ENUM_CHOICES.set(schema, values);
  return schema;
};

/**
 * Every variable the bot reads, and how each must look. Exported so the configuration reference
 * (docs/configuration.md), `npm start --help` and `npx cwg config check` are checked against it.
 */
export const EnvSchema = z.object({
  CWG_ENV_FILE: optionalString,
  CWG_DATA_FILE: optionalString,
  CWG_SEED_FILE: optionalString,
  CWG_DATABASE_URL: optionalString.refine(
    (v) => v === undefined || /^postgres(ql)?:\/\/[^/]/i.test(v),
    'must be a postgres:// URL, e.g. postgres://cwg:secret@db:5432/cwg',
  ),
  CWG_NOW: optionalString.refine((v) => v === undefined || !Number.isNaN(Date.parse(v)), 'must be an ISO 8601 instant, e.g. 2025-03-01T08:00:00+01:00'),
  CWG_TZ: optionalString.refine((v) => v === undefined || isValidTimeZone(v), 'must be an IANA time zone, e.g. Europe/Zurich'),
  CWG_LANG: oneOf(['ar', 'zh', 'en', 'fr', 'ru', 'es']),
  CWG_SECRETARIAT: optionalString,
  CWG_ICS_TOKEN: optionalString,
  CWG_EXPORT_DIR: optionalString,
  CWG_PUBLIC_URL: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), 'must start with http:// or https://'),
  CWG_REMINDER_GRACE_HOURS: optionalString.refine(
    (v) => v === undefined || (/^\d+(\.\d+)?$/.test(v) && Number(v) <= 168),
    'must be a number of hours between 0 and 168',
  ),
  CWG_IMPORT_MAX_MB: optionalString.refine(
    (v) => v === undefined || (/^\d+(\.\d+)?$/.test(v) && Number(v) > 0 && Number(v) <= 100),
    'must be a number of MB above 0 and at most 100',
  ),
  CWG_LEDGER_RETENTION_DAYS: optionalString.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 1), 'must be a whole number of days, at least 1'),
  CWG_HTTP_TIMEOUT_SECONDS: optionalString.refine(
    (v) => v === undefined || (/^\d+(\.\d+)?$/.test(v) && Number(v) >= 1 && Number(v) <= 300),
    'must be a number of seconds between 1 and 300',
  ),
  CWG_REMINDER_LEASE_SECONDS: optionalString.refine(
    (v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 3 && Number(v) <= 600),
    'must be a whole number of seconds between 3 and 600',
  ),
  CWG_SLACK_POSTS_PER_SECOND: optionalString.refine(
    (v) => v === undefined || (/^\d+(\.\d+)?$/.test(v) && Number(v) > 0 && Number(v) <= 1000),
    'must be a number of messages per second above 0 and at most 1000',
  ),
  PORT: optionalString.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) < 65536), 'must be a port number (0-65535)'),
  SLACK_BOT_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xoxb-'), 'must be a bot token starting with xoxb-'),
  SLACK_APP_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xapp-'), 'must be an app-level token starting with xapp-'),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), 'must be an http(s) URL'),
  SLACK_MODE: oneOf(['socket', 'http']),
  BOT_ID: optionalString,
  BOT_PASSWORD: optionalString,
  BOT_TENANT_ID: optionalString,
  BOT_TYPE: oneOf(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']),
  CWG_LOG_FORMAT: oneOf(['json', 'text']),
  CWG_LOG_LEVEL: oneOf(['debug', 'info', 'warn', 'error']),
  CWG_HEALTH_DETAILS: optionalString.refine((v) => v === undefined || /^(0|1|true|false|yes|no)$/i.test(v), 'must be 1 or 0'),
});

export type EnvVariable = keyof typeof EnvSchema.shape;
/** The variables' names, in the schema's order. */
export const ENV_VARIABLES = Object.keys(EnvSchema.shape) as EnvVariable[];
/** Variables whose values are secrets: `config check` shows only that they are set. */
export const isSecretVariable = (name: string): boolean => /TOKEN|PASSWORD|SECRET/.test(name);

export type SlackConfig =
  | { mode: 'socket'; botToken: string; appToken: string; apiUrl?: string }
  | { mode: 'http'; botToken: string; signingSecret: string; apiUrl?: string };

export interface TeamsConfig {
  appId: string;
  appPassword?: string;
  tenantId?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

/** CWG_SEED_FILE=none: no seed, a new data file starts with an empty calendar. */
export const NO_SEED = 'none';

export interface AppConfig {
  dataFile: string;
  /** CWG_DATA_FILE was set: a rehearsal then uses that file as it is instead of a scratch copy. */
  dataFileExplicit?: boolean;
  /** A seed calendar file, or NO_SEED ("none") for an empty calendar. */
  /** CWG_DATABASE_URL: PostgreSQL instead of the data file (several replicas share it). */
  databaseUrl?: string;
  seedFile?: string;
  /** Rehearsal start instant: the clock starts here and runs on in real time. */
  now?: Date;
  /** Zone of the local console/CLI user, when set. */
  tz?: string;
  /**
   * The bot's default language (CWG_LANG, default en): what anyone without a choice of their own, a
   * platform locale or a channel language reads; the console's and the CLI's language.
   */
  lang: 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';
  /** Slack user ids, Slack user-group ids and Teams (Entra) object ids of the secretariat. */
  secretariat: string[];
  icsToken?: string;
  publicUrl?: string;
  /** Where the console and the CLI write exported files (.ics); unset: `<data dir>/exports` (private, 0700; defaultExportDir). */
  exportDir?: string;
  reminderGraceHours: number;
  ledgerRetentionDays: number;
  /** How long the reminder job's lease (and a delivery claim) holds without renewal (CWG_REMINDER_LEASE_SECONDS, default 60). */
  reminderLeaseSeconds?: number;
  /** Reminder posts per second across a Slack workspace, for this process (CWG_SLACK_POSTS_PER_SECOND, default 5). */
  slackPostsPerSecond?: number;
  /** Largest file `/cwg import` reads, in MB of 1024 × 1024 bytes (CWG_IMPORT_MAX_MB, default 10). */
  importMaxMb: number;
  port: number;
  /** PORT was set in the environment (not just the default): the shared HTTP server then runs beside Socket Mode too. */
  portExplicit: boolean;
  /** How long one outgoing request (Slack, response_url, Teams, uploads) may take, in ms (CWG_HTTP_TIMEOUT_SECONDS, default 15 s). */
  httpTimeoutMs?: number;
  slack?: SlackConfig;
  teams?: TeamsConfig;
  /** Settings that load but are probably not what the operator meant: logged at start. */
  warnings?: string[];
  /** Log lines: `format` unset = text on a terminal, JSON lines otherwise (see resolveLogFormat in log.ts). */
  log?: { format?: 'json' | 'text'; level: 'debug' | 'info' | 'warn' | 'error' };
  /** GET /healthz shows file paths and error details only when CWG_HEALTH_DETAILS=1. */
  healthDetails?: boolean;
}

export const DEFAULT_DATA_FILE = 'data/cwg.db.json';

export interface LoadOptions {
  /**
   * A dotenv file whose variables apply where the environment does not set them (the environment
   * wins). Default: CWG_ENV_FILE when set (empty = none), else `.env` in the working directory when
   * `env` is the process's own environment (tests that pass an environment get no file unless they
   * name one). false: no file.
   */
  envFile?: string | false;
}

export interface ConfigProblem {
  variable: string;
  message: string;
}

export type ValueSource = 'environment' | 'env file' | 'default' | 'unset';

export interface ConfigReport {
  /** The configuration, when there is no problem. */
  config?: AppConfig;
  problems: ConfigProblem[];
  /** Not fatal: a .env line naming no known variable (a typo?). */
  warnings: ConfigProblem[];
  /** The dotenv file read, absolute; undefined when none. */
  envFile?: string;
  /** Every known variable: its raw value and where it came from. */
  values: Array<{ name: EnvVariable; value?: string; source: ValueSource }>;
}

/** What a variable is when not set (shown by `config check`; the code below applies them). */
export const ENV_DEFAULTS: Partial<Record<EnvVariable, string>> = {
  CWG_DATA_FILE: DEFAULT_DATA_FILE,
  CWG_SEED_FILE: 'data/calendar.seed.json (in the package)',
  CWG_EXPORT_DIR: '<data dir>/exports (private, 0700)',
  CWG_LANG: 'en',
  CWG_REMINDER_GRACE_HOURS: '6',
  CWG_IMPORT_MAX_MB: '10',
  CWG_LEDGER_RETENTION_DAYS: '90',
  CWG_HTTP_TIMEOUT_SECONDS: '15',
  CWG_REMINDER_LEASE_SECONDS: '60',
  CWG_SLACK_POSTS_PER_SECOND: '5',
  PORT: '3000',
  BOT_TYPE: 'MultiTenant',
  CWG_LOG_FORMAT: 'text on a terminal, json otherwise',
  CWG_LOG_LEVEL: 'info',
  CWG_HEALTH_DETAILS: '0',
};

/** The environment with the dotenv file under it, where each value came from, and the file's problems. */
function mergeEnvFile(env: NodeJS.ProcessEnv, opts: LoadOptions, problems: ConfigProblem[], warnings: ConfigProblem[]) {
  const named = env.CWG_ENV_FILE;
  let file: string | undefined;
  let required = false;
  if (opts.envFile !== undefined) {
    file = opts.envFile || undefined;
    required = Boolean(opts.envFile);
  } else if (named !== undefined) {
    file = named.trim() || undefined;
    required = true;
  } else if (env === process.env) {
    file = '.env';
  }
  const merged: NodeJS.ProcessEnv = { ...env };
  const fromFile = new Set<string>();
  if (!file) return { merged, fromFile };
  const abs = path.resolve(file);
  let text: string;
  try {
    if (statSync(abs).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return { merged, fromFile };
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'EACCES'
            ? 'cannot be read (permission denied)'
            : `cannot be read (${code ?? String(e)})`;
    problems.push({ variable: 'CWG_ENV_FILE', message: `${abs} ${why}: name a readable dotenv file, or unset CWG_ENV_FILE` });
    return { merged, fromFile, file: abs };
  }
  // dotenv is loaded only when there is a file: the CLI starts without it otherwise.
  const { parse } = createRequire(import.meta.url)('dotenv') as typeof import('dotenv');
  const parsed = parse(text);
  const known = new Set<string>(ENV_VARIABLES);
  for (const [name, value] of Object.entries(parsed)) {
    if (!known.has(name) && /^(CWG|SLACK|BOT|TEAMS)_/.test(name)) {
      warnings.push({ variable: name, message: `in ${abs} is not a variable the bot reads (a typo?)` });
    }
    if (env[name] === undefined) {
      merged[name] = value;
      fromFile.add(name);
    }
  }
  return { merged, fromFile, file: abs };
}

/**
 * Reads and checks the whole configuration, collecting every problem rather than stopping at the
 * first: each variable is checked on its own, then the combinations (Slack and Teams modes).
 */
export function checkConfig(env: NodeJS.ProcessEnv = process.env, opts: LoadOptions = {}): ConfigReport {
  const problems: ConfigProblem[] = [];
  const warnings: ConfigProblem[] = [];
  const { merged, fromFile, file } = mergeEnvFile(env, opts, problems, warnings);
  const data: Record<string, unknown> = {};
  const bad = new Set<string>();
  for (const name of ENV_VARIABLES) {
    const r = EnvSchema.shape[name].safeParse(merged[name]);
    if (r.success) data[name] = r.data;
    else {
      bad.add(name);
      const choices = ENUM_CHOICES.get(EnvSchema.shape[name]);
      if (choices) problems.push({ variable: name, message: `must be one of ${choices.join(', ')} (got "${merged[name]}")` });
      else for (const issue of r.error.issues) problems.push({ variable: name, message: issue.message });
    }
  }
  const e = data as Env;
  const pairs: Array<[string, string]> = [];
  // A combination is judged only when its variables are each well-formed, so one typo gives one problem.
  const slack = [...bad].some((v) => v.startsWith('SLACK_')) ? undefined : readSlack(e, pairs);
  const teams = [...bad].some((v) => v.startsWith('BOT_')) ? undefined : readTeams(e, pairs);
  problems.push(...pairs.map(([variable, message]) => ({ variable, message })));
  const values = ENV_VARIABLES.map((name) => {
    const raw = merged[name];
    const set = raw !== undefined && raw.trim() !== '';
    const source: ValueSource = set ? (fromFile.has(name) ? 'env file' : 'environment') : ENV_DEFAULTS[name] !== undefined ? 'default' : 'unset';
    return { name, source, ...(set ? { value: raw } : ENV_DEFAULTS[name] !== undefined ? { value: ENV_DEFAULTS[name] } : {}) };
  });
  const report: ConfigReport = { problems, warnings, values, ...(file ? { envFile: file } : {}) };
  if (!problems.length) report.config = toAppConfig(e, slack, teams);
  return report;
}

/**
 * Reads and checks the environment (with the dotenv file under it: see LoadOptions); throws
 * ConfigError naming every wrong variable. The one place that reads configuration.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, opts: LoadOptions = {}): AppConfig {
  const report = checkConfig(env, opts);
  if (!report.config) {
    const { problems } = report;
    throw new ConfigError(`invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`, [
      ...new Set(problems.map((p) => p.variable)),
    ]);
  }
  return report.config;
}

function toAppConfig(e: Env, slack: SlackConfig | undefined, teams: TeamsConfig | undefined): AppConfig {
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
