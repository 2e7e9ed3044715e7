import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultExportDir, saveReplyFile, saveReplyFileAndSay } from '../../src/export/save-reply-file.js';
import { tempDir } from '../support/fixtures.js';

const file = (filename = 'cwg-calendar.ics') => ({ filename, content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', mimeType: 'text/calendar' }) as never;

describe('exported files and planted links', () => {
  it('defaults to a private folder beside the data file, created with mode 0700', async () => {
    const root = tempDir();
    const dataFile = path.join(root, 'data', 'cwg.db.json');
    const dir = defaultExportDir(dataFile);
    expect(dir).toBe(path.join(root, 'data', 'exports'));
    const saved = await saveReplyFile(file(), dir);
    expect(saved).toBe(path.join(dir, 'cwg-calendar.ics'));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(saved).mode & 0o077).toBe(0);
  });

  it('never writes through a link planted at the target name: the link is replaced, its target untouched', async () => {
    const root = tempDir();
    const dir = path.join(root, 'exports');
    mkdirSync(dir, { mode: 0o700 });
    const victim = path.join(root, 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, path.join(dir, 'cwg-calendar.ics'));
    const reply = await saveReplyFileAndSay({ file: file() } as never, dir);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    // Refused with a clear message naming the path (or, at the least, the link was not followed).
    expect(reply!.ok).toBe(false);
    expect(reply!.line).toContain(path.join(dir, 'cwg-calendar.ics'));
    expect(reply!.line).toContain('symbolic link');
  });

  it('uses unguessable temporary names (no <name>.<pid>.tmp to pre-create) and leaves none behind', async () => {
    const root = tempDir();
    const dir = path.join(root, 'exports');
    mkdirSync(dir, { mode: 0o700 });
    // What an attacker would plant for the old predictable name.
    const victim = path.join(root, 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, path.join(dir, `cwg-calendar.ics.${process.pid}.tmp`));
    await saveReplyFile(file(), dir);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(path.join(dir, 'cwg-calendar.ics'), 'utf8')).toContain('BEGIN:VCALENDAR');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') && !f.includes(String(process.pid)))).toEqual([]);
  });

  it('refuses a folder writable by others, or a link as the folder, naming it and saying what to do', async () => {
    const root = tempDir();
    const open = path.join(root, 'shared');
    mkdirSync(open);
    chmodSync(open, 0o777);
    const r1 = await saveReplyFileAndSay({ file: file() } as never, open);
    expect(r1!.ok).toBe(false);
    expect(r1!.line).toContain(open);
    expect(r1!.line).toMatch(/written by other users/);
    expect(r1!.line).toContain('CWG_EXPORT_DIR');
    expect(existsSync(path.join(open, 'cwg-calendar.ics'))).toBe(false);

    const real = path.join(root, 'real');
    mkdirSync(real, { mode: 0o700 });
    const link = path.join(root, 'link-to-real');
    symlinkSync(real, link);
    const r2 = await saveReplyFileAndSay({ file: file() } as never, link);
    expect(r2!.ok).toBe(false);
    expect(r2!.line).toContain('symbolic link');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('a file name from user words never climbs out of the folder', async () => {
    const root = tempDir();
    const dir = path.join(root, 'exports');
    const saved = await saveReplyFile(file('../../etc/passwd'), dir);
    expect(path.dirname(saved)).toBe(dir);
  });
});
