import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CalendarSchema } from '../../../src/calendar/calendar-schema.js';
import type { Item } from '../../../src/calendar/schema.js';
import { applyAll, proposeFromReport } from '../../../src/intake/proposal.js';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { actorsIn } from '../../../src/intake/report/lexicon.js';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';
import { evaluate } from '../../../scripts/eval-intake.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const fixtures = path.join(root, 'tests', 'fixtures', 'intake', 'reports');
const seedReport = path.resolve(root, '..', 'shared', 'source', 'cwg-wsis-sdg-41-42-outcomes-report.txt');
const DOC = 'Test report';

const report = (body: string) =>
  `Purpose\nThis report summarizes the main results of the 12th and 13th meetings of the Working Group on Examples (WG-EX), since Council 2030.\n${body}`;
const draft = (body: string) => draftFromText(report(body), { document: DOC });
const only = (body: string, pred: (i: Item) => boolean = () => true) => {
  const found = draft(body).items.filter(pred);
  expect(found, JSON.stringify(found.map((i) => i.title))).toHaveLength(1);
  return found[0]!;
};

describe('paragraphs', () => {
  it('numbers, headings, bullets and continuation lines', () => {
    const doc = parseParagraphs(
      [
        'Purpose',
        'This report summarizes the 3rd and 4th meetings of the Study Group on Tests (SG-T).',
        '1\tIntroduction',
        '1.1.\tFirst paragraph.',
        '1.2\t\tSecond paragraph with a list:',
        '–\t4th meeting: held on 3 May 2031.',
        'a)\tlettered point',
        '\t\tAn indented continuation.',
        'Updates from 4th SG-T meeting',
        '1.2.1\tA child.',
      ].join('\n'),
    );
    expect(doc.group).toBe('SG-T');
    expect(doc.meetings).toEqual(['3', '4']);
    expect(doc.paragraphs.map((p) => [p.number, p.heading, p.unnumbered])).toEqual([
      ['1', true, false],
      ['1.1', false, false],
      ['1.2', true, false],
      ['1.2', false, true],
      ['1.2.1', false, false],
    ]);
    expect(doc.paragraphs[2]!.bullets).toEqual(['4th meeting: held on 3 May 2031.', 'lettered point']);
    expect(doc.paragraphs[2]!.text).toBe('Second paragraph with a list: An indented continuation.');
  });
});

describe('kind, actors, anchors', () => {
  const meetings = '2\tMeetings\n2.1\tTwo meetings were held.\n–\t12th meeting: held on 10 March 2031.\n–\t13th meeting: held on 6-7 October 2031.\n';

  it('"by <date>" and "not later than" are deadlines; "will take place" is an event with its place', () => {
    expect(only(`${meetings}3.1\tMembers were asked to send their views not later than 30 November 2031.`, (i) => i.source.paragraph === '3.1').kind).toBe(
      'deadline',
    );
    const ev = only(
      `${meetings}3.1\tThe World Example Summit 2032 will take place from 28 February to 2 March 2032 in Accra, Ghana.`,
      (i) => i.source.paragraph === '3.1',
    );
    expect(ev).toMatchObject({
      kind: 'event',
      title: 'World Example Summit 2032',
      when: { type: 'date', start: '2032-02-28', end: '2032-03-02' },
      place: 'Accra, Ghana',
    });
  });

  it('who must act comes from who was asked', () => {
    expect(actorsIn('the Chair and the secretariat')).toEqual(['chair', 'secretariat']);
    expect(actorsIn('Member States')).toEqual(['members']);
    expect(actorsIn('the CSTD secretariat')).toEqual([]);
    const d = only(
      `${meetings}3.1\tThe group requested the secretariat to publish the questionnaire by 15 December 2031.`,
      (i) => i.source.paragraph === '3.1',
    );
    expect(d.whoMustAct).toEqual(['secretariat']);
  });

  it('a year-less date takes the year of the meeting the paragraph reports on, flagged', () => {
    const d = only(
      `${meetings}3\tWork\n3.1\tDuring the 13th WG-EX meeting, the group asked members to comment by 9 January.`,
      (i) => i.source.paragraph === '3.1',
    );
    expect(d.when).toEqual({ type: 'date', start: '2032-01-09' });
    expect(d.review[0]).toMatchObject({ printed: 'by 9 January' });
    expect(d.review[0]!.reason).toContain('13th meeting');
  });

  it('a relative deadline is anchored to the meeting it names; the anchor without a date is to be announced', () => {
    const items = draft(`${meetings}3.1\tThe secretariat will make the study available two weeks before the 14th meeting of WG-EX.`).items;
    const dl = items.find((i) => i.kind === 'deadline')!;
    expect(dl.when).toMatchObject({ type: 'relative', offsetDays: -14, bound: 'by' });
    const anchor = items.find((i) => dl.when.type === 'relative' && i.id === dl.when.anchor)!;
    expect(anchor).toMatchObject({ kind: 'event', title: '14th meeting of the WG-EX', when: { type: 'tba' }, status: 'tba' });
    expect(dl.status).toBe('tba');
  });

  it('"has been rescheduled to" moves the item and keeps the old date in its history', () => {
    const ev = only(
      `${meetings}3.1\tThe Example Forum is scheduled for 4-5 May 2032 in Rome.\n3.2\tThe Example Forum has been rescheduled to 8-9 June 2032.`,
      (i) => /Forum/.test(i.title),
    );
    expect(ev).toMatchObject({ when: { type: 'date', start: '2032-06-08', end: '2032-06-09' }, status: 'rescheduled' });
    expect(ev.history[0]!.when).toEqual({ type: 'date', start: '2032-05-04', end: '2032-05-05' });
  });

  it('flags a meeting printed with a year the rest of the report contradicts', () => {
    const items = draft(
      `2\tMeetings\n2.1\tTwo meetings.\n–\t12th meeting: held on 10 March 2031.\n–\t13th meeting: held on 6-7 October 2030.\n3.1\tThe report will be discussed at the 13th WG-EX meeting in October 2031.`,
    ).items;
    const m13 = items.find((i) => i.title.startsWith('13th'))!;
    expect(m13.when).toEqual({ type: 'date', start: '2031-10-06', end: '2031-10-07' });
    expect(m13.review[0]!.printed).toBe('on 6-7 October 2030');
    expect(m13.review[0]!.reason).toContain('October 2031');
  });

  it('a named future item without a date is proposed as to be announced with its year', () => {
    const ev = only(`${meetings}3.1\tThe group looked forward to the upcoming WTDC-33.`, (i) => /WTDC/.test(i.title));
    expect(ev.when).toEqual({ type: 'tba', approx: '2033' });
  });
});

