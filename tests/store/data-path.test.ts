import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES, StoreError } from '../../src/errors.js';
import { startupProblem } from '../../src/i18n/startup-errors.js';
import { checkDataPath } from '../../src/store/data-path.js';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import { tempDir } from '../support/fixtures.js';

/** The StoreError code openLowdbStore throws for a path, and the operator's line for it. */
async function refusal(file: string): Promise<{ code: string; line: string; exitCode: number; ms: number }> {
  const t0 = performance.now();
  try {
    await openLowdbStore(file);
  } catch (e) {
    expect(e).toBeInstanceOf(StoreError);
    return { code: (e as StoreError).code, ...startupProblem(e), ms: performance.now() - t0 };
  }
  throw new Error(`${file} was accepted`);
}

const isRoot = process.getuid?.() === 0;

describe('data-file paths that cannot work are refused at once, with a line saying what to do', () => {
  it('a folder under /proc (Node`s recursive mkdir used to spin there at 100% CPU)', async () => {
    const r = await refusal('/proc/nope/x.json');
    expect(r.code).toBe('DATA_PATH_CANNOT_CREATE');
    expect(r.ms).toBeLessThan(1000);
    expect(r.line).toContain('/proc/nope');
    expect(r.line).toContain('CWG_DATA_FILE');
    expect(r.exitCode).toBe(EXIT_CODES.dataFile);
  });

  it('a file used as a folder (/etc/passwd/x.json), and one deeper down', async () => {
    const r = await refusal('/etc/passwd/x.json');
    expect(r.code).toBe('DATA_PATH_NOT_A_FOLDER');
    expect(r.line).toBe(
      'the data file /etc/passwd/x.json cannot work: /etc/passwd is a file, not a folder. Set CWG_DATA_FILE (or --data) to a path inside a folder, e.g. /var/lib/cwg-bot/cwg.db.json.',
    );
    const dir = tempDir();
    writeFileSync(path.join(dir, 'plain'), 'x');
    expect((await refusal(path.join(dir, 'plain', 'a', 'b', 'db.json'))).code).toBe('DATA_PATH_NOT_A_FOLDER');
  });

  it('a folder given as the data file', async () => {
    const dir = tempDir();
    const r = await refusal(dir);
    expect(r.code).toBe('DATA_PATH_IS_A_FOLDER');
    expect(r.line).toContain(`${dir}/cwg.db.json`);
  });

  it('a folder this user cannot write in', async () => {
    // root writes anywhere a permission bit forbids; /sys refuses new files even to root.
    let target: string;
    if (isRoot) {
      if (!existsSync('/sys/kernel')) return;
      target = '/sys/kernel/cwg.db.json';
    } else {
      const dir = path.join(tempDir(), 'locked');
      mkdirSync(dir);
      chmodSync(dir, 0o500);
      target = path.join(dir, 'db.json');
    }
    const r = await refusal(target);
    expect(r.code).toMatch(/DATA_PATH_NOT_WRITABLE|DATA_PATH_CANNOT_CREATE/);
    expect(r.line).toMatch(/cannot write in|cannot be created/);
  });

  it('a data file this user cannot read and write', async () => {
    if (isRoot) return; // root reads and writes whatever the mode bits say
    const file = path.join(tempDir(), 'db.json');
    writeFileSync(file, '{}');
    chmodSync(file, 0o400);
    const r = await refusal(file);
    expect(r.code).toBe('DATA_PATH_NO_ACCESS');
    expect(r.line).toContain('cannot read and write it');
  });

  it('creates missing folders level by level and leaves no probe file behind', async () => {
    const root = tempDir();
    const file = path.join(root, 'a', 'b', 'cwg.db.json');
    checkDataPath(file);
    expect(statSync(path.join(root, 'a', 'b')).isDirectory()).toBe(true);
    expect(readdirSync(path.join(root, 'a', 'b'))).toEqual([]);
    const store = await openLowdbStore(file);
    expect(store.read().items.length).toBeGreaterThan(0);
    await store.close();
  });
});
