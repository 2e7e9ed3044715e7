import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/index.js';

/**
 * Arabic (six CLDR categories: zero, one, two, few 3-10, many 11-99, other 100-102…) and Russian (one, few,
 * many, other) at 0, 1, 2, 3, 5, 11, 21 and 100, in real messages: each count gets the words of its category.
 */
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100] as const;
type Forms = Record<(typeof COUNTS)[number], string>;

function expectForms(f: (n: number) => string, forms: Forms) {
  expect(Object.fromEntries(COUNTS.map((n) => [n, f(n)]))).toEqual(Object.fromEntries(COUNTS.map((n) => [n, forms[n]])));
}

describe('Arabic plurals: zero, one, two (the dual), few, many, other', () => {
  const m = messagesFor('ar');

  it('picks the CLDR category Arabic has for each count', () => {
    const rules = new Intl.PluralRules(m.locale);
    expect(COUNTS.map((n) => rules.select(n))).toEqual(['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other']);
  });

  it('days in countdowns: singular with 1, the dual for 2, plural 3-10, accusative singular 11-99, genitive singular 100', () => {
    expectForms(m.countdown.inDays, {
      0: 'بعد 0 يوم',
      1: 'بعد يوم واحد',
      2: 'بعد يومين',
      3: 'بعد 3 أيام',
      5: 'بعد 5 أيام',
      11: 'بعد 11 يومًا',
      21: 'بعد 21 يومًا',
      100: 'بعد 100 يوم',
    });
    expectForms(m.countdown.hoursAgo, {
      0: 'قبل 0 ساعة',
      1: 'قبل ساعة واحدة',
      2: 'قبل ساعتين',
      3: 'قبل 3 ساعات',
      5: 'قبل 5 ساعات',
      11: 'قبل 11 ساعةً',
      21: 'قبل 21 ساعةً',
      100: 'قبل 100 ساعة',
    });
    expect(m.reminders.offset(0)).toBe('اليوم');
    expect(m.reminders.offset(1)).toBe('غدًا');
    expect(m.reminders.offset(2)).toBe('بعد يومين');
    expect(m.when.offsetFrom(-21, 'cwg-42')).toBe('قبل cwg-42 بـ21 يومًا');
    expect(m.when.offsetFrom(-2, 'cwg-42')).toBe('قبل cwg-42 بيومين');
  });

  it('items and channels, with the adjective agreeing (dual, plural, accusative)', () => {
    expectForms(m.editing.importAdded, {
      0: 'لا بنود جديدة:',
      1: 'بند جديد واحد:',
      2: 'بندان جديدان:',
      3: '3 بنود جديدة:',
      5: '5 بنود جديدة:',
      11: '11 بندًا جديدًا:',
      21: '21 بندًا جديدًا:',
      100: '100 بند جديد:',
    });
    expectForms(m.reminders.subscriptions.allHeading, {
      0: 'لا توجد أي قناة مشترِكة',
      1: 'قناة واحدة مشترِكة',
      2: 'قناتان مشترِكتان',
      3: '3 قنوات مشترِكة',
      5: '5 قنوات مشترِكة',
      11: '11 قناةً مشترِكة',
      21: '21 قناةً مشترِكة',
      100: '100 قناة مشترِكة',
    });
    expectForms((n) => m.reminders.heading.digest(n, 14), {
      0: 'الموجز الأسبوعي: لا بنود خلال الأيام الـ14 القادمة',
      1: 'الموجز الأسبوعي: بند واحد خلال الأيام الـ14 القادمة',
      2: 'الموجز الأسبوعي: بندان خلال الأيام الـ14 القادمة',
      3: 'الموجز الأسبوعي: 3 بنود خلال الأيام الـ14 القادمة',
      5: 'الموجز الأسبوعي: 5 بنود خلال الأيام الـ14 القادمة',
      11: 'الموجز الأسبوعي: 11 بندًا خلال الأيام الـ14 القادمة',
      21: 'الموجز الأسبوعي: 21 بندًا خلال الأيام الـ14 القادمة',
      100: 'الموجز الأسبوعي: 100 بند خلال الأيام الـ14 القادمة',
    });
    expect(m.exporting.fileCount(2, 1)).toBe('بندان في الملف (منها بند ملغى، يُحتفَظ به موسومًا بالإلغاء).');
    expect(m.exporting.fileCount(21, 0)).toBe('21 بندًا في الملف.');
  });

  it('verbs and pronouns agree with the count (singular, dual, plural of things)', () => {
    const count = (n: number) => m.doubts.neverDated.count(n, '2025', 'deadlines');
    expect(count(1)).toBe('بند واحد كان متوقَّعًا في 2025 ولم يُحدَّد موعده قط («/cwg deadlines» يعرضه).');
    expect(count(2)).toBe('بندان كانا متوقَّعين في 2025 ولم يُحدَّد موعدهما قط («/cwg deadlines» يعرضهما).');
    for (const n of [3, 5]) expect(count(n)).toBe(`${n} بنود كانت متوقَّعة في 2025 ولم تُحدَّد مواعيدها قط («/cwg deadlines» يعرضها).`);
    for (const n of [11, 21]) expect(count(n)).toBe(`${n} بندًا كانت متوقَّعة في 2025 ولم تُحدَّد مواعيدها قط («/cwg deadlines» يعرضها).`);
    expect(count(100)).toBe('100 بند كانت متوقَّعة في 2025 ولم تُحدَّد مواعيدها قط («/cwg deadlines» يعرضها).');
    expect(count(0)).not.toMatch(/\d+ بند/);
  });

  it('offset lists read with any number of days, and Latin digits throughout (1,000,000; 1.5)', () => {
    expect(m.reminders.describe.offsets([7, 1, 0])).toBe('قبله بـ7 و1 من الأيام وصباح اليوم نفسه');
    expect(m.reminders.describe.offsets([21])).toBe('قبله بـ21 يومًا');
    expect(m.reminders.describe.offsets([2])).toBe('قبله بـ2 من الأيام');
    expect(m.reminders.describe.offsets([1])).toBe('قبله بيوم واحد');
    expect(m.countdown.inDays(1.5)).toBe('بعد 1.5 يوم');
    expect(m.countdown.inDays(1_000_000)).toBe('بعد 1,000,000 يوم');
  });
});

