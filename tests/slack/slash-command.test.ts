import { describe, expect, it } from 'vitest';
import { DELEGATE, SECRETARIAT_USER, startSlackHarness, waitUntil, acceptFileUploads } from './support/slack-harness.js';

type Block = { type: string; text?: { text: string }; elements?: Array<{ type: string; text?: unknown; action_id?: string; value?: string }> };

const blocksOf = (body: Record<string, unknown>) => body.blocks as Block[];
const textsOf = (body: Record<string, unknown>) => JSON.stringify(body.blocks);

describe('/cwg over the HTTP receiver, signed as Slack signs it', () => {
  it("answers next-deadline in the ack itself, ephemerally in Block Kit, in Geneva and the asker's zone", async () => {
    const h = await startSlackHarness();
    const res = await h.slash('next-deadline');
    expect(res.status).toBe(200);
    // One round trip: the HTTP response to Slack's POST is the answer; nothing goes to response_url.
    const body = JSON.parse(res.text) as Record<string, unknown>;
    expect(h.recorder.via).toEqual(['ack']);
    expect(body!.response_type).toBe('ephemeral');
    expect(body!.text).toContain('Written comments on the first draft of the ITU Council contribution to HLPF 2025');
    const blocks = blocksOf(body!);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: 'Next deadline' } });
    const section = blocks.find((b) => b.type === 'section' && b.text?.text.includes('HLPF 2025'))!;
    expect(section.text!.text).toContain('by Mon 24 Feb 2025, end of day (Geneva)');
    expect(section.text!.text).toContain('Your time: Mon 24 Feb 2025, 17:59 America/New_York');
    expect(section.text!.text).toContain('members');
    expect(textsOf(body!)).toContain('§5.4.5');
    const buttons = blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
    expect(buttons.map((b) => b.action_id)).toEqual(['cwg_details', 'cwg_subscribe', 'cwg_calendar', 'cwg_share']);
    expect(buttons.find((b) => b.action_id === 'cwg_details')!.value).toBe('hlpf-2025-comments');
    // a delegate never gets the secretariat's buttons
    expect(buttons.some((b) => b.action_id === 'cwg_edit')).toBe(false);
    expect(body!.unfurl_links).toBe(false);
  });

  it('acks empty when the answer is not ready within the ack budget, then answers through response_url', async () => {
    const h = await startSlackHarness({ ackBudgetMs: 200 });
    // users.info is rate limited for a second: the answer cannot be ready within 200 ms.
    let limited = 0;
    h.api.respond((call) =>
      call.method === 'users.info' && limited++ === 0 ? { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } } : undefined,
    );
    const res = await h.slash('next-deadline');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const [body] = await h.recorder.waitFor(1, 10_000);
    expect(h.recorder.via).toEqual(['response_url']);
    expect(body!.response_type).toBe('ephemeral');
    expect(textsOf(body!)).toContain('America/New_York');
  });

  it('with an ack budget of 0 always acks first and answers through response_url', async () => {
    const h = await startSlackHarness({ ackBudgetMs: 0 });
    expect((await h.slash('next-deadline')).text).toBe('');
    const [body] = await h.recorder.waitFor(1);
    expect(h.recorder.via).toEqual(['response_url']);
    expect(textsOf(body!)).toContain('HLPF 2025');
  });

  it("/cwg ics <id>: the answer in the ack, then the .ics file to the asker's DM", async () => {
    const h = await startSlackHarness();
    const uploads = acceptFileUploads(h);
    const res = await h.slash('ics igf-2025');
    expect(JSON.parse(res.text)).toMatchObject({ response_type: 'ephemeral' });
    await waitUntil(() => h.api.callsTo('files.completeUploadExternal').length === 1);
    expect(h.api.callsTo('chat.postMessage').every((c) => c.args.channel === DELEGATE)).toBe(true);
    expect(uploads.join('')).toContain('BEGIN:VCALENDAR');
    expect(h.recorder.via).toEqual(['ack']);
  });

  it('answers in Geneva time, without a long wait, when users.info keeps failing', async () => {
    const h = await startSlackHarness();
    h.api.respond((call) => (call.method === 'users.info' ? { status: 500, body: 'internal error' } : undefined));
    await h.slash('next-deadline');
    const [body] = await h.recorder.waitFor(1, 15_000);
    expect(textsOf(body!)).toContain('HLPF 2025');
    expect(textsOf(body!)).not.toContain('Your time');
  });

  it("looks the asker's zone up once (users.info, cached)", async () => {
    const h = await startSlackHarness();
    await h.slash('next-deadline');
    await h.slash('next-event');
    await h.recorder.waitFor(2);
    expect(h.api.callsTo('users.info').filter((c) => c.args.user === DELEGATE)).toHaveLength(1);
  });

  it("answers in the person's Slack language (users.info with include_locale), until they choose their own", async () => {
    const h = await startSlackHarness();
    h.api.users.set(DELEGATE, { id: DELEGATE, name: 'delegate', tz: 'America/New_York', locale: 'zh-CN' });
    await h.slash('next-deadline');
    const [zh] = await h.recorder.waitFor(1);
    expect(textsOf(zh!)).toMatch(/[\u4e00-\u9fff]/);
    expect(h.api.callsTo('users.info')[0]!.args.include_locale).toBeTruthy();
    await h.slash('language ru');
    await h.slash('next-deadline');
    const [, set, ru] = await h.recorder.waitFor(3);
    expect(textsOf(set!)).toContain('Отныне я отвечаю вам на языке: русский (ru).');
    expect(textsOf(ru!)).toMatch(/[\u0400-\u04ff]/);
    expect(textsOf(ru!)).not.toMatch(/[\u4e00-\u9fff]{3}/);
  });

  it('shows the secretariat edit buttons to a listed user', async () => {
    const h = await startSlackHarness();
    await h.slash('show hlpf-2025-comments', SECRETARIAT_USER);
    const [body] = await h.recorder.waitFor(1);
    const ids = blocksOf(body!)
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements ?? [])
      .map((e) => e.action_id);
    expect(ids).toEqual(expect.arrayContaining(['cwg_edit', 'cwg_reschedule', 'cwg_cancel', 'cwg_done']));
  });

  it('shares with the channel on request, in Geneva time only', async () => {
    const h = await startSlackHarness();
    await h.slash('next-deadline share');
    await h.slash('share next-deadline');
    const bodies = await h.recorder.waitFor(2);
    for (const body of bodies) {
      expect(body.response_type).toBe('in_channel');
      expect(textsOf(body)).toContain('HLPF 2025');
      expect(textsOf(body)).not.toContain('Your time');
      expect(textsOf(body)).not.toContain('cwg_share');
    }
  });

  it('keeps mistakes private even when shared, with a helpful message', async () => {
    const h = await startSlackHarness();
    await h.slash('nex-deadlin share');
    const [body] = await h.recorder.waitFor(1);
    expect(body!.response_type).toBe('ephemeral');
    expect(body!.text).toContain('is not a /cwg command');
  });

  it('refuses unsigned, badly signed and six-minute-old requests, and does nothing for them', async () => {
    const h = await startSlackHarness();
    expect((await h.slash('next-deadline', DELEGATE, { unsigned: true })).status).toBe(401);
    expect((await h.slash('next-deadline', DELEGATE, { secret: 'not-the-secret' })).status).toBe(401);
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await h.slash('next-deadline', DELEGATE, { timestamp: sixMinutesAgo })).status).toBe(401);
    // a valid request afterwards is the only one that is answered
    await h.slash('help');
    await h.recorder.waitFor(1);
    expect(h.recorder.bodies).toHaveLength(1);
    expect(String(h.recorder.bodies[0]!.text)).toContain('Ask:');
  });

  it('acks a retried delivery (X-Slack-Retry-Num) without acting twice', async () => {
    const h = await startSlackHarness();
    await h.slash('next-deadline', DELEGATE, { triggerId: '999.1.retry' });
    await h.recorder.waitFor(1);
    const retry = await h.slash('next-deadline', DELEGATE, {
      triggerId: '999.1.retry',
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    await h.slash('next-event');
    await h.recorder.waitFor(2);
    await waitUntil(() => h.t.log.lines.some((l) => l.includes('retried /cwg delivery ignored')));
    expect(h.recorder.bodies).toHaveLength(2);
    expect(String(h.recorder.bodies[1]!.text)).toContain('event');
  });

  it('retries a rate-limited Web API call after Retry-After (429)', async () => {
    const h = await startSlackHarness();
    let limited = 0;
    h.api.respond((call) => {
      if (call.method === 'users.info' && limited++ === 0) return { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } };
      return undefined;
    });
    await h.slash('next-deadline');
    const [body] = await h.recorder.waitFor(1, 10_000);
    expect(h.api.callsTo('users.info')).toHaveLength(2);
    expect(textsOf(body!)).toContain('America/New_York');
  });

  it("answers Slack's URL verification when the events URL is saved (HTTP mode install)", async () => {
    const h = await startSlackHarness();
    const res = await h.post(JSON.stringify({ token: 'verification-token-unused', challenge: 'c7f3a9', type: 'url_verification' }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ challenge: 'c7f3a9' });
  });

  it('serves /healthz beside /slack/events on the same port', async () => {
    const h = await startSlackHarness();
    const res = await fetch(`${h.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    const json = (await res.json()) as { ok: boolean; dataFile: { path: string; items: number; readable: boolean } };
    expect(json.ok).toBe(true);
    expect(json.dataFile).toMatchObject({ readable: true, items: h.t.store.read().items.length });
    // No file paths unless CWG_HEALTH_DETAILS=1 (tests/http/health-details.test.ts).
    expect(JSON.stringify(json)).not.toContain(h.t.store.location);
  });
});
