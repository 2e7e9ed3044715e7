import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/catalogues/en.js';
import { CATALOGUES } from '../../src/i18n/index.js';
import { createTranslator, ICU_OPTIONS, type MessageId, simpleMessage } from '../../src/i18n/messages.js';

/** Text values that would mean something to ICU if they were part of the message, not a value. */
const TRICKY = ['{x}', "l'id", "''", '<b>#</b>', ' ', ''];

describe('messages with plain {name} arguments (formatted without the ICU parser)', () => {
  it('give what IntlMessageFormat gives, for every message of every catalogue', () => {
    let simple = 0;
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      for (const [id, text] of Object.entries(catalogue ?? {})) {
        const m = simpleMessage(text);
        if (!m) continue;
        simple++;
        const names = [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!);
        const values = Object.fromEntries(names.map((n, i) => [n, `${TRICKY[i % TRICKY.length]}${n}`]));
        const icu = new IntlMessageFormat(text, lang, undefined, ICU_OPTIONS);
        expect(m.format(values), `${lang} ${id}`).toBe(String(icu.format(values)));
        // A value missing or not text: left to ICU (its error, its number formatting).
        if (names.length) expect(m.format({})).toBeUndefined();
      }
    }
    // Most messages with arguments take this path: the test would prove nothing if none did.
    expect(simple).toBeGreaterThan(1000);
  });

  it('refuses messages with other ICU syntax or quoting', () => {
    for (const text of ['{n, plural, one {#} other {#}}', '{ x }', '{x', 'a}b', "'{x}'", "it''{x}", "'<b>' {x}", '{n, number}'])
      expect(simpleMessage(text), text).toBeUndefined();
    expect(simpleMessage('no syntax at all')?.format()).toBe('no syntax at all');
    for (const text of ["it''s {x}", "l'id {x}", "a '' b", "'''x"])
      expect(simpleMessage(text)?.format({ x: 'v' }), text).toBe(String(new IntlMessageFormat(text, 'en', undefined, ICU_OPTIONS).format({ x: 'v' })));
  });

  it('a number or a missing value in a plain argument is left to ICU', () => {
    const id = (Object.keys(en) as MessageId[]).find((k) => /^[^{}']*\{(\w+)\}[^{}']*$/.test(en[k]))!;
    const name = /\{(\w+)\}/.exec(en[id])![1]!;
    const arabic = createTranslator({ 'meta.locale': 'ar', 'meta.numberingSystem': 'arab', [id]: en[id] });
    expect(arabic.t(id, { [name]: 1234 })).toBe(String(new IntlMessageFormat(en[id], 'ar-u-nu-arab', undefined, ICU_OPTIONS).format({ [name]: 1234 })));
    expect(() => arabic.t(id, {})).toThrow();
  });
});