describe('Arabic punctuation in what the binding composes', () => {
  const m = messagesFor('ar');
  it('the Arabic comma between kind and status, day and time, zone and abbreviation; «» quotes; و joins', () => {
    expect(m.kindStatus(m.kind.event, m.status.confirmed)).toBe('فعالية، مؤكَّد');
    expect(m.when.dayTime('الثلاثاء 11 فبراير 2025', '13:30')).toBe('الثلاثاء 11 فبراير 2025، 13:30');
    expect(m.when.zoneLabel('Europe/Zurich', 'غرينتش+1', true)).toBe('جنيف، غرينتش+1');
    expect(m.when.zoneLabel('America/New_York', 'غرينتش-5', false)).toBe('America/New_York، غرينتش-5');
    expect(m.error.notFound('igf-2052', ['igf-2024', 'igf-2025'])).toContain('هل تقصد «igf-2024» أو «igf-2025»؟');
    expect(m.editing.field.badDate('…', '2025-04-03 or 3 April 2025')).toBe('…؛ اكتبه على هذا النحو: 2025-04-03 أو 3 April 2025');
  });
});

describe('Russian plurals: one, few, many, other', () => {
  const m = messagesFor('ru');

  it('days, hours, items and channels', () => {
    expectForms(m.countdown.inDays, {
      0: 'через 0 дней',
      1: 'через 1 день',
      2: 'через 2 дня',
      3: 'через 3 дня',
      5: 'через 5 дней',
      11: 'через 11 дней',
      21: 'через 21 день',
      100: 'через 100 дней',
    });
    expectForms(m.countdown.hoursAgo, {
      0: '0 часов назад',
      1: '1 час назад',
      2: '2 часа назад',
      3: '3 часа назад',
      5: '5 часов назад',
      11: '11 часов назад',
      21: '21 час назад',
      100: '100 часов назад',
    });
    expectForms(m.editing.importAdded, {
      0: '0 новых записей:',
      1: '1 новая запись:',
      2: '2 новые записи:',
      3: '3 новые записи:',
      5: '5 новых записей:',
      11: '11 новых записей:',
      21: '21 новая запись:',
      100: '100 новых записей:',
    });
    expectForms(m.reminders.subscriptions.allHeading, {
      0: 'Подписаны 0 каналов',
      1: 'Подписан 1 канал',
      2: 'Подписаны 2 канала',
      3: 'Подписаны 3 канала',
      5: 'Подписаны 5 каналов',
      11: 'Подписаны 11 каналов',
      21: 'Подписан 21 канал',
      100: 'Подписаны 100 каналов',
    });
  });
});
