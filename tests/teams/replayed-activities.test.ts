import { describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import { makeHarness, personalMessage, SECRETARIAT_AAD, user } from './harness.js';

const secretariat = user(SECRETARIAT_AAD, 'Secretariat Officer');
const ADD = 'add event title="Open consultation on WSIS+20" date="4 March 2026"';

/** Two bots on one data file: the second stands for another process the Bot Connector may redeliver to. */
async function twoProcesses() {
  const h = await makeHarness();
  const other = await makeHarness({ store: await openLowdbStore(h.store.location) });
  return { h, other };
}

describe('Teams: a redelivered or replayed activity acts once (issue 11)', () => {
  it('a replayed "add" creates one item, on this process and on another sharing the file', async () => {
    const { h, other } = await twoProcesses();
    const activity = personalMessage(ADD, secretariat, { id: 'f:add-1' });
    const first = await h.send(activity);
    const again = await h.send(activity);
    const elsewhere = await other.send(activity);
    expect(first).toHaveLength(1);
    expect(again).toEqual([]);
    expect(elsewhere).toEqual([]);
    await h.store.refresh();
    const added = h.store.read().items.filter((i) => i.title === 'Open consultation on WSIS+20');
    expect(added).toHaveLength(1);
    expect(h.store.read().audit.filter((e) => e.action === 'add')).toHaveLength(1);
    expect(h.store.read().handled.map((x) => x.key)).toEqual([`teams:a:personal-${secretariat.id}:f:add-1`]);
    // The same words in a new activity (typed again) are a new request.
    await h.send(personalMessage(ADD, secretariat, { id: 'f:add-2' }));
    expect(h.store.read().items.filter((i) => i.title === 'Open consultation on WSIS+20')).toHaveLength(2);
  });

  it('a replayed card submission (Save) changes the item once', async () => {
    const { h, other } = await twoProcesses();
    const id = 'hlpf-2025-comments';
    const revision = h.store.read().items.find((i) => i.id === id)!.revision ?? 0;
    const save = personalMessage('', secretariat, { id: 'f:save-1', text: undefined, value: { cwg: 'save', id, revision, place: 'Room K' } });
    expect(await h.send(save)).toHaveLength(1);
    expect(await other.send(save)).toEqual([]);
    await h.store.refresh();
    const edits = h.store.read().audit.filter((e) => e.itemId === id);
    expect(edits).toHaveLength(1);
    expect(h.store.read().items.find((i) => i.id === id)!.place).toBe('Room K');
  });

  it('a repeated question is answered once by this process and costs no store write', async () => {
    const { h, other } = await twoProcesses();
    const ask = personalMessage('next-deadline', secretariat, { id: 'f:ask-1' });
    expect(await h.send(ask)).toHaveLength(1);
    expect(await h.send(ask)).toEqual([]);
    // Another process answers it again: harmless, and not worth a write per question.
    expect(await other.send(ask)).toHaveLength(1);
    expect(h.store.read().handled).toEqual([]);
  });
});
