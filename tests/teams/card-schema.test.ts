import { describe, expect, it } from 'vitest';
import { schemaProblems } from './card-schema.js';
import { channelMessage, makeHarness, personalMessage, SECRETARIAT_AAD, user } from './harness.js';

const secretariat = user(SECRETARIAT_AAD, 'Officer');
const submit = (value: Record<string, unknown>) => personalMessage('', secretariat, { text: undefined, value });

describe('every card the Teams app sends is valid Adaptive Cards 1.5', () => {
  it('checks itself: a wrong property, a missing required one and a bad enum value are caught', () => {
    const problems = schemaProblems({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'x', colour: 'red' },
        { type: 'FactSet' },
        { type: 'TextBlock', text: 'y', spacing: 'huge' },
        { type: 'Input.Toggle', id: 't' },
      ],
      actions: [
        { type: 'Action.OpenUrl', title: 'x' },
        { type: 'Action.Http', url: 'x' },
      ],
    });
    expect(problems).toEqual([
      '$.body[0].colour (TextBlock): property not in the schema',
      '$.body[1] (FactSet): missing required facts',
      '$.body[2].spacing: "huge" is not one of default, none, small, medium, large, extralarge, padding',
      '$.body[3] (Input.Toggle): missing required title',
      '$.actions[0] (Action.OpenUrl): missing required url',
      '$.actions[1]: type Action.Http is not an allowed action here',
    ]);
  });

  it('answers, errors, help, long lists, file replies, edit forms with inline errors and the confirm switch', async () => {
    const h = await makeHarness({ now: '2025-02-20T09:00:00+01:00', env: { CWG_PUBLIC_URL: 'https://cwg.example.org' } });
    const activities = [
      ...(await h.send(personalMessage('next-deadline', secretariat, { localTimezone: 'Asia/Tokyo' }))),
      ...(await h.send(personalMessage('upcoming 365', secretariat))),
      ...(await h.send(personalMessage('show igf-2025'))),
      ...(await h.send(personalMessage('help'))),
      ...(await h.send(personalMessage('show no-such-thing'))),
      ...(await h.send(personalMessage('search'))),
      ...(await h.send(channelMessage('events igf'))),
      ...(await h.send(channelMessage('ics wsis20'))),
      ...(await h.send(personalMessage('ics igf-2025'))),
      ...(await h.send(channelMessage('subscribe deadlines'))),
      ...(await h.send(submit({ cwg: 'edit', id: 'hlpf-2025-comments' }))),
      ...(await h.send(submit({ cwg: 'save', id: 'hlpf-2025-comments', revision: 0, date: '31 February 2025' }))),
      ...(await h.send(submit({ cwg: 'save', id: 'hlpf-2025-comments', revision: 0, date: '2031-02-24' }))),
    ];
    const cards = activities
      .flatMap((a) => (a.attachments ?? []).filter((x) => x.contentType === 'application/vnd.microsoft.card.adaptive'))
      .map((x) => x.content);
    expect(cards.length).toBeGreaterThanOrEqual(13);
    const seen = new Set<string>();
    const walk = (n: unknown) => {
      if (!n || typeof n !== 'object') return;
      const o = n as Record<string, unknown>;
      if (typeof o.type === 'string') seen.add(o.type);
      for (const v of Object.values(o)) if (Array.isArray(v)) v.forEach(walk);
    };
    cards.forEach(walk);
    // The sample covers every type we emit, so the check above means something for each.
    expect([...seen].sort()).toEqual([
      'Action.OpenUrl',
      'Action.Submit',
      'ActionSet',
      'AdaptiveCard',
      'Container',
      'FactSet',
      'Input.ChoiceSet',
      'Input.Text',
      'Input.Toggle',
      'TextBlock',
    ]);
    for (const card of cards) expect(schemaProblems(card), JSON.stringify(card).slice(0, 200)).toEqual([]);
  });
});
