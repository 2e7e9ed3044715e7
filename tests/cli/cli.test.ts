import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { joinWords, runCli } from '../../src/cli/main.js';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import { REPO_ROOT, tempDir } from '../support/fixtures.js';

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    args,
    env,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the cwg CLI', () => {
  it('prints what /cwg would reply, at the --now instant, in --tz too', async () => {
    const data = path.join(tempDir(), 'db.json');
    const r = await cli(['next-event', '--now', '2025-02-10T09:00:00+01:00', '--tz', 'Asia/Tokyo', '--data', data]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('3rd Open Consultation');
    expect(r.out).toContain('Asia/Tokyo');
  });

  it('--json prints the reply model with the documented item fields', async () => {
    const data = path.join(tempDir(), 'db.json');
    const r = await cli(['upcoming', '60', '--json', '--now', '2025-02-01T09:00:00+01:00', '--data', data]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(typeof json.text).toBe('string');
    expect(json.items.length).toBeGreaterThan(3);
    for (const item of json.items) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'kind', 'title', 'start', 'end', 'status']));
      expect(['event', 'deadline']).toContain(item.kind);
    }
    const allDay = json.items.find((i: { id: string }) => i.id === 'hlpf-2025-comments');
    expect(allDay).toMatchObject({ start: '2025-02-24', end: '2025-02-24' });
    const timed = json.items.find((i: { id: string }) => i.id === 'open-consultation-3');
    expect(timed).toMatchObject({ start: '2025-02-11T13:30:00+01:00', end: '2025-02-11T14:30:00+01:00' });
  });

  it.each([
    [['--bogus', 'help'], 2, /Unknown option '--bogus'/],
    [[], 2, /no command given/],
    [['next-deadline', '--now', 'yesterday'], 2, /--now "yesterday" is not an ISO 8601 instant/],
    [['next-deadline', '--tz', 'Moon/Base'], 2, /not an IANA time zone/],
    [['frobnicate'], 2, /"frobnicate" is not a \/cwg command/],
    [['show', 'nope-nope'], 1, /No item has the id/],
  ])('exits non-zero with a clear message on %j', async (args, code, message) => {
    const r = await cli([...args, '--data', path.join(tempDir(), 'db.json')]);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
  });

  it('--help describes the options and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--now', '--json', '--data', '--tz', '--user']) expect(r.out).toContain(flag);
  });

  it("<command> --help is that command's help; --help lists config check; data commands keep the usage", async () => {
    const data = path.join(tempDir(), 'db.json');
    const one = await cli(['upcoming', '--help', '--data', data]);
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/^\/cwg upcoming \[N days\]/);
    expect(one.out).not.toContain('Usage: npx cwg');
    expect((await cli(['next', 'deadline', '-h', '--data', data])).out).toMatch(/^\/cwg next-deadline/);
    expect((await cli(['--help'])).out).toContain('npx cwg config check');
    for (const args of [
      ['backup', '--help'],
      ['config', 'check', '--help'],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.out, args.join(' ')).toContain('Usage: npx cwg');
    }
  });

  it('refuses a corrupt data file, naming it, and leaves it unchanged', async () => {
    const data = path.join(tempDir(), 'db.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(data, 'not json at all');
    const r = await cli(['next-deadline', '--data', data]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(data);
    expect(readFileSync(data, 'utf8')).toBe('not json at all');
  });

  it('paths that cannot work and bad configuration: one line, exit 3 or 2, no stack', async () => {
    for (const [data, words] of [
      ['/proc/nope/x.json', 'the folder /proc/nope cannot be created'],
      ['/etc/passwd/x.json', '/etc/passwd is a file, not a folder'],
      [tempDir(), 'is a folder'],
    ] as const) {
      const r = await cli(['next-deadline', '--data', data]);
      expect(r.code, data).toBe(3);
      expect(r.err.split('\n').filter((l) => l.startsWith('cwg: '))).toEqual([expect.stringContaining(words)]);
      expect(r.err).not.toMatch(/^\s+at /m);
    }
    const r = await cli(['next-deadline', '--data', path.join(tempDir(), 'db.json')], { CWG_REMINDER_GRACE_HOURS: 'soon' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^cwg: invalid configuration: CWG_REMINDER_GRACE_HOURS: /);
  });

  it('a CWG_SEED_FILE that cannot be used: one line naming it and what to set, exit 3, no data file created', async () => {
    const dir = tempDir();
    const { writeFileSync, existsSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'junk.json'), 'not json \u0000\u00ff');
    writeFileSync(path.join(dir, 'other.json'), '{"nope": 1}');
    for (const [seed, words] of [
      [path.join(dir, 'missing.json'), 'does not exist'],
      [dir, 'is a folder, not a file'],
      [path.join(dir, 'junk.json'), 'is not valid JSON'],
      [path.join(dir, 'other.json'), 'is not a valid seed calendar'],
    ] as const) {
      const data = path.join(tempDir(), 'db.json');
      const r = await cli(['next-deadline', '--data', data], { CWG_SEED_FILE: seed });
      expect(r.code, seed).toBe(3);
      const lines = r.err.split('\n').filter((l) => l.startsWith('cwg: '));
      expect(lines, seed).toEqual([expect.stringContaining(`the seed calendar ${seed} (CWG_SEED_FILE) ${words}`)]);
      expect(lines[0]).toContain('or to none to start with an empty calendar');
      expect(r.err).not.toMatch(/unexpected error|ENOENT ENOENT|\u0000|^\s+at /m);
      expect(existsSync(data), seed).toBe(false);
    }
  });

  it('an import that proposes nothing says why: all in the calendar, rows it could not read, or nothing found', async () => {
    const dir = tempDir();
    const data = path.join(dir, 'db.json');
    const { writeFileSync } = await import('node:fs');
    const exports = path.join(dir, 'exports');
    expect((await cli(['export', '--data', data], { CWG_EXPORT_DIR: exports })).code).toBe(0);
    const { readdirSync } = await import('node:fs');
    const exported = path.join(exports, readdirSync(exports).find((f) => f.endsWith('.json'))!);
    const same = await cli(['import', exported, '--data', data]);
    expect(same.out).toContain('Everything the file holds is already in the calendar');

    writeFileSync(path.join(dir, 'bad-rows.csv'), 'kind,title,date\nevent,Impossible day,2027-02-30\n');
    const bad = await cli(['import', path.join(dir, 'bad-rows.csv'), '--data', data]);
    expect(bad.out).toContain('Could not read: 1');
    expect(bad.out).not.toContain('already in the calendar');
    expect(bad.out).toContain('what is listed under "Could not read" needs correcting in the file');

    writeFileSync(path.join(dir, 'header-only.csv'), 'kind,title,date\n');
    const empty = await cli(['import', path.join(dir, 'header-only.csv'), '--data', data]);
    expect(empty.out).not.toContain('already in the calendar');
    expect(empty.out).toContain('I found nothing to import in this file');
  });

  it('a calendar event in an import draft names its UID without an empty quote (an .ics has no sentence)', async () => {
    const dir = tempDir();
    const data = path.join(dir, 'db.json');
    const { writeFileSync } = await import('node:fs');
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//t//EN',
      'BEGIN:VEVENT',
      'UID:abc-123@example.org',
      'DTSTART;VALUE=DATE:20270707',
      'DTEND;VALUE=DATE:20270712',
      'SUMMARY:WSIS Forum 2027',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ];
    writeFileSync(path.join(dir, 'cal.ics'), ics.join('\r\n'));
    const list = await cli(['import', path.join(dir, 'cal.ics'), '--data', data]);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/^ {5}§abc-123@example\.org$/m);
    expect(list.out).not.toContain('""');
    const one = await cli(['import', 'show', '1', '--data', data]);
    expect(one.out).toMatch(/^§abc-123@example\.org$/m);
    writeFileSync(path.join(dir, 'rows.csv'), 'kind,title,date\nevent,Test meeting,2027-02-10\n');
    expect((await cli(['import', path.join(dir, 'rows.csv'), '--data', data])).out).toContain('§R2: "2027-02-10"');
  });

  it("remind me <id> on the command line names Slack or Teams (exit 2), in the caller's language", async () => {
    const data = path.join(tempDir(), 'db.json');
    const r = await cli(['remind', 'me', 'igf-2025', '--now', '2025-02-20T09:00:00+01:00', '--data', data]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Type "/cwg remind me igf-2025" to me in Slack or Teams');
    const fr = await cli(['remind', 'me', 'igf-2025', '--now', '2025-02-20T09:00:00+01:00', '--data', data, '--lang', 'fr']);
    expect(fr.err).toContain('la console et la ligne de commande n’ont pas de conversation directe');
  });

  it('a calendar JSON that cannot be imported says nothing was imported', async () => {
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'cut.json'), '{"items": [1,2]');
    const r = await cli(['import', path.join(dir, 'cut.json'), '--data', path.join(dir, 'db.json')]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/^Nothing was imported; the calendar JSON has these problems:\n• file: is not valid JSON/m);
  });

  it('a rehearsal (--now) without --data changes a scratch copy, never the real data file', async () => {
    const cwd = tempDir();
    const tmp = tempDir();
    const prod = path.join(cwd, 'data', 'cwg.db.json');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.dirname(prod));
    await (await openLowdbStore(prod)).close();
    const before = readFileSync(prod, 'utf8');
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(REPO_ROOT, 'src/cli/main.ts'), ...args], {
        cwd,
        env: { PATH: process.env.PATH ?? '', TMPDIR: tmp, CWG_ENV_FILE: '', CWG_LOG_FORMAT: 'text' },
      });
    const r = await run(['cancel', 'igf-2025', '--now', '2025-02-20T09:00:00+01:00']);
    expect(r.stdout).toContain('Cancelled "igf-2025"');
    const scratch = /scratch copy of \S+: (\S+)/.exec(r.stderr)?.[1];
    expect(scratch, r.stderr).toMatch(new RegExp(`^${tmp}/cwg-rehearsal-[0-9a-f]{12}/cwg\\.db\\.json$`));
    expect(readFileSync(scratch!, 'utf8')).toContain('"cancelled"');
    expect(readFileSync(prod, 'utf8')).toBe(before);
    // The next rehearsal starts again from the real file.
    const again = await run(['show', 'igf-2025', '--now', '2025-02-20T09:00:00+01:00']);
    expect(again.stdout).not.toContain('cancelled');
    // --data names the file to work on, as it is.
    const named = path.join(tmp, 'named.json');
    await run(['cancel', 'igf-2025', '--now', '2025-02-20T09:00:00+01:00', '--data', named]);
    expect(readFileSync(named, 'utf8')).toContain('"cancelled"');
  }, 60_000);

  it('runs as the installed bin (npx cwg) in a real process', async () => {
    const data = path.join(tempDir(), 'db.json');
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'bin/cwg.js'), 'show', 'igf-2025', '--data', data], {
      cwd: REPO_ROOT,
    });
    expect(stdout).toContain('Internet Governance Forum');
    expect(stdout).toContain('Mon 23 Jun 2025 – Fri 27 Jun 2025');
  });

  it('keeps shell-quoted words whole, so key="two words" means the same as in chat', async () => {
    expect(joinWords(['add', 'event', 'title=Open consultation', 'date=4 March 2025'])).toBe('add event title="Open consultation" date="4 March 2025"');
    expect(joinWords(['search', 'UNESCO Headquarters'])).toBe('search "UNESCO Headquarters"');
    expect(joinWords(['edit', 'x1', 'title=The "new" one'])).toBe('edit x1 title=«The "new" one»');
    const data = path.join(tempDir(), 'db.json');
    const added = await cli([
      'add',
      'event',
      'title=Open consultation on the roadmap',
      'date=2025-04-02',
      '--now',
      '2025-03-01T09:00:00+01:00',
      '--data',
      data,
    ]);
    expect(added.code).toBe(0);
    const found = await cli(['search', 'consultation', 'roadmap', '--json', '--data', data]);
    expect(JSON.parse(found.out).items[0].title).toBe('Open consultation on the roadmap');
    const bad = await cli(['add', 'event', 'title=No date here', '--data', data]);
    expect(bad.code).toBe(2);
  });

  it('a far date asks for confirmation (exit 2, file untouched); the word confirm, --confirm or -y accepts it', async () => {
    const data = path.join(tempDir(), 'db.json');
    const at = ['--now', '2025-03-01T09:00:00+01:00', '--data', data];
    expect((await cli(['next-deadline', ...at])).code).toBe(0);
    const bytes = readFileSync(data, 'utf8');
    const asked = await cli(['add', 'event', 'title=WSIS+30', 'date=2035-07-07', ...at]);
    expect(asked.code).toBe(2);
    expect(asked.err).toMatch(/2035-07-07 is more than three years ahead.*"confirm"/s);
    expect(readFileSync(data, 'utf8')).toBe(bytes);
    expect((await cli(['add', 'event', 'title=WSIS+30', 'date=2035-07-07', '--confirm', ...at])).code).toBe(0);
    expect((await cli(['reschedule', 'wsis-30-2035', '2036-07-07', '-y', ...at])).code).toBe(0);
    expect((await cli(['reschedule', 'wsis-30-2035', '2037-07-07', 'confirm', ...at])).code).toBe(0);
    const shown = await cli(['show', 'wsis-30-2035', '--json', ...at]);
    expect(JSON.parse(shown.out).items[0]).toMatchObject({ start: '2037-07-07', status: 'rescheduled' });
  });
});
