import { afterEach, describe, expect, it } from 'vitest';
import { createTeamsAdapter } from '../../src/platforms/teams/adapter.js';
import { FILE_CONSENT_CONTENT_TYPE, FILE_INFO_CONTENT_TYPE } from '../../src/platforms/teams/file-consent.js';
import { createTeamsReminderTransport } from '../../src/platforms/teams/reminder-transport.js';
import { parseIcs } from '../export/ics-parse.js';
import { startConnectorStandIn } from './connector-stand-in.js';
import {
  BOT,
  CHANNEL_ID,
  cardOf,
  channelMessage,
  DELEGATE_AAD,
  makeHarness,
  personalMessage,
  startTeamsEndpoint,
  submitsOf,
  TENANT,
  textsOf,
  user,
} from './harness.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

function startEndpoint(env: NodeJS.ProcessEnv = {}) {
  return startTeamsEndpoint((stop) => stops.push(stop), { now: '2025-02-20T09:00:00+01:00', env });
}

/** Teams gives every invoke its own id (a redelivered one keeps it, and the bot acts on it once). */
let invokes = 0;

/** The invoke Teams sends when the user answers a file consent card. */
function consentInvoke(serviceUrl: string, action: 'accept' | 'decline', context: unknown, uploadUrl = `${serviceUrl}upload/igf-2025.ics`) {
  return personalMessage('', user(DELEGATE_AAD), {
    type: 'invoke',
    name: 'fileConsent/invoke',
    id: `invoke-${action}-${++invokes}`,
    serviceUrl,
    text: undefined,
    value: {
      type: 'fileUpload',
      action,
      context,
      ...(action === 'accept'
        ? {
            uploadInfo: {
              name: 'igf-2025.ics',
              uploadUrl,
              contentUrl: 'https://itu-my.sharepoint.com/personal/delegate/Documents/Applications/igf-2025.ics',
              uniqueId: 'F1E2D3',
              fileType: 'ics',
            },
          }
        : {}),
    },
  });
}

