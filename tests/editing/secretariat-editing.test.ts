import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/calendar/schema.js';
import { makeId } from '../../src/editing/make-id.js';
import { messagesFor } from '../../src/i18n/index.js';
import { buildModal } from '../../src/platforms/slack/modal-views.js';
import { parseDate } from '../../src/editing/parse-date.js';
import { DateParseError } from '../../src/errors.js';
import { makeTestBot, openTempStore, tempDir } from '../support/fixtures.js';

// Issue 15, "Secretariat editing": each behaviour through the dispatcher on a real data file.
const NOW = '2025-01-15T09:00:00+01:00';
const REPORT = 'CWG-WSIS&SDG 41st and 42nd meetings outcomes report';
const NEW_REPORT = 'CWG-WSIS&SDG 43rd meeting outcomes report';

function itemOf(store: { read(): { items: readonly Item[] } }, id: string): Item {
  const it = store.read().items.find((i) => i.id === id);
  if (!it) throw new Error(`no ${id}`);
  return it;
}

describe('document= and link=', () => {
  it('credits an added item to the document named, shows its link, and keeps it across a restart', async () => {
    const t = await makeTestBot({ now: NOW });
    const reply = await t.ask(
      `add deadline title="Contributions to the 43rd meeting" date="2 May 2025" source=4.2 document="${NEW_REPORT}" link=https://www.itu.int/md/S25-CWGWSIS43-R-0001/en`,
    );
    expect(reply.tone).toBe('ok');
    expect(reply.text).toContain(`Source: §4.2, ${NEW_REPORT}`);
    expect(reply.text).not.toContain(REPORT);
    expect(reply.text).toContain('Document: https://www.itu.int/md/S25-CWGWSIS43-R-0001/en');
    const id = reply.items[0]!.id;
    expect(reply.text).toContain(`id: ${id}`);
    // the calendar file's description carries the link too (folded lines unfolded)
    const ics = (await t.ask(`ics ${id}`)).file!.content.replace(/\r\n /g, '');
    expect(ics).toContain('Document: https://www.itu.int/md/S25-CWGWSIS43-R-0001/en');
    const file = t.store.location;
    await t.store.close();
    const reopened = await openTempStore(file);
    expect(itemOf(reopened, id).source).toEqual({ document: NEW_REPORT, paragraph: '4.2', link: 'https://www.itu.int/md/S25-CWGWSIS43-R-0001/en' });
  });

  it('without a document an added item is the secretariat’s; a paragraph alone is refused, naming a document', async () => {
    const t = await makeTestBot({ now: NOW });
    const plain = await t.ask('add event title="Briefing" date=2025-03-03');
    expect(plain.text).toContain('Source: Added by the CWG-WSIS&SDG secretariat');
    const refused = await t.ask('add event title="Briefing two" date=2025-03-04 source=1.1');
    expect(refused.error?.code).toBe('VALIDATION');
    expect(refused.text).toContain(`document: say which document this paragraph is in with document="…" (its title or symbol), e.g. document="${REPORT}"`);
    // nor on edit: a secretariat item's paragraph would be a paragraph of nothing
    const id = plain.items[0]!.id;
    expect((await t.ask(`edit ${id} source=2.1`)).text).toContain('document: say which document this paragraph is in');
    expect((await t.ask(`edit ${id} source=2.1 document="${NEW_REPORT}"`)).tone).toBe('ok');
    expect(itemOf(t.store, id).source).toEqual({ document: NEW_REPORT, paragraph: '2.1' });
  });

  it('edit: source= keeps the document, document= starts a new source, link="" removes the link; bad links refused', async () => {
    const t = await makeTestBot({ now: NOW });
    expect((await t.ask('edit igf-2025 source=3.2')).tone).toBe('ok');
    expect(itemOf(t.store, 'igf-2025').source).toMatchObject({ document: REPORT, paragraph: '3.2' });
    expect((await t.ask(`edit igf-2025 document='${NEW_REPORT}' link=https://example.org/r.pdf`)).tone).toBe('ok');
    expect(itemOf(t.store, 'igf-2025').source).toEqual({ document: NEW_REPORT, paragraph: 'n/a', link: 'https://example.org/r.pdf' });
    expect((await t.ask('edit igf-2025 link=""')).tone).toBe('ok');
    expect(itemOf(t.store, 'igf-2025').source.link).toBeUndefined();
    for (const bad of ['javascript:alert(1)', 'ftp://example.org/r.pdf', 'mailto:x@itu.int', 'www.itu.int']) {
      const reply = await t.ask(`edit igf-2025 link=${bad}`);
      expect(reply.error?.code, bad).toBe('VALIDATION');
      expect(reply.text).toContain('link: give the address of the document, starting with https://');
    }
    const linkInTitle = await t.ask('edit igf-2025 document="see https://evil.example"');
    expect(linkInTitle.text).toContain('document: give the title or symbol of the document here');
  });

  it('the Slack edit modal offers Document and a URL input for its link, filled with the item’s', async () => {
    const t = await makeTestBot({ now: NOW });
    await t.ask('edit igf-2025 link=https://www.intgovforum.org/report');
    const view = buildModal({ op: 'edit', itemId: 'igf-2025' }, itemOf(t.store, 'igf-2025'), messagesFor());
    const block = (id: string) => view.blocks.find((b) => 'block_id' in b && b.block_id === id) as unknown as { element: Record<string, unknown> } | undefined;
    expect(block('document')?.element).toMatchObject({ type: 'plain_text_input', initial_value: REPORT });
    expect(block('link')?.element).toMatchObject({ type: 'url_text_input', initial_value: 'https://www.intgovforum.org/report' });
    // an item the secretariat added shows an empty Document, not the English marker
    await t.ask('add event title="Briefing" date=2025-03-03 id=briefing-2025');
    const added = buildModal({ op: 'edit', itemId: 'briefing-2025' }, itemOf(t.store, 'briefing-2025'), messagesFor());
    expect(
      (added.blocks.find((b) => 'block_id' in b && b.block_id === 'document') as unknown as { element: Record<string, unknown> }).element.initial_value,
    ).toBeUndefined();
  });

  it('a calendar JSON import carries source.link; an unsafe one is refused with the item and field', async () => {
    const t = await makeTestBot({ now: NOW });
    const exported = JSON.parse((await t.ask('export')).file!.content) as { items: Item[] };
    const igf = exported.items.find((i) => i.id === 'igf-2025')!;
    igf.source = { ...igf.source, link: 'https://www.intgovforum.org/report' };
    const file = path.join(tempDir(), 'cal.json');
    writeFileSync(file, JSON.stringify([igf]));
    await t.ask(`import ${file}`);
    const code = ((await t.ask('import accept all')).data as { code: string }).code;
    expect((await t.ask(`import confirm ${code}`)).tone).toBe('ok');
    expect(itemOf(t.store, 'igf-2025').source.link).toBe('https://www.intgovforum.org/report');
    igf.source.link = 'javascript:alert(1)';
    writeFileSync(file, JSON.stringify([igf]));
    const refused = await t.ask(`import ${file}`);
    expect(refused.text).toMatch(/item 1 \(igf-2025\).*source\.link/);
  });
});

