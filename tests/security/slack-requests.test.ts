import { describe, expect, it } from 'vitest';
import {
  buttonPayload,
  DELEGATE,
  SECRETARIAT_USER,
  slackSignature,
  SIGNING_SECRET,
  startSlackHarness,
  viewSubmission,
  waitUntil,
} from '../slack/support/slack-harness.js';

/**
 * Slack HTTP mode on a real server on loopback (Bolt's receiver on the shared server, the Slack API
 * stand-in): what an attacker on the network can send to /slack/events.
 */
const now = () => Math.floor(Date.now() / 1000);

describe('POST /slack/events from someone who is not Slack', () => {
  it('refuses unsigned, wrongly signed, stale and future-dated requests, and acts on none', async () => {
    const h = await startSlackHarness();
    expect((await h.slash('next-deadline', DELEGATE, { unsigned: true })).status).toBe(401);
    expect((await h.slash('next-deadline', DELEGATE, { secret: 'not-the-secret' })).status).toBe(401);
    expect((await h.slash('next-deadline', DELEGATE, { timestamp: now() - 6 * 60 })).status).toBe(401);
    // Bolt 5.1 checks only the past; the receiver seam refuses more than 5 minutes ahead too.
    expect((await h.slash('next-deadline', DELEGATE, { timestamp: now() + 6 * 60 })).status).toBe(401);
    expect(h.t.log.lines.some((l) => l.includes('timestamp more than 5 minutes ahead'))).toBe(true);
    // A signature over another body (the header of one request replayed onto another).
    const ts = now();
    const res = await h.post('command=%2Fcwg&text=help&user_id=U0DELEG01', {
      headers: { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': slackSignature(SIGNING_SECRET, ts, 'something else') },
      unsigned: true,
    });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.recorder.bodies).toHaveLength(0);
    // Within the window, both ways, is served.
    expect((await h.slash('help', DELEGATE, { timestamp: now() + 60 })).status).toBe(200);
  });

  it('answers a replayed slash command (same signed request twice) once', async () => {
    const h = await startSlackHarness();
    const ts = now();
    await h.slash('next-deadline', DELEGATE, { triggerId: '77.1.replay', timestamp: ts });
    await h.recorder.waitFor(1);
    const again = await h.slash('next-deadline', DELEGATE, { triggerId: '77.1.replay', timestamp: ts });
    expect(again.status).toBe(200);
    await h.slash('help');
    await h.recorder.waitFor(2);
    expect(h.recorder.bodies).toHaveLength(2);
    expect(String(h.recorder.bodies[1]!.text)).toContain('Ask:');
  });

  it('refuses signed bodies of a shape Slack never sends (null, a number, an array, a null event) with 400, and keeps serving', async () => {
    const h = await startSlackHarness();
    const json = { headers: { 'content-type': 'application/json' } };
    for (const body of ['null', '42', '"text"', '[]', '[{"type":"event_callback"}]', '{"type":"event_callback","event":null}', '{"type":7}']) {
      const res = await h.post(body, json);
      expect(res.status, body).toBe(400);
    }
    // The same shapes inside an interaction's form field `payload`.
    for (const payload of ['null', '[]', '1']) expect((await h.post(`payload=${encodeURIComponent(payload)}`)).status, payload).toBe(400);
    expect(h.t.log.lines.filter((l) => l.includes('slack: request refused')).length).toBe(10);
    // Unsigned, the same body is refused as unsigned (401), as before.
    expect((await h.post('null', { ...json, unsigned: true })).status).toBe(401);
    // Malformed JSON is still Bolt's 400.
    expect((await h.post('{"type":', json)).status).toBe(400);
    // Still serving, commands included.
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
    expect((await h.slash('help')).status).toBe(200);
    await h.recorder.waitFor(1);
    expect(String(h.recorder.bodies[0]!.text)).toContain('Ask:');
  });

  it('refuses an oversize signed body (413) without Bolt reading it', async () => {
    const h = await startSlackHarness();
    const body = `command=%2Fcwg&text=${'a'.repeat(70 * 1024)}&user_id=${DELEGATE}`;
    const res = await h.post(body);
    expect(res.status).toBe(413);
    expect(h.t.log.lines.some((l) => l.includes('request body refused'))).toBe(true);
    // Still serving.
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
  });

  it('keeps the secretariat role on every Slack surface: command, button, form', async () => {
    const h = await startSlackHarness();
    await h.slash('cancel igf-2025', DELEGATE);
    await h.slash('import [{"id":"x"}]', DELEGATE);
    await h.interact(buttonPayload(DELEGATE, 'cwg_edit', 'igf-2025', h.recorder.url));
    await h.recorder.waitFor(3);
    for (const b of h.recorder.bodies) expect(String(b.text)).toMatch(/only the ITU secretariat/);
    const res = await h.interact(
      viewSubmission(
        DELEGATE,
        {
          callback_id: 'cwg_modal',
          private_metadata: JSON.stringify({ op: 'edit', itemId: 'igf-2025', revision: 0 }),
          blocks: [{ type: 'input', block_id: 'place' }],
        },
        { place: { type: 'plain_text_input', value: 'Hacked' } },
      ),
    );
    expect(JSON.parse(res.text).response_action).toBe('errors');
    expect(h.t.store.read().audit).toHaveLength(0);
    expect(h.api.callsTo('views.open')).toHaveLength(0);
  });

  it('refuses an import by path from chat, even for the secretariat (path tricks stay on the local CLI)', async () => {
    const h = await startSlackHarness();
    for (const p of ['/etc/passwd', '../../../etc/shadow', 'data/cwg.db.json']) await h.slash(`import ${p}`, SECRETARIAT_USER);
    await h.recorder.waitFor(3);
    for (const b of h.recorder.bodies) expect(JSON.stringify(b)).not.toContain('root:');
    expect(h.t.store.read().audit).toHaveLength(0);
    await waitUntil(() => h.recorder.bodies.length === 3);
  });
});
