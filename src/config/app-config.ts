/* The configuration the bot runs with, as loadConfig (src/config.ts) returns it. */

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
