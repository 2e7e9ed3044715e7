import { describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import { buttonPayload, multi, SECRETARIAT_USER, selected, startSlackHarness, text, viewSubmission, waitUntil } from './support/slack-harness.js';

/**
 * The same signed form submission posted twice (a replay, a double click, a retry reaching
 * another process on the same data file) acts once: the store's `handled` list decides.
 */
describe('replayed form submissions (view_submission)', () => {
  const addForm = () =>
    viewSubmission(
      SECRETARIAT_USER,
      { callback_id: 'cwg_modal', private_metadata: JSON.stringify({ op: 'add', channel: 'C0GENERAL' }) },
      {
        kind: selected('deadline'),
        id: text('wsis-2026-inputs'),
        title: text('Inputs to WSIS Forum 2026'),
        date: text('4 March 2026'),
        place: text(null),
        who: multi(['members']),
        source: text('6.7.9'),
        document: text('CWG-WSIS&SDG 41st and 42nd meetings outcomes report'),
        notes: text(null),
      },
    );

  it('a replayed add creates one item, on this process and on another sharing the file', async () => {
    const h = await startSlackHarness();
    const other = await startSlackHarness({ store: await openLowdbStore(h.t.store.location) });
    const payload = addForm();
    const first = await h.interact(payload);
    const again = await h.interact(payload);
    const elsewhere = await other.interact(payload);
    for (const res of [first, again, elsewhere]) expect(res).toEqual({ status: 200, text: '' });
    await h.t.store.refresh();
    const added = h.t.store.read().items.filter((i) => i.id.startsWith('wsis-2026-inputs'));
    expect(added.map((i) => i.id)).toEqual(['wsis-2026-inputs']);
    expect(h.t.store.read().audit.filter((e) => e.action === 'add')).toHaveLength(1);
    expect(h.t.store.read().handled.map((x) => x.key)).toEqual([expect.stringMatching(/^view:V\d+:[0-9a-f]{64}$/)]);
    // Only the first one confirms to its author.
    await waitUntil(() => h.api.callsTo('chat.postEphemeral').length === 1);
    expect(other.api.callsTo('chat.postEphemeral')).toHaveLength(0);
  });

  it('a replayed edit changes nothing twice, and says nothing about a stale form', async () => {
    const h = await startSlackHarness();
    const item = h.t.store.read().items.find((i) => i.id === 'igf-2025')!;
    await h.interact(buttonPayload(SECRETARIAT_USER, 'cwg_edit', item.id, h.recorder.url));
    await waitUntil(() => h.api.callsTo('views.open').length === 1);
    const view = h.api.callsTo('views.open')[0]!.args.view as { private_metadata: string; blocks: unknown[] };
    const payload = viewSubmission(
      SECRETARIAT_USER,
      { callback_id: 'cwg_modal', private_metadata: view.private_metadata, blocks: view.blocks },
      { title: text(`${item.title} (revised)`), place: text('Oslo, Norway'), who: multi(item.whoMustAct) },
    );
    const auditBefore = h.t.store.read().audit.length;
    const first = await h.interact(payload);
    const again = await h.interact(payload);
    expect(first).toEqual({ status: 200, text: '' });
    // Not "changed since the form was opened": the repeat is recognised and acked quietly.
    expect(again).toEqual({ status: 200, text: '' });
    const after = h.t.store.read().items.find((i) => i.id === item.id)!;
    expect(after).toMatchObject({ title: `${item.title} (revised)`, place: 'Oslo, Norway', revision: item.revision + 1 });
    expect(h.t.store.read().audit.length).toBe(auditBefore + 1);
  });

  it('a submission answered with errors can be sent again once corrected', async () => {
    const h = await startSlackHarness();
    const bad = viewSubmission(
      SECRETARIAT_USER,
      { callback_id: 'cwg_modal', private_metadata: JSON.stringify({ op: 'add' }) },
      { kind: selected('deadline'), title: text('No date'), date: text('someday'), who: multi(['members']), source: text('1.1') },
    );
    const refused = await h.interact(bad);
    expect(JSON.parse(refused.text)).toMatchObject({ response_action: 'errors' });
    expect(JSON.parse((await h.interact(bad)).text)).toMatchObject({ response_action: 'errors' });
    expect(h.t.store.read().handled).toEqual([]);
  });

  it('a far date asked to be confirmed is confirmed by the same submission reaching another process', async () => {
    const h = await startSlackHarness();
    const other = await startSlackHarness({ store: await openLowdbStore(h.t.store.location) });
    const far = viewSubmission(
      SECRETARIAT_USER,
      { callback_id: 'cwg_modal', private_metadata: JSON.stringify({ op: 'add' }) },
      {
        kind: selected('deadline'),
        id: text('far-2030'),
        title: text('Far ahead'),
        date: text('4 March 2030'),
        who: multi(['members']),
        source: text('1.1'),
        document: text('CWG-WSIS&SDG 41st and 42nd meetings outcomes report'),
      },
    );
    const asked = await h.interact(far);
    expect(asked.text).toContain('Press Save again to confirm');
    expect(await other.interact(far)).toEqual({ status: 200, text: '' });
    await h.t.store.refresh();
    expect(
      h.t.store
        .read()
        .items.filter((i) => i.id.startsWith('far-2030'))
        .map((i) => i.id),
    ).toEqual(['far-2030']);
  });
});
