import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/catalogues/en.js';
import { CATALOGUES, type Language, messagesFor } from '../../src/i18n/index.js';
import { ICU_OPTIONS, type MessageId } from '../../src/i18n/messages.js';

/**
 * Every catalogue registered in CATALOGUES against the English reference. Derived from en.ts and CATALOGUES, so
 * an id added to English fails here until each language has it, and a language added to CATALOGUES is checked
 * as soon as it has an entry in RULES (its allow-list; the test says so when it is missing). Checks ids,
 * placeholders (plural/select arguments too, at any depth), that each message formats, that plurals use exactly
 * the CLDR categories the language has, that command words stay, and that nothing was left in English by accident.
 */

type ArgKind = 'plain' | 'plural' | 'select';
interface Arg {
  kind: ArgKind;
  /** select keys (the values the code passes); plural keys (categories and =N). */
  keys: string[];
}

/** Argument names of a message, with how each is used; walks plural, select and tag contents recursively. */
function argumentsOf(message: string): Map<string, Arg> {
  const args = new Map<string, Arg>();
  const note = (name: string, kind: ArgKind, keys: string[] = []) => {
    const seen = args.get(name);
    // A name used both as text and as a plural/select keeps the stronger use (a number formats as text too).
    if (!seen || seen.kind === 'plain') args.set(name, { kind, keys: [...new Set([...(seen?.keys ?? []), ...keys])] });
    else seen.keys = [...new Set([...seen.keys, ...keys])];
  };
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        note(el.value, el.type === TYPE.select ? 'select' : 'plural', Object.keys(el.options));
        for (const o of Object.values(el.options)) walk(o.value);
      } else if (el.type === TYPE.tag) {
        walk(el.children);
      } else if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) {
        note(el.value, 'plain');
      }
    }
  };
  walk(parse(message, ICU_OPTIONS));
  return args;
}

/** Cardinal plural elements of a message (at any depth), to check their categories. */
function pluralsOf(message: string): { name: string; keys: string[] }[] {
  const out: { name: string; keys: string[] }[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        if (el.type === TYPE.plural && el.pluralType !== 'ordinal') out.push({ name: el.value, keys: Object.keys(el.options) });
        for (const o of Object.values(el.options)) walk(o.value);
      } else if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message, ICU_OPTIONS));
  return out;
}

/** The numbers plurals must be right at (as numbers, and as the strings the code sometimes passes). */
const PLURAL_SAMPLES = [0, 1, 2, 3, 5, 11, 21, 100, 1.5, 1_000_000];
const english = en as Record<MessageId, string>;
const ids = Object.keys(en) as MessageId[];
const COMMANDS = new Set(ids.flatMap((id) => /^command\.(.+)\.summary$/.exec(id)?.[1] ?? []));
const usageIds = ids.filter((id) => /^command\..+\.usage$/.test(id) || id.startsWith('editing.usage.'));
const emptyIds = ids.filter((id) => english[id] === '');

/**
 * Messages made only of placeholders, punctuation, symbols and command syntax (command words and field names stay
 * English everywhere). Any language MAY leave them exactly as in English, and they need no letters of its script.
 */
const SYNTAX_ONLY = new Set<string>([
  'meta.locale', // checked separately: each language names its own
  'meta.numberingSystem',
  'list.separator',
  'punct.colon',
  'quote',
  'label.id',
  'when.inZone',
  'when.zoneLabel',
  'when.dayTime',
  'label.kindStatus',
  'previously',
  'heading.show',
  'doubts.hours',
  'cli.badOption',
  'cli.failed',
  'editing.invalidField',
  'editing.historyField',
  'editing.importChangedLine',
  'editing.importAddedLine',
  'editing.confirmCode',
  'editing.field.itemLabel',
  'editing.field.aboutItem',
  'editing.import.field',
  'teams.form.fieldError',
  'teams.form.dateHint',
  'slack.modal.id',
  'reminders.nextWhat.reminder',
  'reminders.subscriptions.allLine',
  'reminders.describe.line',
  'reminders.describe.at',
  'reminders.subscribe.usage',
  'reminders.deliveries.usage',
  'reminders.batch.line',
  'asking.remindMe.usage',
  'asking.nextWhat.reminder',
  'asking.subscriptions.item',
  'intake.usage',
  'intake.draft.line',
  'intake.draft.unchangedLine',
  'intake.draft.evidence',
  'intake.draft.evidenceBare',
  'intake.unread.report',
  'intake.unread.ics.invalid',
  ...usageIds,
  ...emptyIds,
]);

