import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ConfigError } from './errors.js';
import type { AppConfig } from './config/app-config.js';
import { readSlack, readTeams } from './config/chat-platforms.js';
import { ENUM_CHOICES, ENV_DEFAULTS, ENV_VARIABLES, type Env, EnvSchema, type EnvVariable, isSecretVariable } from './config/env-schema.js';
import { toAppConfig } from './config/to-app-config.js';

/*
 * The one reader of the environment. What the variables are and how each must look is in
 * config/env-schema.ts, the configuration's shape in config/app-config.ts.
 */

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
      else {
        // What was read, as for the choices above (CWG_TZ=Europe/Geneva is a likely slip), never a secret or a URL's password.
        const shown = isSecretVariable(name) || name === 'CWG_DATABASE_URL' ? '' : ` (got ${JSON.stringify(String(merged[name]).slice(0, 80))})`;
        for (const issue of r.error.issues) problems.push({ variable: name, message: `${issue.message}${shown}` });
      }
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
