import { describe, expect, it } from 'vitest';
import { cardOf, DELEGATE_AAD, factsOf, makeHarness, personalMessage, SECRETARIAT_AAD, submitsOf, textsOf, user } from './harness.js';

const ID = 'hlpf-2025-comments';
const secretariat = user(SECRETARIAT_AAD, 'Secretariat Officer');
const delegate = user(DELEGATE_AAD, 'Delegate');

function submit(from: typeof secretariat, value: Record<string, unknown>) {
  return personalMessage('', from, { text: undefined, value });
}

/** The element right after an input: where the form puts that input's problem. */
function errorBeside(card: any, inputId: string): string | undefined {
  const i = card.body.findIndex((e: any) => e.id === inputId);
  const next = card.body[i + 1];
  return next?.type === 'TextBlock' && next.color === 'Attention' ? next.text.replace(/\\(.)/g, '$1') : undefined;
}

describe('Teams: secretariat editing through Adaptive Card forms', () => {
  it('offers Edit on item cards to the secretariat only', async () => {
    const h = await makeHarness();
    const [forSecretariat] = await h.send(personalMessage(`show ${ID}`, secretariat));
    const [forDelegate] = await h.send(personalMessage(`show ${ID}`, delegate));
    expect(submitsOf(cardOf(forSecretariat))).toContainEqual({ cwg: 'edit', id: ID });
    expect(submitsOf(cardOf(forDelegate))).not.toContainEqual({ cwg: 'edit', id: ID });
  });

  it('sends a form filled with the item, and saves a changed field with an audit entry naming the Entra user', async () => {
    const h = await makeHarness();
    const [formReply] = await h.send(submit(secretariat, { cwg: 'edit', id: ID }));
    const form = cardOf(formReply);
    const inputs = Object.fromEntries(form.body.filter((e: any) => e.id).map((e: any) => [e.id, e.value]));
    expect(inputs).toMatchObject({
      title: 'Written comments on the first draft of the ITU Council contribution to HLPF 2025',
      date: '2025-02-24',
      status: 'confirmed',
      who: 'members',
      source: '5.4.5',
    });
    const revision = h.store.read().items.find((i) => i.id === ID)!.revision;
    expect(submitsOf(form)).toEqual([{ cwg: 'save', id: ID, revision }]);

    // Teams sends the inputs merged into the Save button's data.
    const [saved] = await h.send(submit(secretariat, { cwg: 'save', id: ID, revision, ...inputs, place: 'Room K, ITU Tower', reason: 'room booked' }));
    expect(factsOf(cardOf(saved))).toContain('Place: Room K, ITU Tower');
    const item = h.store.read().items.find((i) => i.id === ID)!;
    expect(item.place).toBe('Room K, ITU Tower');
    expect(item.revision).toBe(revision + 1);
    expect(item.dateVersion).toBe(0);
    const audit = h.store.read().audit.at(-1)!;
    expect(audit).toMatchObject({
      action: 'edit',
      itemId: ID,
      surface: 'teams',
      reason: 'room booked',
      actor: { id: SECRETARIAT_AAD, platform: 'teams', name: 'Secretariat Officer' },
    });
  });

  it('refuses a forged Save from a delegate and changes nothing', async () => {
    const h = await makeHarness();
    const before = JSON.stringify(h.store.read().items);
    const [reply] = await h.send(submit(delegate, { cwg: 'save', id: ID, revision: 0, place: 'Hacked' }));
    expect(textsOf(cardOf(reply)).join(' ')).toContain('only the ITU secretariat can change the calendar');
    expect(JSON.stringify(h.store.read().items)).toBe(before);
    expect(h.store.read().audit).toHaveLength(0);
    const [edit] = await h.send(submit(delegate, { cwg: 'edit', id: ID }));
    expect(textsOf(cardOf(edit)).join(' ')).toContain('only the ITU secretariat');
  });

  it('re-sends the form with the problem beside the input and the values as typed', async () => {
    const h = await makeHarness();
    const revision = h.store.read().items.find((i) => i.id === ID)!.revision;
    const [reply] = await h.send(
      submit(secretariat, { cwg: 'save', id: ID, revision, date: '31 February 2025', title: 'See https://evil.example now', reason: 'typo fix' }),
    );
    const card = cardOf(reply);
    expect(card.body.find((e: any) => e.id === 'reason').value).toBe('typo fix');
    expect(textsOf(card).join(' ')).toContain('Nothing was saved');
    expect(errorBeside(card, 'date')).toMatch(/⚠ .+/);
    expect(errorBeside(card, 'title')).toContain('cannot contain links');
    expect(card.body.find((e: any) => e.id === 'date').value).toBe('31 February 2025');
    expect(errorBeside(card, 'place')).toBeUndefined();
    expect(h.store.read().items.find((i) => i.id === ID)!.revision).toBe(revision);
  });

  it('asks to confirm a date far ahead, then saves it when confirmed', async () => {
    const h = await makeHarness();
    const revision = h.store.read().items.find((i) => i.id === ID)!.revision;
    const [ask] = await h.send(submit(secretariat, { cwg: 'save', id: ID, revision, date: '2031-02-24' }));
    const card = cardOf(ask);
    expect(errorBeside(card, 'date')).toBeDefined();
    expect(card.body.some((e: any) => e.type === 'Input.Toggle' && e.id === 'confirm')).toBe(true);
    await h.send(submit(secretariat, { cwg: 'save', id: ID, revision, date: '2031-02-24', confirm: 'true' }));
    const item = h.store.read().items.find((i) => i.id === ID)!;
    expect(item.when).toEqual({ type: 'date', start: '2031-02-24' });
    expect(item.dateVersion).toBe(1);
  });

  it('catches a change made since the form was sent and shows the item as it now stands', async () => {
    const h = await makeHarness();
    const revision = h.store.read().items.find((i) => i.id === ID)!.revision;
    await h.send(submit(secretariat, { cwg: 'save', id: ID, revision, place: 'First edit' }));
    const replies = await h.send(submit(secretariat, { cwg: 'save', id: ID, revision, place: 'Second edit, from an old form' }));
    expect(h.store.read().items.find((i) => i.id === ID)!.place).toBe('First edit');
    expect(replies).toHaveLength(2);
    const fresh = cardOf(replies[1]);
    expect(fresh.body.find((e: any) => e.id === 'place').value).toBe('First edit');
    expect(submitsOf(fresh)).toEqual([{ cwg: 'save', id: ID, revision: revision + 1 }]);
  });
  it('sets the document and its link from the form, and the item card then offers "Open the document"', async () => {
    const h = await makeHarness();
    const [formReply] = await h.send(submit(secretariat, { cwg: 'edit', id: ID }));
    const form = cardOf(formReply);
    const inputs = Object.fromEntries(form.body.filter((e: any) => e.id).map((e: any) => [e.id, e.value]));
    expect(inputs).toMatchObject({ document: 'CWG-WSIS&SDG 41st and 42nd meetings outcomes report', link: '' });
    const revision = h.store.read().items.find((i) => i.id === ID)!.revision;
    const link = 'https://www.itu.int/md/S25-CL-C-0050/en';
    const [saved] = await h.send(submit(secretariat, { cwg: 'save', id: ID, revision, ...inputs, document: 'C25/50', link }));
    expect(h.store.read().items.find((i) => i.id === ID)!.source).toEqual({ document: 'C25/50', paragraph: 'n/a', link });
    const card = cardOf(saved);
    const buttons = JSON.stringify(card);
    expect(buttons).toContain('"type":"Action.OpenUrl","title":"Open the document","url":"https://www.itu.int/md/S25-CL-C-0050/en"');
    // a bad link comes back beside its input, and nothing is written
    const now = h.store.read().items.find((i) => i.id === ID)!;
    const [again] = await h.send(submit(secretariat, { cwg: 'save', id: ID, revision: now.revision, link: 'javascript:alert(1)' }));
    expect(errorBeside(cardOf(again), 'link')).toMatch(/give the address of the document, starting with https:\/\//);
    expect(h.store.read().items.find((i) => i.id === ID)!.revision).toBe(now.revision);
  });
});
