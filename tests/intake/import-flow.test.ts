import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/calendar/schema.js';
import { runCli } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config.js';
import type { Reply } from '../../src/render/reply.js';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import { makeTestBot, REPO_ROOT, REPORT_FILE, type TestBot, tempDir } from '../support/fixtures.js';
import { makeDocx } from './files/make-docx.js';

/**
 * The whole import flow through the command, on a real data file: a draft stored per caller, review,
 * one confirmed batch, one undo; the same report again proposes nothing new; spreadsheets report bad rows;
 * a calendar imported again updates by UID.
 */

const FLOW = path.join(REPO_ROOT, 'tests', 'fixtures', 'intake', 'flow');
const NOW = '2026-12-02T10:00:00Z';
// The shared outcomes report lives beside the repository (../shared); a checkout without it skips these tests.
const HAVE_REPORT = existsSync(REPORT_FILE);
const REPORT = HAVE_REPORT ? readFileSync(REPORT_FILE, 'utf8') : '';

interface DraftData {
  code: string;
  counts: { add: number; change: number; unchanged: number; unread: number; accepted: number };
  proposals: Array<{ n: number; action: string; decision: string; item: { id: string; when: string; anchor?: { id: string } }; existingId?: string }>;
}
const data = (r: Reply) => r.data as DraftData;

/** A bot on a new data file: CWG_SEED_FILE=none (an empty calendar) or the packaged seed. */
async function bot(seed: 'none' | 'seed'): Promise<TestBot> {
  const config = loadConfig(seed === 'none' ? { CWG_SEED_FILE: 'none' } : {});
  const store = await openLowdbStore(path.join(tempDir(), 'cwg.db.json'), config.seedFile ? { seedFile: config.seedFile } : {});
  return makeTestBot({ now: NOW, store, env: seed === 'none' ? { CWG_SEED_FILE: 'none' } : {} });
}

function reportFile(): string {
  const file = path.join(tempDir(), 'outcomes-41-42.txt');
  writeFileSync(file, REPORT);
  return file;
}

