import { describe, expect, it } from 'vitest';
import { finishReply } from '../../src/dispatch/dispatch.js';
import { isolateLatin, isolateShown, LRI, PDI } from '../../src/i18n/bidi.js';
import { CATALOGUES, messagesFor, registerCatalogue } from '../../src/i18n/index.js';
import { renderAdaptiveCard } from '../../src/render/adaptive-cards.js';
import { renderPlainText } from '../../src/render/plain-text.js';
import type { ReplyBody } from '../../src/render/reply.js';
import { renderSlackBlocks } from '../../src/render/slack-blocks.js';
import { makeTestBot } from '../support/fixtures.js';

const iso = (s: string) => `${LRI}${s}${PDI}`;

describe('Latin tokens in right-to-left text are isolated', () => {
  it('ids, document symbols, e-mail addresses, URLs and Latin-script dates, each kept whole; sentence punctuation stays outside', () => {
    expect(isolateLatin('الوثيقة CWG-WSIS&SDG-42/13.')).toBe(`الوثيقة ${iso('CWG-WSIS&SDG-42/13')}.`);
    expect(isolateLatin('المعرّف: cwg-42')).toBe(`المعرّف: ${iso('cwg-42')}`);
    expect(isolateLatin('أرسل إلى cwg-wsis@itu.int قبل 4 March 2025')).toBe(`أرسل إلى ${iso('cwg-wsis@itu.int')} قبل ${iso('4 March 2025')}`);
    expect(isolateLatin('الرابط https://www.itu.int/md/S25-CWGWSIS42-C-0013/en، ثم')).toBe(
      `الرابط ${iso('https://www.itu.int/md/S25-CWGWSIS42-C-0013/en')}، ثم`,
    );
    expect(isolateLatin('التاريخ 2025-03-04 الساعة 14:00')).toBe(`التاريخ ${iso('2025-03-04')} الساعة ${iso('14:00')}`);
  });

  it("keeps a command's or a path's leading slash inside its isolate (/cwg events, /var/lib/x.json, ./r.docx)", () => {
    expect(isolateLatin('اكتب «/cwg events» الآن')).toBe(`اكتب «${LRI}/cwg events${PDI}» الآن`);
    expect(isolateLatin('لا يوجد ملف في «/var/lib/cwg-bot/x.json».')).toBe(`لا يوجد ملف في «${LRI}/var/lib/cwg-bot/x.json${PDI}».`);
    expect(isolateLatin('الملف ./r.docx و ~/a.pdf')).toBe(`الملف ${LRI}./r.docx${PDI} و ${LRI}~/a.pdf${PDI}`);
    expect(isolateLatin('٤/٥')).toBe('٤/٥');
  });

  it('keeps accented Latin words whole (Lillestrøm, Genève, São Paulo)', () => {
    expect(isolateLatin('في Lillestrøm، النرويج')).toBe(`في ${LRI}Lillestrøm${PDI}، النرويج`);
    expect(isolateLatin('Genève و São Paulo')).toBe(`${LRI}Genève${PDI} و ${LRI}São Paulo${PDI}`);
  });

  it('leaves Arabic, bare numbers and what is already isolated alone (idempotent)', () => {
    expect(isolateLatin('بعد 3 أيام')).toBe('بعد 3 أيام');
    const once = isolateLatin('الوثيقة CWG-WSIS&SDG-42/13 و cwg-42');
    expect(isolateLatin(once)).toBe(once);
  });

  it('keeps Slack links and mentions and Markdown links working: the isolate goes around them, never inside', () => {
    expect(isolateLatin('انظر <https://itu.int/a|CWG> و <@U0123>')).toBe(`انظر ${iso('<https://itu.int/a|CWG>')} و ${iso('<@U0123>')}`);
    expect(isolateLatin('انظر [cwg-42](https://itu.int/x)')).toBe(`انظر ${iso('[cwg-42](https://itu.int/x)')}`);
    // An HTML entity (Block Kit escapes &) stays one token.
    expect(isolateLatin('الوثيقة CWG-WSIS&amp;SDG-42/13')).toBe(`الوثيقة ${iso('CWG-WSIS&amp;SDG-42/13')}`);
  });

  it('in rendered Block Kit and cards, only what people read changes: button values, action ids, URLs and submit data keep their bytes', () => {
    const blocks = {
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: 'موعد cwg-42' } },
        { type: 'actions', elements: [{ type: 'button', action_id: 'cwg_details', text: { type: 'plain_text', text: 'تفاصيل' }, value: 'cwg-42' }] },
      ],
    };
    const out = isolateShown(blocks);
    expect(out.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: `موعد ${iso('cwg-42')}` } });
    expect(JSON.stringify(out.blocks[1])).toBe(JSON.stringify(blocks.blocks[1]).replace('تفاصيل', 'تفاصيل'));
    expect(JSON.stringify(out.blocks[1])).toContain('"value":"cwg-42"');
    const card = isolateShown({
      body: [{ type: 'FactSet', facts: [{ title: 'المعرّف', value: 'cwg-42' }] }],
      actions: [
        { type: 'Action.Submit', title: 'show', data: { cwg: 'show', id: 'cwg-42' } },
        { type: 'Action.OpenUrl', title: 'x', url: 'https://itu.int/a' },
      ],
    });
    expect(card.body[0]!.facts[0]!.value).toBe(iso('cwg-42'));
    expect(card.actions[0]).toEqual({ type: 'Action.Submit', title: iso('show'), data: { cwg: 'show', id: 'cwg-42' } });
    expect((card.actions[1] as { url: string }).url).toBe('https://itu.int/a');
  });

  describe('through the renderers, for a right-to-left catalogue', () => {
    // A stand-in while ar.ts is being written (a real Arabic catalogue, once registered, takes precedence over it).
    if (!CATALOGUES.ar) registerCatalogue('ar', { 'meta.locale': 'ar', 'label.id': 'المعرّف', 'error.notFound': 'لا يوجد عنصر {id}.' });
    const reply: ReplyBody = { tone: 'ok', intro: ['الوثيقة CWG-WSIS&SDG-42/13'], sections: [], notes: ['cwg-wsis@itu.int'] };

    it('isolates in plain text, Block Kit and Adaptive Cards (and the card flows right to left); English is untouched', () => {
      const ar = messagesFor('ar');
      expect(ar.rtl).toBe(true);
      const text = renderPlainText(reply, ar);
      expect(text).toBe(`الوثيقة ${iso('CWG-WSIS&SDG-42/13')}\n\n${iso('cwg-wsis@itu.int')}`);
      const slack = renderSlackBlocks(finishReply(reply, { msg: ar }), { msg: ar });
      expect(JSON.stringify(slack.blocks)).toContain(iso('CWG-WSIS&amp;SDG-42/13'));
      const card = renderAdaptiveCard(reply, { msg: ar });
      expect(card.rtl).toBe(true);
      expect(JSON.stringify(card.body)).toContain(JSON.stringify(iso('cwg-wsis@itu.int')).slice(1, -1));
      const en = messagesFor('en');
      expect(renderPlainText(reply, en)).not.toContain(LRI);
      expect(renderAdaptiveCard(reply, { msg: en }).rtl).toBeUndefined();
    });

    it('stays within Slack’s limits after isolating: a section of 3000 characters of Latin runs is cut again', () => {
      const ar = messagesFor('ar');
      const long: ReplyBody = {
        tone: 'ok',
        intro: [
          Array.from({ length: 400 }, (_, i) => `ب x${i}`)
            .join(' ')
            .slice(0, 2990),
        ],
        sections: [],
      };
      const { blocks, text } = renderSlackBlocks(finishReply(long, { msg: ar }), { msg: ar });
      for (const b of blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
      expect(text.length).toBeLessThanOrEqual(3900);
      expect(JSON.stringify(blocks)).toContain(iso('x1'));
    });

    it('real answers, every surface from the same isolated pieces: ids shown isolated, button values and submit data raw, Slack emoji codes intact', async () => {
      const ar = messagesFor('ar');
      const t = await makeTestBot({ now: '2025-01-15T09:00:00+01:00' });
      const caller = { id: 'U1', platform: 'slack' as const, locale: 'ar', isLocalOperator: false };
      for (const line of ['next-event', 'show igf-2025']) {
        const reply = await t.ask(line, caller);
        const id = reply.items[0]!.id;
        // The reply model itself (and --json) keeps its raw wording; only what is rendered is isolated.
        expect(JSON.stringify(reply.sections)).not.toContain(LRI);
        expect(reply.text).toContain(iso(id));
        const slack = JSON.stringify(renderSlackBlocks(reply, { msg: ar, features: { subscribe: true, calendar: true } }).blocks);
        expect(slack).toContain(`\`${iso(id)}\``);
        expect(slack).toContain(`"value":"${id}"`);
        expect(slack).toContain(':date: ');
        expect(slack).not.toMatch(/:\u2066[a-z_]+\u2069:/);
        const card = renderAdaptiveCard(reply, { msg: ar, subscribe: true, addToCalendar: 'file' });
        const json = JSON.stringify(card);
        expect(json).toContain(`"value":"${iso(id)}"`);
        expect(json).toContain(`"id":"${id}"`);
        expect(card.fallbackText).toContain(iso(id));
      }
    });

    it('an answer isolated once is isolated again when its lines are replaced, and a frozen reply is isolated all the same', () => {
      const ar = messagesFor('ar');
      const body: ReplyBody = { tone: 'ok', intro: ['الوثيقة CWG-42/13'], sections: [] };
      expect(renderPlainText(body, ar)).toBe(`الوثيقة ${iso('CWG-42/13')}`);
      body.notes = ['cwg-wsis@itu.int'];
      expect(renderPlainText(body, ar)).toBe(`الوثيقة ${iso('CWG-42/13')}\n\n${iso('cwg-wsis@itu.int')}`);
      const frozen = Object.freeze({ tone: 'ok', intro: Object.freeze(['id cwg-42']), sections: Object.freeze([]) }) as unknown as ReplyBody;
      expect(renderPlainText(frozen, ar)).toBe(iso('id cwg-42'));
      expect(JSON.stringify(renderAdaptiveCard(frozen, { msg: ar }).body)).toContain(JSON.stringify(iso('id cwg-42')).slice(1, -1));
      // the reply model keeps its bytes: nothing the isolation keeps is seen by JSON
      expect(JSON.stringify(body)).not.toContain(LRI);
    });

    it('an error naming an id, in Arabic', () => {
      const ar = messagesFor('ar');
      expect(renderPlainText({ tone: 'error', sections: [], intro: [ar.error.notFound('cwg-42/13', [])] }, ar)).toContain(iso('cwg-42/13'));
    });
  });
});
