import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/calendar/schema.js';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import { makeTestBot, openTempStore, tempDir } from '../support/fixtures.js';

const NOW = '2025-01-15T09:00:00+01:00';

function itemOf(store: { read(): { items: readonly Item[] } }, id: string): Item {
  const it = store.read().items.find((i) => i.id === id);
  if (!it) throw new Error(`no ${id}`);
  return it;
}

/** An item without the counters that only ever count up (revision, dateVersion, updatedAt). */
function content(item: Item): Omit<Item, 'revision' | 'dateVersion' | 'updatedAt'> {
  const { revision: _r, dateVersion: _d, updatedAt: _u, ...rest } = item;
  return rest;
}

describe('editing commands through the dispatcher, on a real data file', () => {
  it('add event: persists across a restart, audit entry right, neutralised text', async () => {
    const t = await makeTestBot({ now: NOW });
    const reply = await t.ask(
      '/cwg add event title="IGF 2026 <!channel> @here" date="15-19 June 2026" place="Geneva" who=members,secretariat tags=igf,ai send-to=wsis-info@itu.int',
    );
    expect(reply.tone).toBe('ok');
    expect(reply.text).toContain('Added "igf-2026');
    const added = reply.items[0]!;
    expect(added.start).toBe('2026-06-15');
    expect(added.end).toBe('2026-06-19');
    expect(added.title).not.toMatch(/<!channel>|@here/);
    // an item the secretariat added has no report paragraph: its source is named, no "§n/a"
    expect(reply.text).toContain('Source: Added by the CWG-WSIS&SDG secretariat');
    expect(reply.text).not.toContain('§n/a');

    const file = t.store.location;
    await t.store.close();
    const reopened = await openTempStore(file);
    const item = itemOf(reopened, added.id);
    expect(item).toMatchObject({
      kind: 'event',
      status: 'confirmed',
      place: 'Geneva',
      whoMustAct: ['members', 'secretariat'],
      tags: ['igf', 'ai'],
      sendTo: 'wsis-info@itu.int',
      revision: 0,
      dateVersion: 0,
    });
    expect(item.when).toEqual({ type: 'date', start: '2026-06-15', end: '2026-06-19' });
    const entry = reopened.read().audit.at(-1)!;
    expect(entry).toMatchObject({ action: 'add', itemId: item.id, before: null, surface: 'cli', actor: { id: 'operator', platform: 'cli' } });
    expect(entry.after).toEqual(item);
    expect(entry.at).toBe(new Date(NOW).toISOString());
  });

  it('add deadline relative to an item, with a generated id and far-date confirmation', async () => {
    const t = await makeTestBot({ now: NOW });
    let reply = await t.ask('add deadline title="Comments on the GDC plan" date="2 weeks before cstd-28" who=members');
    expect(reply.tone).toBe('ok');
    expect(reply.items[0]!.start).toBe('2025-03-24');
    reply = await t.ask('add event title="WSIS+30" date="2030-07-07"');
    expect(reply.error?.code).toBe('CONFIRM');
    expect(reply.text).toMatch(/more than three years ahead.*confirm/s);
    reply = await t.ask('add event title="WSIS+30" date="2030-07-07" confirm');
    expect(reply.tone).toBe('ok');
    expect(itemOf(t.store, 'wsis-30-2030').when).toEqual({ type: 'date', start: '2030-07-07' });
  });

  it('reschedule: old date in history, counters, status, and the anchored deadlines listed with their new dates', async () => {
    const t = await makeTestBot({ now: NOW });
    const before = itemOf(t.store, 'cwg-42');
    const reply = await t.ask('reschedule cwg-42 10-11 February 2025 reason="room change"');
    expect(reply.tone).toBe('ok');
    const after = itemOf(t.store, 'cwg-42');
    expect(after.when).toEqual({ type: 'date', start: '2025-02-10', end: '2025-02-11' });
    expect(after.status).toBe('rescheduled');
    expect(after.revision).toBe(before.revision + 1);
    expect(after.dateVersion).toBe(before.dateVersion + 1);
    expect(after.history.at(-1)).toMatchObject({ when: before.when, note: 'room change' });
    expect(reply.text).toMatch(/6 items tied to "cwg-42" moved with it/);
    expect(reply.text).toMatch(/ai-report-cwg-42\): Mon 20 Jan 2025 \(was Sat 11 Jan 2025\)/);
    expect(reply.text).toMatch(/wsis20-report-draft\): Mon 13 Jan 2025 \(was Sat 4 Jan 2025\)/);
    const dep = itemOf(t.store, 'ai-report-cwg-42');
    expect(dep.when).toEqual({ type: 'relative', anchor: 'cwg-42', offsetDays: -21, bound: 'by' });
    expect(dep.dateVersion).toBe(1);
    const audit = t.store.read().audit;
    expect(audit.map((e) => [e.action, e.itemId, e.batch])).toEqual([
      ['reschedule', 'cwg-42', audit[0]!.id],
      ['reschedule', 'ai-report-cwg-42', audit[0]!.id],
      ['reschedule', 'wsis20-report-draft', audit[0]!.id],
      ['reschedule', 'broadband-report-cwg-42', audit[0]!.id],
      ['reschedule', 'sectors-info-documents', audit[0]!.id],
      ['reschedule', 'g20-update-cwg-42', audit[0]!.id],
      ['reschedule', 'cwg-42-side-event', audit[0]!.id],
    ]);
    expect(audit[1]!.reason).toBe('moved with cwg-42');
    expect(audit[1]!.resolved?.after?.start).toBe('2025-01-20T23:00:00.000Z');
  });

  it('undo restores the exact previous state of every item of the batch, and persists', async () => {
    const t = await makeTestBot({ now: NOW });
    const moved = ['ai-report-cwg-42', 'wsis20-report-draft', 'broadband-report-cwg-42', 'sectors-info-documents', 'g20-update-cwg-42', 'cwg-42-side-event'];
    const snapshot = ['cwg-42', ...moved].map((id) => itemOf(t.store, id));
    await t.ask('reschedule cwg-42 2025-02-10..2025-02-11');
    const reply = await t.ask('undo');
    expect(reply.tone).toBe('ok');
    expect(reply.text).toMatch(/Undone: your reschedule of "cwg-42" \(and 6 items that moved with it\)/);
    const file = t.store.location;
    await t.store.close();
    const reopened = await openTempStore(file);
    for (const old of snapshot) {
      const now = itemOf(reopened, old.id);
      expect(content(now)).toEqual(content(old));
      // counters keep counting up: calendar clients ignore a SEQUENCE that goes down
      expect(now.revision).toBe(old.revision + 2);
      expect(now.dateVersion).toBe(old.dateVersion + 2);
    }
    const audit = reopened.read().audit;
    const n = snapshot.length;
    expect(audit.slice(0, n).every((e) => e.undoneBy)).toBe(true);
    expect(audit.slice(n).map((e) => e.action)).toEqual(Array(n).fill('undo'));
    expect(audit.slice(n).map((e) => e.reason)).toEqual(Array(n).fill('undo of reschedule (a1)'));
    expect(audit.slice(0, n).map((e) => e.undoneBy)).toEqual(audit.slice(n).map((e) => e.id));
    const again = await makeTestBot({ now: NOW, store: reopened });
    expect((await again.ask('undo')).text).toMatch(/no change left to undo/);
  });

  it("undo run again walks further back through the caller's own changes, to the seed state", async () => {
    const t = await makeTestBot({ now: NOW });
    const seedDeps = ['cwg-42', 'ai-report-cwg-42'].map((id) => content(itemOf(t.store, id)));
    expect((await t.ask('reschedule cwg-42 2025-02-10..2025-02-11')).tone).toBe('ok');
    expect((await t.ask('edit cwg-42 place="CICG, Geneva"')).tone).toBe('ok');
    expect((await t.ask('reschedule cwg-42 2025-02-12')).tone).toBe('ok');
    for (let i = 0; i < 3; i++) expect((await t.ask('undo')).tone).toBe('ok');
    expect(['cwg-42', 'ai-report-cwg-42'].map((id) => content(itemOf(t.store, id)))).toEqual(seedDeps);
    expect((await t.ask('undo')).text).toMatch(/no change left to undo/);
  });

  it('edit review=resolved clears the review flags once the date is checked; history and undo keep them', async () => {
    const t = await makeTestBot({ now: NOW });
    const flags = itemOf(t.store, 'cwg-42').review;
    expect(flags.length).toBeGreaterThan(0);
    expect((await t.ask('reschedule cwg-42 10-11 February 2025')).tone).toBe('ok');
    const reply = await t.ask('edit cwg-42 review=resolved reason="dates confirmed by the meeting summary"');
    expect(reply.tone).toBe('ok');
    expect(reply.text).not.toMatch(/date as printed in the report/);
    expect(itemOf(t.store, 'cwg-42').review).toEqual([]);
    expect((await t.ask('review')).items.map((i) => i.id)).not.toContain('cwg-42');
    expect((await t.ask('history cwg-42')).text).toMatch(/review: flagged: "held on 1-2 February 2024", flagged: "held on 1-2 February 2024" → \(none\)/);
    expect((await t.ask('edit cwg-42 review=maybe')).text).toMatch(/review: review=resolved clears/);
    // the last command failed: undo says which earlier change it would revert and asks for its code
    const asked = await t.ask('undo');
    expect(asked.error?.code).toBe('CONFIRM');
    const code = /undo confirm ([0-9a-f]{6})/.exec(asked.text)![1]!;
    expect((await t.ask(`undo confirm ${code}`)).tone).toBe('ok');
    expect(itemOf(t.store, 'cwg-42').review).toEqual(flags);
  });

  it('a reason longer than 500 characters is refused, not cut short, and nothing is written', async () => {
    const t = await makeTestBot({ now: NOW });
    const bytes = readFileSync(t.store.location);
    for (const line of [
      `reschedule cwg-42 2025-02-10 reason="${'r'.repeat(501)}"`,
      `edit igf-2025 place=Oslo reason="${'r'.repeat(501)}"`,
      `cancel igf-2025 ${'r'.repeat(501)}`,
    ]) {
      const reply = await t.ask(line);
      expect(reply.error?.code, line.slice(0, 20)).toBe('VALIDATION');
      expect(reply.text).toMatch(/reason: keep it under 500 characters/);
    }
    expect(readFileSync(t.store.location)).toEqual(bytes);
  });

  it('undo of an add removes the item; undo is refused when someone else changed the item since', async () => {
    const t = await makeTestBot({ now: NOW, env: { CWG_SECRETARIAT: 'U0SEC1,U0SEC2' } });
    const alice = { id: 'U0SEC1', platform: 'slack' as const, name: 'Alice' };
    const bob = { id: 'U0SEC2', platform: 'slack' as const, name: 'Bob' };
    await t.ask('add event title="Side event" date=2025-06-24 id=side-event-2025', alice);
    expect((await t.ask('undo', alice)).text).toMatch(/"side-event-2025" was removed again/);
    expect(t.store.read().items.some((i) => i.id === 'side-event-2025')).toBe(false);

    expect((await t.ask('edit igf-2025 place="Oslo, Norway"', alice)).tone).toBe('ok');
    t.clock.advance(60_000);
    expect((await t.ask('edit igf-2025 notes="Hybrid"', bob)).tone).toBe('ok');
    const blocked = await t.ask('undo', alice);
    expect(blocked.error?.code).toBe('UNDO_BLOCKED');
    expect(blocked.text).toMatch(/Bob changed it since \(edit, 2025-01-15 09:01 Geneva\)/);
    expect(itemOf(t.store, 'igf-2025').place).toBe('Oslo, Norway');
    // Bob can undo his own change; the item has still moved on since Alice's change (revision rule)
    expect((await t.ask('undo', bob)).tone).toBe('ok');
    expect((await t.ask('undo', alice)).text).toMatch(/Bob changed it since \(undo,/);
  });

  it('edit, cancel, done, announce: statuses, reasons, counters', async () => {
    const t = await makeTestBot({ now: NOW });
    let reply = await t.ask('edit igf-2025 place="Oslo, Norway" tags=igf,ai url=https://www.intgovforum.org');
    expect(reply.tone).toBe('ok');
    expect(itemOf(t.store, 'igf-2025')).toMatchObject({
      place: 'Oslo, Norway',
      tags: ['igf', 'ai'],
      url: 'https://www.intgovforum.org',
      revision: 1,
      dateVersion: 0,
    });
    reply = await t.ask('edit igf-2025 place=""');
    expect(itemOf(t.store, 'igf-2025').place).toBeUndefined();
    reply = await t.ask('edit igf-2025 tags=igf,ai');
    expect(reply.text).toMatch(/Nothing changed/);

    reply = await t.ask('cancel strategic-plan-workshop replaced by an online session');
    expect(itemOf(t.store, 'strategic-plan-workshop').status).toBe('cancelled');
    expect(t.store.read().audit.at(-1)).toMatchObject({ action: 'cancel', reason: 'replaced by an online session' });
    expect((await t.ask('cancel strategic-plan-workshop')).text).toMatch(/already cancelled/);

    reply = await t.ask('done hlpf-2025-comments');
    expect(itemOf(t.store, 'hlpf-2025-comments').status).toBe('done');

    const council = itemOf(t.store, 'council-2025');
    reply = await t.ask('announce council-2025 17–27 June 2025');
    expect(reply.tone).toBe('ok');
    const announced = itemOf(t.store, 'council-2025');
    expect(announced).toMatchObject({
      status: 'confirmed',
      when: { type: 'date', start: '2025-06-17', end: '2025-06-27' },
      dateVersion: council.dateVersion + 1,
    });
    expect(announced.history.at(-1)!.when).toEqual(council.when);
    // the deadlines "before the Council session" got their date and are no longer "to be announced"
    expect(reply.text).toMatch(/items tied to "council-2025" moved with it/);
    expect(itemOf(t.store, 'call-for-inputs-report-council-2025').status).toBe('confirmed');
    expect(
      t.store
        .read()
        .audit.filter((e) => e.batch && e.itemId !== 'council-2025')
        .every((e) => e.action === 'announce'),
    ).toBe(true);
    expect((await t.ask('announce council-2025 2025-06-18')).text).toMatch(/already has a date; use reschedule/);
    expect((await t.ask('reschedule rdf-2025 2025-05-05')).text).toMatch(/has no date yet; use announce/);
  });

  it('history shows who, when, from where and what changed; review and export', async () => {
    const t = await makeTestBot({ now: NOW, env: { CWG_SECRETARIAT: 'U0SEC' } });
    expect((await t.ask('history igf-2025')).text).toMatch(/has not been changed since it was loaded/);
    await t.bot.handle(
      'reschedule igf-2025 24-28 June 2025 reason=venue',
      { id: 'U0SEC', platform: 'slack', name: 'Alice' },
      { platform: 'slack', id: 'C0CWG' },
    );
    const none = await t.ask('history igf-2025', { id: 'U0OTHER', platform: 'slack' });
    expect(none.error?.code).toBe('FORBIDDEN');
    const reply = await t.ask('history igf-2025', { id: 'U0SEC', platform: 'slack' });
    expect(reply.text).toMatch(/2025-01-15 09:00 Geneva · reschedule by Alice \(slack\)/);
    expect(reply.text).toMatch(/date: Mon 23 Jun 2025 – Fri 27 Jun 2025 → Tue 24 Jun 2025 – Sat 28 Jun 2025/);
    expect(reply.text).toMatch(/reason: venue/);
    expect((await t.ask('history nope-nope')).error?.code).toBe('NOT_FOUND');

    const review = await t.ask('review', { id: 'U0DELEGATE', platform: 'slack' });
    expect(review.tone).toBe('ok');
    expect(review.items.map((i) => i.id)).toContain('cwg-42');
    expect(review.text).toMatch(/date as printed in the report: "held on 1-2 February 2024"/);

    const exported = await t.ask('export', { id: 'U0DELEGATE', platform: 'slack' });
    expect(exported.file).toMatchObject({ filename: 'cwg-calendar-2025-01-15.json', contentType: 'application/json' });
    const parsed = JSON.parse(exported.file!.content) as { items: Item[] };
    expect(parsed.items).toEqual(t.store.read().items);
    expect(exported.text).toMatch(/63 items/);
  });

  it('import: preview diff, nothing written until confirmed with the code, then applied and undoable', async () => {
    const t = await makeTestBot({ now: NOW });
    const exported = JSON.parse((await t.ask('export')).file!.content) as { items: Item[] };
    const igf = exported.items.find((i) => i.id === 'igf-2025')!;
    const originalPlace = igf.place;
    igf.place = 'Oslo';
    exported.items.push({ ...igf, id: 'igf-2026', title: 'IGF 2026 <!here>', when: { type: 'date', start: '2026-06-15' }, place: undefined } as Item);
    const file = path.join(tempDir(), 'import.json');
    writeFileSync(file, JSON.stringify(exported));
    const bytes = readFileSync(t.store.location);

    const preview = await t.ask(`import ${file}`);
    expect(preview.tone).toBe('ok');
    expect(preview.text).toMatch(/New: 1 · Changed: 1 · Unchanged: 62/);
    expect(preview.text).toMatch(/1\. \[to review\] event: IGF 2026 ‹!here› · .* · igf-2026/);
    expect(preview.text).toMatch(/2\. \[to review\] event: .* · igf-2025\n.*\n {5}changes: place/);
    expect(readFileSync(t.store.location, 'utf8')).toContain('"importDrafts"');
    expect(t.store.read().items).toEqual(JSON.parse(bytes.toString()).items);
    const accepted = await t.ask('import accept all');
    const code = (accepted.data as { code: string }).code;
    expect(accepted.text).toContain(`/cwg import confirm ${code}`);

    const wrong = await t.ask('import confirm 000000');
    expect(wrong.error?.code).toBe('IMPORT_WRONGCODE');
    expect(wrong.text).toMatch(/"000000" is not the code of your draft/);
    expect(t.store.read().items).toEqual(JSON.parse(bytes.toString()).items);

    const applied = await t.ask(`import confirm ${code}`);
    expect(applied.text).toMatch(/Imported from import\.json: 1 added, 1 changed/);
    expect(itemOf(t.store, 'igf-2025').place).toBe('Oslo');
    expect(itemOf(t.store, 'igf-2026').title).toBe('IGF 2026 ‹!here›');
    expect(t.store.read().audit.map((e) => e.action)).toEqual(['import', 'import']);

    expect((await t.ask('undo')).text).toMatch(/^Undone: your import\. The 2 items it added or changed are back as before/);
    expect(t.store.read().items.some((i) => i.id === 'igf-2026')).toBe(false);
    expect(itemOf(t.store, 'igf-2025').place).toBe(originalPlace);
  });

  it('import from chat: no server paths, inline JSON in single quotes works, bad JSON is explained', async () => {
    const t = await makeTestBot({ now: NOW, env: { CWG_SECRETARIAT: 'U0SEC' } });
    const sec = { id: 'U0SEC', platform: 'slack' as const };
    expect((await t.ask('import /etc/passwd', sec)).text).toMatch(/only possible on the bot's own command line/);
    const item = { ...itemOf(t.store, 'igf-2025'), place: 'Oslo' };
    const reply = await t.ask(`import '${JSON.stringify({ items: [item] })}'`, sec);
    expect(reply.text).toMatch(/Changed:\n {2}1\. \[to review\] event: .* · igf-2025\n.*\n {5}changes: place/);
    // Pasted JSON has no file name: the draft names it in words of the catalogue, not "pasted.json".
    expect(reply.text).toContain('Import draft from pasted JSON');
    expect(reply.text).not.toContain('pasted.json');
    expect((await t.ask(`import '${JSON.stringify({ items: [item] })}'`, { ...sec, lang: 'fr' })).text).toContain('Brouillon d’importation de JSON collé');
    const bad = await t.ask('import {"items": [1]}', sec);
    expect(bad.error?.code).toBe('VALIDATION');
    expect(bad.text).toMatch(/file: is not valid JSON/);
  });

  it('every date form of the issue is accepted by reschedule, every refused one leaves the file untouched', async () => {
    const t = await makeTestBot({ now: NOW });
    const accepted: Array<[string, string, string]> = [
      ['2025-03-04', '2025-03-04', '2025-03-04'],
      ['4 March 2025', '2025-03-04', '2025-03-04'],
      ['4 Mar 2025', '2025-03-04', '2025-03-04'],
      ['2025-06-04..2025-06-05', '2025-06-04', '2025-06-05'],
      ['4-5 June 2025', '2025-06-04', '2025-06-05'],
      ['23–27 June 2025', '2025-06-23', '2025-06-27'],
      ['7 July 2025 13:30-14:30 Europe/Zurich', '2025-07-07T13:30:00+02:00', '2025-07-07T14:30:00+02:00'],
    ];
    for (const [form, start, end] of accepted) {
      const reply = await t.ask(`reschedule strategic-plan-workshop ${form}`);
      expect(reply.tone, form).toBe('ok');
      expect([reply.items[0]!.start, reply.items[0]!.end], form).toEqual([start, end]);
      expect((await t.ask('undo')).tone).toBe('ok');
    }
    const bytes = readFileSync(t.store.location);
    for (const [form, hint] of [
      ['2025-02-30', /2025-02-28/],
      ['03/04/2025', /ambiguous.*2025-04-03 or 3 April 2025/],
    ] as const) {
      const reply = await t.ask(`reschedule strategic-plan-workshop ${form}`);
      expect(reply.error?.code).toBe('VALIDATION');
      expect(reply.text).toMatch(hint);
    }
    expect(readFileSync(t.store.location)).toEqual(bytes);
  });

  it('a store reopened from the same file sees every change (restart)', async () => {
    const file = path.join(tempDir(), 'cwg.db.json');
    const first = await makeTestBot({ now: NOW, store: await openLowdbStore(file) });
    await first.ask('edit cstd-28 place="Palais des Nations, Geneva"');
    await first.store.close();
    const second = await makeTestBot({ now: NOW, store: await openTempStore(file) });
    expect(itemOf(second.store, 'cstd-28').place).toBe('Palais des Nations, Geneva');
    expect(second.store.read().audit).toHaveLength(1);
  });
});