describe('/cwg import: draft, review, confirm, undo', () => {
  it.runIf(HAVE_REPORT)('CWG_SEED_FILE=none starts an empty calendar; the report becomes a draft that changes nothing until confirmed', async () => {
    const t = await bot('none');
    expect(t.store.read().items).toEqual([]);
    const before = readFileSync(t.store.location, 'utf8');
    const draft = await t.ask(`import ${reportFile()}`);
    expect(draft.tone).toBe('ok');
    expect(draft.text).toMatch(/^Import draft from outcomes-41-42\.txt \(nothing changed yet\)\nNew: \d+ · Changed: 0 · Unchanged: 0/);
    // each proposal with its paragraph and sentence
    expect(draft.text).toMatch(/\n {2}1\. \[to review\] (event|deadline): .+\n {5}§[\d.]+: ".+"/);
    expect(data(draft).counts.add).toBeGreaterThanOrEqual(45);
    expect(t.store.read().items).toEqual([]);
    expect(JSON.parse(readFileSync(t.store.location, 'utf8')).items).toEqual(JSON.parse(before).items);
    expect(Object.keys(t.store.read().importDrafts)).toEqual(['cli:operator']);
  });

  it.runIf(HAVE_REPORT)(
    'accept some, reject one, edit one, confirm in one batch with audit entries, undo the whole import, import again: nothing new',
    async () => {
      const t = await bot('none');
      const file = reportFile();
      const proposals = data(await t.ask(`import ${file}`)).proposals;
      const anchors = new Set(proposals.map((p) => p.item.anchor?.id).filter(Boolean));
      const plain = proposals.filter((p) => !p.item.anchor && !anchors.has(p.item.id)).map((p) => p.n);
      const [rejected, edited] = [plain[0]!, plain[1]!];
      expect((await t.ask('import accept all')).text).toMatch(/^Import draft .*\n\d+ proposals accepted\./);
      expect((await t.ask(`import reject ${rejected}`)).text).toMatch(/1 proposal rejected\./);
      const edit = await t.ask(`import edit ${edited} title="Edited in review" place=Geneva`);
      expect(edit.text).toMatch(/Proposal \d+ changed and accepted\./);
      expect(edit.items[0]).toMatchObject({ title: 'Edited in review', place: 'Geneva' });
      // the same field validation as /cwg edit
      expect((await t.ask(`import edit ${edited} who=nobody`)).error?.code).toBe('VALIDATION');
      expect((await t.ask(`import edit ${edited} colour=red`)).error?.code).toBe('USAGE');
      expect((await t.ask('import show 9999')).text).toMatch(/There is no proposal 9999/);
      expect(t.store.read().items).toEqual([]);

      const shown = await t.ask('import show');
      const code = data(shown).code;
      expect(shown.text).toContain(`To apply: /cwg import confirm ${code}`);
      const wrong = await t.ask(`import confirm ${code === 'abcdef' ? '123456' : 'abcdef'}`);
      expect(wrong.error?.code).toBe('IMPORT_WRONGCODE');
      expect(wrong.text).not.toMatch(/calendar changed/);
      const applied = await t.ask(`import confirm ${code}`);
      const n = proposals.length - 1;
      expect(applied.text).toMatch(new RegExp(`Imported from outcomes-41-42\\.txt: ${n} added, 0 changed`));
      const items = t.store.read().items;
      expect(items).toHaveLength(n);
      expect(items.find((i) => i.title === 'Edited in review')?.place).toBe('Geneva');
      expect(items.some((i) => i.id === proposals.find((p) => p.n === rejected)!.item.id)).toBe(false);
      const audit = t.store.read().audit;
      expect(audit).toHaveLength(n);
      expect(new Set(audit.map((e) => e.batch)).size).toBe(1);
      expect(audit.every((e) => e.action === 'import' && e.before === null)).toBe(true);
      expect(t.store.read().importDrafts).toEqual({});

      expect((await t.ask('undo')).text).toMatch(new RegExp(`^Undone: your import\\. The ${n} items`));
      expect(t.store.read().items).toEqual([]);

      // Import, accept everything, confirm; then the same report again proposes nothing new.
      await t.ask(`import ${file}`);
      const all = await t.ask('import accept all');
      await t.ask(`import confirm ${data(all).code}`);
      const again = await t.ask(`import ${file}`);
      expect(data(again).counts).toMatchObject({ add: 0, change: 0 });
      expect(again.text).toContain('nothing new to import');
    },
  );

  it.runIf(HAVE_REPORT)('a deadline counted from a rejected meeting is refused at confirm, naming both; discard leaves nothing', async () => {
    const t = await bot('none');
    const proposals = data(await t.ask(`import ${reportFile()}`)).proposals;
    const relative = proposals.find((p) => p.item.anchor && proposals.some((q) => q.item.id === p.item.anchor!.id))!;
    const anchor = proposals.find((q) => q.item.id === relative.item.anchor!.id)!;
    await t.ask(`import accept ${relative.n}`);
    const refused = await t.ask(`import confirm ${data(await t.ask('import show')).code}`);
    expect(refused.error?.code).toBe('IMPORT_ANCHORNOTACCEPTED');
    expect(refused.text).toContain(`Proposal ${relative.n} is counted from ${anchor.item.id}`);
    expect(refused.text).toContain(`Accept proposal ${anchor.n} too`);
    expect(t.store.read().items).toEqual([]);
    expect((await t.ask('import discard')).text).toMatch(/was discarded; the calendar was not changed/);
    expect((await t.ask('import show')).error?.code).toBe('IMPORT_NODRAFT');
  });

  it('a right code on a calendar changed since the draft is refused as stale, naming the item', async () => {
    const t = await bot('seed');
    const csv = path.join(tempDir(), 'moved.csv');
    writeFileSync(csv, 'id,kind,title,date\nigf-2025,event,Internet Governance Forum 2025 (IGF 2025),24-28 June 2025\n');
    const draft = data(await t.ask(`import ${csv}`));
    expect(draft.proposals[0]).toMatchObject({ action: 'change', existingId: 'igf-2025' });
    const code = data(await t.ask('import accept 1')).code;
    await t.ask('edit igf-2025 place=Oslo');
    const stale = await t.ask(`import confirm ${code}`);
    expect(stale.error?.code).toBe('IMPORT_STALE');
    expect(stale.text).toMatch(/The calendar changed since the draft was made \(igf-2025\)/);
    expect(t.store.read().items.find((i) => i.id === 'igf-2025')!.when).toMatchObject({ start: '2025-06-23' });
  });

  it('secretariat only: a delegate cannot import, review or confirm', async () => {
    const t = await bot('seed');
    for (const line of ['import accept all', 'import show', 'import confirm abcdef']) {
      expect((await t.ask(line, { id: 'U0DELEGATE', platform: 'slack' })).error?.code).toBe('FORBIDDEN');
    }
  });
});

