import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/intake/report/dates.js';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { numberOfLine } from '../../../src/intake/report/numbering.js';

// General faults found in round 12 (from holdout-9's and holdout-7's misses); every sentence here is new.

const lines = (...l: string[]) => l.join('\n');
const report = (...body: string[]) =>
  lines(
    'Adriatic Port Data Network',
    'REPORT OF THE SEVENTH MEETING',
    '(Split, 3–4 March 2038)',
    '1.\tThe seventh meeting was held in Split on 3–4 March 2038.',
    ...body,
  );
const draftOf = (text: string) => draftFromText(text, { document: 'test' }).items;
const draft = (...body: string[]) => draftOf(report(...body)).filter((i) => i.source.paragraph !== '1');
type W = { type: string; start?: string; end?: string; tz?: string };
const whenOf = (w?: W) => (w?.type === 'date' || w?.type === 'datetime' ? [w.start, w.end].filter(Boolean).join('..') + (w.tz ? ` ${w.tz}` : '') : w?.type);

describe('round 12: "(iii) Title" section labels', () => {
  it('a small roman numeral in parentheses before a title is a section label', () => {
    expect(numberOfLine('(iv) Venue and logistics')).toMatchObject({ number: 'iv', family: 'roman-label', section: true });
    expect(numberOfLine('(ii) the secretariat will circulate the text.')).toBeUndefined();
  });
  it('the unnumbered paragraphs under a label cite the label', () => {
    const items = draftOf(
      lines(
        'Harbour Data Week 2038: information note',
        'Issued on Tuesday 9 February 2038',
        '(i) Purpose',
        'The note explains the arrangements for the week.',
        '(ii) Dates',
        'The Harbour Data Week 2038 will be held in Rijeka from 12 to 14 May 2038.',
        '(iii) Registration',
        'Delegates are requested to register by Friday 30 April 2038.',
      ),
    );
    expect(items.map((i) => [i.source.paragraph, i.kind, whenOf(i.when as W)])).toEqual([
      ['ii', 'event', '2038-05-12..2038-05-14'],
      ['iii', 'deadline', '2038-04-30'],
    ]);
  });
});

describe('round 12: an annex that numbers its own paragraphs', () => {
  it('"Annex C - …" then "C.1", "C.2" are paragraphs of the report, cited as printed', () => {
    const items = draft(
      '2.\tThe secretariat will circulate the revised terms of reference.',
      'Annex C - Planned workshops',
      'C.1\tA workshop on port call data will be held in Koper on 15 September 2038.',
      'C.2\tA workshop on berth planning will be held in Bar on Thursday 12 November 2038.',
    );
    expect(items.map((i) => [i.source.paragraph, whenOf(i.when as W)])).toEqual([
      ['C.1', '2038-09-15'],
      ['C.2', '2038-11-12'],
    ]);
  });
  it('an annex without its own numbering is still back matter', () => {
    const items = draft('2.\tNo other business was raised.', 'Annex 1 - Programme', 'Opening on 3 March 2038 at 09:00.');
    expect(items).toEqual([]);
  });
});

describe('round 12: weekdays inside a pair of days', () => {
  it('"on Wednesday 14 and Thursday 15 April 2038" is one stretch of two days', () => {
    const [m, ...more] = findDates('The board will meet on Wednesday 14 and Thursday 15 April 2038 in Zadar.');
    expect([m?.start, m?.end, more.length]).toEqual([{ day: 14, month: 4, year: 2038 }, { day: 15, month: 4, year: 2038 }, 0]);
  });
});

describe('round 12: an old date in brackets after the new one', () => {
  it.each([
    '2.\tThe Port Data Hackathon 2038 will be held in Pula on 8-9 October 2038 (previously 1-2 October 2038).',
    '2.\tThe Port Data Hackathon 2038 will be held in Pula on 8-9 October 2038 (instead of 1-2 October 2038).',
    '2.\tThe Port Data Hackathon 2038 will be held in Pula on 8-9 October 2038 (was 1-2 October 2038).',
  ])('%s', (s) => {
    const items = draft(s);
    expect(items.map((i) => [whenOf(i.when as W), i.status, i.history.map((h) => whenOf(h.when as W))])).toEqual([
      ['2038-10-08..2038-10-09', 'rescheduled', ['2038-10-01..2038-10-02']],
    ]);
  });
});