describe('short, stable generated ids', () => {
  it('are made from acronyms, ordinals and years, whatever the calendar holds', () => {
    const free = () => false;
    const d = (y: string) => ({ type: 'date', start: `${y}-04-07` }) as const;
    expect(makeId('29th annual session of the CSTD', d('2026'), free)).toBe('cstd-29');
    expect(makeId('ITU Council 2026', { type: 'tba', approx: '2026' }, free)).toBe('council-2026');
    expect(makeId('Comments on the draft outcomes report', d('2025'), free)).toBe('comments-outcomes-2025');
    expect(makeId('IGF 2026 ‹!channel›', d('2026'), free)).toBe('igf-2026');
    expect(makeId('Comments on the GDC plan', undefined, free)).toBe('comments-gdc');
    expect(makeId('Second CWG meeting', d('2027'), free)).toBe('cwg-2');
    // an acronym alone names the group: the words after it say which of its items
    expect(makeId('CWG test meeting', d('2027'), free)).toBe('cwg-test-meeting-2027');
    expect(makeId('CWG-WSIS&SDG open consultation', d('2027'), free)).toBe('cwg-open-consultation-2027');
    expect(makeId('CWG meeting', d('2027'), free)).toBe('cwg-2027');
    expect(makeId('IGF 2026 Oslo', d('2026'), free)).toBe('igf-2026');
    expect(makeId('Совет МСЭ 2026', d('2026'), free)).toBe('item-2026');
    expect(makeId('!!!', undefined, free)).toBe('item');
    // stable: the same title and date give the same id; a taken one gets a number
    expect(makeId('29th annual session of the CSTD', d('2026'), free)).toBe('cstd-29');
    expect(makeId('29th annual session of the CSTD', d('2026'), (id) => id === 'cstd-29')).toBe('cstd-29-2');
  });

  it('every reply about an added item names its id', async () => {
    const t = await makeTestBot({ now: NOW });
    const reply = await t.ask('add event title="29th annual session of the CSTD" date="13-17 April 2026"');
    expect(reply.text).toMatch(/^Added "cstd-29"/);
    expect(reply.text).toContain('id: cstd-29');
    expect((await t.ask('edit cstd-29 place=Geneva')).text).toMatch(/^Changed "cstd-29"[\s\S]*id: cstd-29/);
    expect((await t.ask('edit cstd-29 place=Geneva')).text).toMatch(/"cstd-29" already has those values[\s\S]*id: cstd-29/);
  });
});