describe('Teams: calendar files through the file consent card (1:1 chats)', () => {
  it('offers the file with a consent card, uploads it on Allow, and posts the file card', async () => {
    const { connector, post } = await startEndpoint();
    const ask = personalMessage('ics igf-2025', undefined, { id: 'incoming-ics', serviceUrl: connector.url });
    expect((await post(ask)).status).toBe(200);
    const [card, consent] = connector.delivered(ask.conversation!.id);
    // The answer card says what the file holds, without claiming Teams cannot receive it.
    expect(textsOf(card.attachments[0].content).join(' ')).not.toContain('only in a 1:1 chat');
    const offer = consent.attachments[0];
    expect(offer.contentType).toBe(FILE_CONSENT_CONTENT_TYPE);
    expect(offer.name).toBe('igf-2025.ics');
    expect(offer.content.acceptContext).toEqual({ cwg: 'ics', line: 'ics igf-2025', filename: 'igf-2025.ics' });
    expect(offer.content.sizeInBytes).toBeGreaterThan(300);

    const accept = consentInvoke(connector.url, 'accept', offer.content.acceptContext);
    const res = await post(accept);
    expect(res.status).toBe(200);
    // The same invoke redelivered (its answer was lost) uploads nothing more.
    expect((await post(accept)).status).toBe(200);
    expect(connector.uploads).toHaveLength(1);
    const [upload] = connector.uploads;
    expect(upload!.headers['content-range']).toBe(`bytes 0-${Buffer.byteLength(upload!.body) - 1}/${Buffer.byteLength(upload!.body)}`);
    expect(Buffer.byteLength(upload!.body)).toBe(offer.content.sizeInBytes);
    const cal = parseIcs(upload!.body);
    expect([...cal.events.keys()]).toEqual(['igf-2025@cwg-wsis-sdg.itu.int']);
    expect(cal.events.get('igf-2025@cwg-wsis-sdg.itu.int')!.start).toEqual({ kind: 'date', date: '2025-06-23' });
    const fileCard = connector.delivered(ask.conversation!.id).at(-1)!;
    expect(fileCard.attachments[0]).toMatchObject({
      contentType: FILE_INFO_CONTENT_TYPE,
      name: 'igf-2025.ics',
      contentUrl: 'https://itu-my.sharepoint.com/personal/delegate/Documents/Applications/igf-2025.ics',
      content: { uniqueId: 'F1E2D3', fileType: 'ics' },
    });
  });

  it('says so when the upload fails, and when the user declines', async () => {
    const { connector, post } = await startEndpoint();
    const context = { cwg: 'ics', line: 'ics igf', filename: 'cwg-calendar-igf.ics' };
    connector.scriptUploads(500);
    expect((await post(consentInvoke(connector.url, 'accept', context))).status).toBe(200);
    expect(connector.uploads).toHaveLength(1);
    expect(connector.delivered().at(-1)!.text).toMatch(/could not deliver the calendar file/);
    expect((await post(consentInvoke(connector.url, 'decline', context))).status).toBe(200);
    expect(connector.delivered().at(-1)!.text).toMatch(/no file sent/);
    expect(connector.uploads).toHaveLength(1);
  });

  it('tells the user when Teams refuses the consent card (app installed without supportsFiles)', async () => {
    const { connector, post } = await startEndpoint();
    connector.script({ status: 201 }, { status: 400, body: { error: { code: 'BadArgument', message: 'Bot does not support files' } } });
    const ask = personalMessage('ics igf-2025', undefined, { id: 'incoming-refused', serviceUrl: connector.url });
    expect((await post(ask)).status).toBe(200);
    const delivered = connector.delivered(ask.conversation!.id);
    expect(delivered).toHaveLength(2);
    expect(delivered[0].attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(delivered[1].text).toMatch(/could not deliver the calendar file/);
  });

  it('runs nothing but the export from a consent card, and uploads only to https (or loopback)', async () => {
    const { connector, post, test } = await startEndpoint();
    await post(consentInvoke(connector.url, 'accept', { cwg: 'ics', line: 'cancel igf-2025', filename: 'x.ics' }));
    await post(consentInvoke(connector.url, 'accept', { cwg: 'ics', line: 'ics igf-2025', filename: 'x.ics' }, 'http://files.example.org/upload/x.ics'));
    expect(connector.uploads).toHaveLength(0);
    expect(connector.delivered().map((a) => a.text)).toEqual([expect.stringMatching(/could not deliver/), expect.stringMatching(/could not deliver/)]);
    expect(test.store.read().audit).toHaveLength(0);
  });
});

describe('Teams: "Add to my calendar" on items', () => {
  it('in a 1:1 chat asks for the item file; the button leads to the consent card', async () => {
    const h = await makeHarness({ now: '2025-02-20T09:00:00+01:00' });
    const [answer] = await h.send(personalMessage('events igf'));
    expect(submitsOf(cardOf(answer))).toContainEqual({ cwg: 'ics', id: 'igf-2025' });
    const replies = await h.send(personalMessage('', undefined, { text: undefined, value: { cwg: 'ics', id: 'igf-2025' } }));
    expect(replies.map((r) => r.attachments?.[0]?.contentType)).toEqual(['application/vnd.microsoft.card.adaptive', FILE_CONSENT_CONTENT_TYPE]);
  });

  it('in a channel links to the item on the published feed, or offers no button and says how to get the file', async () => {
    const h = await makeHarness({ now: '2025-02-20T09:00:00+01:00', env: { CWG_PUBLIC_URL: 'https://cwg.example.org' } });
    const [answer] = await h.send(channelMessage('events igf'));
    const links = JSON.stringify(cardOf(answer)).match(/"type":"Action.OpenUrl","title":"Add to my calendar","url":"[^"]+"/g);
    expect(links).toContain('"type":"Action.OpenUrl","title":"Add to my calendar","url":"https://cwg.example.org/calendar.ics?id=igf-2025"');

    const plain = await makeHarness({ now: '2025-02-20T09:00:00+01:00' });
    const [bare] = await plain.send(channelMessage('events igf'));
    expect(JSON.stringify(cardOf(bare))).not.toContain('Add to my calendar');
    const replies = await plain.send(channelMessage('ics igf'));
    expect(replies).toHaveLength(1);
    expect(textsOf(cardOf(replies[0])).join(' ')).toContain('Teams lets me send files only in a 1:1 chat');
  });

  it('puts the button on proactive reminders too (file in 1:1, feed link in channels)', async () => {
    const connector = await startConnectorStandIn();
    stops.push(connector.close);
    const h = await makeHarness({ now: '2025-02-20T09:00:00+01:00' });
    const reply = await h.ask('next-deadline');
    const transport = createTeamsReminderTransport({
      adapter: createTeamsAdapter(undefined),
      appId: '',
      store: h.store,
      calendarLink: (id) => `https://cwg.example.org/calendar.ics?id=${id}`,
    });
    const message = { key: 'reminder:hlpf-2025-comments:v0:3', text: reply.text, body: reply };
    const ref = (id: string, conversationType: string) => ({
      channelId: 'msteams',
      serviceUrl: connector.url,
      bot: BOT,
      conversation: { id, conversationType, tenantId: TENANT, isGroup: conversationType !== 'personal' },
    });
    expect((await transport.send({ platform: 'teams', id: 'a:personal-1', ref: ref('a:personal-1', 'personal') }, message, message.key)).ok).toBe(true);
    expect((await transport.send({ platform: 'teams', id: CHANNEL_ID, ref: ref(CHANNEL_ID, 'channel') }, message, message.key)).ok).toBe(true);
    const [personal] = connector.delivered('a:personal-1');
    const [channel] = connector.delivered(CHANNEL_ID);
    expect(submitsOf(personal.attachments[0].content)).toContainEqual({ cwg: 'ics', id: 'hlpf-2025-comments' });
    expect(JSON.stringify(channel.attachments[0].content)).toContain('"url":"https://cwg.example.org/calendar.ics?id=hlpf-2025-comments"');
    expect(submitsOf(channel.attachments[0].content)).not.toContainEqual({ cwg: 'ics', id: 'hlpf-2025-comments' });
  });
});
