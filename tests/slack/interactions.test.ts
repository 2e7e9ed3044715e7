import { describe, expect, it } from 'vitest';
import {
  buttonPayload,
  DELEGATE,
  GROUP_MEMBER,
  multi,
  SECRETARIAT_USER,
  selected,
  startSlackHarness,
  text,
  viewSubmission,
  waitUntil,
  acceptFileUploads,
} from './support/slack-harness.js';

type View = { callback_id: string; private_metadata: string; blocks: Array<{ type: string; block_id?: string; element?: { initial_value?: string } }> };

const openedViews = (h: Awaited<ReturnType<typeof startSlackHarness>>) => h.api.callsTo('views.open').map((c) => c.args.view as View);

describe('buttons on our messages (block_actions, as Slack posts them)', () => {
  it('Details answers privately with the full item', async () => {
    const h = await startSlackHarness();
    const res = await h.interact(buttonPayload(DELEGATE, 'cwg_details', 'igf-2025', h.recorder.url));
    expect(res.status).toBe(200);
    const [body] = await h.recorder.waitFor(1);
    expect(body!.response_type).toBe('ephemeral');
    expect(body!.replace_original).toBe(false);
    expect(JSON.stringify(body!.blocks)).toContain('Lillestrøm, Norway');
    expect(JSON.stringify(body!.blocks)).toContain('from 23 to 27 June 2025');
  });

  it('Share posts the same question to the channel, in Geneva time, crediting who shared it', async () => {
    const h = await startSlackHarness();
    await h.interact(buttonPayload(DELEGATE, 'cwg_share', 'next-deadline', h.recorder.url));
    const [body] = await h.recorder.waitFor(1);
    expect(body!.response_type).toBe('in_channel');
    const all = JSON.stringify(body);
    expect(all).toContain('HLPF 2025');
    expect(all).not.toContain('Your time');
    expect(all).toContain(`Shared by <@${DELEGATE}>`);
  });

  it('in a French channel, Details answers a Spanish reader in Spanish, and Share posts in French', async () => {
    const h = await startSlackHarness();
    await h.t.store.update((d) => {
      d.preferences.users[`slack:${DELEGATE}`] = { lang: 'es', setAt: '2025-01-01T00:00:00Z' };
      d.preferences.channels['slack:C0GENERAL'] = { lang: 'fr', setAt: '2025-01-01T00:00:00Z' };
    });
    await h.interact(buttonPayload(DELEGATE, 'cwg_details', 'igf-2025', h.recorder.url));
    const [details] = await h.recorder.waitFor(1);
    expect(details!.response_type).toBe('ephemeral');
    expect(JSON.stringify(details!.blocks)).toMatch(/Lugar|Quién debe actuar/);
    await h.interact(buttonPayload(DELEGATE, 'cwg_share', 'next-deadline', h.recorder.url));
    const [, shared] = await h.recorder.waitFor(2);
    expect(shared!.response_type).toBe('in_channel');
    const all = JSON.stringify(shared);
    expect(all).toMatch(/Prochaine échéance|échéance/);
    expect(all).toContain(`<@${DELEGATE}>`);
    expect(all).not.toMatch(/Próxim|Shared by/);
  });

  it('Share never re-runs a command that changes data, even with a forged value', async () => {
    const h = await startSlackHarness();
    const before = h.t.store.read().items.find((i) => i.id === 'igf-2025')!.status;
    await h.interact(buttonPayload(SECRETARIAT_USER, 'cwg_share', 'cancel igf-2025', h.recorder.url));
    await h.interact(buttonPayload(DELEGATE, 'cwg_details', 'igf-2025', h.recorder.url));
    await h.recorder.waitFor(1);
    expect(h.recorder.bodies).toHaveLength(1);
    expect(h.t.store.read().items.find((i) => i.id === 'igf-2025')!.status).toBe(before);
  });

  it('Subscribe this channel subscribes the channel the button was pressed in', async () => {
    const h = await startSlackHarness();
    await h.interact(buttonPayload(DELEGATE, 'cwg_subscribe', 'igf-2025', h.recorder.url));
    const [body] = await h.recorder.waitFor(1);
    expect(body!.response_type).toBe('ephemeral');
    expect(h.t.store.read().subscriptions).toMatchObject([
      { id: 'slack:C0GENERAL', conversation: { platform: 'slack', id: 'C0GENERAL', teamId: 'T0STANDIN' }, createdBy: DELEGATE },
    ]);
  });

  it("Add to my calendar sends the item as an .ics file to the person's DM, never the channel", async () => {
    const h = await startSlackHarness();
    const uploads = acceptFileUploads(h);
    await h.interact(buttonPayload(DELEGATE, 'cwg_calendar', 'igf-2025', h.recorder.url));
    await waitUntil(() => h.api.callsTo('files.completeUploadExternal').length === 1);
    expect(h.api.callsTo('files.getUploadURLExternal')[0]!.args).toMatchObject({ filename: expect.stringMatching(/\.ics$/) });
    expect(h.api.callsTo('files.completeUploadExternal')[0]!.args.channel_id).toMatch(/^D|^U0DELEG01$/);
    expect(h.api.callsTo('chat.postMessage').every((c) => c.args.channel === DELEGATE)).toBe(true);
    expect(uploads.join('')).toContain('BEGIN:VCALENDAR');
  });

  it('refuses a delegate who presses Edit, politely, and opens nothing', async () => {
    const h = await startSlackHarness();
    await h.interact(buttonPayload(DELEGATE, 'cwg_edit', 'igf-2025', h.recorder.url));
    const [body] = await h.recorder.waitFor(1);
    expect(body!.text).toMatch(/only the ITU secretariat can change the calendar/);
    expect(h.api.callsTo('views.open')).toHaveLength(0);
  });

  it('opens a prefilled edit form for the secretariat, carrying the item revision', async () => {
    const h = await startSlackHarness();
    await h.interact(buttonPayload(SECRETARIAT_USER, 'cwg_edit', 'igf-2025', h.recorder.url));
    await waitUntil(() => h.api.callsTo('views.open').length === 1);
    const view = openedViews(h)[0]!;
    expect(view.callback_id).toBe('cwg_modal');
    expect(JSON.parse(view.private_metadata)).toMatchObject({ op: 'edit', itemId: 'igf-2025', revision: 0, channel: 'C0GENERAL' });
    expect(view.blocks.find((b) => b.block_id === 'title')!.element!.initial_value).toBe('Internet Governance Forum 2025 (IGF 2025)');
    expect(view.blocks.find((b) => b.block_id === 'date')!.element!.initial_value).toBe('2025-06-23..2025-06-27');
  });
});