describe('spreadsheets and calendars through the same flow', () => {
  it('CSV: good rows become proposals, each bad row is listed with its row number, field and accepted form', async () => {
    const t = await bot('none');
    const reply = await t.ask(`import ${path.join(FLOW, 'meetings.csv')}`);
    const d = data(reply);
    expect(d.counts).toMatchObject({ add: 3, unread: 4 });
    expect(reply.text).toContain('Could not read:');
    expect(reply.text).toMatch(/Row 5: can't read the date "31 February 2026"/);
    expect(reply.text).toMatch(/Row 6: kind "party" is not one I know\. Accepted: /);
    expect(reply.text).toMatch(/Row 7: title is empty\./);
    expect(reply.text).toMatch(/Row 8: "the cat" is not one of /);
    await t.ask(`import confirm ${data(await t.ask('import accept all')).code}`);
    expect(
      t.store
        .read()
        .items.map((i) => i.title)
        .sort(),
    ).toEqual(['CWG-WSIS&SDG 44th meeting', 'Contributions to the 44th meeting', 'Open consultation briefing']);
    expect(data(await t.ask(`import ${path.join(FLOW, 'meetings.csv')}`)).counts).toMatchObject({ add: 0, change: 0, unchanged: 3 });
  });

  it("the draft's headings put the colon as each language writes it (French: a narrow no-break space before it)", async () => {
    const t = await bot('none');
    const fr = (await t.ask(`import ${path.join(FLOW, 'meetings.csv')}`, { lang: 'fr' })).text;
    expect(fr).toContain('\nNouvelles\u202f:\n');
    expect(fr).toContain('\nIllisibles\u202f:\n');
    expect(fr).not.toMatch(/[^\u202f]:\n/);
    const zh = (await t.ask(`import ${path.join(FLOW, 'meetings.csv')}`, { lang: 'zh' })).text;
    expect(zh).toMatch(/\n无法读取：\n/);
    expect((await t.ask(`import ${path.join(FLOW, 'meetings.csv')}`)).text).toContain('\nNew:\n');
  });

  it('a CSV saved as .txt (header row of the documented columns) is read as a table, and the reply says so', async () => {
    const t = await bot('seed');
    const file = path.join(tempDir(), 'meetings.txt');
    writeFileSync(file, readFileSync(path.join(FLOW, 'meetings.csv')));
    const reply = await t.ask(`import ${file}`);
    expect(data(reply).counts).toMatchObject({ add: 3, change: 0, unread: 4 });
    expect(reply.text).toContain('"meetings.txt" is not named .csv, but it is a table with a header row of the spreadsheet columns');
    expect(reply.text).toContain('so I read it as CSV');
    // prose stays prose
    const prose = path.join(tempDir(), 'note.txt');
    writeFileSync(prose, 'Title, date and venue of the next meeting are to be confirmed.\nThe secretariat, with the Chair, will write to members.\n');
    expect((await t.ask(`import ${prose}`)).text).not.toContain('read it as CSV');
  });

  it('a deadline counted from an id the calendar does not hold says the anchor is not in the calendar, not that it has no date yet', async () => {
    const t = await bot('seed');
    const file = path.join(tempDir(), 'relative.csv');
    writeFileSync(
      file,
      'Title,Date,Kind\nContributions to the test meeting,21 days before cwg-99,deadline\nComments before the Council,21 days before council-2025,deadline\n',
    );
    await t.ask(`import ${file}`);
    const unknown = (await t.ask('import show 1')).text;
    expect(unknown).toContain('date to be announced (21 days before cwg-99: "cwg-99" is not in the calendar (unknown id))');
    expect(unknown).not.toContain('has no date yet');
    // an anchor that is in the calendar but undated still has no date yet
    expect((await t.ask('import show 2')).text).toMatch(/21 days before council-2025: .* has no date yet/);
    // and one cancelled is cancelled
    expect((await t.ask('cancel council-2025 postponed')).tone).toBe('ok');
    expect((await t.ask('import show 2')).text).toMatch(/21 days before council-2025: .* is cancelled\)/);
    expect((await t.ask('import show 1', { lang: 'fr' })).text).toContain('«\u202fcwg-99\u202f» n’est pas dans le calendrier (identifiant inconnu)');
  });

  it('ICS: imported again with a moved event, the same UID updates the item (old date kept) instead of adding one', async () => {
    const t = await bot('none');
    await t.ask(`import ${path.join(FLOW, 'partners-v1.ics')}`);
    await t.ask(`import confirm ${data(await t.ask('import accept all')).code}`);
    const first = t.store.read().items;
    expect(first).toHaveLength(2);
    const forum = first.find((i) => i.title === 'Partner Forum 2026')!;
    const again = data(await t.ask(`import ${path.join(FLOW, 'partners-v2.ics')}`));
    expect(again.counts).toMatchObject({ add: 0, change: 1, unchanged: 1 });
    expect(again.proposals[0]).toMatchObject({ action: 'change', existingId: forum.id });
    await t.ask(`import confirm ${data(await t.ask('import accept all')).code}`);
    const moved = t.store.read().items.find((i) => i.id === forum.id)!;
    expect(t.store.read().items).toHaveLength(2);
    expect(moved.when).toEqual({ type: 'date', start: '2026-07-14', end: '2026-07-16' });
    expect(moved.history.at(-1)!.when).toEqual(forum.when);
    expect(moved.revision).toBe(forum.revision + 1);
  });
});

