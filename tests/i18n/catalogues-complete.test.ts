import {
  type MessageFormatElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  parse,
  TYPE,
} from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/catalogues/en.js';
import { CATALOGUES, type Language, messagesFor } from '../../src/i18n/index.js';
import { ICU_OPTIONS } from '../../src/i18n/messages.js';

/**
 * Every catalogue registered in CATALOGUES against the English reference: derived from en.ts, so an id added there
 * fails here until each language has it. Checks ids, placeholders (plural/select arguments too, at any depth),
 * that each message formats, that plurals name every CLDR category the language needs, and that nothing was
 * left in English by accident.
 */

type ArgKind = 'plain' | 'plural' | 'select';
interface Arg {
  kind: ArgKind;
  options: string[];
}

/** Argument names of a message, with how each is used; walks plural and select branches recursively. */
function argumentsOf(message: string): Map<string, Arg> {
  const args = new Map<string, Arg>();
  const note = (name: string, kind: ArgKind, options: string[] = []) => {
    const seen = args.get(name);
    // A name used both as text and as a plural keeps the stronger use (a number formats as text too).
    if (!seen || seen.kind === 'plain') args.set(name, { kind, options });
  };
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (isPluralElement(el)) {
        note(el.value, 'plural', Object.keys(el.options));
        for (const o of Object.values(el.options)) walk(o.value);
      } else if (isSelectElement(el)) {
        note(el.value, 'select', Object.keys(el.options));
        for (const o of Object.values(el.options)) walk(o.value);
      } else if (isTagElement(el)) {
        walk(el.children);
      } else if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) {
        note(el.value, 'plain');
      }
    }
  };
  walk(parse(message, ICU_OPTIONS));
  return args;
}

/** Plural elements of a message (at any depth), to check their categories. */
function pluralsOf(message: string): { name: string; options: string[] }[] {
  const out: { name: string; options: string[] }[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (isPluralElement(el) || isSelectElement(el)) {
        if (isPluralElement(el) && el.pluralType !== 'ordinal') out.push({ name: el.value, options: Object.keys(el.options) });
        for (const o of Object.values(el.options)) walk(o.value);
      } else if (isTagElement(el)) walk(el.children);
    }
  };
  walk(parse(message, ICU_OPTIONS));
  return out;
}

const PLURAL_SAMPLES = [0, 1, 2, 3, 5, 11, 21, 100, 1_000_000];
const ids = Object.keys(en) as (keyof typeof en)[];
const COMMANDS = new Set(ids.flatMap((id) => /^command\.(.+)\.summary$/.exec(id)?.[1] ?? []));

/**
 * Messages that may read exactly as in English, per language: markup and placeholders only, symbols, command
 * syntax (command words and field names stay English everywhere), and date examples the parser reads in English.
 */
const SAME_EVERYWHERE = new Set<string>([
  'meta.locale', // checked separately: each language names its own
  'meta.numberingSystem',
  'list.separator',
  'previously',
  'heading.show',
  'reminders.nextWhat.reminder',
  'teams.form.fieldError',
  'teams.form.dateHint',
  'command.show.usage',
  'command.done.usage',
  'command.undo.usage',
  'command.history.usage',
  'command.review.usage',
  'command.export.usage',
  'command.unsubscribe.usage',
  'command.subscriptions.usage',
  'command.add.usage',
  'command.help.help',
  'command.unsubscribe.help',
  'editing.usage.add',
  'editing.usage.done',
  'editing.usage.history',
  'editing.confirmCode',
]);
const SAME_AS_ENGLISH: Partial<Record<Language, Set<string>>> = {
  fr: new Set(['label.source', 'teams.form.labels.notes', 'teams.form.labels.date']),
  es: new Set([
    'editing.invalidField',
    'editing.historyField',
    'editing.importChangedLine',
    'editing.importAddedLine',
    'reminders.subscriptions.allLine',
    'cli.failed',
    'cli.badOption',
    'reminders.describe.line',
  ]),
};

const translated = (Object.entries(CATALOGUES) as [Language, Record<string, string>][]).filter(([lang]) => lang !== 'en');