describe('/cwg add and the forms (view_submission)', () => {
  it('opens the add form for a member of a secretariat user group, and refuses a delegate', async () => {
    const h = await startSlackHarness();
    await h.slash('add', GROUP_MEMBER, { triggerId: '42.1.add' });
    await waitUntil(() => h.api.callsTo('views.open').length === 1);
    expect(h.api.callsTo('views.open')[0]!.args.trigger_id).toBe('42.1.add');
    expect(h.api.callsTo('usergroups.users.list')[0]!.args.usergroup).toBe('S0SECGRP1');
    await h.slash('add', DELEGATE);
    const [body] = await h.recorder.waitFor(1);
    expect(body!.text).toMatch(/only the ITU secretariat/);
    expect(h.api.callsTo('views.open')).toHaveLength(1);
  });

  it('shows each wrong field inline and saves nothing', async () => {
    const h = await startSlackHarness();
    const before = h.t.store.read().items.length;
    const res = await h.interact(
      viewSubmission(
        SECRETARIAT_USER,
        {
          callback_id: 'cwg_modal',
          private_metadata: JSON.stringify({ op: 'add' }),
          blocks: ['kind', 'id', 'title', 'date', 'place', 'who', 'source', 'notes'].map((id) => ({ type: 'input', block_id: id })),
        },
        {
          kind: selected('event'),
          id: text(null),
          title: text('WSIS Forum 2026'),
          date: text('31/02/2026'),
          place: text(null),
          who: multi([]),
          source: text('not a paragraph!'),
          notes: text(null),
        },
      ),
    );
    expect(res.status).toBe(200);
    const ack = JSON.parse(res.text) as { response_action: string; errors: Record<string, string> };
    expect(ack.response_action).toBe('errors');
    expect(Object.keys(ack.errors).sort()).toEqual(['date', 'source']);
    expect(ack.errors.date).toMatch(/ambiguous/);
    // The same sentences as the text command, field by field (no internal codes such as "ambiguous: 31/02/2026").
    const typed = await h.t.ask('add event title="WSIS Forum 2026" date="31/02/2026" source="not a paragraph!"');
    const line = (field: string) =>
      typed.text
        .split('\n')
        .find((l) => l.startsWith(`• ${field}: `))!
        .slice(`• ${field}: `.length);
    expect(ack.errors.date).toBe(line('date'));
    expect(ack.errors.source).toBe(line('source'));
    expect(ack.errors.date).not.toMatch(/^\w+: /);
    expect(h.t.store.read().items).toHaveLength(before);
  });

  it('saves a valid new item, audits it as a Slack change, and confirms privately', async () => {
    const h = await startSlackHarness();
    const res = await h.interact(
      viewSubmission(
        SECRETARIAT_USER,
        { callback_id: 'cwg_modal', private_metadata: JSON.stringify({ op: 'add', channel: 'C0GENERAL' }) },
        {
          kind: selected('deadline'),
          id: text('wsis-2026-inputs'),
          title: text('Inputs to WSIS Forum 2026 <!channel>'),
          date: text('4 March 2026'),
          place: text(null),
          who: multi(['members']),
          source: text('6.7.9'),
          // the document as typed in another case takes the calendar's spelling; its link is a url input
          document: text('cwg-wsis&sdg 41st and 42nd meetings outcomes report'),
          link: { type: 'url_text_input', value: 'https://www.itu.int/md/S25-CWGWSIS42-C-0003/en' },
          notes: text(null),
        },
      ),
    );
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const item = h.t.store.read().items.find((i) => i.id === 'wsis-2026-inputs')!;
    expect(item).toMatchObject({ kind: 'deadline', when: { type: 'date', start: '2026-03-04' }, whoMustAct: ['members'] });
    expect(item.source).toEqual({
      document: 'CWG-WSIS&SDG 41st and 42nd meetings outcomes report',
      paragraph: '6.7.9',
      link: 'https://www.itu.int/md/S25-CWGWSIS42-C-0003/en',
    });
    expect(h.t.store.read().audit.at(-1)).toMatchObject({ action: 'add', surface: 'slack', actor: { id: SECRETARIAT_USER } });
    await waitUntil(() => h.api.callsTo('chat.postEphemeral').length === 1);
    const confirmation = h.api.callsTo('chat.postEphemeral')[0]!.args;
    expect(confirmation).toMatchObject({ channel: 'C0GENERAL', user: SECRETARIAT_USER });
    expect(JSON.stringify(confirmation)).not.toContain('<!channel>');
  });

  it('saves an edit from the prefilled form without touching the untouched date', async () => {
    const h = await startSlackHarness();
    const item = h.t.store.read().items.find((i) => i.when.type === 'relative')!;
    await h.interact(buttonPayload(SECRETARIAT_USER, 'cwg_edit', item.id, h.recorder.url));
    await waitUntil(() => h.api.callsTo('views.open').length === 1);
    const view = openedViews(h)[0]!;
    const prefilled = (id: string) => view.blocks.find((b) => b.block_id === id)?.element?.initial_value ?? null;
    const res = await h.interact(
      viewSubmission(
        SECRETARIAT_USER,
        { callback_id: 'cwg_modal', private_metadata: view.private_metadata, blocks: view.blocks },
        {
          title: text(`${item.title} (revised)`),
          date: text(prefilled('date')),
          place: text(prefilled('place')),
          who: multi(item.whoMustAct),
          source: text(prefilled('source')),
          notes: text(prefilled('notes')),
        },
      ),
    );
    expect(res.text).toBe('');
    const after = h.t.store.read().items.find((i) => i.id === item.id)!;
    expect(after.title).toBe(`${item.title} (revised)`);
    expect(after.when).toEqual(item.when);
    expect(after.dateVersion).toBe(item.dateVersion);
    expect(after.revision).toBe(item.revision + 1);
    expect(h.t.store.read().audit.at(-1)).toMatchObject({ action: 'edit', itemId: item.id, surface: 'slack' });
  });

  it("reschedules, then cancels, from the item buttons' forms, with reasons in the audit", async () => {
    const h = await startSlackHarness();
    const submit = (op: string, revision: number, values: Record<string, Record<string, unknown>>) =>
      h.interact(
        viewSubmission(
          SECRETARIAT_USER,
          {
            callback_id: 'cwg_modal',
            private_metadata: JSON.stringify({ op, itemId: 'igf-2025', revision, channel: 'C0GENERAL' }),
            blocks: Object.keys(values).map((id) => ({ type: 'input', block_id: id })),
          },
          values,
        ),
      );
    expect((await submit('reschedule', 0, { date: text('2025-06-24..2025-06-28'), reason: text('venue moved') })).text).toBe('');
    const moved = h.t.store.read().items.find((i) => i.id === 'igf-2025')!;
    expect(moved.when).toMatchObject({ type: 'date', start: '2025-06-24', end: '2025-06-28' });
    expect(moved.dateVersion).toBe(1);
    expect((await submit('cancel', moved.revision, { reason: text('postponed <!channel>') })).text).toBe('');
    expect(h.t.store.read().items.find((i) => i.id === 'igf-2025')!.status).toBe('cancelled');
    expect(h.t.store.read().audit.slice(-2)).toMatchObject([
      { action: 'reschedule', itemId: 'igf-2025', surface: 'slack', reason: 'venue moved' },
      { action: 'cancel', itemId: 'igf-2025', surface: 'slack', reason: expect.stringContaining('postponed') },
    ]);
    await waitUntil(() => h.api.callsTo('chat.postEphemeral').length === 2);
    const confirmations = h.api.callsTo('chat.postEphemeral');
    expect(confirmations.every((c) => c.args.channel === 'C0GENERAL' && c.args.user === SECRETARIAT_USER)).toBe(true);
    expect(JSON.stringify(confirmations.map((c) => c.args))).not.toMatch(/<!channel>/);
  });

  it('refuses a form submitted by someone outside the secretariat', async () => {
    const h = await startSlackHarness();
    const res = await h.interact(
      viewSubmission(
        DELEGATE,
        {
          callback_id: 'cwg_modal',
          private_metadata: JSON.stringify({ op: 'cancel', itemId: 'igf-2025', revision: 0 }),
          blocks: [{ type: 'input', block_id: 'reason' }],
        },
        { reason: text(null) },
      ),
    );
    const ack = JSON.parse(res.text) as { response_action: string; errors: Record<string, string> };
    expect(ack.response_action).toBe('errors');
    expect(ack.errors.reason).toMatch(/only the ITU secretariat/);
    expect(h.t.store.read().items.find((i) => i.id === 'igf-2025')!.status).toBe('confirmed');
  });

  it('tells the editor when the item changed since the form was opened', async () => {
    const h = await startSlackHarness();
    await h.t.ask('cancel igf-2025'); // someone else (the console operator) changes it first
    const res = await h.interact(
      viewSubmission(
        SECRETARIAT_USER,
        {
          callback_id: 'cwg_modal',
          private_metadata: JSON.stringify({ op: 'reschedule', itemId: 'igf-2025', revision: 0 }),
          blocks: [
            { type: 'input', block_id: 'date' },
            { type: 'input', block_id: 'reason' },
          ],
        },
        { date: text('2025-06-24..2025-06-28'), reason: text(null) },
      ),
    );
    const ack = JSON.parse(res.text) as { response_action: string; errors: Record<string, string> };
    expect(ack.errors.date).toMatch(/changed this item since you opened the form/);
    expect(h.t.store.read().items.find((i) => i.id === 'igf-2025')!.when).toMatchObject({ start: '2025-06-23' });
  });
});

