import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfig, loadConfig } from '../src/config.js';
import { ENV_VARIABLES, EnvSchema } from '../src/config/env-schema.js';
import { ConfigError } from '../src/errors.js';
import { tempDir } from './support/fixtures.js';

function envFile(text: string): string {
  const file = path.join(tempDir(), '.env');
  writeFileSync(file, text);
  return file;
}

describe('loadConfig with a dotenv file', () => {
  it('reads the file under the environment: the environment wins, the file fills the rest', () => {
    const file = envFile('# Slack\nSLACK_BOT_TOKEN=xoxb-from-file\nSLACK_APP_TOKEN="xapp-from-file"\nexport CWG_TZ=Asia/Tokyo\nPORT=4000 # inline comment\n');
    const c = loadConfig({ CWG_ENV_FILE: file, PORT: '5000' });
    expect(c.slack).toEqual({ mode: 'socket', botToken: 'xoxb-from-file', appToken: 'xapp-from-file' });
    expect(c.tz).toBe('Asia/Tokyo');
    expect(c.port).toBe(5000);
    const report = checkConfig({ CWG_ENV_FILE: file, PORT: '5000' });
    expect(report.envFile).toBe(file);
    expect(report.values.find((v) => v.name === 'PORT')).toMatchObject({ value: '5000', source: 'environment' });
    expect(report.values.find((v) => v.name === 'SLACK_BOT_TOKEN')).toMatchObject({ source: 'env file' });
  });

  it('does not touch process.env', () => {
    const file = envFile('CWG_TZ=Asia/Tokyo\nCWG_SOMETHING_NEW=1\n');
    loadConfig({ CWG_ENV_FILE: file });
    expect(process.env.CWG_SOMETHING_NEW).toBeUndefined();
  });

  it('an empty variable in the environment still counts as set (it wins over the file)', () => {
    const file = envFile('CWG_TZ=Asia/Tokyo\n');
    expect(loadConfig({ CWG_ENV_FILE: file, CWG_TZ: '' }).tz).toBeUndefined();
  });

  it('checks values from the file like any other, naming the variable', () => {
    const file = envFile('PORT=eighty\nCWG_LOG_LEVEL=loud\n');
    try {
      loadConfig({ CWG_ENV_FILE: file });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).variables.sort()).toEqual(['CWG_LOG_LEVEL', 'PORT']);
      expect((e as ConfigError).message).toContain('must be one of debug, info, warn, error (got "loud")');
    }
  });

  it.each([
    ['a missing file', (dir: string) => path.join(dir, 'nope.env'), 'does not exist'],
    ['a directory', (dir: string) => dir, 'is a directory'],
  ])('refuses CWG_ENV_FILE naming %s', (_what, make, words) => {
    const target = make(tempDir());
    const report = checkConfig({ CWG_ENV_FILE: target });
    expect(report.config).toBeUndefined();
    expect(report.problems).toEqual([{ variable: 'CWG_ENV_FILE', message: expect.stringContaining(words) }]);
  });

  it.skipIf(process.getuid?.() === 0)('refuses an unreadable file', () => {
    const file = envFile('CWG_TZ=UTC\n');
    chmodSync(file, 0o000);
    expect(checkConfig({ CWG_ENV_FILE: file }).problems[0]?.message).toContain('permission denied');
  });

  it('CWG_ENV_FILE= (empty) reads no file; an environment passed in reads none unless it names one', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub'));
    expect(checkConfig({ CWG_ENV_FILE: '' }).envFile).toBeUndefined();
    expect(checkConfig({}).envFile).toBeUndefined();
  });

  it('warns about names in the file the bot does not read (typos), without failing', () => {
    const file = envFile('CWG_DATAFILE=/tmp/x.json\nSLACK_TOKEN=xoxb-1\nOTHER_TOOL=1\n');
    const report = checkConfig({ CWG_ENV_FILE: file });
    expect(report.config).toBeDefined();
    expect(report.warnings.map((w) => w.variable)).toEqual(['CWG_DATAFILE', 'SLACK_TOKEN']);
  });

  it('collects every problem at once, across single variables and combinations', () => {
    const report = checkConfig({ PORT: 'x', BOT_ID: 'abc', SLACK_APP_TOKEN: 'xapp-1', CWG_HEALTH_DETAILS: 'maybe' });
    expect(report.problems.map((p) => p.variable).sort()).toEqual(['BOT_PASSWORD', 'CWG_HEALTH_DETAILS', 'PORT', 'SLACK_APP_TOKEN']);
  });

  it('a malformed Slack variable gives one problem, not a second one about the combination', () => {
    const report = checkConfig({ SLACK_BOT_TOKEN: 'xoxp-user', SLACK_APP_TOKEN: 'xapp-1' });
    expect(report.problems.map((p) => p.variable)).toEqual(['SLACK_BOT_TOKEN']);
  });

  it('reads the log and health settings', () => {
    expect(loadConfig({}).log).toEqual({ level: 'info' });
    expect(loadConfig({ CWG_LOG_FORMAT: 'json', CWG_LOG_LEVEL: 'debug', CWG_HEALTH_DETAILS: '1' })).toMatchObject({
      log: { format: 'json', level: 'debug' },
      healthDetails: true,
    });
    expect(loadConfig({ CWG_HEALTH_DETAILS: '0' }).healthDetails).toBe(false);
  });

  it('exports the schema: every variable is a key of it', () => {
    expect(ENV_VARIABLES).toEqual(Object.keys(EnvSchema.shape));
    expect(ENV_VARIABLES).toContain('CWG_ENV_FILE');
  });
});
