import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forRehearsal, rehearsalDataFile } from '../../src/store/rehearsal-copy.js';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import { openTempStore, tempDir } from '../support/fixtures.js';

const NOW = new Date('2025-03-01T09:00:00+01:00');

describe('rehearsals work on a scratch copy of the data file', () => {
  it('copies the real file fresh at every start; writes to the copy never reach it', async () => {
    const prod = await openTempStore();
    await prod.close();
    const before = readFileSync(prod.location, 'utf8');
    const tmp = tempDir();
    const said: string[] = [];
    const config = forRehearsal({ dataFile: prod.location, now: NOW }, (file, scratch) => said.push(`${file} -> ${scratch}`), tmp);
    expect(config.dataFile).not.toBe(prod.location);
    expect(config.dataFile.startsWith(path.join(tmp, 'cwg-rehearsal-'))).toBe(true);
    expect(path.basename(config.dataFile)).toBe(path.basename(prod.location));
    expect(said).toEqual([`${prod.location} -> ${config.dataFile}`]);
    const rehearsal = await openLowdbStore(config.dataFile);
    await rehearsal.update((d) => void (d.reminders.lastTickAt = '2025-03-01T08:00:00Z'));
    await rehearsal.close();
    expect(readFileSync(prod.location, 'utf8')).toBe(before);
    expect(readFileSync(config.dataFile, 'utf8')).not.toBe(before);
    // The next rehearsal starts again from the real file, at the same place.
    expect(rehearsalDataFile(prod.location, tmp)).toBe(config.dataFile);
    expect(readFileSync(config.dataFile, 'utf8')).toBe(before);
  });

  it('without a real file yet, the copy is absent (the seed is used) and the real one is not created', () => {
    const prod = path.join(tempDir(), 'new', 'cwg.db.json');
    const tmp = tempDir();
    const scratch = rehearsalDataFile(prod, tmp);
    writeFileSync(scratch, '{}');
    expect(rehearsalDataFile(prod, tmp)).toBe(scratch);
    expect(existsSync(scratch)).toBe(false);
    expect(existsSync(prod)).toBe(false);
  });

  it('keeps an explicitly named file, and a run without a rehearsal clock', () => {
    const say = () => {
      throw new Error('no copy expected');
    };
    expect(forRehearsal({ dataFile: '/srv/x.json', dataFileExplicit: true, now: NOW }, say).dataFile).toBe('/srv/x.json');
    expect(forRehearsal({ dataFile: '/srv/x.json' }, say).dataFile).toBe('/srv/x.json');
  });

  it('never rehearses on the shared database: refused without a named file, and a named file wins over it', () => {
    const now = new Date('2025-03-01T09:00:00Z');
    const databaseUrl = 'postgres://cwg:secret@db.example:5432/cwg';
    expect(() => forRehearsal({ dataFile: 'data/cwg.db.json', databaseUrl, now }, () => {})).toThrow(/shared PostgreSQL database.*migrate-data/);
    const onFile = forRehearsal({ dataFile: '/tmp/rehearsal.json', dataFileExplicit: true, databaseUrl, now }, () => {});
    expect(onFile).toEqual({ dataFile: '/tmp/rehearsal.json', dataFileExplicit: true, now });
    // Not a rehearsal: the database is used as configured.
    expect(forRehearsal({ dataFile: 'data/cwg.db.json', databaseUrl }, () => {})).toEqual({ dataFile: 'data/cwg.db.json', databaseUrl });
  });
});
