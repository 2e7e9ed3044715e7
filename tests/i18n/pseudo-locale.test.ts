import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { ACTORS, type Item, STATUSES } from '../../src/calendar/schema.js';
import { finishReply } from '../../src/dispatch/dispatch.js';
import { buildCalendarIcs, buildItemIcs } from '../../src/export/build-ics.js';
import { messagesFor, registerCatalogue } from '../../src/i18n/index.js';
import { buildModal } from '../../src/platforms/slack/modal-views.js';
import { buildMessage } from '../../src/reminders/message.js';
import { renderAdaptiveCard } from '../../src/render/adaptive-cards.js';
import { renderSlackBlocks } from '../../src/render/slack-blocks.js';
import { formValuesOf, renderEditForm } from '../../src/render/teams-forms.js';
import { sub } from '../reminders/helpers.js';
import { KNOWN_TAGS } from '../../src/answers/parse-filter.js';
import { makeTestBot, type TestBot } from '../support/fixtures.js';
import { englishLeftovers, inContext, PSEUDO, pseudoCatalogue, wordsOf } from './pseudo.js';

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

  it('a reminder, a digest and a change notice', async () => {
    const items = t.store.read().items;
    data = dataStrings(items);
    const msg = messagesFor(PSEUDO);
    const target = items.find((i) => i.kind === 'deadline' && i.when.type === 'date' && i.status !== 'cancelled' && i.when.start > '2025-02-01')!;
    const now = new Date(`${target.when.type === 'date' ? target.when.start : ''}T00:00:00Z`);
    now.setUTCDate(now.getUTCDate() - 7);
    const s = sub('pseudo-channel');
    const ctx = { items, audit: t.store.read().audit, sub: s, now, msg, delayed: true };
    const reminder = buildMessage('k1', { type: 'reminder', itemId: target.id, dateVersion: target.dateVersion, offsetDays: 7 }, now, ctx);
    expect(reminder).toBeDefined();
    expectNoEnglish('reminder', reminder!.text);
    const week = now.toISOString().slice(0, 10);
    const digest = buildMessage('k2', { type: 'digest', week }, now, ctx);
    expect(digest).toBeDefined();
    expectNoEnglish('digest', digest!.text);
    const moved = await t.ask(`reschedule ${target.id} 2025-09-09 reason="pseudo"`, caller);
    expect(moved.error, moved.text).toBeUndefined();
    const audit = t.store.read().audit;
    const entry = audit.at(-1)!;
    const notice = buildMessage('k3', { type: 'notice', auditId: entry.id, itemId: entry.itemId }, now, { ...ctx, items: t.store.read().items, audit });
    expect(notice).toBeDefined();
    data = [...dataStrings(t.store.read().items), 'pseudo'];
    expectNoEnglish('change notice', notice!.text);
    const blocks = renderSlackBlocks(finishReply(notice!.body, { msg }), { msg, inChannel: true, features: { calendar: true } });
    expectNoEnglish('change notice, Block Kit', wordsOf(blocks.blocks).join('\n'));
  });

  it('a Slack modal, a Teams edit form and an .ics file', () => {
    const msg = messagesFor(PSEUDO);
    const items = t.store.read().items;
    data = dataStrings(items);
    const item = items.find((i) => i.id === 'igf-2025')!;
    for (const op of ['add', 'edit', 'reschedule', 'cancel', 'done'] as const) {
      expectNoEnglish(`Slack ${op} modal`, wordsOf(buildModal({ op, itemId: item.id }, op === 'add' ? undefined : item, msg)).join('\n'));
    }
    const form = renderEditForm({
      msg,
      item,
      values: formValuesOf(item),
      errors: { date: msg.editing.field.needDate, _form: msg.teams.form.fixBelow },
      askConfirm: true,
    });
    expectNoEnglish('Teams edit form', wordsOf(form).join('\n'));
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
      expectNoEnglish('.ics file', words.join('\n'));
    }
  });
});
