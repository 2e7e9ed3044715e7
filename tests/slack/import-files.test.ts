import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../intake/files/make-pdf.js';
import { REPO_ROOT, REPORT_FILE } from '../support/fixtures.js';
import { buttonPayload, DELEGATE, SECRETARIAT_USER, type SlackHarness, startSlackHarness, waitUntil } from './support/slack-harness.js';

/**
 * /cwg import in Slack, on a real Bolt app on a real port with requests signed as Slack signs them: a file
 * sent in a direct message (or in the form /cwg import opens) is downloaded from the Slack API stand-in with
 * the bot token, read into a draft shown with buttons, and the buttons review and apply it.
 */

const CSV = readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'intake', 'flow', 'meetings.csv'));
const DM = 'D0SEC0001';

function fileMessage(h: SlackHarness, user: string, file: { id: string; name: string; size?: number; url?: string }) {
  return {
    type: 'message',
    subtype: 'file_share',
    channel: DM,
    channel_type: 'im',
    user,
    text: '',
    ts: `${Date.now() / 1000}`,
    files: [{ id: file.id, name: file.name, size: file.size ?? 100, url_private_download: file.url ?? h.api.fileUrl(file.id, file.name) }],
  };
}

const updates = (h: SlackHarness) => h.api.callsTo('chat.update').map((c) => c.args);
const posts = (h: SlackHarness) => h.api.callsTo('chat.postMessage').map((c) => c.args);

const HAVE_REPORT = existsSync(REPORT_FILE);

