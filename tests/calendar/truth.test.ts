import { describe, expect, it } from 'vitest';
import { expectedButNeverDated, listItems, nextDeadline, upcoming } from '../../src/calendar/queries.js';
import { parseDate } from '../../src/editing/parse-date.js';
import { indexItems, resolveItem } from '../../src/calendar/resolve.js';
import { ItemSchema, type Item, type ItemInput } from '../../src/calendar/schema.js';
import { unverifiedAnchor } from '../../src/calendar/doubts.js';
import { messagesFor } from '../../src/i18n/index.js';
import { renderAdaptiveCard } from '../../src/render/adaptive-cards.js';
import { renderSlackBlocks } from '../../src/render/slack-blocks.js';
import { openTempStore, makeTestBot } from '../support/fixtures.js';

const msg = messagesFor();
const DOC = 'A report never seen';

function make(input: Partial<ItemInput> & Pick<ItemInput, 'id' | 'kind' | 'when'>): Item {
  return ItemSchema.parse({ title: input.id, status: input.when.type === 'tba' ? 'tba' : 'confirmed', source: { document: DOC, paragraph: '1' }, ...input });
}

describe('queries on a calendar never seen', () => {
  const items = [
    make({ id: 'meeting', kind: 'event', when: { type: 'date', start: '2030-05-06', end: '2030-05-08' } }),
    make({ id: 'paper-due', kind: 'deadline', when: { type: 'date', start: '2030-05-05' } }),
    make({ id: 'late-timed', kind: 'deadline', when: { type: 'datetime', start: '2030-05-05T18:00', tz: 'Europe/Zurich' } }),
    make({ id: 'board-2030', kind: 'event', when: { type: 'tba', approx: '2030' } }),
    make({ id: 'before-board', kind: 'deadline', when: { type: 'relative', anchor: 'board-2030', offsetDays: -1, bound: 'by' }, status: 'tba' }),
    make({ id: 'autumn-call', kind: 'deadline', when: { type: 'tba', approx: '2030-09' } }),
    make({ id: 'some-day', kind: 'deadline', when: { type: 'tba' } }),
    make({ id: 'side-session', kind: 'event', when: { type: 'relative', anchor: 'meeting', offsetDays: 0, bound: 'during' } }),
  ];

  it("sorts a date-only deadline on its own day: before events starting the next day, after that day's timed items", () => {
    const ids = upcoming(items, new Date('2030-05-01T00:00:00Z'), 30).map((o) => o.item.id);
    expect(ids.indexOf('late-timed')).toBeLessThan(ids.indexOf('paper-due'));
    expect(ids.indexOf('paper-due')).toBeLessThan(ids.indexOf('meeting'));
    expect(ids.indexOf('paper-due')).toBeLessThan(ids.indexOf('side-session'));
  });

  it('groups next deadlines by the day they are due, not by the midnight that ends it', () => {
    const next = nextDeadline(items, new Date('2030-05-01T00:00:00Z'));
    expect(next.next.map((o) => o.item.id).sort()).toEqual(['late-timed', 'paper-due']);
  });

  it('puts an item "during" an event over that event\'s days, and it moves with it', () => {
    const occ = resolveItem(items.find((i) => i.id === 'side-session')!, indexItems(items));
    expect(occ.when).toMatchObject({ type: 'allDay', startDate: '2030-05-06', endDate: '2030-05-08', during: true, anchoredTo: 'meeting' });
  });

  it('refuses "during" with an offset', () => {
    expect(ItemSchema.safeParse({ ...items[7], when: { type: 'relative', anchor: 'meeting', offsetDays: 2, bound: 'during' } }).success).toBe(false);
  });

  it('keeps undated items upcoming while their expected period runs, and sets them apart once it is over', () => {
    const during = new Date('2030-12-31T12:00:00+01:00');
    expect(listItems(items, during).map((o) => o.item.id)).toEqual(expect.arrayContaining(['board-2030', 'before-board', 'some-day']));
    expect(listItems(items, during).map((o) => o.item.id)).not.toContain('autumn-call');
    const after = new Date('2031-01-01T00:00:00+01:00');
    const ahead = listItems(items, after).map((o) => o.item.id);
    expect(ahead).not.toContain('board-2030');
    expect(ahead).not.toContain('before-board'); // waits for board-2030, so it was expected in 2030 too
    expect(ahead).toContain('some-day'); // no expected period: still to be announced
    expect(expectedButNeverDated(items, after).map((g) => [g.period, g.items.map((o) => o.item.id).sort()])).toEqual([
      ['2030', ['before-board', 'board-2030']],
      ['2030-09', ['autumn-call']],
    ]);
    expect(expectedButNeverDated(items, after, { kind: 'event' }).map((g) => g.items.map((o) => o.item.id))).toEqual([['board-2030']]);
  });

  it('follows the anchor chain to an unverified date', () => {
    const doubtful = items.map((it) =>
      it.id === 'meeting' ? { ...it, review: [{ kind: 'unverified' as const, printed: 'x', interpretation: 'y', reason: 'z' }] } : it,
    );
    const lookup = indexItems(doubtful);
    const chained = make({ id: 'after-session', kind: 'deadline', when: { type: 'relative', anchor: 'side-session', offsetDays: 3, bound: 'by' } });
    expect(unverifiedAnchor(chained, (id) => lookup(id))?.id).toBe('meeting');
    expect(unverifiedAnchor(items[1]!, lookup)).toBeUndefined();
  });
});