interface LanguageRules {
  /**
   * Messages this language keeps exactly as in English beyond SYNTAX_ONLY's "may": each must really be identical
   * (the list is kept honest), so a translator states what they left in English on purpose.
   */
  sameAsEnglish: string[];
  /** Letters of the language's script: every message outside SYNTAX_ONLY must contain one (non-Latin scripts). */
  script?: RegExp;
  /**
   * The language names two of a thing with a dual noun that is the count itself (Arabic يومين "two days", not
   * "2 يومين"), so a count of 2 need not show its digit. The dual's words are checked in the language's own tests.
   */
  dual?: boolean;
}

/** One entry per translated language. Adding a language to CATALOGUES needs only its entry here. */
const RULES: Partial<Record<Language, LanguageRules>> = {
  fr: { sameAsEnglish: ['label.source', 'teams.form.labels.notes', 'teams.form.labels.date', 'doubts.hours', 'label.documentLink', 'slack.modal.document'] },
  es: {
    sameAsEnglish: [
      'editing.invalidField',
      'editing.historyField',
      'editing.importChangedLine',
      'editing.importAddedLine',
      'editing.field.aboutItem',
      'reminders.subscriptions.allLine',
      'cli.failed',
      'cli.badOption',
      'reminders.describe.line',
      'doubts.hours',
    ],
  },
  ru: {
    script: /[А-Яа-яЁё]/,
    // Usage lines keep the command words and <placeholders> exactly as English.
    sameAsEnglish: [
      'meta.numberingSystem',
      'list.separator',
      'label.id',
      'when.inZone',
      'previously',
      'heading.show',
      'doubts.hours',
      'cli.badOption',
      'cli.failed',
      'editing.invalidField',
      'editing.historyField',
      'editing.importChangedLine',
      'editing.importAddedLine',
      'editing.confirmCode',
      'editing.field.aboutItem',
      'teams.form.fieldError',
      'teams.form.dateHint',
      'slack.modal.id',
      'reminders.nextWhat.reminder',
      'reminders.subscriptions.allLine',
      'reminders.describe.line',
      'reminders.subscribe.usage',
      'reminders.deliveries.usage',
      ...usageIds.filter((id) => english[id] !== ''),
    ],
  },
  zh: {
    script: /[\u4e00-\u9fff]/,
    sameAsEnglish: [
      'meta.numberingSystem',
      'label.id',
      'heading.show',
      'cli.badOption',
      'cli.failed',
      'editing.importChangedLine',
      'editing.importAddedLine',
      'teams.form.fieldError',
      'teams.form.dateHint',
      'slack.modal.id',
      'reminders.subscribe.usage',
      'reminders.deliveries.usage',
      ...usageIds.filter((id) => english[id] !== ''),
    ],
  },
  ar: {
    script: /[\u0600-\u06ff]/,
    dual: true,
    // Usage lines keep the command words and <placeholders> exactly as English.
    sameAsEnglish: [...usageIds.filter((id) => english[id] !== '')],
  },
};

const all = Object.entries(CATALOGUES) as [Language, Record<string, string>][];
const translated = all.filter(([lang]) => lang !== 'en');

/** Sample values for one message: every plural sample (number and string) and every select key in turn. */
function sampleValues(args: Map<string, Arg>): Record<string, string | number>[] {
  const base: Record<string, string | number> = {};
  for (const [name, a] of args) base[name] = a.kind === 'plain' ? `‹${name}›` : a.kind === 'plural' ? 2 : (a.keys.find((k) => k !== 'other') ?? 'other');
  const runs = [base];
  for (const [name, a] of args) {
    if (a.kind === 'plural') for (const n of PLURAL_SAMPLES) runs.push({ ...base, [name]: n }, { ...base, [name]: String(n) });
    // A value the code does not know falls through to "other", which must read too.
    if (a.kind === 'select') for (const k of [...a.keys, 'unknown-value']) runs.push({ ...base, [name]: k });
  }
  return runs;
}

