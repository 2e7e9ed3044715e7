import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/catalogues/en.js';
import ru from '../../src/i18n/catalogues/ru.js';
import zh from '../../src/i18n/catalogues/zh.js';
import { CATALOGUES, messagesFor } from '../../src/i18n/index.js';
import { type Catalogue, ICU_OPTIONS, type MessageId } from '../../src/i18n/messages.js';

/** The numbers the issue asks plurals to be right at. */
const PLURAL_SAMPLES = [0, 1, 2, 3, 5, 11, 21, 100];

interface Arg {
  kind: 'plain' | 'plural' | 'select';
  /** select keys (the values the code passes); plural keys (categories and =N). */
  keys: Set<string>;
}

/** Every argument a message reads, recursively through plural and select branches. */
function argsOf(message: string): Map<string, Arg> {
  const found = new Map<string, Arg>();
  const note = (name: string, kind: Arg['kind'], keys: string[] = []) => {
    const prev = found.get(name);
    // A name used both as text and as a plural/select is recorded by its strongest use.
    if (!prev || prev.kind === 'plain') found.set(name, { kind, keys: new Set([...(prev?.keys ?? []), ...keys]) });
    else for (const k of keys) prev.keys.add(k);
  };
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) note(el.value, 'plain');
      else if (el.type === TYPE.select || el.type === TYPE.plural) {
        note(el.value, el.type === TYPE.select ? 'select' : 'plural', Object.keys(el.options));
        for (const opt of Object.values(el.options)) walk(opt.value);
      } else if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message, ICU_OPTIONS));
  return found;
}

/** Plural elements with their option keys, to check each language's categories. */
function pluralsOf(message: string): Array<{ name: string; keys: string[] }> {
  const out: Array<{ name: string; keys: string[] }> = [];
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.plural) out.push({ name: el.value, keys: Object.keys(el.options) });
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const opt of Object.values(el.options)) walk(opt.value);
    }
  };
  walk(parse(message, ICU_OPTIONS));
  return out;
}

const ids = Object.keys(en) as MessageId[];
const LANGS: Array<{ lang: 'ru' | 'zh'; cat: Catalogue; locale: string; script: RegExp; categories: string[] }> = [
  { lang: 'ru', cat: ru, locale: 'ru-RU-u-nu-latn', script: /[А-Яа-яЁё]/, categories: ['one', 'few', 'many', 'other'] },
  { lang: 'zh', cat: zh, locale: 'zh-CN-u-nu-latn', script: /[\u4e00-\u9fff]/, categories: ['other'] },
];

/**
 * Messages that are legitimately free of Russian/Chinese words: machine-read syntax (usage lines, which keep the
 * command words), pure placeholders and punctuation, and locale settings. Everything else must be translated.
 */
/** Usage lines are command syntax: command words and <placeholders> stay English in every language. */
const usageIds = ids.filter((id) => /^command\..+\.usage$/.test(id) || id.startsWith('editing.usage.'));
const NO_WORDS_ALLOWED = new Set<string>([
  'meta.locale', 'meta.numberingSystem', 'list.separator', 'quote', 'label.id', 'when.inZone', 'previously', 'heading.show',
  'cli.badOption', 'cli.failed', 'editing.invalidField', 'editing.historyField', 'editing.importChangedLine', 'editing.importAddedLine',
  'editing.confirmCode', 'editing.field.itemLabel', 'editing.field.aboutItem', 'teams.form.fieldError', 'teams.form.dateHint', 'slack.modal.id',
  'reminders.nextWhat.reminder', 'reminders.subscriptions.allLine', 'reminders.describe.line', 'reminders.describe.at',
  'reminders.subscribe.usage', 'reminders.deliveries.usage', 'reminders.batch.line',
  ...usageIds,
  ...ids.filter((id) => en[id] === ''),
]);
/** Of those, the ones whose text is exactly the English (same syntax, same punctuation). */
const SAME_AS_ENGLISH: Record<'ru' | 'zh', Set<string>> = {
  ru: new Set([
    'meta.numberingSystem', 'list.separator', 'label.id', 'when.inZone', 'previously', 'heading.show', 'cli.badOption', 'cli.failed',
    'editing.invalidField', 'editing.historyField', 'editing.importChangedLine', 'editing.importAddedLine', 'editing.confirmCode',
    'editing.field.aboutItem', 'teams.form.fieldError', 'teams.form.dateHint', 'slack.modal.id', 'reminders.nextWhat.reminder', 'reminders.subscriptions.allLine',
    'reminders.describe.line', 'reminders.subscribe.usage', 'reminders.deliveries.usage', ...usageIds,
  ]),
  zh: new Set([
    'meta.numberingSystem', 'label.id', 'heading.show', 'cli.badOption', 'cli.failed', 'editing.importChangedLine', 'editing.importAddedLine',
    'teams.form.fieldError', 'teams.form.dateHint', 'slack.modal.id', 'reminders.subscribe.usage', 'reminders.deliveries.usage', ...usageIds,
  ]),
};

