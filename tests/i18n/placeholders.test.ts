import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/catalogues/en.js';
import { CATALOGUES, messagesFor, SUPPORTED_LANGUAGES } from '../../src/i18n/index.js';
import type { MessageId } from '../../src/i18n/messages.js';
import { choicesOf, parseMessage, placeholdersOf } from './icu.js';

const ids = Object.keys(en) as MessageId[];

describe('message catalogues', () => {
  it('every English message parses as ICU MessageFormat, and every plural has an "other" case', () => {
    const broken: string[] = [];
    for (const id of ids) {
      try {
        parseMessage(en[id]);
      } catch (err) {
        broken.push(`${id}: ${(err as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
    expect(ids.length).toBeGreaterThan(400);
  });

  it('reads placeholders, plurals and selects, so languages can be compared id by id', () => {
    expect(placeholdersOf(en['countdown.inDays'])).toEqual(['n:plural']);
    expect(placeholdersOf(en['when.offsetFrom'])).toEqual(['anchor:text', 'direction:select', 'n:plural']);
    expect(placeholdersOf('{a} and {b, plural, one {# {c}} other {#}}')).toEqual(['a:text', 'b:plural', 'c:text']);
    expect(choicesOf(en['when.offset'])).toEqual({ direction: ['after', 'before', 'other'], n: ['one', 'other'] });
    expect(() => parseMessage('{n, plural, one {x}}')).toThrow();
    expect(() => parseMessage('unclosed {n')).toThrow();
  });

  it('each catalogue that exists has only known ids, with the same placeholders as English', () => {
    const problems: string[] = [];
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      for (const [id, text] of Object.entries(catalogue ?? {})) {
        if (!(id in en)) {
          problems.push(`${lang} ${id}: not an English id`);
          continue;
        }
        const ours = placeholdersOf(text as string);
        const english = placeholdersOf(en[id as MessageId]);
        if (ours.join() !== english.join()) problems.push(`${lang} ${id}: ${ours.join(' ')} ≠ ${english.join(' ')}`);
      }
    }
    expect(problems).toEqual([]);
    expect(Object.keys(CATALOGUES).every((l) => (SUPPORTED_LANGUAGES as readonly string[]).includes(l))).toBe(true);
  });

  it('every language tag gets messages: its own catalogue or English; numbers in Latin digits unless the catalogue says', () => {
    expect(messagesFor('en').heading.nextDeadline).toBe('Next deadline');
    expect(messagesFor('fr-CH')).toBe(messagesFor('fr'));
    expect(messagesFor('tlh').heading.nextDeadline).toBe('Next deadline');
    expect(messagesFor(undefined).locale).toBe('en-GB-u-nu-latn');
    expect(messagesFor('en').countdown.inDays(1)).toBe('in 1 day');
    expect(messagesFor('en').countdown.inDays(21)).toBe('in 21 days');
    expect(messagesFor('en').when.offsetFrom(-21, 'cwg-42')).toBe('21 days before cwg-42');
    expect(messagesFor('en').when.offsetFrom(0, 'cwg-42')).toBe('on the day of cwg-42');
    expect(messagesFor('en').reminders.describe.offsets([30, 7, 1, 0])).toBe('30, 7 and 1 days before and on the morning of the day');
    expect(messagesFor('en').reminders.describe.offsets([1])).toBe('1 day before');
  });
});