describe('round 12: "local time" and parts of another event with a date of their own', () => {
  const summit = '2.\tThe Port Data Summit 2038 will be held in Lisbon, Portugal, from 5 to 8 October 2038.';
  it('"local time" is the clock of the city where the event was announced, a paragraph before', () => {
    const items = draft(summit, '3.\tThe Network will hold a round table at the Port Data Summit 2038 on 6 October 2038, 09:00-10:30 local time.');
    expect(items.map((i) => [i.source.paragraph, whenOf(i.when as W)])).toEqual([
      ['2', '2038-10-05..2038-10-08'],
      ['3', '2038-10-06T09:00..2038-10-06T10:30 Europe/Lisbon'],
    ]);
  });
  it('a dated workshop at the Summit is its own item; the Summit keeps its dates and title', () => {
    const items = draft(summit, '3.\tThe secretariat will organize an open forum at the Port Data Summit 2038 on 7 October 2038.');
    expect(items.map((i) => [i.title, whenOf(i.when as W)])).toEqual([
      ['Port Data Summit 2038', '2038-10-05..2038-10-08'],
      ['Open forum at the Port Data Summit 2038', '2038-10-07'],
    ]);
  });
});

describe('round 12: a table of what was held', () => {
  it('rows under a "Dates held" column are history; a "Dates" column is a schedule', () => {
    const table = (dates: string) =>
      draft(
        '2.\tThe courses of the autumn are:',
        `| Course | Venue | ${dates} |`,
        '|---|---|---|',
        '| Berth data basics | Trieste | 4-5 November 2038 |',
        '| Port call optimisation | Online | 9 December 2038 |',
      );
    expect(table('Dates held')).toEqual([]);
    expect(table('Dates').map((i) => whenOf(i.when as W))).toEqual(['2038-11-04..2038-11-05', '2038-12-09']);
  });
});

describe('round 12: hours', () => {
  it('a room number before "on <date>" is no hour; the time printed after the date is', () => {
    const [m] = findDates('The dry run will take place in Meeting Room 14 on Thursday 3 June 2038 at 3 p.m. CEST.');
    expect([m?.text, m?.startTime, m?.zone]).toEqual(['on Thursday 3 June 2038 at 3 p.m. CEST', '15:00', 'Europe/Zurich']);
    const [plain] = findDates('The dry run will take place in Meeting Room 14 on Thursday 3 June 2038.');
    expect(plain?.startTime).toBeUndefined();
  });
  it('"each day" after two days with hours gives each day the hours', () => {
    const ms = findDates('The training runs on 7 and 8 July 2038, from 10:00 to 15:00 Lisbon time each day.');
    expect(ms.map((m) => [m.start.day, m.end?.day ?? null, m.startTime, m.endTime, m.zone])).toEqual([
      [7, null, '10:00', '15:00', 'Europe/Lisbon'],
      [8, null, '10:00', '15:00', 'Europe/Lisbon'],
    ]);
  });
});

describe('round 12: the event a note is about', () => {
  const note = (...body: string[]) =>
    draftOf(
      lines(
        'Information note',
        'Issued on Monday 3 May 2038',
        '1.\tThe workshop will take place on Thursday, 17 June 2038, 10:00-12:00 CEST, in Valletta.',
        ...body,
      ),
    );
  const rel = (w?: { type: string; offsetDays?: number; bound?: string }) => (w?.type === 'relative' ? `${w.offsetDays}d ${w.bound}` : w?.type);
  it('"the workshop" dated as the subject of a sentence anchors later relative deadlines', () => {
    const items = note(
      '2.\tPanellists are requested to send their slides not later than five days before the workshop.',
      '3.\tA report will be circulated within three weeks after the workshop.',
    );
    const sorted = [...items].sort((a, b) => a.source.paragraph.localeCompare(b.source.paragraph));
    expect(sorted.map((i) => [i.source.paragraph, i.kind, rel(i.when as never)])).toEqual([
      ['1', 'event', 'datetime'],
      ['2', 'deadline', '-5d by'],
      ['3', 'deadline', '21d by'],
    ]);
  });
  it('an event named in an opening "Following …," does not own the date of what follows it', () => {
    const items = note('2.\tFollowing the workshop, the organizers will brief the Maritime Council on Monday 5 July 2038.');
    expect(items.map((i) => [i.source.paragraph, whenOf(i.when as W)])).toEqual([
      ['1', '2038-06-17T10:00..2038-06-17T12:00 Europe/Zurich'],
      ['2', '2038-07-05'],
    ]);
  });
});

describe('round 12: two verbs of delivery', () => {
  it('"will compile and publish the guide in October 2038" is a deliverable due that month', () => {
    const items = draft('2.\tThe secretariat will compile and publish the berth data guide in October 2038.');
    expect(items.map((i) => [i.kind, i.when.type === 'tba' ? i.when.approx : i.when.type])).toEqual([['deadline', '2038-10']]);
  });
});