/** Sample values for one message: every select key and plural sample in turn, text elsewhere. */
function sampleValues(args: Map<string, Arg>): Array<Record<string, string | number>> {
  const base: Record<string, string | number> = {};
  for (const [name, a] of args) base[name] = a.kind === 'plain' ? `‹${name}›` : a.kind === 'plural' ? 2 : ([...a.keys].find((k) => k !== 'other') ?? 'other');
  const runs: Array<Record<string, string | number>> = [base];
  for (const [name, a] of args) {
    if (a.kind === 'plural') for (const n of [...PLURAL_SAMPLES, 1.5]) runs.push({ ...base, [name]: n }, { ...base, [name]: String(n) });
    if (a.kind === 'select') for (const k of [...a.keys, 'unknown-value']) runs.push({ ...base, [name]: k });
  }
  return runs;
}

describe.each(LANGS)('$lang catalogue', ({ lang, cat, locale, script, categories }) => {
  it('is registered and typed like the English one', () => {
    expect(CATALOGUES[lang]).toBe(cat);
    expect(messagesFor(lang).locale).toBe(locale);
  });

  it('has every English id, and no id English does not have', () => {
    const missing = ids.filter((id) => typeof cat[id] !== 'string');
    expect(missing).toEqual([]);
    const extra = Object.keys(cat).filter((id) => !(id in en));
    expect(extra).toEqual([]);
  });

  it('reads exactly the placeholders English reads, with the same select keys', () => {
    const problems: string[] = [];
    for (const id of ids) {
      const mine = argsOf(cat[id]!);
      const theirs = argsOf(en[id]);
      const names = (m: Map<string, Arg>) => [...m.keys()].sort().join(',');
      if (names(mine) !== names(theirs)) problems.push(`${id}: {${names(mine)}} vs English {${names(theirs)}}`);
      for (const [name, a] of theirs) {
        if (a.kind !== 'select') continue;
        const m = mine.get(name);
        const keys = (s?: Set<string>) => [...(s ?? [])].sort().join(',');
        if (m?.kind !== 'select' || keys(m.keys) !== keys(a.keys)) problems.push(`${id}: select {${name}} keys ${keys(m?.keys)} vs English ${keys(a.keys)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it(`writes every plural with the ${lang} categories (${categories.join('/')})`, () => {
    const problems: string[] = [];
    for (const id of ids) {
      for (const p of pluralsOf(cat[id]!)) {
        const cats = p.keys.filter((k) => !k.startsWith('=')).sort();
        if (cats.join(',') !== [...categories].sort().join(',')) problems.push(`${id} {${p.name}}: ${cats.join('/')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('formats every message for sample values (plurals at 0, 1, 2, 3, 5, 11, 21, 100 and 1.5)', () => {
    let formatted = 0;
    for (const id of ids) {
      const args = argsOf(cat[id]!);
      const mf = new IntlMessageFormat(cat[id]!, locale, undefined, ICU_OPTIONS);
      for (const values of sampleValues(args)) {
        const out = String(mf.format(values));
        if (en[id] !== '') expect(out.trim(), `${id} ${JSON.stringify(values)}`).not.toBe('');
        expect(out, id).not.toMatch(/undefined|NaN|\{[a-zA-Z]+[,}]/);
        // A plural's number is shown, whether the code passes it as a number or as a string.
        for (const [name, a] of args) {
          if (a.kind === 'plural' && typeof values[name] === 'number' && values[name]! >= 2 && pluralsOf(cat[id]!).some((p) => p.keys.includes('other'))) {
            const shown = new Intl.NumberFormat(locale).format(values[name] as number);
            const englishShowsIt = String(new IntlMessageFormat(en[id], 'en', undefined, ICU_OPTIONS).format({ ...values })).includes(String(values[name]));
            if (englishShowsIt) expect(out, `${id} ${name}=${values[name]}`).toContain(shown);
          }
        }
        formatted++;
      }
    }
    expect(formatted).toBeGreaterThan(ids.length);
  });

  it('leaves no message in English: each has words of its script, or is on the explicit allow-list', () => {
    const untranslated = ids.filter((id) => !NO_WORDS_ALLOWED.has(id) && !script.test(cat[id]!));
    expect(untranslated).toEqual([]);
    const identical = ids.filter((id) => en[id] !== '' && cat[id] === en[id]);
    expect(identical.sort()).toEqual([...SAME_AS_ENGLISH[lang]].sort());
  });

  it('keeps command words, ids and parser keywords as they are in English', () => {
    for (const id of ids) {
      const kept: Array<[RegExp, string]> = [
        [/\/cwg next-deadline/, '/cwg next-deadline'], [/\/cwg subscribe/, '/cwg subscribe'], [/"confirm|confirm [<{]/, 'confirm'],
        [/"past"/, 'past'], [/"all"/, 'all'], [/igf-2025/, 'igf-2025'], [/review=resolved/, 'review=resolved'], [/title=/, 'title='],
        [/CWG_PUBLIC_URL/, 'CWG_PUBLIC_URL'], [/@CWG/, '@CWG'], [/\{[a-zA-Z]+\}/, ''],
      ];
      for (const [inEnglish, keep] of kept) if (inEnglish.test(en[id])) expect(cat[id], `${id} keeps ${keep}`).toContain(keep);
    }
    for (const name of Object.keys(messagesFor('en').commands)) {
      expect(messagesFor(lang).commands[name]!.usage, name).toBe(messagesFor('en').commands[name]!.usage);
    }
  });
});

describe('Russian plural forms are the right words (CLDR one/few/many/other)', () => {
  const m = messagesFor('ru');
  const expectForms = (f: (n: number) => string, forms: Record<number, string>) => {
    for (const [n, text] of Object.entries(forms)) expect(f(Number(n))).toBe(text);
  };

  it('countdowns in days and hours', () => {
    expectForms(m.countdown.inDays, {
      0: 'через 0 дней', 1: 'через 1 день', 2: 'через 2 дня', 3: 'через 3 дня', 5: 'через 5 дней', 11: 'через 11 дней', 21: 'через 21 день',
      22: 'через 22 дня', 100: 'через 100 дней', 101: 'через 101 день', 111: 'через 111 дней', 1.5: 'через 1,5 дня',
    });
    expectForms(m.countdown.daysAgo, { 1: '1 день назад', 2: '2 дня назад', 5: '5 дней назад', 11: '11 дней назад', 21: '21 день назад', 100: '100 дней назад' });
    expectForms(m.countdown.inHours, { 1: 'через 1 час', 3: 'через 3 часа', 5: 'через 5 часов', 11: 'через 11 часов', 21: 'через 21 час', 24: 'через 24 часа' });
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
    expectForms(m.editing.importAdded, { 1: '1 новая запись:', 2: '2 новые записи:', 5: '5 новых записей:', 21: '21 новая запись:', 100: '100 новых записей:' });
    expectForms(m.reminders.subscriptions.allHeading, { 1: 'Подписан 1 канал', 3: 'Подписаны 3 канала', 11: 'Подписаны 11 каналов', 21: 'Подписан 21 канал' });
    expect(m.exporting.fileCount(21, 0)).toBe('В файле 21 запись.');
    expect(m.exporting.fileCount(5, 2)).toBe('В файле 5 записей (2 отменены, сохранены с отметкой об отмене).');
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
  });
});