describe('the date reader', () => {
  it('reads "during <id>" and words about hours in brackets after all-day dates', () => {
    expect(parseDate('during igf-2025')).toEqual({ type: 'relative', anchor: 'igf-2025', offsetDays: 0, bound: 'during' });
    expect(parseDate('2024-10-02..2024-10-03 (2 October all day, 3 October a.m.)')).toEqual({
      type: 'date',
      start: '2024-10-02',
      end: '2024-10-03',
      hours: '2 October all day, 3 October a.m.',
    });
    expect(() => parseDate('tba 2025 (morning)')).toThrow();
  });
});

describe('answers on the seed calendar', () => {
  const DELEGATE = { id: 'U1', platform: 'slack' as const, isLocalOperator: false };

  it('at 2025-03-15, upcoming 60 lists the CSTD report due Sun 6 Apr before the CSTD session of Mon 7 Apr', async () => {
    const t = await makeTestBot({ now: '2025-03-15T09:00:00+01:00' });
    const ids = (await t.ask('upcoming 60')).items.map((i) => i.id);
    expect(ids.indexOf('cstd-wsis20-report')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('cstd-wsis20-report')).toBeLessThan(ids.indexOf('cstd-28'));
  });

  it('on 2026-12-02 puts items expected in 2025 in their own section, with a hint, in events and deadlines', async () => {
    const t = await makeTestBot({ now: '2026-12-02T09:00:00+01:00' });
    const events = await t.ask('events');
    expect(events.sections[0]!.heading).toBeUndefined();
    expect(events.sections[0]!.items.map((i) => i.id)).not.toContain('council-2025');
    expect(events.sections[0]!.items.map((i) => i.id)).toContain('gdc-review-2027');
    expect(events.sections.map((s) => s.heading)).toContain('Expected in 2025, never dated');
    const council = events.sections.find((s) => s.heading === 'Expected in 2025, never dated')!;
    expect(council.items.map((i) => i.id)).toContain('council-2025');
    expect(events.text).toContain('/cwg announce <id> <date>');

    const deadlines = await t.ask('deadlines');
    // what is left "upcoming" has no expected period at all (to be announced, never stale)
    for (const i of deadlines.sections[0]!.items) expect(i.when, i.id).toBe('date to be announced');
    const stale = deadlines.sections.find((s) => s.heading === 'Expected in 2025, never dated')!;
    expect(stale.items.map((i) => i.id).sort()).toEqual([
      'action-line-roadmaps-2025',
      'call-for-inputs-report-council-2025',
      'gdc-action-plan-council-2025',
      'wsis-fund-in-trust-2025',
      'wsis-stocktaking-prizes-2025',
      'wsis20-hle-open-consultation',
    ]);
    // still to be announced (no expected period): not stale, listed as undated upcoming
    expect(deadlines.sections[0]!.items.map((i) => i.id)).not.toContain('council-2025');

    const next = await t.ask('next-deadline');
    expect(next.text).toContain('Nothing upcoming');
    expect(next.text).toMatch(/6 items expected in 2025 were never dated \("\/cwg deadlines" lists them\)/);
    const soon = await t.ask('upcoming');
    expect(soon.text).toMatch(/items expected in 2025 were never dated \("\/cwg events" lists them\)/);
    expect(soon.text).toMatch(/never dated \("\/cwg deadlines" lists them\)/);
  });

  it('in 2025 the same items are still upcoming, to be announced', async () => {
    const t = await makeTestBot({ now: '2025-06-01T09:00:00+02:00' });
    const events = await t.ask('events');
    expect(events.items.map((i) => i.id)).toContain('council-2025');
    expect(events.sections.some((s) => s.heading?.startsWith('Expected in'))).toBe(false);
  });

  it('marks the unverified 42nd meeting and the deadlines counted from it in text, Block Kit and Adaptive Cards', async () => {
    const t = await makeTestBot({ now: '2024-12-01T09:00:00+01:00' });
    const reply = await t.ask('upcoming 90', DELEGATE);
    const cwg42 = reply.items.find((i) => i.id === 'cwg-42')!;
    expect(cwg42.when).toContain('date not verified');
    expect(cwg42.marks).toEqual(['date not verified']);
    for (const id of ['ai-report-cwg-42', 'wsis20-report-draft']) {
      const it = reply.items.find((i) => i.id === id)!;
      expect(it.when, id).toContain('date depends on the unverified date of 42nd meeting of the CWG-WSIS&SDG');
    }
    expect(reply.text).toMatch(/42nd meeting of the CWG-WSIS&SDG: .*date not verified/);
    const blocks = JSON.stringify(renderSlackBlocks(reply, { msg }).blocks);
    expect(blocks).toContain('date not verified');
    expect(blocks).toContain('date depends on the unverified date');
    const card = JSON.stringify(renderAdaptiveCard(reply, { msg }));
    expect(card).toContain('date not verified');
    expect(card).toContain('date depends on the unverified date');
    // once the secretariat has checked the date, the marks go
    await t.ask('edit cwg-42 review=resolved');
    const after = await t.ask('upcoming 90', DELEGATE);
    expect(after.items.find((i) => i.id === 'ai-report-cwg-42')!.when).not.toContain('unverified');
  });

  it("shows the 41st meeting's hours, room and printed date, and items during an event with the event's dates", async () => {
    const t = await makeTestBot({ now: '2024-09-01T09:00:00+02:00' });
    const show = await t.ask('show cwg-41');
    expect(show.text).toContain('Wed 2 Oct 2024 – Thu 3 Oct 2024 (2 October all day, 3 October a.m.)');
    expect(show.text).toContain('Room Popov');
    expect(show.text).toMatch(/Previously: Tue 17 Oct 2023/);
    expect(show.text).toContain('Since Council 24');
    const g20 = await t.ask('show g20-joint-event-hle-2025');
    expect(g20.items[0]!.when).toBe('during WSIS+20 High-Level Event 2025, Mon 7 Jul 2025 – Fri 11 Jul 2025');
    const side = await t.ask('show igf-2024-open-consultation-meeting');
    expect(side.items[0]!.when).toBe('during Internet Governance Forum 2024 (IGF 2024), Sun 15 Dec 2024 – Thu 19 Dec 2024');
  });

  it('names the Chair of ITU Council, marks the extended call, and flags interpretations and unclear wording', async () => {
    const t = await makeTestBot({ now: '2025-02-15T09:00:00+01:00' });
    expect((await t.ask('show hlpf-2025-transmittal')).text).toContain('Who must act: the Chair of ITU Council');
    expect((await t.ask('next-deadline council-chair')).items.map((i) => i.id)).toEqual(['hlpf-2025-transmittal']);
    const call = (await t.ask('show wsis20-call-for-inputs')).items[0]!;
    expect(call.when).toContain('extended deadline');
    expect((await t.ask('show action-line-roadmaps-2025')).text).toContain('the report says "in due time prior to the Council 2025"');
    expect((await t.ask('show councillors-virtual-consultation-2025')).text).toContain('unclear in the report: "is to take note');
    expect((await t.ask('show cofacilitators-letter-2025-01-20')).items[0]!.organiser).toBeUndefined();
  });

  it('round-trips the grown seed through the store', async () => {
    const store = await openTempStore();
    const items = store.read().items;
    expect(items).toHaveLength(63);
    const again = await openTempStore(store.location);
    expect(again.read().items).toEqual(items);
  });
});
