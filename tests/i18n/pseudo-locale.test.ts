import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { ACTORS, type Item, STATUSES } from '../../src/calendar/schema.js';
import { finishReply } from '../../src/dispatch/dispatch.js';
import { buildCalendarIcs, buildItemIcs } from '../../src/export/build-ics.js';
import en from '../../src/i18n/catalogues/en.js';
import { CATALOGUES, messagesFor, registerCatalogue } from '../../src/i18n/index.js';
import { buildModal } from '../../src/platforms/slack/modal-views.js';
import { buildMessage } from '../../src/reminders/message.js';
import { renderAdaptiveCard } from '../../src/render/adaptive-cards.js';
import { renderSlackBlocks } from '../../src/render/slack-blocks.js';
import { formValuesOf, renderEditForm } from '../../src/render/teams-forms.js';
import { sub } from '../reminders/helpers.js';
import { KNOWN_TAGS } from '../../src/answers/parse-filter.js';
import { makeTestBot, type TestBot } from '../support/fixtures.js';
import { englishLeftovers, inContext, keptLatin, latinWordsLeft, PSEUDO, pseudoCatalogue, SYNTAX, wordsOf } from './pseudo.js';

/**
 * Typical words for every command (besides "help <name>", asked for each). A command added to the
 * registry without a line here fails the first test, so none escapes the check.
 */
const TYPICAL: Record<string, string[]> = {
  'next-deadline': ['next-deadline', 'next-deadline members', 'next-deadline no-such-tag'],
  'next-event': ['next-event', 'next-event igf'],
  upcoming: ['upcoming', 'upcoming 90', 'upcoming 0', 'upcoming 3 members'],
  deadlines: ['deadlines', 'deadlines past', 'deadlines all wsis20'],
  events: ['events', 'events past', 'events all'],
  show: ['show igf-2025', 'show cwg-42', 'show igf-2052', 'show'],
  search: ['search forum', 'search zzzzqqq', 'search'],
  ics: ['ics', 'ics wsis20', 'ics igf-2025', 'ics igf-2052'],
  add: [
    'add event title="Pseudo meeting" date="4 March 2025" place="Room A" who=members tags=igf',
    'add deadline title="Pseudo comments" date="31 February 2025"',
    'add deadline title="Far" date="2040-01-01"',
    'add event title="" date=""',
    'add thing',
  ],
  edit: ['edit igf-2025 place="Oslo" tags=igf,ai', 'edit igf-2025 colour=red', 'edit igf-2025 who=everybody url=ftp://x', 'edit igf-2025'],
  reschedule: ['reschedule cwg-42 10-11 February 2025 reason="room change"', 'reschedule cwg-42 03/04/2025', 'reschedule no-such-item 2025-05-05'],
  announce: ['announce cwg-42 2025-06-01', 'announce council-2025 tba'],
  cancel: ['cancel igf-2025 moved online', 'cancel igf-2025'],
  done: ['done igf-2025', 'done'],
  undo: ['undo', 'undo', 'undo extra'],
  history: ['history cwg-42', 'history igf-2025'],
  review: ['review', 'review extra'],
  export: ['export', 'export more'],
  import: ['import \'{"items": []}\'', "import '{not json'", 'import'],
  subscribe: ['subscribe deadlines members at 08:30 tz America/New_York', 'subscribe at 25:00', 'subscribe offsets 0d,-3d,xyz', 'subscribe digest maybe'],
  subscriptions: ['subscriptions', 'subscriptions all', 'subscriptions some'],
  unsubscribe: ['unsubscribe', 'unsubscribe', 'unsubscribe now'],
  deliveries: ['deliveries', 'deliveries failed', 'deliveries retry', 'deliveries retry abc', 'deliveries whatever'],
  // Setting a language would change the caller's language for the commands after it, and an unknown code is
  // answered in English as well on purpose: both are tested in tests/commands/language.test.ts.
  language: ['language', 'language channel', 'language fr fr'],
  help: ['help', 'help no-such-command', 'help a b'],
};

let t: TestBot;
let data: string[];
const caller = { locale: PSEUDO } as const;

