import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/index.js';
import { formatWhen } from '../../src/render/describe-item.js';
import { keptWording } from '../../src/i18n/kept-wording.js';

describe('kept wordings (src/i18n/kept-wording.ts)', () => {
  it('makes a wording once per messages object and keys, and tells keys and languages apart', () => {
    const a = {};
    const b = {};
    let made = 0;
    const make = (text: string) => () => {
      made++;
      return text;
    };
    expect(keptWording(a, ['x', 1, 2], make('one'))).toBe('one');
    expect(keptWording(a, ['x', 1, 2], make('other'))).toBe('one');
    expect(keptWording(a, ['x', 1, 3], make('two'))).toBe('two');
    expect(keptWording(b, ['x', 1, 2], make('three'))).toBe('three');
    expect(made).toBe(3);
  });

  it('a kept date reads as a fresh one in each language (timed, all-day, a deadline)', () => {
    const timed = { type: 'timed' as const, start: new Date('2025-03-04T09:00:00Z'), end: new Date('2025-03-04T11:00:00Z'), tz: 'Europe/Zurich' };
    const allDay = { type: 'allDay' as const, startDate: '2025-07-07', endDate: '2025-07-11' };
    for (const lang of ['en', 'fr', 'ar', 'zh']) {
      const msg = messagesFor(lang);
      const first = [formatWhen(timed, 'event', msg), formatWhen(allDay, 'event', msg), formatWhen(allDay, 'deadline', msg)];
      const again = [formatWhen(timed, 'event', msg), formatWhen(allDay, 'event', msg), formatWhen(allDay, 'deadline', msg)];
      expect(again).toEqual(first);
      expect(first[1]).not.toBe(first[2]);
    }
    expect(formatWhen(timed, 'event', messagesFor('fr'))).not.toBe(formatWhen(timed, 'event', messagesFor('en')));
    expect(formatWhen(timed, 'event', messagesFor('en'), 'America/New_York')).toContain('04:00');
  });
});

describe('kept wordings of varying length', () => {
  it('who must act, one actor then two, in one language: each worded as itself', async () => {
    const { keptWording: kept } = await import('../../src/i18n/kept-wording.js');
    const msg = {};
    const one = kept(msg, ['actors', 1, 'memberStates'], () => 'Member States');
    const two = kept(msg, ['actors', 2, 'memberStates', 'secretariat'], () => 'Member States, secretariat');
    expect([one, two]).toEqual(['Member States', 'Member States, secretariat']);
    expect(kept(msg, ['actors', 1, 'memberStates'], () => 'x')).toBe('Member States');
  });
});

describe('keptBy', () => {
  it('words each set of arguments once, tells them apart, and starts afresh past its bound', async () => {
    const { keptBy } = await import('../../src/i18n/kept-wording.js');
    let made = 0;
    const source = keptBy((paragraph: string, document: string) => {
      made++;
      return `§${paragraph} of ${document}`;
    });
    expect(source('6.7', 'A')).toBe('§6.7 of A');
    expect(source('6.7', 'B')).toBe('§6.7 of B');
    expect(source('6.7', 'A')).toBe('§6.7 of A');
    expect(made).toBe(2);
    const count = keptBy((n: number) => {
      made++;
      return String(n);
    });
    for (let n = 0; n < 20_001; n++) count(n);
    const before = made;
    expect(count(0)).toBe('0'); // the root was emptied when full: worded again, still right
    expect(made).toBe(before + 1);
  });
});
