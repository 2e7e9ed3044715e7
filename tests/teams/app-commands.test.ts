import { describe, expect, it } from 'vitest';
import { cardOf, channelMessage, DELEGATE_AAD, factsOf, makeHarness, personalMessage, SECRETARIAT_AAD, submitsOf, textsOf, user } from './harness.js';

describe('Teams app: command messages', () => {
  // After the 42nd meeting (1-2 February 2025), whose follow-up deadlines fall on 1 February.
  const AFTER_CWG_42 = '2025-02-03T09:00:00+01:00';

  it('answers a plain command word in a 1:1 chat with an Adaptive Card carrying the facts', async () => {
    const h = await makeHarness({ now: AFTER_CWG_42 });
    const replies = await h.send(personalMessage('next-deadline', user(DELEGATE_AAD), { localTimezone: 'Asia/Tokyo' }));
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]);
    expect(card.version).toBe('1.5');
    expect(card.type).toBe('AdaptiveCard');
    const facts = factsOf(card);
    expect(facts).toContain('When (Geneva): by Mon 24 Feb 2025, end of day (Geneva) (in 21 days)');
    // End of day in Geneva (23:59 CET) is 07:59 the next morning in Tokyo.
    expect(facts).toContain('Your time (Asia/Tokyo): Tue 25 Feb 2025, 07:59 Asia/Tokyo');
    expect(facts).toContain('Who must act: members');
    expect(facts).toContain('Status: confirmed');
    expect(facts).toContain('Source: §5.4.5');
    expect(textsOf(card)).toContain('Written comments on the first draft of the ITU Council contribution to HLPF 2025');
    expect(submitsOf(card)).toContainEqual({ cwg: 'show', id: 'hlpf-2025-comments' });
    expect(card.fallbackText).toContain('Next deadline');
    expect(replies[0]!.summary).toBe('Next deadline');
  });

  it("answers in the Teams client's language (activity.locale), then the person's own choice; a channel's language for those without one", async () => {
    const h = await makeHarness({ now: AFTER_CWG_42 });
    const [es] = await h.send(personalMessage('next-deadline', user(DELEGATE_AAD), { locale: 'es-ES' }));
    expect(cardOf(es).fallbackText).toContain('Próximo plazo');
    await h.send(personalMessage('language fr', user(DELEGATE_AAD), { locale: 'es-ES' }));
    const [fr] = await h.send(personalMessage('next-deadline', user(DELEGATE_AAD), { locale: 'es-ES' }));
    expect(cardOf(fr).fallbackText).toContain('Prochaine échéance');
    await h.send(channelMessage('language ru channel', user(SECRETARIAT_AAD), { locale: 'de-DE' }));
    const [ru] = await h.send(channelMessage('next-deadline', user(SECRETARIAT_AAD), { locale: 'de-DE' }));
    expect(cardOf(ru).fallbackText).toContain('Ближайший срок');
  });

  it('strips the bot mention in a channel and accepts the /cwg prefix', async () => {
    const h = await makeHarness();
    const [viaMention] = await h.send(channelMessage('next-event'));
    const [viaPrefix] = await h.send(personalMessage('/cwg next-event'));
    const a = cardOf(viaMention);
    const b = cardOf(viaPrefix);
    expect(textsOf(a)[0]).toMatch(/^Next event|^Happening now/);
    expect(factsOf(a)).toEqual(factsOf(b));
    expect(a.body.some((e: any) => e.type === 'Container')).toBe(true);
  });

  it('reads the zone from the clientInfo entity when localTimezone is absent', async () => {
    const h = await makeHarness({ now: AFTER_CWG_42 });
    const [reply] = await h.send(
      personalMessage('next-deadline', user(DELEGATE_AAD), { entities: [{ type: 'clientInfo', timezone: 'America/New_York', locale: 'en-US' }] }),
    );
    expect(factsOf(cardOf(reply))).toContain('Your time (America/New_York): Mon 24 Feb 2025, 17:59 America/New_York');
  });

  it('turns an unknown word into a clear error card, and help works in a channel', async () => {
    const h = await makeHarness();
    const [bad] = await h.send(personalMessage('next-dedline'));
    expect(cardOf(bad).body[0].color).toBe('Attention');
    expect(textsOf(cardOf(bad)).join('\n')).toContain('"next-dedline" is not a /cwg command.');
    const [help] = await h.send(channelMessage('help'));
    expect(textsOf(cardOf(help)).join('\n')).toContain('next-deadline');
  });

  it('shows user-supplied text literally: markdown and mention markup are escaped', async () => {
    const h = await makeHarness();
    await h.store.update((db) => {
      const item = db.items.find((i) => i.id === 'hlpf-2025-comments')!;
      item.title = '[Click](https://evil.example) *now* <at>Everyone</at> {{DATE(2025-01-01T00:00:00Z)}}';
    });
    const [reply] = await h.send(personalMessage('show hlpf-2025-comments'));
    const raw = JSON.stringify(cardOf(reply).body);
    expect(cardOf(reply).fallbackText).not.toContain('<at>');
    expect(raw).not.toContain('[Click]');
    expect(raw).not.toContain('<at>');
    expect(raw).not.toContain('{{DATE');
    expect(textsOf(cardOf(reply))[0]).toContain('[Click](https://evil.example) *now* <at>Everyone</at> {{DATE(2025-01-01T00:00:00Z)}}');
    expect(reply!.summary).not.toContain('<at>');
  });

  it('routes the Details button (Action.Submit) back to show <id>', async () => {
    const h = await makeHarness();
    const [reply] = await h.send(personalMessage('', user(DELEGATE_AAD), { text: undefined, value: { cwg: 'show', id: 'hlpf-2025-comments' } }));
    const card = cardOf(reply);
    const facts = factsOf(card);
    expect(facts.some((f) => f.startsWith('Source: §5.4.5, CWG-WSIS&SDG'))).toBe(true);
    expect(facts).toContain('id: hlpf-2025-comments');
  });

  it('refuses forged or stale submissions without running anything', async () => {
    const h = await makeHarness();
    const [reply] = await h.send(personalMessage('', user(DELEGATE_AAD), { text: undefined, value: { cwg: 'show', id: '../../etc; add event' } }));
    expect(reply!.text).toContain('older card');
    expect(reply!.attachments).toBeUndefined();
  });

  it('identifies callers by Entra object id for secretariat-only commands typed in a channel', async () => {
    const h = await makeHarness();
    const [refused] = await h.send(channelMessage('edit hlpf-2025-comments place="Room A"', user(DELEGATE_AAD)));
    expect(textsOf(cardOf(refused)).join(' ')).toContain('only the ITU secretariat');
    // The Teams user id (29:…) is not what CWG_SECRETARIAT lists; the Entra object id is.
    const notListed = await h.send(channelMessage('edit hlpf-2025-comments place="Room A"', { id: `29:${SECRETARIAT_AAD}`, name: 'No AAD id' }));
    expect(textsOf(cardOf(notListed[0])).join(' ')).toContain('only the ITU secretariat');
    expect(h.store.read().audit).toHaveLength(0);
    const [done] = await h.send(channelMessage('edit hlpf-2025-comments place="Room A"', user(SECRETARIAT_AAD, 'Officer')));
    expect(factsOf(cardOf(done))).toContain('Place: Room A');
    expect(h.store.read().audit.at(-1)!.actor).toEqual({ id: SECRETARIAT_AAD, platform: 'teams', name: 'Officer' });
  });

  it('links calendar files to the published feed, or says how to get the file in a channel', async () => {
    const h = await makeHarness({ env: { CWG_PUBLIC_URL: 'https://cwg.example.org' } });
    const [one] = await h.send(personalMessage('ics igf-2025'));
    const open = cardOf(one).actions.find((a: any) => a.type === 'Action.OpenUrl');
    expect(open.url).toBe('https://cwg.example.org/calendar.ics?id=igf-2025');
    const [all] = await h.send(channelMessage('ics igf'));
    expect(cardOf(all).actions.find((a: any) => a.type === 'Action.OpenUrl').url).toBe('https://cwg.example.org/calendar.ics?tags=igf');

    const plain = await makeHarness();
    // In a channel no file can be attached (a 1:1 chat gets a file consent card: file-consent.test.ts).
    const [none] = await plain.send(channelMessage('ics igf-2025'));
    expect(textsOf(cardOf(none)).join(' ')).toContain('Teams lets me send files only in a 1:1 chat');
    expect((cardOf(none).actions ?? []).some((a: any) => a.type === 'Action.OpenUrl')).toBe(false);
  });
});