/** The calendar's own content (English by nature) and the stand-ins of the test, which may appear anywhere. */
function dataStrings(items: readonly Item[]): string[] {
  // Command words and the codes typed after them stay as they are in every language.
  const out = new Set<string>([
    ...ACTORS,
    ...STATUSES,
    ...KNOWN_TAGS,
    'Pseudo meeting',
    'Pseudo comments',
    'Room A',
    'America/New_York',
    'Europe/Zurich',
    'moved online',
    'room change',
    'console operator',
  ]);
  for (const it of items) {
    for (const v of [it.id, it.title, it.place, it.description, it.organiser, it.sendTo, it.url, it.source.document, it.source.wording, ...it.tags])
      if (v) out.add(v);
    // The source's words on the hours of an all-day item ("3 October a.m.") are its data, like the title.
    if (it.when.type === 'date' && it.when.hours) out.add(it.when.hours);
    for (const r of it.review ?? []) for (const v of Object.values(r)) if (typeof v === 'string') out.add(v);
    for (const h of it.history ?? []) if (h.note) out.add(h.note);
  }
  for (const v of [...out]) out.add(v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  return [...out];
}

function expectNoEnglish(where: string, text: string) {
  const left = englishLeftovers(text, data);
  expect(inContext(text, left), where).toEqual([]);
}

beforeAll(() => registerCatalogue(PSEUDO, pseudoCatalogue()));
// The fixtures close each test's store after it: a fresh bot (seed calendar) per test.
beforeEach(async () => {
  t = await makeTestBot();
});

/** A reminder, a digest and a change notice in one language; `kept` are Latin phrases its catalogue keeps on purpose. */
async function checkNotices(lang: string, kept: string[]): Promise<void> {
  const items = t.store.read().items;
  data = [...dataStrings(items), ...kept];
  const msg = messagesFor(lang);
  const target = items.find((i) => i.kind === 'deadline' && i.when.type === 'date' && i.status !== 'cancelled' && i.when.start > '2025-02-01')!;
  const now = new Date(`${target.when.type === 'date' ? target.when.start : ''}T00:00:00Z`);
  now.setUTCDate(now.getUTCDate() - 7);
  const s = sub('pseudo-channel');
  const ctx = { items, audit: t.store.read().audit, sub: s, now, msg, delayed: true };
  const reminder = buildMessage('k1', { type: 'reminder', itemId: target.id, dateVersion: target.dateVersion, offsetDays: 7 }, now, ctx);
  expect(reminder).toBeDefined();
  expectNoEnglish(`${lang} reminder`, reminder!.text);
  const week = now.toISOString().slice(0, 10);
  const digest = buildMessage('k2', { type: 'digest', week }, now, ctx);
  expect(digest).toBeDefined();
  expectNoEnglish(`${lang} digest`, digest!.text);
  const moved = await t.ask(`reschedule ${target.id} 2025-09-09 reason="pseudo"`, { locale: lang });
  expect(moved.error, moved.text).toBeUndefined();
  const audit = t.store.read().audit;
  const entry = audit.at(-1)!;
  const notice = buildMessage('k3', { type: 'notice', auditId: entry.id, itemId: entry.itemId }, now, { ...ctx, items: t.store.read().items, audit });
  expect(notice).toBeDefined();
  data = [...dataStrings(t.store.read().items), 'pseudo', ...kept];
  expectNoEnglish(`${lang} change notice`, notice!.text);
  const blocks = renderSlackBlocks(finishReply(notice!.body, { msg }), { msg, inChannel: true, features: { calendar: true } });
  expectNoEnglish(`${lang} change notice, Block Kit`, wordsOf(blocks.blocks).join('\n'));
}

/** A Slack modal, a Teams edit form and an .ics file in one language; `kept` are Latin phrases its catalogue keeps on purpose. */
function checkFormsAndFiles(lang: string, kept: string[]): void {
  const msg = messagesFor(lang);
  const items = t.store.read().items;
  data = [...dataStrings(items), ...kept];
  const item = items.find((i) => i.id === 'igf-2025')!;
  for (const op of ['add', 'edit', 'reschedule', 'cancel', 'done'] as const) {
    expectNoEnglish(`${lang} Slack ${op} modal`, wordsOf(buildModal({ op, itemId: item.id }, op === 'add' ? undefined : item, msg)).join('\n'));
  }
  const form = renderEditForm({
    msg,
    item,
    values: formValuesOf(item),
    errors: { date: msg.editing.field.needDate, _form: msg.teams.form.fixBelow },
    askConfirm: true,
  });
  expectNoEnglish(`${lang} Teams edit form`, wordsOf(form).join('\n'));
  for (const ics of [buildCalendarIcs(items, { msg }).ics, buildItemIcs(items, item.id, { msg }).ics]) {
    const words = ics
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .filter((l) => /^(SUMMARY|DESCRIPTION|X-WR-CALNAME|X-WR-CALDESC|LOCATION)[:;]/.test(l))
      .map((l) =>
        l
          .slice(l.indexOf(':') + 1)
          .replace(/\\([,;\\])/g, '$1')
          .replace(/\\n/gi, '\n'),
      );
    expect(words.length).toBeGreaterThan(2);
    expectNoEnglish(`${lang} .ics file`, words.join('\n'));
  }
}

describe('pseudo-locale: every word people read comes from the catalogue', () => {
  it('the check itself finds English and ignores the pseudo words', () => {
    const m = messagesFor(PSEUDO);
    expect(m.heading.nextDeadline).toMatch(/^⟦[^A-Za-z]+⟧$/);
    expect(englishLeftovers(`${m.heading.nextDeadline}: no item here`, [])).toEqual(['no item here']);
    expect(englishLeftovers(m.error.notFound('igf-2025', ['igf-2026']), ['igf-2025', 'igf-2026'])).toEqual([]);
  });

  it('every command of the registry has typical words here', () => {
    expect(commands.map((c) => c.name).filter((n) => !TYPICAL[n])).toEqual([]);
  });

  it('answers of every command, its help and its errors, in plain text, Block Kit and Adaptive Cards', async () => {
    for (const c of commands) {
      for (const line of [`help ${c.name}`, ...TYPICAL[c.name]!]) {
        data = dataStrings(t.store.read().items);
        const reply = await t.ask(line, caller);
        expectNoEnglish(`plain text of "${line}"`, reply.text);
        const slack = renderSlackBlocks(reply, {
          msg: messagesFor(PSEUDO),
          isSecretariat: true,
          features: { subscribe: true, calendar: true },
          shareLine: line,
        });
        // (slack.text is the plain text, cut to Slack's limit: checked above.)
        expectNoEnglish(`Block Kit of "${line}"`, wordsOf(slack.blocks).join('\n'));
        const card = renderAdaptiveCard(reply, { msg: messagesFor(PSEUDO), tz: 'America/New_York', subscribe: true, edit: true });
        expectNoEnglish(`Adaptive Card of "${line}"`, wordsOf(card).join('\n'));
      }
    }
  });

  it('a reminder, a digest and a change notice', () => checkNotices(PSEUDO, []));

  it('a Slack modal, a Teams edit form and an .ics file', () => checkFormsAndFiles(PSEUDO, []));
});

/**
 * The same answers in the real catalogues written in another script (Arabic, Russian, Chinese): no English
 * sentence left over. What a catalogue keeps in Latin letters on purpose (command words and their examples,
 * usage lines, product names) is read from the catalogue itself and must be command syntax (checked first),
 * so what remains in Latin in an answer came from outside the catalogue, or is the calendar's own data.
 */
const NON_LATIN = ['ar', 'ru', 'zh'] as const;
const SCRIPT: Record<(typeof NON_LATIN)[number], RegExp> = { ar: /[\u0600-\u06ff]/, ru: /[А-Яа-яЁё]/, zh: /[\u4e00-\u9fff]/ };
describe.each(NON_LATIN)('%s: every answer in the language, no English left over', (lang) => {
  // Arabic only for now: ru and zh keep "object id" in cli.usage (the CLI's help, not a chat answer).
  it.runIf(lang === 'ar')('the catalogue keeps in Latin letters only command syntax and names', () => {
    const english = en as Record<string, string>;
    const prose = keptLatin(lang).filter((run) => !SYNTAX.some((re) => re.test(run)));
    // Anything else kept must at least be copied from English syntax, never invented.
    expect(prose.filter((run) => !Object.values(english).some((t) => t.includes(run)))).toEqual([]);
    expect(prose, `${lang} keeps these Latin phrases`).toEqual([]);
  });

  it('joins the date reader\'s alternative examples in the language ("2025-04-03 or 3 April 2025")', () => {
    const text = messagesFor(lang).editing.field.badDate('…', '2025-04-03 or 3 April 2025');
    expect(text).toContain(`2025-04-03${messagesFor(lang).t('list.or')}3 April 2025`);
    expect(text).not.toContain(' or ');
  });
  it('a reminder, a digest and a change notice', () => checkNotices(lang, keptLatin(lang)));
  it('a Slack modal, a Teams edit form and an .ics file', () => checkFormsAndFiles(lang, keptLatin(lang)));

  it('answers of every command, its help and its errors, in plain text, Block Kit and Adaptive Cards', async () => {
    const msg = messagesFor(lang);
    const kept = keptLatin(lang);
    const who = { locale: lang } as const;
    for (const c of commands) {
      for (const line of [`help ${c.name}`, ...TYPICAL[c.name]!]) {
        data = [...dataStrings(t.store.read().items), ...kept];
        const reply = await t.ask(line, who);
        expect(reply.text, line).toMatch(SCRIPT[lang]);
        expectNoEnglish(`${lang} plain text of "${line}"`, reply.text);
        const slack = renderSlackBlocks(reply, { msg, isSecretariat: true, features: { subscribe: true, calendar: true }, shareLine: line });
        expectNoEnglish(`${lang} Block Kit of "${line}"`, wordsOf(slack.blocks).join('\n'));
        const card = renderAdaptiveCard(reply, { msg, tz: 'America/New_York', subscribe: true, edit: true });
        expectNoEnglish(`${lang} Adaptive Card of "${line}"`, wordsOf(card).join('\n'));
      }
    }
  });
});

/**
 * Stricter for Arabic: not even a single English word ("Geneva", "or") outside the calendar's data, the audit's
 * codes, what the person typed, the command words and aliases, and the Latin words ar.ts itself keeps (checked above
 * to be command syntax). English month names stay: the date reader understands English dates, so examples use them.
 */
describe('ar: no Latin word at all outside the data, the words typed and what the catalogue keeps', () => {
  it('answers of every command (and a timed item), in plain text, Block Kit and Adaptive Cards', async () => {
    const msg = messagesFor('ar');
    const catalogue = CATALOGUES.ar as Record<string, string>;
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    // Example field values (place="Geneva, CICG") are data of the examples: removed whole, their words not kept.
    const EXAMPLE = /[a-z][a-z-]*="[^"]*"/g;
    const examples = Object.values(catalogue).flatMap((text) => text.match(EXAMPLE) ?? []);
    const kept = new Set([
      ...Object.values(catalogue).flatMap((text) => text.replace(EXAMPLE, ' ').match(/[A-Za-z]+/g) ?? []),
      ...commands.flatMap((c) => [c.name, ...(c.aliases ?? [])].flatMap((w) => w.split('-'))),
      ...months,
      'file', // the import's field name, beside date, title…: field names are command words
    ]);
    const found = new Map<string, string>();
    const lines = [...commands.flatMap((c) => [`help ${c.name}`, ...TYPICAL[c.name]!]), 'add event title="Pseudo meeting" date="7 July 2025 13:30-14:30"'];
    for (const line of lines) {
      const reply = await t.ask(line, { locale: 'ar' });
      const db = t.store.read();
      const versions = db.audit.flatMap((a) => [a.before, a.after].filter((i) => i !== null));
      data = [
        ...dataStrings([...db.items, ...versions]),
        ...db.audit.flatMap((a) => [a.id, a.actor.id, a.surface, ...(a.reason ? [a.reason] : [])]),
        ...examples,
        // The confirmation code a reply asks to send back ("/cwg undo confirm c8eabe") is data, like an id.
        ...(reply.text.match(/(?<=confirm )[0-9a-f]{6}\b/g) ?? []),
      ];
      const typed = new Set(line.match(/[A-Za-z]+/g) ?? []);
      const texts = [
        reply.text,
        wordsOf(renderSlackBlocks(reply, { msg, isSecretariat: true, features: { subscribe: true, calendar: true }, shareLine: line }).blocks).join('\n'),
        wordsOf(renderAdaptiveCard(reply, { msg, tz: 'America/New_York', subscribe: true, edit: true })).join('\n'),
      ];
      for (const text of texts) {
        for (const w of latinWordsLeft(text, data)) {
          const at = text.indexOf(w);
          if (!kept.has(w) && !typed.has(w)) found.set(w, `${line}: …${text.slice(Math.max(0, at - 40), at + 40)}…`);
        }
      }
    }
    expect([...found.entries()].map(([w, where]) => `${w} ← ${where}`)).toEqual([]);
  });
});
