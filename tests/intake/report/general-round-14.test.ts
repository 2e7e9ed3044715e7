import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';

// General faults found in round 14 (from holdout-11's misses); every sentence here is new.

const lines = (...l: string[]) => l.join('\n');
const draftOf = (text: string) => draftFromText(text, { document: 'test' }).items;
type W = { type: string; start?: string; end?: string; tz?: string; status?: string };
const whenOf = (w?: W) => (w?.type === 'date' || w?.type === 'datetime' ? [w.start, w.end].filter(Boolean).join('..') + (w.tz ? ` ${w.tz}` : '') : w?.type);

describe('round 14: agenda-item headings with lettered paragraphs', () => {
  const text = lines(
    'Pacific Islands Spectrum Forum',
    'Report of the Chair',
    'Document PISF-29/12, 3 April 2029',
    '',
    'Item 1 - Opening of the meeting',
    '',
    '(a) The Forum met in Suva from 19 to 21 March 2029.',
    '',
    '(b) It was chaired by Ms Lena Tui (Samoa).',
    '',
    'Item 2 - Future work',
    '',
    '(a) Delegations may send comments on the draft work plan by 30 May 2029.',
    '',
    '(b) The next Forum will be held in Apia from 8 to 10 October 2029.',
  );

  it('cites each lettered paragraph with its agenda item, as printed: "2(a)", not a line count', () => {
    const numbers = parseParagraphs(text).paragraphs.map((p) => p.number);
    expect(numbers).toEqual(['1', '1(a)', '1(b)', '2', '2(a)', '2(b)']);
    expect(draftOf(text).map((i) => [i.source.paragraph, whenOf(i.when)])).toEqual([
      ['1(a)', '2029-03-19..2029-03-21'],
      ['2(a)', '2029-05-30'],
      ['2(b)', '2029-10-08..2029-10-10'],
    ]);
  });

  it('"Agenda item 3:" headings over numbered paragraphs keep the paragraphs\' own numbers', () => {
    const numbers = parseParagraphs(
      lines(
        'Committee on Budget Control',
        'Agenda item 1: Opening',
        '1.\tThe Committee met on 2 February 2029.',
        '2.\tThe agenda was adopted.',
        'Agenda item 2: Audit',
        '3.\tThe auditors will report by 15 March 2029.',
      ),
    ).paragraphs.map((p) => p.number);
    expect(numbers).toEqual(['1', '1', '2', '2', '3']);
  });

  it("a lettered list inside a numbered paragraph stays that paragraph's bullets", () => {
    const doc = parseParagraphs(
      lines(
        'Committee on Budget Control',
        '1.\tThe Committee met on 2 February 2029.',
        '2.\tThe Committee noted the following upcoming events:',
        '(a) a workshop on 4 May 2029;',
        '(b) a webinar on 9 June 2029.',
        '3.\tThe meeting closed.',
      ),
    );
    expect(doc.paragraphs.map((p) => [p.number, p.bullets.length])).toEqual([
      ['1', 0],
      ['2', 2],
      ['3', 0],
    ]);
  });
});

const report = (...body: string[]) =>
  lines('Caribbean Broadcasting Union', 'Summary of the planning meeting', '1.\tThe planning meeting was held in Bridgetown on 4 February 2031.', ...body);
const items = (...body: string[]) => draftOf(report(...body)).filter((i) => i.source.paragraph !== '1');
const rel = (i: { when: unknown }) => i.when as { type: string; anchor?: string; offsetDays?: number; bound?: string };

describe('round 14: dates hung on other things', () => {
  it('"the annual meeting" is the yearly edition the report names, and "the day before it opens" is one day before', () => {
    const got = items(
      'Annual meeting',
      '2.\tThe CBU General Assembly 2031 will be held in Kingston from 9 to 11 June 2031.',
      '3.\tA youth forum will take place on the day before the annual meeting opens.',
      '4.\tMembers are asked to submit the titles of their panels not less than 40 days ahead of the annual meeting.',
    );
    const assembly = got.find((i) => i.source.paragraph === '2')!;
    expect(got.filter((i) => i.source.paragraph !== '2').map((i) => [i.source.paragraph, i.kind, rel(i).anchor, rel(i).offsetDays, rel(i).bound])).toEqual([
      ['3', 'event', assembly.id, -1, 'on'],
      ['4', 'deadline', assembly.id, -40, 'by'],
    ]);
    expect(got.find((i) => i.source.paragraph === '4')!.title).toMatch(/^Titles of their panels/);
  });

  it('a deadline counted from another deadline ("three weeks after the drafts are due") anchors on that deadline', () => {
    const got = items(
      '2.\tEditors will send the draft chapters to the secretariat on or before 2 May 2031.',
      '3.\tReviewers will return their comments no later than three weeks after the drafts are due.',
    );
    expect(got.map((i) => [i.source.paragraph, i.kind, i.title, i.when.type === 'relative' ? [rel(i).anchor, rel(i).offsetDays] : i.when])).toEqual([
      ['2', 'deadline', 'Send the draft chapters to the secretariat', { type: 'date', start: '2031-05-02' }],
      ['3', 'deadline', expect.any(String), [got[0]!.id, 21]],
    ]);
  });

  it('a deadline counted from a thing the report never dates is left for the reviewer, not invented', () => {
    const draft = draftFromText(report('2.\tReviewers will return their comments no later than three weeks after the drafts are due.'), { document: 'test' });
    expect(draft.items.filter((i) => i.source.paragraph === '2')).toEqual([]);
    expect(draft.unreadable.map((u) => u.paragraph)).toContain('2');
  });

  it('"before its opening" after "to Council 2031" counts from that session', () => {
    const got = items(
      '2.\tThe 2031 session of the Council will take place from 10 to 20 June 2031. The secretariat will submit the annual progress report to Council 2031 at least six weeks prior to its opening.',
    );
    const council = got.find((i) => i.kind === 'event')!;
    const due = got.find((i) => i.kind === 'deadline')!;
    expect([rel(due).anchor, rel(due).offsetDays]).toEqual([council.id, -42]);
    expect(due.title).toBe('Annual progress report due');
  });

  it('a session "on the consultation" is its own item, not a second date of the consultation', () => {
    const got = items(
      '2.\tThe online consultation on the strategy will run from 1 March until 30 April 2031.',
      '3.\tAn information webinar on the consultation will be offered on 15 March 2031, 10:00-11:30 UTC.',
    );
    expect(got.map((i) => [i.source.paragraph, i.when.type])).toEqual([
      ['2', 'date'],
      ['3', 'datetime'],
    ]);
    expect(got[1]!.title).toMatch(/^Information webinar on the consultation/);
  });
});

