import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../jobs/deliver-reminders.js';
import type { Item } from '../../src/calendar/schema.js';
import { createConsoleTransport } from '../../src/platforms/console/console-transport.js';
import { makeTestBot, tempDir } from '../support/fixtures.js';
import { FAST, item, quiet, storeWith, sub } from './helpers.js';

/** Every action the editing API writes to the audit trail, made through the real commands, then one run of the job. */
describe('change notices for every editing action', () => {
  it('tells a following channel once per change that matters, and nothing for the rest', async () => {
    const { store } = await storeWith(
      [
        item({ id: 'ev-a', kind: 'event', title: 'Open consultation', when: { type: 'date', start: '2025-04-10' } }),
        item({ id: 'ev-tba', kind: 'event', title: 'Regional forum', status: 'tba', when: { type: 'tba' } }),
        item({ id: 'dl-d', kind: 'deadline', title: 'Send comments', when: { type: 'date', start: '2025-04-05' } }),
        item({ id: 'ev-imp', kind: 'event', title: 'Imported meeting', when: { type: 'date', start: '2025-05-05' } }),
        item({ id: 'dl-rel', kind: 'deadline', title: 'Register for the forum', when: { type: 'relative', anchor: 'ev-tba', offsetDays: -7 } }),
      ],
      [sub('geneva')],
    );
    const t = await makeTestBot({ store, now: '2025-03-20T13:00:00+01:00' });
    const printed: string[] = [];
    const transport = createConsoleTransport((text) => printed.push(text));
    const memory = {};
    const tick = async () => {
      t.clock.advance(60_000);
      await run({
        store,
        clock: t.clock,
        log: quiet(),
        config: { reminderGraceHours: 6, ledgerRetentionDays: 90 },
        transports: [transport],
        memory,
        options: { ...FAST, checkpointMs: 86_400_000 },
      });
      return printed.splice(0).map((p) =>
        p
          .split('\n')
          .filter((l) => /\] (Rescheduled|Cancelled|New in|Date announced|Removed|Back|Was|Now|Reminder)/.test(l))
          .join(' | '),
      );
    };
    const ok = async (line: string) => expect((await t.ask(line)).error, line).toBeUndefined();
    await tick();

    await ok('/cwg edit ev-a date=2025-04-12');
    await ok('/cwg edit ev-a title="Open consultation (2nd)"');
    await ok('/cwg announce ev-tba 2025-05-02');
    await ok('/cwg done dl-d');
    const exported = JSON.parse((await t.ask('export')).file!.content) as { items: Item[] };
    const imp = exported.items.find((i) => i.id === 'ev-imp')!;
    imp.when = { type: 'date', start: '2025-05-06' };
    exported.items.push({ ...imp, id: 'ev-new', title: 'Imported new meeting' });
    const file = path.join(tempDir(), 'import.json');
    writeFileSync(file, JSON.stringify(exported));
    await ok(`import ${file}`);
    const code = ((await t.ask('import accept all')).data as { code: string }).code;
    await ok(`import confirm ${code}`);
    expect(await tick()).toEqual([
      // edit that changes the date; an edit of the title alone says nothing
      '[#geneva reminder] Rescheduled: Open consultation | [#geneva reminder] Was: Thu 10 Apr 2025 | [#geneva reminder] Now: Sat 12 Apr 2025',
      // announce, and the deadline hanging off the announced event
      '[#geneva reminder] Date announced: Regional forum',
      '[#geneva reminder] Date announced: Register for the forum',
      // "done" says nothing; import: one new item, one moved
      '[#geneva reminder] New in the calendar: Imported new meeting',
      '[#geneva reminder] Rescheduled: Imported meeting | [#geneva reminder] Was: Mon 5 May 2025 | [#geneva reminder] Now: Tue 6 May 2025',
    ]);
    await ok('/cwg undo'); // the whole import
    expect(await tick()).toEqual([
      '[#geneva reminder] Removed from the calendar: Imported new meeting',
      '[#geneva reminder] Rescheduled: Imported meeting | [#geneva reminder] Was: Tue 6 May 2025 | [#geneva reminder] Now: Mon 5 May 2025',
    ]);
    await ok('/cwg cancel ev-a');
    expect(await tick()).toEqual(['[#geneva reminder] Cancelled: Open consultation (2nd)']);
    await ok('/cwg undo');
    expect(await tick()).toEqual(['[#geneva reminder] Back in the calendar (no longer cancelled): Open consultation (2nd)']);
    await ok('/cwg add event title="Side event" date="2025-05-25" id=side');
    expect(await tick()).toEqual(['[#geneva reminder] New in the calendar: Side event']);
    await ok('/cwg undo');
    expect(await tick()).toEqual(['[#geneva reminder] Removed from the calendar: Side event']);
    // Each told once: a later run adds nothing, and the done deadline gets no reminder.
    expect(await tick()).toEqual([]);
    while (t.clock().getTime() < Date.parse('2025-04-06T00:00:00Z')) {
      t.clock.advance(3_600_000);
      await tick();
    }
    expect(store.read().ledger.some((e) => e.key.startsWith('rem:dl-d:'))).toBe(false);
    expect(store.read().ledger.some((e) => e.key.startsWith('rem:ev-a:v1:2025-04-12:7d:'))).toBe(true);
  });

  it('sums up a batch of more than five changes (an import) in one message per channel', async () => {
    const { store } = await storeWith(
      [item({ id: 'ev-0', kind: 'event', title: 'Existing meeting', when: { type: 'date', start: '2025-05-05' }, tags: ['igf'] })],
      [sub('all'), sub('igf-only', { tags: ['igf'] })],
    );
    const t = await makeTestBot({ store, now: '2025-03-20T13:00:00+01:00' });
    const printed: string[] = [];
    const tick = async () => {
      t.clock.advance(60_000);
      await run({
        store,
        clock: t.clock,
        log: quiet(),
        config: { reminderGraceHours: 6, ledgerRetentionDays: 90 },
        transports: [createConsoleTransport((x) => printed.push(x))],
        options: FAST,
      });
      return printed.splice(0);
    };
    await tick();
    const exported = JSON.parse((await t.ask('export')).file!.content) as { items: Item[] };
    const base = exported.items[0]!;
    exported.items[0] = { ...base, when: { type: 'date', start: '2025-05-07' } };
    for (let i = 1; i <= 6; i++)
      exported.items.push({ ...base, id: `new-${i}`, title: `New meeting ${i}`, tags: i === 1 ? ['igf'] : [], when: { type: 'date', start: `2025-06-0${i}` } });
    const file = path.join(tempDir(), 'import.json');
    writeFileSync(file, JSON.stringify(exported));
    await t.ask(`import ${file}`);
    const code = ((await t.ask('import accept all')).data as { code: string }).code;
    expect((await t.ask(`import confirm ${code}`)).error).toBeUndefined();
    const sent = await tick();
    // "all" follows the 7 changes: one message. "igf-only" follows 2: two notices, as usual.
    expect(sent).toHaveLength(3);
    const summary = sent.find((x) => x.startsWith('[#all reminder]'))!;
    expect(summary).toContain('[#all reminder] Calendar updated: 7 changes to what this channel follows');
    expect(summary).toContain('[#all reminder] • Rescheduled: Existing meeting (ev-0): was Mon 5 May 2025, now Wed 7 May 2025');
    expect(summary).toContain('[#all reminder] • New in the calendar: New meeting 6 (new-6): Fri 6 Jun 2025');
    expect(sent.filter((x) => x.startsWith('[#igf-only reminder]')).map((x) => x.split('\n')[0])).toEqual([
      '[#igf-only reminder] New in the calendar: New meeting 1',
      '[#igf-only reminder] Rescheduled: Existing meeting',
    ]);
    expect(
      store
        .read()
        .ledger.map((e) => e.key)
        .filter((k) => k.includes('console:all')),
    ).toEqual([expect.stringMatching(/^notices:a\d+:console:all$/)]);
    expect(await tick()).toEqual([]);
  });
});