describe('anchors', () => {
  it('an unknown anchor suggests the closest ids', async () => {
    const t = await makeTestBot({ now: NOW });
    const reply = await t.ask('add deadline title="Inputs" date="21 days before cwg-4"');
    expect(reply.error?.code).toBe('VALIDATION');
    expect(reply.text).toContain('there is no item "cwg-4"; did you mean "cwg-41" or "cwg-42"');
  });

  it('a deadline counted from an undated item says so without a stray colon', async () => {
    const t = await makeTestBot({ now: NOW });
    expect((await t.ask('add event title="ITU Council 2026" date="tba 2026"')).tone).toBe('ok');
    const reply = await t.ask('add deadline title="Councillors comments" date="21 days before council-2026"');
    expect(reply.tone).toBe('ok');
    expect(reply.text).toContain('date to be announced (ITU Council 2026 has no date yet)');
    expect(reply.text).not.toContain('(:');
  });
});

describe('tags, revision, quotes, zones and ranges', () => {
  it('tags+= adds one, tags-= removes one, tags= replaces and warns about a tag no item had', async () => {
    const t = await makeTestBot({ now: NOW });
    const before = itemOf(t.store, 'igf-2025').tags;
    expect((await t.ask('edit igf-2025 tags+=oslo')).tone).toBe('ok');
    expect(itemOf(t.store, 'igf-2025').tags).toEqual([...before, 'oslo']);
    expect((await t.ask('edit igf-2025 tags-=oslo')).tone).toBe('ok');
    expect(itemOf(t.store, 'igf-2025').tags).toEqual(before);
    const missing = await t.ask('edit igf-2025 tags-=nosuchtag');
    expect(missing.text).toContain('tags: the item has no tag "nosuchtag"');
    const replaced = await t.ask('edit igf-2025 tags=igf,intrnet');
    expect(replaced.tone).toBe('ok');
    expect(itemOf(t.store, 'igf-2025').tags).toEqual(['igf', 'intrnet']);
    expect(replaced.text).toMatch(/Note: the tag intrnet is new, no other item has it\. Check the spelling \(tags in use: .*igf/);
    expect((await t.ask('edit igf-2025 tags=igf')).text).not.toContain('is new');
    expect((await t.ask('edit igf-2025 place+=x')).error?.code).toBe('USAGE');
  });

  it('show prints the revision rev= checks', async () => {
    const t = await makeTestBot({ now: NOW });
    const rev = itemOf(t.store, 'igf-2025').revision;
    expect((await t.ask('show igf-2025')).text).toContain(`revision: ${rev} (rev=${rev})`);
    expect((await t.ask(`edit igf-2025 place=Oslo rev=${rev}`)).tone).toBe('ok');
    expect((await t.ask('show igf-2025')).text).toContain(`revision: ${rev + 1} (rev=${rev + 1})`);
  });

  it('single quotes group words like double quotes; an apostrophe inside stays', async () => {
    const t = await makeTestBot({ now: NOW });
    expect((await t.ask("edit igf-2025 place='Lillestrøm, Norway' notes='ITU's stand, hall B'")).tone).toBe('ok');
    expect(itemOf(t.store, 'igf-2025')).toMatchObject({ place: 'Lillestrøm, Norway', description: "ITU's stand, hall B" });
  });

  it('zone abbreviations are read as their zones; ambiguous ones are refused with the zones to choose from', async () => {
    expect(parseDate('7 July 2025 10:00 EST')).toEqual({ type: 'datetime', start: '2025-07-07T10:00', tz: 'America/New_York' });
    expect(parseDate('7 July 2025 10:00 PST')).toMatchObject({ tz: 'America/Los_Angeles' });
    expect(parseDate('7 July 2025 10:00 CET')).toMatchObject({ tz: 'Europe/Zurich' });
    expect(parseDate('7 July 2025 10:00 BST')).toMatchObject({ tz: 'Europe/London' });
    expect(parseDate('7 July 2025 10:00 JST')).toMatchObject({ tz: 'Asia/Tokyo' });
    expect(parseDate('7 July 2025 10:00 GMT')).toMatchObject({ tz: 'UTC' });
    expect(() => parseDate('7 July 2025 10:00 IST')).toThrow(DateParseError);
    const t = await makeTestBot({ now: NOW });
    const ist = await t.ask('edit igf-2025 date="7 July 2025 10:00 IST"');
    expect(ist.text).toContain('"IST" is the abbreviation of several time zones; name the zone');
    expect(ist.text).toContain('10:00 Asia/Kolkata, 10:00 Europe/Dublin, 10:00 Asia/Jerusalem');
    const cst = await t.ask('edit igf-2025 date="7 July 2025 10:00-11:00 CST"');
    expect(cst.text).toContain('10:00-11:00 America/Chicago, 10:00-11:00 Asia/Shanghai');
    const est = await t.ask('edit igf-2025 date="7 July 2025 10:00 EST"');
    expect(est.tone).toBe('ok');
    expect(itemOf(t.store, 'igf-2025').when).toEqual({ type: 'datetime', start: '2025-07-07T10:00', tz: 'America/New_York' });
    expect(est.text).toContain('16:00 (Geneva, CEST)');
  });

  it('date ranges written with a dash between two dates', async () => {
    expect(parseDate('2025-06-04 - 2025-06-05')).toEqual({ type: 'date', start: '2025-06-04', end: '2025-06-05' });
    expect(parseDate('2025-06-04–2025-06-05')).toEqual({ type: 'date', start: '2025-06-04', end: '2025-06-05' });
    expect(parseDate('4 June 2025 to 5 June 2025')).toEqual({ type: 'date', start: '2025-06-04', end: '2025-06-05' });
    expect(() => parseDate('2025-06-05 - 2025-06-04')).toThrow(DateParseError);
    const t = await makeTestBot({ now: NOW });
    expect((await t.ask('add event title="Side meeting" date="2025-06-04 - 2025-06-05"')).items[0]).toMatchObject({ start: '2025-06-04', end: '2025-06-05' });
  });
});

describe('undo after a failed or unrelated command', () => {
  it('asks for a code before reverting a change that was not the last command; a wrong code says so', async () => {
    const t = await makeTestBot({ now: NOW });
    expect((await t.ask('edit igf-2025 place=Oslo')).tone).toBe('ok');
    t.clock.advance(60_000);
    expect((await t.ask('edit igf-2025 who=everybody')).error?.code).toBe('VALIDATION');
    const bytes = readFileSync(t.store.location);
    const asked = await t.ask('undo');
    expect(asked.error?.code).toBe('CONFIRM');
    expect(asked.text).toMatch(/Your last command did not make this change: undo would revert the edit of "igf-2025" made 2025-01-15 09:00/);
    expect(readFileSync(t.store.location)).toEqual(bytes);
    const code = /undo confirm ([0-9a-f]{6})/.exec(asked.text)![1]!;
    const wrong = await t.ask(`undo confirm ${code === 'abcdef' ? 'fedcba' : 'abcdef'}`);
    expect(wrong.text).toMatch(/^That is not the code of this undo\./);
    expect(readFileSync(t.store.location)).toEqual(bytes);
    expect((await t.ask(`undo confirm ${code}`)).tone).toBe('ok');
    expect(itemOf(t.store, 'igf-2025').place).toBe('Lillestrøm, Norway');
  });

  it('undo right after one’s own change, and undo again further back, need no code', async () => {
    const t = await makeTestBot({ now: NOW });
    await t.ask('edit igf-2025 place=Oslo');
    t.clock.advance(1000);
    await t.ask('edit igf-2025 place=Bergen');
    expect((await t.ask('undo')).tone).toBe('ok');
    expect((await t.ask('undo')).tone).toBe('ok');
    expect(itemOf(t.store, 'igf-2025').place).toBe('Lillestrøm, Norway');
  });

  it('a new process (no last command known) asks only for a change older than 15 minutes', async () => {
    const first = await makeTestBot({ now: NOW });
    await first.ask('edit igf-2025 place=Oslo');
    const soon = await makeTestBot({ now: '2025-01-15T09:05:00+01:00', store: first.store });
    expect((await soon.ask('undo')).tone).toBe('ok');
    await first.ask('edit igf-2025 place=Bergen');
    const later = await makeTestBot({ now: '2025-01-15T09:20:00+01:00', store: first.store });
    const asked = await later.ask('undo');
    expect(asked.error?.code).toBe('CONFIRM');
    const code = /undo confirm ([0-9a-f]{6})/.exec(asked.text)![1]!;
    expect((await later.ask(`undo confirm ${code}`)).tone).toBe('ok');
    expect(itemOf(first.store, 'igf-2025').place).toBe('Lillestrøm, Norway');
  });

  it('a command that changed nothing makes the earlier change "not the last command"', async () => {
    const t = await makeTestBot({ now: NOW });
    await t.ask('edit igf-2025 place=Oslo');
    t.clock.advance(1000);
    const same = await t.ask(`edit cwg-42 place="${itemOf(t.store, 'cwg-42').place ?? ''}"`);
    expect(same.text).toMatch(/already has those values|It now stands as/);
    await t.ask(`edit cwg-42 place="${itemOf(t.store, 'cwg-42').place ?? ''}"`); // surely unchanged now
    expect((await t.ask('undo')).error?.code).toBe('CONFIRM');
  });
});

describe('calendar JSON import errors and codes', () => {
  it('says which item, which field, and what is accepted', async () => {
    const t = await makeTestBot({ now: NOW });
    const json = JSON.stringify([
      { id: 'x-1', kind: 'meeting', title: 'X', when: { type: 'date', start: '2025-02-30' }, status: 'planned', source: { document: 'D', paragraph: '1' } },
      {
        id: 'y-2',
        kind: 'event',
        title: 'Y',
        when: { type: 'day', start: '2025-01-01' },
        status: 'confirmed',
        source: { document: 'D', paragraph: '1' },
        colour: 'red',
      },
    ]);
    const reply = await t.ask(`import '${json}'`);
    expect(reply.error?.code).toBe('VALIDATION');
    expect(reply.text).toContain('item 1 (x-1): "kind": expected one of "event", "deadline"');
    expect(reply.text).toContain('item 1 (x-1): "when.start": expected a real date written YYYY-MM-DD');
    expect(reply.text).toContain('item 1 (x-1): "status": expected one of "confirmed", "tba", "rescheduled", "cancelled", "done"');
    expect(reply.text).toContain('item 2 (y-2): "when.type": expected one of "date", "datetime", "relative", "tba"');
    expect(reply.text).toContain('item 2 (y-2): "item": not a field of a calendar item: colour');
    expect(reply.text).not.toMatch(/Invalid option|Invalid input|Unrecognized key/);
    const noSource = await t.ask(`import '${JSON.stringify([{ id: 'z-3', kind: 'event', title: 'Z', when: { type: 'tba' }, status: 'tba' }])}'`);
    expect(noSource.text).toContain('item 1 (z-3): "source": missing; every item needs it');
  });

  it('a wrong code says the code is wrong; a calendar changed since the preview says that', async () => {
    const t = await makeTestBot({ now: NOW });
    const exported = JSON.parse((await t.ask('export')).file!.content) as { items: Item[] };
    const igf = exported.items.find((i) => i.id === 'igf-2025')!;
    igf.place = 'Oslo';
    const file = path.join(tempDir(), 'one.json');
    writeFileSync(file, JSON.stringify([igf]));
    await t.ask(`import ${file}`);
    const code = ((await t.ask('import accept all')).data as { code: string }).code;
    const wrong = await t.ask(`import confirm ${code === '000000' ? '111111' : '000000'}`);
    expect(wrong.text).toMatch(/is not the code of your draft/);
    expect(wrong.text).not.toMatch(/changed since/);
    await t.ask('edit igf-2025 notes="changed meanwhile"');
    const stale = await t.ask(`import confirm ${code}`);
    expect(stale.text).toMatch(/The calendar changed since the draft was made \(igf-2025\)/);
  });
});