describe('App Home', () => {
  it('publishes the next deadlines and events, and the review list only for the secretariat', async () => {
    const h = await startSlackHarness();
    await h.event({ type: 'app_home_opened', user: DELEGATE, channel: 'D0DM', tab: 'home', event_ts: '1700000000.1' });
    await h.event({ type: 'app_home_opened', user: SECRETARIAT_USER, channel: 'D0DM2', tab: 'home', event_ts: '1700000000.2' });
    await waitUntil(() => h.api.callsTo('views.publish').length === 2);
    const [delegate, officer] = ['U0DELEG01', 'U0SEC0001'].map(
      (u) => h.api.callsTo('views.publish').find((c) => c.args.user_id === u)!.args.view as { type: string; blocks: unknown[] },
    );
    expect(delegate!.type).toBe('home');
    const d = JSON.stringify(delegate);
    expect(d).toContain('Next deadlines');
    expect(d).toContain('HLPF 2025');
    expect(d).toContain('America/New_York');
    expect(d).not.toContain('Flagged for review');
    expect(JSON.stringify(officer)).toContain('Flagged for review');
    expect(JSON.stringify(officer)).toContain('cwg_add');
  });

  it("lists the viewer's channels that subscribe to reminders", async () => {
    const h = await startSlackHarness();
    await h.t.store.update((db) => {
      db.subscriptions.push({
        id: 'slack:C0WSIS',
        conversation: { platform: 'slack', id: 'C0WSIS' },
        scope: 'deadlines',
        tags: [],
        actors: [],
        at: '09:00',
        tz: 'Europe/Zurich',
        digest: true,
        createdAt: '2025-02-01T09:00:00+01:00',
      });
      db.subscriptions.push({
        id: 'slack:C0OTHER',
        conversation: { platform: 'slack', id: 'C0OTHER' },
        scope: 'all',
        tags: [],
        actors: [],
        at: '09:00',
        tz: 'Europe/Zurich',
        digest: true,
        createdAt: '2025-02-01T09:00:00+01:00',
      });
    });
    h.api.respond((call) =>
      call.method === 'users.conversations'
        ? { body: { ok: true, channels: [{ id: 'C0WSIS' }, { id: 'C0GENERAL' }], response_metadata: { next_cursor: '' } } }
        : undefined,
    );
    await h.event({ type: 'app_home_opened', user: DELEGATE, channel: 'D0DM', tab: 'home', event_ts: '1700000000.3' });
    await waitUntil(() => h.api.callsTo('views.publish').length === 1);
    const view = JSON.stringify(h.api.callsTo('views.publish')[0]!.args.view);
    expect(view).toContain('<#C0WSIS>');
    expect(view).not.toContain('C0OTHER');
  });

  it('does not publish twice for a retried event delivery', async () => {
    const h = await startSlackHarness();
    const event = { type: 'app_home_opened', user: DELEGATE, channel: 'D0DM', tab: 'home', event_ts: '1700000000.4' };
    await h.event(event, 'Ev0SAME');
    await waitUntil(() => h.api.callsTo('views.publish').length === 1);
    expect((await h.event(event, 'Ev0SAME', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    await h.event({ ...event, user: SECRETARIAT_USER }, 'Ev0OTHER');
    await waitUntil(() => h.api.callsTo('views.publish').length === 2);
    expect(h.api.callsTo('views.publish').filter((c) => c.args.user_id === DELEGATE)).toHaveLength(1);
  });
});