describe('Slack: a file in a direct message becomes a draft with buttons', () => {
  it('downloads with the bot token, says "Reading…" at once, replaces it with the draft; buttons accept and apply', async () => {
    const h = await startSlackHarness();
    h.api.files.set('F0CSV', new Uint8Array(CSV));
    const before = h.t.store.read().items.length;
    expect((await h.event(fileMessage(h, SECRETARIAT_USER, { id: 'F0CSV', name: 'meetings.csv', size: CSV.byteLength }))).status).toBe(200);
    await waitUntil(() => updates(h).length > 0, 10_000);
    expect(h.api.downloads).toEqual([{ id: 'F0CSV', authorization: 'Bearer xoxb-test-token' }]);
    expect(posts(h)[0]).toMatchObject({ channel: DM, text: 'Reading meetings.csv…' });
    const draft = updates(h)[0]!;
    expect(draft).toMatchObject({ channel: DM });
    const blocks = JSON.stringify(draft.blocks);
    expect(blocks).toContain('Import draft from meetings.csv');
    expect(blocks).toContain('CWG-WSIS\\u0026SDG 44th meeting'.replace('\\u0026', '&amp;'));
    expect(blocks).toContain('"value":"import accept 1"');
    expect(blocks).toContain('"value":"import accept 1,2,3"');
    expect(blocks).toContain('Row 5: can');
    expect(h.t.store.read().items).toHaveLength(before);

    const acceptPage = JSON.parse(blocks)
      .flatMap((b: { elements?: Array<{ action_id: string; value: string }> }) => b.elements ?? [])
      .find((e: { value: string }) => e.value === 'import accept 1,2,3');
    await h.interact(buttonPayload(SECRETARIAT_USER, acceptPage.action_id, acceptPage.value, h.recorder.url));
    const [accepted] = await h.recorder.waitFor(1);
    expect(accepted).toMatchObject({ replace_original: true });
    const confirm = JSON.stringify(accepted).match(/"value":"(import confirm [0-9a-f]{6})"/)?.[1];
    expect(confirm).toBeTruthy();
    expect(JSON.stringify(accepted)).toContain('3 proposals accepted.');
    await h.interact(buttonPayload(SECRETARIAT_USER, 'cwgimport_run:confirm', confirm!, h.recorder.url));
    const [, applied] = await h.recorder.waitFor(2);
    expect(JSON.stringify(applied)).toContain('Imported from meetings.csv: 3 added, 0 changed');
    expect(h.t.store.read().items).toHaveLength(before + 3);
  });

  it.runIf(HAVE_REPORT)(
    'a long PDF: the "Reading…" message shows the page reached before the draft replaces it',
    async () => {
      const h = await startSlackHarness();
      const pdf = makePdf(
        readFileSync(REPORT_FILE, 'utf8')
          .split('\n')
          .filter((l) => l.trim()),
        { linesPerPage: 12 },
      );
      h.api.files.set('F0PDF', pdf);
      await h.event(fileMessage(h, SECRETARIAT_USER, { id: 'F0PDF', name: 'report.pdf', size: pdf.byteLength }));
      await waitUntil(() => updates(h).some((u) => JSON.stringify(u.blocks ?? '').includes('Import draft')), 30_000);
      const texts = updates(h).map((u) => String(u.text));
      expect(texts[0]).toMatch(/^Reading report\.pdf: page 20 of \d+…$/);
      expect(JSON.stringify(updates(h).at(-1)!.blocks)).toContain('Import draft from report.pdf');
    },
    40_000,
  );

  it('a button value that is not a draft line does nothing; a delegate cannot import (no download)', async () => {
    const h = await startSlackHarness();
    h.api.files.set('F0CSV', new Uint8Array(CSV));
    await h.interact(buttonPayload(SECRETARIAT_USER, 'cwgimport_run:x', 'cancel igf-2025', h.recorder.url));
    await h.event(fileMessage(h, DELEGATE, { id: 'F0CSV', name: 'meetings.csv' }));
    await waitUntil(() => posts(h).length > 0, 5000);
    expect(posts(h)[0]!.text).toMatch(/only the ITU secretariat can change the calendar/);
    expect(h.api.downloads).toEqual([]);
    expect(h.recorder.bodies).toEqual([]);
    expect(h.t.store.read().items.find((i) => i.id === 'igf-2025')!.status).not.toBe('cancelled');
  });

  it('over CWG_IMPORT_MAX_MB (as Slack states the size): refused without downloading; the token never goes to another host', async () => {
    const h = await startSlackHarness();
    await h.event(fileMessage(h, SECRETARIAT_USER, { id: 'F0BIG', name: 'big.pdf', size: 50 * 1024 * 1024 }));
    await waitUntil(() => updates(h).length > 0, 5000);
    expect(JSON.stringify(updates(h)[0])).toMatch(/The file is 50\.0 MB; files up to 10 MB can be imported/);
    await h.event(fileMessage(h, SECRETARIAT_USER, { id: 'F0EVIL', name: 'r.docx', url: 'http://127.0.0.2:9/steal' }));
    await waitUntil(() => updates(h).length > 1, 5000);
    expect(JSON.stringify(updates(h)[1])).toMatch(/could not download the file from Slack/);
    expect(h.api.downloads).toEqual([]);
    expect(h.t.store.read().importDrafts).toEqual({});
  });

  it('/cwg import opens a form with a file field; the submitted file becomes a draft in the DM', async () => {
    const h = await startSlackHarness();
    h.api.files.set('F0CSV', new Uint8Array(CSV));
    await h.slash('import', SECRETARIAT_USER);
    await waitUntil(() => h.api.callsTo('views.open').length > 0, 5000);
    const view = h.api.callsTo('views.open')[0]!.args.view as { callback_id: string; blocks: Array<{ element: { type: string } }> };
    expect(view.callback_id).toBe('cwg_import_file');
    expect(view.blocks[0]!.element.type).toBe('file_input');
    await h.interact({
      type: 'view_submission',
      team: { id: 'T0STANDIN', domain: 'cwg-wsis' },
      user: { id: SECRETARIAT_USER, username: 'u', name: 'u', team_id: 'T0STANDIN' },
      api_app_id: 'A0CWGAPP',
      token: 'verification-token-unused',
      trigger_id: '3559.1.aa',
      view: {
        ...view,
        id: 'V1',
        team_id: 'T0STANDIN',
        hash: 'h1',
        app_id: 'A0CWGAPP',
        bot_id: 'B0BOT',
        state: {
          values: {
            file: {
              file: {
                type: 'file_input',
                files: [{ id: 'F0CSV', name: 'meetings.csv', size: CSV.byteLength, url_private_download: h.api.fileUrl('F0CSV', 'meetings.csv') }],
              },
            },
          },
        },
      },
      response_urls: [],
      is_enterprise_install: false,
    });
    await waitUntil(() => updates(h).length > 0, 10_000);
    expect(posts(h)[0]).toMatchObject({ channel: SECRETARIAT_USER, text: 'Reading meetings.csv…' });
    expect(JSON.stringify(updates(h)[0]!.blocks)).toContain('Import draft from meetings.csv');
    // A delegate's /cwg import gets no form.
    await h.slash('import', DELEGATE);
    await h.recorder.waitFor(1);
    expect(JSON.stringify(h.recorder.bodies.at(-1))).toMatch(/only the ITU secretariat/);
    expect(h.api.callsTo('views.open')).toHaveLength(1);
  });
});
