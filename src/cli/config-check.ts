import { checkConfig, type ConfigReport } from '../config.js';
import { isSecretVariable } from '../config/env-schema.js';
import { ENV_SUMMARY } from '../config-help.js';

/**
 * `npx cwg config check`: the configuration the bot would start with (environment, then the dotenv
 * file under it, then defaults), secrets masked, and every problem found. Exit 1 when there is a
 * problem, so a deployment script can run it first. Operator wording (to move into the catalogue
 * with the rest of the CLI's words).
 */
const words = {
  usage: 'Usage: npx cwg config check [--json]   (prints the effective configuration and every problem)',
  heading: (file: string | undefined) => `Configuration (environment${file ? `, then ${file}` : ', no .env file'}, then defaults; secrets masked):`,
  mode: 'Starts:',
  data: 'Data:',
  problems: (n: number) => `${n} problem${n === 1 ? '' : 's'}:`,
  warnings: 'Warnings:',
  ok: 'No problems found.',
  fix: 'Fix these variables (docs/configuration.md), then run `npx cwg config check` again.',
};

/** A secret shows only that it is set (and a token's kind); a URL's password is hidden. */
export function maskValue(name: string, value: string): string {
  if (isSecretVariable(name)) {
    const kind = /^(xox[a-z]-|xapp-)/.exec(value)?.[1] ?? '';
    return `${kind}•••• (set)`;
  }
  try {
    const url = new URL(value);
    if (url.password) {
      url.password = '****';
      return url.toString();
    }
  } catch {
    // not a URL
  }
  return value;
}

function whatStarts(report: ConfigReport): string {
  const c = report.config;
  if (!c) return 'nothing (see the problems below)';
  const parts: string[] = [];
  if (c.slack) parts.push(c.slack.mode === 'socket' ? 'Slack (Socket Mode)' : `Slack (HTTP mode on port ${c.port})`);
  if (c.teams) parts.push(`Teams (POST /api/messages on port ${c.port})`);
  if (!parts.length) parts.push('the console chat on stdin/stdout');
  return parts.join(' + ');
}

export function runConfigCommand(args: string[], env: NodeJS.ProcessEnv, json: boolean, out: (s: string) => void, err: (s: string) => void): number {
  if (args[0] !== 'check' || args.length > 1) {
    err(words.usage);
    return 2;
  }
  const report = checkConfig(env);
  const shown = report.values.map((v) => ({ ...v, ...(v.value !== undefined && v.source !== 'default' ? { value: maskValue(v.name, v.value) } : {}) }));
  if (json) {
    const { config: _config, ...rest } = report;
    out(JSON.stringify({ ...rest, values: shown, ok: !report.problems.length }, null, 2));
    return report.problems.length ? 1 : 0;
  }
  const width = Math.max(...shown.map((v) => v.name.length)) + 2;
  const lines = [words.heading(report.envFile), ''];
  for (const v of shown) {
    const value = v.value === undefined ? '-' : v.value;
    lines.push(`  ${v.name.padEnd(width)}${value}  (${v.source})${v.source === 'unset' && ENV_SUMMARY[v.name] ? `  ${ENV_SUMMARY[v.name]}` : ''}`);
  }
  lines.push('', `${words.mode} ${whatStarts(report)}`);
  const c = report.config;
  if (c) lines.push(`${words.data} ${c.databaseUrl ? `PostgreSQL ${maskValue('CWG_DATABASE_URL', c.databaseUrl)}` : c.dataFile}`);
  if (report.warnings.length) lines.push('', words.warnings, ...report.warnings.map((w) => `  ${w.variable} ${w.message}`));
  out(lines.join('\n'));
  if (!report.problems.length) {
    out(`\n${words.ok}`);
    return 0;
  }
  err(['', words.problems(report.problems.length), ...report.problems.map((p) => `  ${p.variable}: ${p.message}`), '', words.fix].join('\n'));
  return 1;
}
