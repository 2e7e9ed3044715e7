import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/index.js';
import { channelMessages } from '../../src/reminders/channel-language.js';
import { BOT, DELEGATE_AAD, makeHarness, personalMessage, startTeamsEndpoint, user } from './harness.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

const person = user(DELEGATE_AAD);

/** The bot installed in the person's 1:1 chat, as Teams announces it. */
function installedInChat(locale: string): Partial<Activity> {
  const { type: _message, text: _text, ...rest } = personalMessage('', person, { locale });
  return { ...rest, type: 'conversationUpdate', membersAdded: [{ id: BOT.id, name: BOT.name }] };
}

function consentDeclined(locale: string): Partial<Activity> {
  return personalMessage('', person, {
    type: 'invoke',
    name: 'fileConsent/invoke',
    id: 'invoke-decline-language',
    text: undefined,
    locale,
    value: { type: 'fileUpload', action: 'decline', context: { cwg: 'ics', line: 'ics igf-2025', filename: 'igf-2025.ics' } },
  });
}

const texts = (sent: Partial<Activity>[]) => sent.filter((a) => a.type === 'message').map((a) => a.text);

describe("Teams: the bot's own notes follow the answers' language precedence (issue 12)", () => {
  it('welcome and file consent notes use the stored choice before activity.locale, then the locale', async () => {
    const h = await makeHarness();
    // No choice yet: Teams' locale decides.
    expect(texts(await h.send(installedInChat('es-ES')))).toEqual([messagesFor('es').teams.welcome]);
    await h.send(personalMessage('language ru', person, { locale: 'es-ES' }));
    // The client still says Spanish; the person chose Russian.
    expect(texts(await h.send(installedInChat('es-ES')))).toEqual([messagesFor('ru').teams.welcome]);
    expect(texts(await h.send(consentDeclined('es-ES')))).toEqual([messagesFor('ru').teams.file.declined]);
  });

  it('the internal-error note of a failed turn is in the person’s chosen language too', async () => {
    const { connector, post } = await startTeamsEndpoint((stop) => stops.push(stop), { now: '2025-02-20T09:00:00+01:00' });
    const chat = (text: string, id: string) => personalMessage(text, person, { id, locale: 'es-ES', serviceUrl: connector.url });
    expect((await post(chat('language ru', 'm-lang'))).status).toBe(200);
    // The answer cannot be posted (the connector fails): the turn fails, and the bot says so.
    connector.script({ status: 400, body: { error: { code: 'BadArgument', message: 'refused' } } });
    await post(chat('next-deadline', 'm-fails'));
    expect(connector.delivered().at(-1)!.text).toBe(messagesFor('ru').error.internal);
  });

  it('reminders in a 1:1 chat use the Teams locale the subscription was made with when the person chose no language', async () => {
    const h = await makeHarness();
    const chat = `a:personal-${person.id}`;
    await h.send(personalMessage('subscribe', person, { locale: 'fr-FR' }));
    const words = channelMessages(h.store.read(), 'en');
    const id = h.store.read().subscriptions.find((s) => s.conversation.id === chat)!.id;
    expect(words.of(id).lang).toBe('fr');
    // A choice made later wins over the client's locale.
    await h.send(personalMessage('language zh', person, { locale: 'fr-FR' }));
    expect(channelMessages(h.store.read(), 'en').of(id).lang).toBe('zh');
  });
});