describe('npx cwg import --json and the .docx report', () => {
  it.runIf(HAVE_REPORT)('prints the reply model plus proposals { n, action, item, review } with the fields show --json prints', async () => {
    const dir = tempDir();
    const out: string[] = [];
    const code = await runCli(
      ['--data', path.join(dir, 'cwg.db.json'), '--now', NOW, 'import', reportFile(), '--json'],
      { CWG_SEED_FILE: 'none', CWG_LOG_LEVEL: 'warn' },
      (s) => out.push(s),
      () => {},
    );
    expect(code).toBe(0);
    const json = JSON.parse(out.join('\n')) as { text: string; tone: string; proposals: Array<Record<string, unknown>> };
    expect(json.tone).toBe('ok');
    expect(json.text).toMatch(/^Import draft/);
    const p = json.proposals[0] as { n: number; action: string; item: Record<string, unknown>; review: unknown[] };
    expect(p).toMatchObject({ n: 1, action: 'add' });
    expect(Array.isArray(p.review)).toBe(true);
    for (const k of ['id', 'kind', 'title', 'start', 'end', 'status', 'whoMustAct', 'source']) expect(p.item).toHaveProperty(k);
    expect(p.item.source).toMatchObject({ document: 'outcomes-41-42', paragraph: expect.any(String) });
    const relative = json.proposals.map((x) => x.item as { anchor?: { id: string }; source: { wording?: string } }).find((i) => i.anchor);
    expect(relative?.anchor?.id).toMatch(/^[a-z0-9-]+$/);
    expect(relative?.source.wording).toBeTruthy();
  });

  // How fast (goal ≤ 2 s) is measured by `npm run bench -- import`, not asserted here: this checks the draft it makes.
  it.runIf(HAVE_REPORT)('the seed report as .docx → a draft through the command', async () => {
    const t = await bot('none');
    const docx = await makeDocx(REPORT.split('\n').filter((l) => l.trim()));
    const file = path.join(tempDir(), 'outcomes-41-42.docx');
    writeFileSync(file, docx);
    await t.ask(`import ${path.join(FLOW, 'meetings.csv')}`); // modules loaded, as in a running bot
    const started = performance.now();
    const reply = await t.ask(`import ${file}`);
    const ms = performance.now() - started;
    console.log(`seed report .docx → draft: ${Math.round(ms)} ms, ${data(reply).proposals.length} proposals`);
    expect(reply.tone).toBe('ok');
    expect(data(reply).counts.add).toBeGreaterThanOrEqual(45);
  });
});

export type { Item };
