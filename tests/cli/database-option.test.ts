import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { runConfigCommand } from '../../src/cli/config-check.js';
import { checkConfig, loadConfig } from '../../src/config.js';
import { environmentHelp } from '../../src/config-help.js';

describe('CWG_DATABASE_URL and --database', () => {
  it('is read as the PostgreSQL URL, and anything but a postgres:// URL is refused', () => {
    expect(loadConfig({ CWG_DATABASE_URL: 'postgres://cwg:s3cret@db:5432/cwg' }).databaseUrl).toBe('postgres://cwg:s3cret@db:5432/cwg');
    expect(loadConfig({ CWG_DATABASE_URL: 'postgresql://db/cwg' }).databaseUrl).toBe('postgresql://db/cwg');
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    expect(checkConfig({ CWG_DATABASE_URL: 'mysql://db/cwg' }).problems).toEqual([
      { variable: 'CWG_DATABASE_URL', message: 'must be a postgres:// URL, e.g. postgres://cwg:secret@db:5432/cwg' },
    ]);
    expect(environmentHelp()).toMatch(/^ {2}CWG_DATABASE_URL +postgres:\/\/user:password@host:5432\/db: PostgreSQL instead of the data file/m);
  });

  it('config check shows the URL with its password masked', () => {
    const out: string[] = [];
    expect(
      runConfigCommand(
        ['check'],
        { CWG_DATABASE_URL: 'postgres://cwg:s3cret@db:5432/cwg' },
        false,
        (s) => out.push(s),
        () => {},
      ),
    ).toBe(0);
    expect(out.join('\n')).toMatch(/CWG_DATABASE_URL +postgres:\/\/cwg:\*\*\*\*@db:5432\/cwg {2}\(environment\)/);
    expect(out.join('\n')).toMatch(/^Data: PostgreSQL postgres:\/\/cwg:\*\*\*\*@db:5432\/cwg$/m);
    expect(out.join('\n')).not.toContain('s3cret');
  });

  it('--database must be a postgres:// URL; --help names it and the data commands', async () => {
    const err: string[] = [];
    const out: string[] = [];
    expect(
      await runCli(
        ['show', 'igf-2025', '--database', 'data/cwg.db.json'],
        {},
        () => {},
        (s) => err.push(s),
      ),
    ).toBe(2);
    expect(err.join('\n')).toMatch(/--database "data\/cwg.db.json" is not a postgres:\/\/ URL/);
    expect(
      await runCli(
        ['--help'],
        {},
        (s) => out.push(s),
        () => {},
      ),
    ).toBe(0);
    expect(out.join('\n')).toMatch(/--database URL +use this PostgreSQL database/);
    expect(out.join('\n')).toMatch(/npx cwg migrate-data --from A --to B/);
  });
});
