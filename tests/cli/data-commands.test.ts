import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Db } from '../../src/store/db-schema.js';
import { openStore } from '../../src/store/open-store.js';
import { REPO_ROOT, tempDir } from '../support/fixtures.js';
import { createTestDatabase } from '../support/postgres.js';

const at = '2025-01-15T08:00:00.000Z';

async function cwg(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    args,
    {},
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A data file with something in every part of the data. */
async function richDataFile(): Promise<{ file: string; data: Db }> {
  const file = path.join(tempDir(), 'cwg.db.json');
  const store = await openStore({ dataFile: file });
  await store.update((db) => {
    const item = db.items[0]!;
    db.audit.push({
      id: 'a1',
      at,
      actor: { id: 'U1', platform: 'slack', name: 'Ana' },
      surface: 'slack',
      action: 'edit',
      itemId: item.id,
      before: item,
      after: { ...item, place: 'Oslo' },
    });
    db.subscriptions.push({
      id: 'teams:19:abc@thread.tacv2',
      conversation: {
        platform: 'teams',
        id: '19:abc@thread.tacv2',
        name: 'General',
        ref: { serviceUrl: 'https://smba.example/', conversation: { id: '19:abc@thread.tacv2' } },
      },
      scope: 'deadlines',
      tags: ['wsis'],
      actors: [],
      at: '08:30',
      tz: 'Europe/Zurich',
      offsets: [7, 1],
      digest: false,
      createdAt: at,
    });
    db.ledger.push({
      key: 'teams:19:abc@thread.tacv2|reminder|x',
      subscriptionId: 'teams:19:abc@thread.tacv2',
      state: 'confirmed',
      dueAt: at,
      intendedAt: at,
      confirmedAt: at,
      ref: 'm1',
    });
    db.handled.push({ key: 'slack:req:1', at, expiresAt: '2025-01-16T08:00:00.000Z' });
    db.reminders = { lastTickAt: at, auditCursor: 'a1', auditCursorAt: at };
    db.platforms = { teams: { references: { '19:abc@thread.tacv2': { serviceUrl: 'https://smba.example/' } } } };
    db.leases = { reminders: { holder: 'host-1', until: at } };
    db.preferences = { users: { 'slack:U1': { lang: 'es', setAt: at } }, channels: { 'slack:C1': { lang: 'zh', setAt: at, setBy: 'U1' } } };
  });
  const data = structuredClone(store.read()) as Db;
  await store.close();
  return { file, data };
}

const backupData = (file: string) => JSON.parse(readFileSync(file, 'utf8')).data as Db;

describe('npx cwg backup, restore and migrate-data', () => {
  it('backup of a data file, restored into an empty database, backs up to the same data', async () => {
    const { file, data } = await richDataFile();
    const url = await createTestDatabase();
    const dir = tempDir();
    const first = await cwg('backup', path.join(dir, 'b1.json'), '--data', file);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/written to .*b1\.json \(63 items, 1 audit entry, 1 subscription, 1 delivery record\)/);
    expect(backupData(path.join(dir, 'b1.json'))).toEqual(data);
    const restored = await cwg('restore', path.join(dir, 'b1.json'), '--database', url);
    expect(restored.code).toBe(0);
    expect(restored.out).not.toMatch(/pw\d+/);
    expect((await cwg('backup', path.join(dir, 'b2.json'), '--database', url)).code).toBe(0);
    expect(backupData(path.join(dir, 'b2.json'))).toEqual(data);
  });

  it('restore refuses a store that holds data, says what it would replace, and changes nothing; --force replaces it', async () => {
    const { file, data } = await richDataFile();
    const url = await createTestDatabase();
    const dir = tempDir();
    await cwg('backup', path.join(dir, 'b.json'), '--data', file);
    expect((await cwg('next-deadline', '--database', url)).code).toBe(0); // seeds the database
    await cwg('edit', 'igf-2025', 'place=Bergen', '--database', url);
    const refused = await cwg('restore', path.join(dir, 'b.json'), '--database', url);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /already holds data \(63 items, 1 audit entry, 0 subscriptions, 0 delivery records\)\. Restoring would replace all of it, so nothing was changed\. Run again with --force/,
    );
    expect((await cwg('show', 'igf-2025', '--database', url)).out).toMatch(/Bergen/);
    const forced = await cwg('restore', path.join(dir, 'b.json'), '--database', url, '--force');
    expect(forced.code).toBe(0);
    await cwg('backup', path.join(dir, 'after.json'), '--database', url);
    expect(backupData(path.join(dir, 'after.json'))).toEqual(data);
  });

  it('migrate-data copies a data file to PostgreSQL and back, losslessly', async () => {
    const { file, data } = await richDataFile();
    const url = await createTestDatabase();
    const back = path.join(tempDir(), 'back.json');
    const there = await cwg('migrate-data', '--from', file, '--to', url);
    expect(there.code).toBe(0);
    expect(there.out).toMatch(/^Copied .*cwg\.db\.json to postgres:\/\/postgres:\*\*\*\*@/);
    expect((await cwg('migrate-data', '--from', url, '--to', back)).code).toBe(0);
    expect(JSON.parse(readFileSync(back, 'utf8'))).toEqual(data);
    const again = await cwg('migrate-data', '--from', file, '--to', url);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already holds data/);
  });

  it('runs as the installed bin in real processes: an edit with CWG_DATABASE_URL, then backup and restore into a new data file', async () => {
    const url = await createTestDatabase();
    const dir = tempDir();
    const bin = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'bin/cwg.js'), ...args], {
        cwd: REPO_ROOT,
        env: { ...process.env, CWG_ENV_FILE: '', ...env },
      });
    await bin(['edit', 'igf-2025', 'place=Tromsø'], { CWG_DATABASE_URL: url });
    const backup = await bin(['backup', path.join(dir, 'b.json')], { CWG_DATABASE_URL: url });
    expect(backup.stdout).toMatch(/63 items, 1 audit entry/);
    await bin(['restore', path.join(dir, 'b.json'), '--data', path.join(dir, 'restored.json')], { CWG_DATABASE_URL: url });
    expect((await bin(['show', 'igf-2025', '--data', path.join(dir, 'restored.json')])).stdout).toContain('Tromsø');
  });

  it('refuses to back up or copy from a data file that does not exist, and creates none', async () => {
    const missing = path.join(tempDir(), 'nope.json');
    const out = path.join(tempDir(), 'b.json');
    const r = await cwg('backup', out, '--data', missing);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/does not exist: there is nothing to copy or back up/);
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(out)).toBe(false);
    expect((await cwg('migrate-data', '--from', missing)).code).toBe(2);
    const target = path.join(tempDir(), 'target.json');
    const typo = path.join(tempDir(), 'not-a-backup.json');
    const r2 = await cwg('restore', typo, '--data', target);
    expect(r2.code).toBe(1);
    expect(r2.err).toBe(`There is no backup file at ${typo}: give the path of a file written by "npx cwg backup FILE". Nothing was changed.`);
    expect((await cwg('restore', tempDir(), '--data', target)).err).toContain('There is no backup file at');
    expect(existsSync(target)).toBe(false);
    const notJson = path.join(tempDir(), 'notes.json');
    writeFileSync(notJson, 'not json');
    expect((await cwg('restore', notJson, '--data', target)).err).toMatch(/cannot be read as JSON/);
  });
});