describe('round 14: noon', () => {
  it('"by 12 noon UTC on …" and "at noon Geneva time on …" are timed at 12:00 in their zone', () => {
    const got = items(
      '2.\tMembers may send their nominations to the secretariat by 12 noon UTC on 9 April 2031.',
      '3.\tThe drafting group will meet online at noon Geneva time on 14 April 2031.',
    );
    expect(got.map((i) => [i.source.paragraph, i.when])).toEqual([
      ['2', { type: 'datetime', start: '2031-04-09T12:00', tz: 'UTC' }],
      ['3', { type: 'datetime', start: '2031-04-14T12:00', tz: 'Europe/Zurich' }],
    ]);
  });

  it('"the afternoon session on …" is no time', () => {
    expect(items('2.\tThe afternoon session of the workshop will be held on 9 April 2031.').map((i) => i.when)).toEqual([
      { type: 'date', start: '2031-04-09' },
    ]);
  });
});

describe('round 14: names and parts', () => {
  it('"the Union\'s spring meeting" is not "the Union\'s annual meeting"', () => {
    const got = items(
      "2.\tThe Union's annual meeting will be held in Nassau from 6 to 8 October 2031.",
      "3.\tThe Union's spring meeting will be held in Castries on 12 May 2031.",
    );
    expect(got.map((i) => [i.source.paragraph, i.title])).toEqual([
      ['2', "Union's annual meeting"],
      ['3', "Union's spring meeting"],
    ]);
  });

  it('a symposium "held with" a conference in a part of a year is to be announced that year, like the conference', () => {
    const got = items('2.\tThe Broadcast Technology Symposium will be held with the CBU Assembly in the second half of 2031.');
    expect(got.map((i) => [i.title, i.when])).toEqual([
      ['Broadcast Technology Symposium', { type: 'tba', approx: '2031' }],
      ['CBU Assembly', { type: 'tba', approx: '2031' }],
    ]);
  });

  it('"will be transmitted to Council 2031" is due at that session', () => {
    const got = items('2.\tCouncil 2031 will meet from 10 to 20 June 2031. The summary of the planning meeting will be transmitted to Council 2031.');
    const council = got.find((i) => i.kind === 'event')!;
    expect(got.filter((i) => i.kind === 'deadline').map((i) => [rel(i).anchor, rel(i).offsetDays])).toEqual([[council.id, 0]]);
  });

  it('a breakfast during a conference is a part of it; "the close of the RPM" is the meeting whose capitals spell RPM', () => {
    const got = draftOf(
      lines(
        'Regional Preparatory Meeting for the Caribbean',
        'Item 1 - Opening',
        '(a) The Regional Preparatory Meeting for the Caribbean was held in Kingston from 3 to 5 March 2031.',
        'Item 2 - Follow-up',
        '(a) WTDC-31 will be held from 2 to 13 June 2031. The youth network will hold a networking breakfast during WTDC-31.',
        '(b) Comments on the draft report may be sent within two weeks after the close of the RPM.',
      ),
    );
    const rpm = got.find((i) => i.source.paragraph === '1(a)')!;
    const wtdc = got.find((i) => i.title === 'WTDC-31')!;
    expect(got.filter((i) => i.when.type === 'relative').map((i) => [i.source.paragraph, i.title, rel(i).anchor, rel(i).offsetDays])).toEqual([
      ['2(a)', 'Networking breakfast at WTDC-31', wtdc.id, 0],
      ['2(b)', expect.any(String), rpm.id, 16],
    ]);
  });
});
