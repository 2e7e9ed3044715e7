import { describe, expect, it } from 'vitest';
import { announceDate, cancelItem, changeItem, createItem, type EditMeta, rescheduleItem } from '../../src/editing/api.js';
import { ConfirmationNeededError, ConflictError, NotFoundError, ValidationError } from '../../src/errors.js';
import { makeTestBot, openTempStore } from '../support/fixtures.js';
import { formErrors } from '../../src/i18n/form-errors.js';
import { messagesFor } from '../../src/i18n/index.js';

/** A field error in the words every surface shows (the editing API itself returns codes). */
const words = (err: unknown) => formErrors(err, messagesFor('en'))!.fields;

const meta = (id: string, name?: string): EditMeta => ({
  actor: { id, platform: 'slack', ...(name ? { name } : {}) },
  surface: 'slack',
  now: new Date('2025-01-15T09:00:00+01:00'),
});

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

describe('editing API (what Slack modals and Teams cards call)', () => {
  it('two changes based on the same revision at the same moment: one saved, the other refused with both versions', async () => {
    const store = await openTempStore();
    const rev = store.read().items.find((i) => i.id === 'igf-2025')!.revision;
    const results = await Promise.allSettled([
      changeItem(store, 'igf-2025', { place: 'Oslo' }, { ...meta('U0A', 'Alice'), expectedRevision: rev }),
      changeItem(store, 'igf-2025', { place: 'Bergen' }, { ...meta('U0B', 'Bob'), expectedRevision: rev }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    const err = refused.reason as ConflictError;
    expect(err).toBeInstanceOf(ConflictError);
    const stored = store.read().items.find((i) => i.id === 'igf-2025')!;
    expect(err.current).toEqual(stored);
    expect((err.proposed as { place: string }).place).not.toBe(stored.place);
    expect(err.lastChange?.by).toMatch(/Alice|Bob/);
    expect(stored.revision).toBe(rev + 1);
    expect(store.read().audit).toHaveLength(1);

    const bot = await makeTestBot({ store });
    const reply = await bot.ask(`edit igf-2025 place=Tromsø rev=${rev}`);
    expect(reply.error?.code).toBe('CONFLICT');
    expect(reply.text).toMatch(/changed since you opened it/);
    expect(reply.text).toMatch(/Now: .*revision 1/);
    expect(reply.text).toMatch(/Yours \(made on revision 0\): .*Tromsø$/m);
  });

  it('concurrent changes without expectedRevision are serialized: none is lost', async () => {
    const store = await openTempStore();
    await Promise.all([
      changeItem(store, 'igf-2025', { place: 'Oslo' }, meta('U0A')),
      changeItem(store, 'igf-2025', { notes: 'Hybrid' }, meta('U0B')),
      rescheduleItem(store, 'cstd-28', '8-12 April 2025', meta('U0C')),
    ]);
    const igf = store.read().items.find((i) => i.id === 'igf-2025')!;
    expect(igf).toMatchObject({ place: 'Oslo', description: 'Hybrid', revision: 2 });
    expect(
      store
        .read()
        .audit.map((e) => e.itemId)
        .sort(),
    ).toEqual(['cstd-28', 'cstd-wsis20-report', 'igf-2025', 'igf-2025']);
  });

  it('field errors come back per field, every one at once', async () => {
    const store = await openTempStore();
    const err = (await caught(
      createItem(
        store,
        {
          kind: 'event',
          title: 'x'.repeat(300),
          date: '03/04/2025',
          who: 'everybody',
          tags: 'Bad Tag!',
          url: 'javascript:alert(1)',
          sendTo: 'nobody',
          place: 'see https://evil.example',
        },
        meta('U0A'),
      ),
    )) as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect(Object.keys(err.fields).sort()).toEqual(['date', 'place', 'sendTo', 'tags', 'title', 'url', 'who']);
    expect(words(err).date).toMatch(/ambiguous.*2025-04-03/);
    expect(words(err).title).toMatch(/under 200/);
    expect(store.read().audit).toHaveLength(0);
    const missing = (await caught(createItem(store, { kind: 'event', title: '', date: '' }, meta('U0A')))) as ValidationError;
    expect(words(missing)).toEqual({ title: 'give a title', date: 'give a date, or "tba"' });
    const anchor = (await caught(
      createItem(store, { kind: 'deadline', title: 'Report', date: '3 weeks before no-such-item' }, meta('U0A')),
    )) as ValidationError;
    expect(words(anchor).date).toMatch(/there is no item "no-such-item"; did you mean/);
    const dup = (await caught(createItem(store, { kind: 'event', title: 'Again', date: '2025-05-05', id: 'igf-2025' }, meta('U0A')))) as ValidationError;
    expect(words(dup).id).toMatch(/already used/);
    expect(await caught(cancelItem(store, 'no-such-item', meta('U0A')))).toBeInstanceOf(NotFoundError);
    expect(words((await caught(cancelItem(store, '../../etc', meta('U0A')))) as ValidationError).id).toMatch(/lowercase/);
  });

  it('a date far away needs confirmation; with confirm it is saved', async () => {
    const store = await openTempStore();
    const err = (await caught(rescheduleItem(store, 'igf-2025', '2021-06-23', meta('U0A')))) as ConfirmationNeededError;
    expect(err).toBeInstanceOf(ConfirmationNeededError);
    expect(err.field).toBe('date');
    const ok = await rescheduleItem(store, 'igf-2025', '2021-06-23', { ...meta('U0A'), confirm: true });
    expect(ok.item!.when).toEqual({ type: 'date', start: '2021-06-23' });
  });

  it('hostile text is stored neutralised: no pings, no link or mention syntax, no control characters', async () => {
    const store = await openTempStore();
    const r = await createItem(
      store,
      {
        kind: 'event',
        title: '<!channel> <!here|here> <@U123ABC> @everyone @Here [click](x) \u0007bell\u202e',
        date: '2025-05-05',
        place: '<#C0123|general> @channel',
        notes: '*bold* _it_ `code` <!subteam^S123>',
      },
      meta('U0A'),
    );
    const item = r.item!;
    for (const text of [item.title, item.place!, item.description!]) {
      expect(text).not.toMatch(/[<>\u0000-\u001f\u202e]/);
      expect(text).not.toMatch(/@(channel|here|everyone)/i);
      expect(text).not.toMatch(/\]\(/);
    }
    expect(item.title).toBe('‹!channel› ‹!here|here› ‹@U123ABC› ＠everyone ＠Here [click] (x) bell');
  });

  it('announce gives a date to a "to be announced" item and the anchored deadlines; changeItem with date=tba makes it tba', async () => {
    const store = await openTempStore();
    const r = await announceDate(store, 'council-2025', '17-27 June 2025', meta('U0A'));
    expect(r.moved.map((m) => m.item.id).sort()).toEqual(['action-line-roadmaps-2025', 'call-for-inputs-report-council-2025', 'gdc-action-plan-council-2025']);
    expect(r.moved.every((m) => m.before === null && m.after !== null)).toBe(true);
    const back = await changeItem(store, 'council-2025', { date: 'tba 2025' }, meta('U0A'));
    expect(back.item!.status).toBe('tba');
    expect(back.moved.every((m) => m.after === null)).toBe(true);
  });
});