describe('catalogues', () => {
  it('registers French and Spanish besides English', () => {
    expect(Object.keys(CATALOGUES)).toEqual(expect.arrayContaining(['en', 'fr', 'es']));
  });

  for (const [lang, catalogue] of Object.entries(CATALOGUES) as [Language, Record<string, string>][]) {
    describe(lang, () => {
      it('has every id of the English catalogue, and no other', () => {
        expect(ids.filter((id) => typeof catalogue[id] !== 'string')).toEqual([]);
        expect(Object.keys(catalogue).filter((id) => !(id in en))).toEqual([]);
      });

      it('uses exactly the placeholders of the English message, each the same way', () => {
        const wrong: string[] = [];
        for (const id of ids) {
          const mine = catalogue[id];
          if (typeof mine !== 'string') continue;
          const want = argumentsOf(en[id]);
          const got = argumentsOf(mine);
          const shape = (m: Map<string, Arg>) => [...m].map(([n, a]) => `${n}:${a.kind}`).sort().join(' ');
          if (shape(want) !== shape(got)) wrong.push(`${id}: English {${shape(want)}} vs {${shape(got)}}`);
          for (const [name, arg] of want) {
            // A select must offer the same keys, or a value the code passes would fall through to "other".
            if (arg.kind === 'select' && got.get(name)?.options.sort().join() !== [...arg.options].sort().join()) {
              wrong.push(`${id}: select {${name}} keys ${arg.options} vs ${got.get(name)?.options}`);
            }
          }
        }
        expect(wrong).toEqual([]);
      });

      it('formats every message for sample values (plurals at 0, 1, 2, 3, 5, 11, 21, 100, 1 000 000; every select key)', () => {
        const locale = messagesFor(lang).locale;
        const failures: string[] = [];
        for (const id of ids) {
          const text = catalogue[id];
          if (typeof text !== 'string') continue;
          const args = [...argumentsOf(en[id])];
          const rounds = Math.max(PLURAL_SAMPLES.length, ...args.map(([, a]) => a.options.length));
          const format = new IntlMessageFormat(text, locale, undefined, ICU_OPTIONS);
          const reference = new IntlMessageFormat(en[id], 'en', undefined, ICU_OPTIONS);
          for (let i = 0; i < rounds; i++) {
            const values: Record<string, string | number> = {};
            for (const [name, a] of args) {
              values[name] = a.kind === 'plural' ? PLURAL_SAMPLES[i % PLURAL_SAMPLES.length]! : a.kind === 'select' ? a.options[i % a.options.length]! : `«${name}»`;
            }
            try {
              const out = String(format.format(values));
              // A brace in the output is a quoting slip unless English prints one there too (JSON examples).
              if (/[{}]/.test(out) && !/[{}]/.test(String(reference.format(values)))) {
                failures.push(`${id}: stray brace in "${out}"`);
              }
            } catch (e) {
              failures.push(`${id}: ${(e as Error).message}`);
            }
          }
        }
        expect(failures).toEqual([]);
      });

      // English is the reference and keeps its own choices (e.g. "# cancelled" reads the same for 1): translations only.
      it.skipIf(lang === 'en')('gives every plural each CLDR category the language needs (or an exact =N for each of its values)', () => {
        const rules = new Intl.PluralRules(messagesFor(lang).locale);
        const needed = rules.resolvedOptions().pluralCategories;
        const probe = [...Array.from({ length: 1001 }, (_, n) => n), 1_000_000, 2_000_000];
        const missing: string[] = [];
        for (const id of ids) {
          const text = catalogue[id];
          if (typeof text !== 'string') continue;
          for (const p of pluralsOf(text)) {
            for (const category of needed) {
              if (p.options.includes(category)) continue;
              const values = probe.filter((n) => rules.select(n) === category);
              if (values.every((n) => p.options.includes(`=${n}`))) continue;
              missing.push(`${id} {${p.name}}: ${category}`);
            }
          }
        }
        expect(missing).toEqual([]);
      });
    });
  }

  for (const [lang, catalogue] of translated) {
    describe(`${lang} is translated`, () => {
      it('names its own locale', () => {
        expect(catalogue['meta.locale']?.split('-')[0]).toBe(lang);
      });

      it('leaves no message as in English unless it is on the allow-list', () => {
        const allowed = new Set([...SAME_EVERYWHERE, ...(SAME_AS_ENGLISH[lang] ?? [])]);
        const same = ids.filter((id) => en[id] !== '' && catalogue[id] === en[id] && !allowed.has(id));
        expect(same).toEqual([]);
      });

      it('keeps the allow-list honest: each entry really is identical to English', () => {
        const stale = [...(SAME_AS_ENGLISH[lang] ?? [])].filter((id) => catalogue[id] !== en[id as keyof typeof en]);
        expect(stale).toEqual([]);
      });

      it('keeps command words and ids: every "/cwg <command>" the English text names appears in the translation', () => {
        const lost: string[] = [];
        for (const id of ids) {
          const mine = catalogue[id];
          if (typeof mine !== 'string') continue;
          for (const m of en[id].matchAll(/\/cwg ([a-z][a-z-]*)/g)) {
            if (COMMANDS.has(m[1]!) && !mine.includes(m[0])) lost.push(`${id}: ${m[0]}`);
          }
        }
        expect(lost).toEqual([]);
      });

      it('the bound messages read in the language (a sample across areas)', () => {
        const msg = messagesFor(lang);
        const english = messagesFor('en');
        expect(msg.heading.nextDeadline).not.toBe(english.heading.nextDeadline);
        expect(msg.countdown.inDays(3)).not.toBe(english.countdown.inDays(3));
        expect(msg.reminders.describe.offsets([7, 1, 0])).not.toBe(english.reminders.describe.offsets([7, 1, 0]));
        expect(msg.commands['next-deadline']?.usage.startsWith('next-deadline ')).toBe(true);
      });
    });
  }
});