describe('catalogues', () => {
  it('registers the languages translated so far, each with its rules (allow-list) in this test', () => {
    expect(Object.keys(CATALOGUES)).toEqual(expect.arrayContaining(['ar', 'en', 'fr', 'es', 'ru', 'zh']));
    expect(translated.map(([lang]) => lang).filter((lang) => !RULES[lang])).toEqual([]);
  });

  for (const [lang, catalogue] of all) {
    describe(lang, () => {
      it('has every id of the English catalogue, and no other', () => {
        expect(ids.filter((id) => typeof catalogue[id] !== 'string')).toEqual([]);
        expect(Object.keys(catalogue).filter((id) => !(id in en))).toEqual([]);
      });

      it('uses exactly the placeholders of the English message, each the same way, with the same select keys', () => {
        const wrong: string[] = [];
        for (const id of ids) {
          const mine = catalogue[id];
          if (typeof mine !== 'string') continue;
          const want = argumentsOf(english[id]);
          const got = argumentsOf(mine);
          const shape = (m: Map<string, Arg>) =>
            [...m]
              .map(([n, a]) => `${n}:${a.kind}`)
              .sort()
              .join(' ');
          if (shape(want) !== shape(got)) wrong.push(`${id}: English {${shape(want)}} vs {${shape(got)}}`);
          for (const [name, arg] of want) {
            // A select must offer the same keys, or a value the code passes would fall through to "other".
            if (arg.kind === 'select' && got.get(name)?.keys.sort().join() !== [...arg.keys].sort().join()) {
              wrong.push(`${id}: select {${name}} keys ${arg.keys} vs ${got.get(name)?.keys}`);
            }
          }
        }
        expect(wrong).toEqual([]);
      });

      it('formats every message for sample values (plurals at 0, 1, 2, 3, 5, 11, 21, 100, 1.5, 1 000 000, as numbers and text; every select key)', () => {
        const locale = messagesFor(lang).locale;
        const failures: string[] = [];
        for (const id of ids) {
          const text = catalogue[id];
          if (typeof text !== 'string') continue;
          const args = argumentsOf(english[id]);
          const format = new IntlMessageFormat(text, locale, undefined, ICU_OPTIONS);
          const reference = new IntlMessageFormat(english[id], 'en', undefined, ICU_OPTIONS);
          for (const values of sampleValues(args)) {
            const where = `${id} ${JSON.stringify(values)}`;
            let out: string;
            try {
              out = String(format.format(values));
            } catch (e) {
              failures.push(`${where}: ${(e as Error).message}`);
              continue;
            }
            const ref = String(reference.format(values));
            // A brace in the output is a quoting slip unless English prints one there too (JSON examples).
            if (/[{}]/.test(out) && !/[{}]/.test(ref)) failures.push(`${where}: stray brace in "${out}"`);
            if (/undefined|NaN/.test(out)) failures.push(`${where}: "${out}"`);
            if (ref.trim() !== '' && out.trim() === '') failures.push(`${where}: empty`);
            // A count English shows is shown in the translation too, in the language's digits and separators.
            for (const [name, a] of args) {
              const n = values[name];
              if (a.kind !== 'plural' || typeof n !== 'number' || n < 2 || !ref.includes(String(n))) continue;
              if (n === 2 && RULES[lang]?.dual) continue;
              const shown = new Intl.NumberFormat(locale).format(n);
              if (!out.includes(shown)) failures.push(`${where}: ${name}=${n} not shown as ${shown} in "${out}"`);
            }
          }
        }
        expect(failures).toEqual([]);
      });

      // English is the reference and keeps its own choices (e.g. "# cancelled" reads the same for 1): translations only.
      it.skipIf(lang === 'en')(
        'gives every plural exactly the CLDR categories of the language (a needed one may be replaced by =N for each of its values)',
        () => {
          const rules = new Intl.PluralRules(messagesFor(lang).locale);
          const needed = rules.resolvedOptions().pluralCategories as string[];
          const probe = [...Array.from({ length: 1001 }, (_, n) => n), 1_000_000, 2_000_000];
          const problems: string[] = [];
          for (const id of ids) {
            const text = catalogue[id];
            if (typeof text !== 'string') continue;
            for (const p of pluralsOf(text)) {
              for (const category of needed) {
                if (p.keys.includes(category)) continue;
                const values = probe.filter((n) => rules.select(n) === category);
                if (values.every((n) => p.keys.includes(`=${n}`))) continue;
                problems.push(`${id} {${p.name}}: no ${category}`);
              }
              // A category the language does not have is never chosen: its words are dead (a copied English "one").
              for (const k of p.keys) if (!k.startsWith('=') && !needed.includes(k)) problems.push(`${id} {${p.name}}: ${k} is not a ${lang} category`);
            }
          }
          expect(problems).toEqual([]);
        },
      );
    });
  }

  for (const [lang, catalogue] of translated) {
    const rules: LanguageRules = RULES[lang] ?? { sameAsEnglish: [] };
    describe(`${lang} is translated`, () => {
      it('names its own locale, with its digits pinned', () => {
        expect(catalogue['meta.locale']?.split('-')[0]).toBe(lang);
        expect(messagesFor(lang).locale).toBe(`${catalogue['meta.locale']}-u-nu-${catalogue['meta.numberingSystem']}`);
      });

      it('leaves no message as in English unless it is syntax only or on its allow-list', () => {
        const allowed = new Set([...SYNTAX_ONLY, ...rules.sameAsEnglish]);
        const same = ids.filter((id) => english[id] !== '' && catalogue[id] === english[id] && !allowed.has(id));
        expect(same).toEqual([]);
      });

      it('keeps the allow-list honest: each entry really is identical to English', () => {
        const stale = rules.sameAsEnglish.filter((id) => catalogue[id] !== english[id as MessageId]);
        expect(stale).toEqual([]);
      });

      it.runIf(rules.script)('writes every message outside the syntax-only ones with letters of its script', () => {
        const untranslated = ids.filter((id) => !SYNTAX_ONLY.has(id) && !rules.script!.test(catalogue[id] ?? ''));
        expect(untranslated).toEqual([]);
      });

      it('keeps command words, ids and parser keywords as they are in English', () => {
        const lost: string[] = [];
        const kept: [RegExp, string][] = [
          [/"confirm|confirm [<{]/, 'confirm'],
          [/"past"/, 'past'],
          [/"all"/, 'all'],
          [/igf-2025/, 'igf-2025'],
          [/review=resolved/, 'review=resolved'],
          [/title=/, 'title='],
          [/CWG_PUBLIC_URL/, 'CWG_PUBLIC_URL'],
          [/@CWG/, '@CWG'],
        ];
        for (const id of ids) {
          const mine = catalogue[id];
          if (typeof mine !== 'string') continue;
          for (const m of english[id].matchAll(/\/cwg ([a-z][a-z-]*)/g)) {
            if (COMMANDS.has(m[1]!) && !mine.includes(m[0])) lost.push(`${id}: ${m[0]}`);
          }
          for (const [inEnglish, keep] of kept) if (inEnglish.test(english[id]) && !mine.includes(keep)) lost.push(`${id}: ${keep}`);
        }
        // A usage line starts with the command word the parser reads.
        for (const id of usageIds) {
          const first = english[id].split(' ')[0];
          if (first && catalogue[id]?.split(' ')[0] !== first) lost.push(`${id}: starts with ${first}`);
        }
        expect(lost).toEqual([]);
      });

      it('the bound messages read in the language (a sample across areas)', () => {
        const msg = messagesFor(lang);
        const en = messagesFor('en');
        expect(msg.heading.nextDeadline).not.toBe(en.heading.nextDeadline);
        expect(msg.countdown.inDays(3)).not.toBe(en.countdown.inDays(3));
        expect(msg.reminders.describe.offsets([7, 1, 0])).not.toBe(en.reminders.describe.offsets([7, 1, 0]));
        expect(msg.doubts.neverDated.count(2, '2025', 'deadlines')).not.toBe(en.doubts.neverDated.count(2, '2025', 'deadlines'));
        expect(msg.doubts.neverDated.count(2, '2025', 'deadlines')).toContain('/cwg deadlines');
        expect(msg.commands['next-deadline']?.usage.startsWith('next-deadline ')).toBe(true);
      });
    });
  }
});

describe('French typography', () => {
  const fr = CATALOGUES.fr as Record<string, string>;
  it('puts a narrow no-break space (U+202F) before : ; ? ! and inside « », never a plain space', () => {
    const bad = Object.entries(fr)
      .filter(([, text]) => / [:;?!]|« | »|«[^\u202f]|[^\u202f]»/.test(text))
      .map(([id]) => id);
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
    expect(msg.doubts.neverDated.count(1, '2025', 'events')).toBe(
      '1 élément prévu en 2025 n’a jamais été daté (« /cwg events » l’affiche).'.replace(/« | »/g, (q) => q.replace(' ', '\u202f')),
    );
    expect(msg.doubts.neverDated.count(6, '2025', 'deadlines')).toContain('6 éléments prévus en 2025 n’ont jamais été datés');
  });
});

describe('Spanish typography', () => {
  const es = CATALOGUES.es as Record<string, string>;
  it('opens every question and exclamation with ¿ and ¡', () => {
    const bad = Object.entries(es)
      .filter(
        ([, text]) => (text.match(/\?/g)?.length ?? 0) > (text.match(/¿/g)?.length ?? 0) || (text.match(/!/g)?.length ?? 0) > (text.match(/¡/g)?.length ?? 0),
      )
      .map(([id]) => id);
    expect(bad).toEqual([]);
  });

  it('quotes with « » in prose, not straight double quotes (those stay only in command syntax like title="…")', () => {
    const prose = (id: string, text: string) =>
      // Field values (title="…") and quoted examples copied verbatim from English are command syntax.
      text.replace(/\w+="[^"]*"/g, '').replace(/"[^"]*"/g, (q) => (english[id as MessageId]?.includes(q) ? '' : q));
    const bad = Object.entries(es)
      .filter(([id, text]) => /"/.test(prose(id, text)))
      .map(([id]) => id);
    expect(bad).toEqual([]);
  });

  it('uses one for 1 only, and "de" for a million', () => {
    const msg = messagesFor('es');
    expect(msg.countdown.inDays(0)).toBe('dentro de 0 días');
    expect(msg.countdown.inDays(1)).toBe('dentro de 1 día');
    expect(msg.countdown.inDays(1_000_000)).toBe('dentro de 1.000.000 de días');
  });
});

describe('Russian plural forms are the right words (CLDR one/few/many/other)', () => {
  const m = messagesFor('ru');
  const expectForms = (f: (n: number) => string, forms: Record<number, string>) => {
    for (const [n, text] of Object.entries(forms)) expect(f(Number(n))).toBe(text);
  };

  it('countdowns in days and hours', () => {
    expectForms(m.countdown.inDays, {
      0: 'через 0 дней',
      1: 'через 1 день',
      2: 'через 2 дня',
      3: 'через 3 дня',
      5: 'через 5 дней',
      11: 'через 11 дней',
      21: 'через 21 день',
      22: 'через 22 дня',
      100: 'через 100 дней',
      101: 'через 101 день',
      111: 'через 111 дней',
      1.5: 'через 1,5 дня',
    });
    expectForms(m.countdown.daysAgo, {
      1: '1 день назад',
      2: '2 дня назад',
      5: '5 дней назад',
      11: '11 дней назад',
      21: '21 день назад',
      100: '100 дней назад',
    });
    expectForms(m.countdown.inHours, {
      1: 'через 1 час',
      3: 'через 3 часа',
      5: 'через 5 часов',
      11: 'через 11 часов',
      21: 'через 21 час',
      24: 'через 24 часа',
    });
    expectForms(m.countdown.hoursAgo, { 1: '1 час назад', 2: '2 часа назад', 12: '12 часов назад', 21: '21 час назад' });
  });

  it('reminder offsets, relative dates and headings the code passes numbers or strings to', () => {
    expectForms(m.reminders.offset, { 0: 'сегодня', 1: 'завтра', 2: 'через 2 дня', 5: 'через 5 дней', 21: 'через 21 день', 30: 'через 30 дней' });
    expectForms(m.when.offset, { [-1]: 'за 1 день до', [-21]: 'за 21 день до', [-14]: 'за 14 дней до', 3: 'через 3 дня после', 0: 'в тот же день' });
    expect(m.when.offsetFrom(-21, '42-е собрание')).toBe('за 21 день до даты «42-е собрание»');
    // The code passes the window's days as text (no plural): the abbreviation «дн.» fits every number.
    expect(m.heading.upcoming(21)).toBe('Предстоит в ближайшие 21 дн.');
    expect(m.reminders.heading.digest(1, 14)).toBe('Еженедельная сводка: 1 запись на ближайшие 14 дн.');
    expect(m.reminders.heading.digest(3, 14)).toBe('Еженедельная сводка: 3 записи на ближайшие 14 дн.');
    expect(m.reminders.heading.digest(11, 14)).toBe('Еженедельная сводка: 11 записей на ближайшие 14 дн.');
    expect(m.reminders.heading.digest(21, 14)).toBe('Еженедельная сводка: 21 запись на ближайшие 14 дн.');
    expect(m.reminders.describe.offsets([7, 1, 0])).toBe('за 7 и 1 дн. и утром в тот же день');
    expect(m.reminders.describe.offsets([14, 3])).toBe('за 14 и 3 дн.');
    expect(m.reminders.describe.offsets([21])).toBe('за 21 день');
    expect(m.reminders.describe.offsets([1, 0])).toBe('за 1 день и утром в тот же день');
  });

  it('counts of items and channels', () => {
    expectForms(m.editing.importAdded, {
      1: '1 новая запись:',
      2: '2 новые записи:',
      5: '5 новых записей:',
      21: '21 новая запись:',
      100: '100 новых записей:',
    });
    expectForms(m.reminders.subscriptions.allHeading, { 1: 'Подписан 1 канал', 3: 'Подписаны 3 канала', 11: 'Подписаны 11 каналов', 21: 'Подписан 21 канал' });
    expect(m.exporting.fileCount(21, 0)).toBe('В файле 21 запись.');
    expect(m.exporting.fileCount(5, 2)).toBe('В файле 5 записей (2 отменены, сохранены с отметкой об отмене).');
  });

  it('items never dated, at 1, 2, 5, 11, 21 and 100 (a lone item is "ее", any other count "их")', () => {
    const count = (n: number) => m.doubts.neverDated.count(n, '2025', 'deadlines');
    expectForms(count, {
      1: 'Для 1 записи (ожидалась: 2025) дата так и не назначена; ее выводит «/cwg deadlines».',
      2: 'Для 2 записей (ожидались: 2025) дата так и не назначена; их выводит «/cwg deadlines».',
      5: 'Для 5 записей (ожидались: 2025) дата так и не назначена; их выводит «/cwg deadlines».',
      11: 'Для 11 записей (ожидались: 2025) дата так и не назначена; их выводит «/cwg deadlines».',
      21: 'Для 21 записи (ожидались: 2025) дата так и не назначена; их выводит «/cwg deadlines».',
      100: 'Для 100 записей (ожидались: 2025) дата так и не назначена; их выводит «/cwg deadlines».',
    });
  });
});

describe('Chinese counts use measure words and no plural inflection', () => {
  const m = messagesFor('zh');
  it('days, hours, items and channels', () => {
    expect(m.countdown.inDays(3)).toBe('3天后');
    expect(m.countdown.inDays(1.5)).toBe('1.5天后');
    expect(m.countdown.hoursAgo(2)).toBe('2小时前');
    expect(m.reminders.offset(0)).toBe('今天');
    expect(m.reminders.offset(21)).toBe('21天后');
    expect(m.reminders.heading.deadline(m.reminders.offset(1), 'WSIS+20 意见')).toBe('提醒：WSIS+20 意见将于明天截止');
    expect(m.reminders.subscriptions.allHeading(21)).toBe('已订阅的频道共21个');
    expect(m.exporting.fileCount(5, 2)).toBe('文件中共5项（其中2项已取消，予以保留并标记为已取消）。');
    expect(m.reminders.describe.offsets([7, 1, 0])).toBe('提前7和1天以及当天上午');
    expect(m.doubts.neverDated.count(6, '2025', 'deadlines')).toBe('原定2025的6项始终未确定日期（可用“/cwg deadlines”列出）。');
  });
});
