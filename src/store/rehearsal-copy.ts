import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '../errors.js';

/**
 * A rehearsal (CWG_NOW, `--now`) works on a scratch copy of the data file, so rehearsed edits,
 * reminders and ledger entries never reach production data. The copy lives in
 * `<tmp>/cwg-rehearsal-<hash of the data file's path>/`, named as the data file, and is made fresh
 * from the real file at every start (or left absent, so the seed is used, when there is none yet).
 * Only the file itself is copied: backups and the exports folder stay where they are.
 */
export function rehearsalDataFile(dataFile: string, tmp: string = tmpdir()): string {
  const abs = path.resolve(dataFile);
  const hash = createHash('sha256').update(abs).digest('hex').slice(0, 12);
  const dir = path.join(tmp, `cwg-rehearsal-${hash}`);
  const scratch = path.join(dir, path.basename(abs));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  rmSync(scratch, { force: true });
  if (existsSync(abs)) copyFileSync(abs, scratch);
  return scratch;
}

/**
 * The configuration a run works with: in a rehearsal without an explicitly named data file, the same
 * with `dataFile` replaced by a fresh scratch copy (`say` is told where it is); otherwise unchanged.
 */
export function forRehearsal<C extends { dataFile: string; dataFileExplicit?: boolean; now?: Date; databaseUrl?: string }>(
  config: C,
  say: (file: string, scratch: string) => void,
  tmp?: string,
): C {
  if (!config.now) return config;
  if (config.databaseUrl) {
    // A database cannot be copied aside here: rehearse on a file, never on the shared database.
    if (!config.dataFileExplicit) {
      throw new ConfigError(
        'a rehearsal (CWG_NOW or --now) would change the shared PostgreSQL database: copy it to a file (npx cwg migrate-data --from "$CWG_DATABASE_URL" --to rehearsal.json) and rehearse with CWG_DATA_FILE=rehearsal.json',
        ['CWG_NOW', 'CWG_DATABASE_URL'],
      );
    }
    const { databaseUrl: _shared, ...onFile } = config;
    return onFile as C;
  }
  if (config.dataFileExplicit) return config;
  const scratch = rehearsalDataFile(config.dataFile, tmp);
  say(path.resolve(config.dataFile), scratch);
  return { ...config, dataFile: scratch };
}