describe('matching against the calendar', () => {
  const text = readFileSync(path.join(fixtures, 'wg-broadband-15-report.txt'), 'utf8');

  it('every item is valid and the calendar is consistent (anchors exist)', () => {
    const items = proposeFromReport(text, [], { document: DOC }).proposals.map((p) => p.item);
    expect(CalendarSchema.safeParse({ items }).success).toBe(true);
  });

  it('importing the same report twice proposes nothing new', () => {
    const first = proposeFromReport(text, [], { document: DOC });
    expect(first.proposals.every((p) => p.action === 'add')).toBe(true);
    const calendar = applyAll([], first);
    const second = proposeFromReport(text, calendar, { document: DOC });
    expect(second.proposals.map((p) => p.action)).toEqual(second.proposals.map(() => 'unchanged'));
  });

  it('a reschedule of an item already in the calendar is a change that keeps the old date', () => {
    const calendar = applyAll([], proposeFromReport(text, [], { document: DOC }));
    const later = text.replace(
      'the Broadband Forum 2026, which will be held during the week of 16-20 March 2026',
      'the Broadband Forum 2026, which has been rescheduled to 13-17 April 2026',
    );
    const again = proposeFromReport(later, calendar, { document: DOC });
    const change = again.proposals.filter((p) => p.action === 'change');
    expect(change).toHaveLength(1);
    expect(change[0]!.item.when).toEqual({ type: 'date', start: '2026-04-13', end: '2026-04-17' });
    expect(change[0]!.item.history.at(-1)!.when).toEqual({ type: 'date', start: '2026-03-16', end: '2026-03-20' });
    expect(again.proposals.filter((p) => p.action === 'add')).toEqual([]);
  });

  it('an edition of another year, even to be announced, is a new item, not a change of the one in the calendar', () => {
    const calendar = applyAll([], proposeFromReport('1.\tCouncil 2031 will meet in Geneva from 10 to 20 June 2031.', [], { document: DOC }));
    const later = proposeFromReport('1.\tThe report will be presented to Council 2036, whose dates are not yet set.', calendar, { document: 'later' });
    const council = later.proposals.filter((p) => /Council 2036/.test(p.item.title) && p.item.kind === 'event');
    expect(council.map((p) => [p.action, p.item.when])).toEqual([['add', { type: 'tba', approx: '2036' }]]);
  });

  it('every proposal explains where it was found', () => {
    for (const p of proposeFromReport(text, [], { document: DOC }).proposals) expect(p.explanation).toMatch(/^found in §[\d.]+: '.+'$/);
  });
});

describe('measured quality (floors from npm run eval:intake)', () => {
  // Floors at the goal: against the corrected 63-item seed the reader reaches recall 59/63 and
  // precision 59/65 (npm run eval:intake; the 41st meeting counts as found when its printed date is kept and flagged).
  it.runIf(existsSync(seedReport))('the seed report: does not fall below the measured recall, precision, contradictions and year-less dates', () => {
    const seed = JSON.parse(readFileSync(path.join(root, 'data', 'calendar.seed.json'), 'utf8')) as { document: string; items: Item[] };
    const r = evaluate('seed', readFileSync(seedReport, 'utf8'), seed.items, seed.document);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.contradictions.flagged).toBeGreaterThanOrEqual(3);
    expect(r.yearless.right).toBe(r.yearless.expected);
    expect(r.relative.right).toBeGreaterThanOrEqual(16);
  });

  it('our own reports: recall ≥ 0.85 and precision ≥ 0.85 on each', () => {
    for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.txt'))) {
      const ref = JSON.parse(readFileSync(path.join(fixtures, f.replace(/\.txt$/, '.expected.json')), 'utf8')) as { document: string; items: Item[] };
      const r = evaluate(f, readFileSync(path.join(fixtures, f), 'utf8'), ref.items, ref.document);
      expect(r.recall, f).toBeGreaterThanOrEqual(0.85);
      expect(r.precision, f).toBeGreaterThanOrEqual(0.85);
    }
  });
});