describe('French typography', () => {
  const fr = CATALOGUES.fr as Record<string, string>;
  it('puts a narrow no-break space (U+202F) before : ; ? ! and inside « », never a plain space', () => {
    const bad = Object.entries(fr).filter(([, text]) => / [:;?!]|« | »|«[^\u202f]|[^\u202f]»/.test(text)).map(([id]) => id);
    expect(bad).toEqual([]);
  });

  it('agrees "passées" with the feminine nouns it uses for events and deadlines', () => {
    const msg = messagesFor('fr');
    expect(msg.heading.list(msg.kindPlural.event, 'past')).toBe('Liste des manifestations passées');
    expect(msg.heading.list(msg.kindPlural.deadline, 'all')).toBe('Liste de toutes les échéances');
  });

  it('uses the singular for 0 and 1, and "de" for a million', () => {
    const msg = messagesFor('fr');
    expect(msg.countdown.inDays(0)).toBe('dans 0 jour');
    expect(msg.countdown.inDays(1)).toBe('dans 1 jour');
    expect(msg.countdown.inDays(2)).toBe('dans 2 jours');
    expect(msg.countdown.inDays(1_000_000)).toBe('dans 1\u202f000\u202f000 de jours');
  });
});

describe('Spanish typography', () => {
  const es = CATALOGUES.es as Record<string, string>;
  it('opens every question and exclamation with ¿ and ¡', () => {
    const bad = Object.entries(es)
      .filter(([, text]) => (text.match(/\?/g)?.length ?? 0) > (text.match(/¿/g)?.length ?? 0) || (text.match(/!/g)?.length ?? 0) > (text.match(/¡/g)?.length ?? 0))
      .map(([id]) => id);
    expect(bad).toEqual([]);
  });

  it('quotes with « » in prose, not straight double quotes (those stay only in command syntax like title="…")', () => {
    const english = en as Record<string, string>;
    const prose = (id: string, text: string) =>
      // Field values (title="…") and quoted examples copied verbatim from English are command syntax.
      text.replace(/\w+="[^"]*"/g, '').replace(/"[^"]*"/g, (q) => (english[id]?.includes(q) ? '' : q));
    const bad = Object.entries(es).filter(([id, text]) => /"/.test(prose(id, text))).map(([id]) => id);
    expect(bad).toEqual([]);
  });

  it('uses one for 1 only, and "de" for a million', () => {
    const msg = messagesFor('es');
    expect(msg.countdown.inDays(0)).toBe('dentro de 0 días');
    expect(msg.countdown.inDays(1)).toBe('dentro de 1 día');
    expect(msg.countdown.inDays(1_000_000)).toBe('dentro de 1.000.000 de días');
  });
});
