import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './support/fixtures.js';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';

function problem(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has working defaults with an empty environment (console mode)', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ dataFile: 'data/cwg.db.json', port: 3000, reminderGraceHours: 6, ledgerRetentionDays: 90, secretariat: [] });
    expect(c.slack).toBeUndefined();
    expect(c.teams).toBeUndefined();
  });

  it('a wrong value is shown beside its problem, except secrets and the database URL', () => {
    const e = problem({ CWG_TZ: 'Europe/Geneva', PORT: 'abc', SLACK_BOT_TOKEN: 'oops-secret', CWG_DATABASE_URL: 'mysql://u:pw@h/db' });
    expect(e.message).toContain('CWG_TZ: must be an IANA time zone, e.g. Europe/Zurich (got "Europe/Geneva")');
    expect(e.message).toContain('PORT: must be a port number (0-65535) (got "abc")');
    expect(e.message).toContain('SLACK_BOT_TOKEN: must be a bot token starting with xoxb-');
    expect(e.message).not.toContain('oops-secret');
    expect(e.message).not.toContain('pw@');
  });

  it('picks Slack Socket Mode or HTTP mode from the variables present', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.mode).toBe('socket');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack?.mode).toBe('http');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_APP_TOKEN: 'xapp-1', SLACK_MODE: 'http' }).slack?.mode).toBe('http');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://127.0.0.1:9/api' }).slack?.apiUrl).toBe(
      'http://127.0.0.1:9/api/',
    );
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, ['SLACK_SIGNING_SECRET']],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, ['SLACK_APP_TOKEN']],
    [{ SLACK_BOT_TOKEN: 'xoxp-user', SLACK_APP_TOKEN: 'xapp-1' }, ['SLACK_BOT_TOKEN']],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_SIGNING_SECRET: 's' }, ['SLACK_MODE']],
    [{ BOT_ID: 'abc' }, ['BOT_PASSWORD']],
    [{ BOT_ID: 'abc', BOT_PASSWORD: 'p', BOT_TYPE: 'SingleTenant' }, ['BOT_TENANT_ID']],
    [{ CWG_NOW: 'soon' }, ['CWG_NOW']],
    [{ CWG_TZ: 'Geneva' }, ['CWG_TZ']],
    [{ PORT: 'eighty' }, ['PORT']],
    [{ PORT: '99999', CWG_REMINDER_GRACE_HOURS: '-1' }, ['PORT', 'CWG_REMINDER_GRACE_HOURS']],
    [{ CWG_SLACK_POSTS_PER_SECOND: '0' }, ['CWG_SLACK_POSTS_PER_SECOND']],
    [{ CWG_SLACK_POSTS_PER_SECOND: 'fast' }, ['CWG_SLACK_POSTS_PER_SECOND']],
  ])('fails fast naming the wrong variable for %j', (env, vars) => {
    const e = problem(env);
    expect([...e.variables].sort()).toEqual([...vars].sort());
    for (const v of vars) expect(e.message).toContain(v);
  });

  it('CWG_SLACK_POSTS_PER_SECOND sets the workspace-wide reminder pace (unset: the transport keeps its 5 a second)', () => {
    expect(loadConfig({}).slackPostsPerSecond).toBeUndefined();
    expect(loadConfig({ CWG_SLACK_POSTS_PER_SECOND: '12.5' }).slackPostsPerSecond).toBe(12.5);
  });

  it('reads the secretariat list with commas, spaces or semicolons', () => {
    expect(loadConfig({ CWG_SECRETARIAT: 'U1, S2;  abc-def ' }).secretariat).toEqual(['U1', 'S2', 'abc-def']);
  });

  it('CWG_SEED_FILE=none (any case) means an empty calendar; the configuration page says so', () => {
    expect(loadConfig({ CWG_SEED_FILE: 'none' }).seedFile).toBe('none');
    expect(loadConfig({ CWG_SEED_FILE: ' NONE ' }).seedFile).toBe('none');
    expect(loadConfig({ CWG_SEED_FILE: 'data/other.json' }).seedFile).toBe('data/other.json');
    const page = readFileSync(path.join(REPO_ROOT, 'docs', 'configuration.md'), 'utf8');
    expect(page).toMatch(/\| `CWG_SEED_FILE` \|[^\n]*`none`: a new data file starts with an empty calendar/);
  });
});
