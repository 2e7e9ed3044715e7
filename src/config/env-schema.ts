import * as z from 'zod';
import { isValidTimeZone } from '../calendar/validate.js';

/* The variables are read from the environment by loadConfig in src/config.ts alone: nothing here reads it. */

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** One of a few words (empty = unset); the words are kept for the message when the value is not one of them. */
export const ENUM_CHOICES = new Map<unknown, readonly string[]>();
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

export type Env = z.infer<typeof EnvSchema>;

export const DEFAULT_DATA_FILE = 'data/cwg.db.json';

/** What a variable is when not set (shown by `config check`; toAppConfig in to-app-config.ts applies them). */
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
