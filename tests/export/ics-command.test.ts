import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { icsFileForItem } from '../../src/export/export-reply.js';
import { saveReplyFile } from '../../src/export/save-reply-file.js';
import { runConsoleChat } from '../../src/platforms/console/console-chat.js';
import { makeTestBot, tempDir } from '../support/fixtures.js';
import { parseIcs } from './ics-parse.js';

const uid = (id: string) => `${id}@cwg-wsis-sdg.itu.int`;

describe('/cwg ics', () => {
  it('gives the whole calendar as a file, says how many items and how many are left out', async () => {
    const t = await makeTestBot();
    const reply = await t.ask('/cwg ics');
    expect(reply.tone).toBe('ok');
    expect(reply.file!.filename).toBe('cwg-calendar.ics');
    expect(reply.file!.contentType).toBe('text/calendar; charset=utf-8');
    const cal = parseIcs(reply.file!.content);
    const data = (reply.data as { export: { included: number; leftOutTba: number } }).export;
    expect(cal.events.size).toBe(data.included);
    expect(reply.text).toContain(`${data.included} items in the file`);
    expect(reply.text).toContain(`${data.leftOutTba} items whose dates are to be announced are not included yet`);
    expect(reply.text).toContain('CWG_PUBLIC_URL is not set');
  });

  it('filters by tag and who must act, and gives the matching feed address (with the token) when published', async () => {
    const t = await makeTestBot({ env: { CWG_PUBLIC_URL: 'https://cwg.example.org/', CWG_ICS_TOKEN: 'tok en&1' } });
    const reply = await t.ask('/cwg ics wsis20 members');
    expect(reply.file!.filename).toBe('cwg-calendar-wsis20-members.ics');
    for (const u of parseIcs(reply.file!.content).events.keys()) {
      const it = t.store.read().items.find((x) => uid(x.id) === u)!;
      expect(it.tags).toContain('wsis20');
      expect(it.whoMustAct).toContain('members');
    }
    expect(reply.text).toContain('https://cwg.example.org/calendar.ics?tags=wsis20&who=members&token=tok+en%261');
  });

  it('gives one item to add to a calendar, by id', async () => {
    const t = await makeTestBot();
    const reply = await t.ask('/cwg ics open-consultation-3');
    expect(reply.file!.filename).toBe('open-consultation-3.ics');
    expect([...parseIcs(reply.file!.content).events.keys()]).toEqual([uid('open-consultation-3')]);
    expect(reply.items.map((i) => i.id)).toEqual(['open-consultation-3']);
    // The same file the Slack and Teams buttons attach.
    expect(icsFileForItem(t.store.read().items, 'open-consultation-3')!.content).toBe(reply.file!.content);
  });

  it('explains instead of giving a file for an undated item, and helps with a mistyped id or filter', async () => {
    const t = await makeTestBot();
    const undated = await t.ask('/cwg ics council-2025');
    expect(undated.file).toBeUndefined();
    expect(undated.text).toContain('has no date yet');
    const typo = await t.ask('/cwg ics igf-2026');
    expect(typo.error?.code).toBe('NOT_FOUND');
    expect(typo.text).toContain('"igf-2025"');
    const bad = await t.ask('/cwg ics wsis20 nonsense');
    expect(bad.error?.code).toBe('USAGE');
    expect(bad.text).toContain('"nonsense" is neither a tag nor who must act');
  });

  it('an unknown single word says the id is unknown and what is accepted: an id from /cwg upcoming, or a filter', async () => {
    const t = await makeTestBot();
    const unknown = await t.ask('/cwg ics no-such-item');
    expect(unknown.error?.code).toBe('NOT_FOUND');
    expect(unknown.text).toContain('No item has the id "no-such-item", and it is not a filter either.');
    expect(unknown.text).toContain('an item id as shown by "/cwg upcoming"');
    expect(unknown.text).toMatch(/tags \(.*igf.*\) or who must act \(.*members.*\)/);
    expect(unknown.text).not.toContain('Did you mean');
    // a mistyped id: the close ids, and still what else the word could be
    const typo = await t.ask('/cwg ics igf-2026');
    expect(typo.text).toMatch(/Did you mean .*"igf-2025"\?/);
    expect(typo.text).toContain('or filter words');
    const fr = await t.ask('/cwg ics no-such-item', { lang: 'fr' });
    expect(fr.text).toContain('Aucun élément n’a l’identifiant «\u202fno-such-item\u202f»');
  });
});

describe('saving the file in the console and the CLI', () => {
  it('console chat writes the .ics into CWG_EXPORT_DIR and prints the path', async () => {
    const dir = tempDir();
    const t = await makeTestBot({ env: { CWG_EXPORT_DIR: dir } });
    let out = '';
    await runConsoleChat({ bot: t.bot, input: Readable.from(['/cwg ics igf\n']), write: (s) => (out += s) });
    const file = path.join(dir, 'cwg-calendar-igf.ics');
    expect(out).toContain(`Saved the calendar file to ${file}`);
    expect(parseIcs(readFileSync(file, 'utf8')).events.has(uid('igf-2025'))).toBe(true);
  });

  it('the CLI writes the file, prints the path, and reports a directory it cannot write', async () => {
    const dir = tempDir();
    const data = path.join(tempDir(), 'db.json');
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      ['ics', 'igf-2025', '--data', data],
      { CWG_EXPORT_DIR: dir },
      (s) => out.push(s),
      (s) => err.push(s),
    );
    expect(code).toBe(0);
    expect(out.join('\n')).toContain(`Saved the calendar file to ${path.join(dir, 'igf-2025.ics')}`);
    expect(existsSync(path.join(dir, 'igf-2025.ics'))).toBe(true);

    const json: string[] = [];
    expect(
      await runCli(
        ['ics', '--json', '--data', data],
        { CWG_EXPORT_DIR: dir },
        (s) => json.push(s),
        () => {},
      ),
    ).toBe(0);
    expect(JSON.parse(json.join('')).file.path).toBe(path.join(dir, 'cwg-calendar.ics'));

    const notADir = path.join(tempDir(), 'a-file');
    writeFileSync(notADir, 'x');
    const failed: string[] = [];
    expect(
      await runCli(
        ['ics', '--data', data],
        { CWG_EXPORT_DIR: notADir },
        () => {},
        (s) => failed.push(s),
      ),
    ).toBe(1);
    expect(failed.join('\n')).toContain(`Could not save the calendar file in ${notADir}`);
  });

  it('never writes outside the export directory, whatever the file name', async () => {
    const dir = tempDir();
    const saved = await saveReplyFile({ filename: '../../etc/evil name.ics', contentType: 'text/calendar', content: 'x' }, dir);
    expect(saved).toBe(path.join(dir, 'evil-name.ics'));
  });
});
