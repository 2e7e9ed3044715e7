import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';

// General faults found in round 16 (from holdout-14's misses); every sentence here is new.

const lines = (...l: string[]) => l.join('\n');
const draftOf = (text: string) => draftFromText(text, { document: 'test' }).items;
const rel = (i: { when: unknown }) => i.when as { type: string; anchor?: string; offsetDays?: number; bound?: string };

describe("round 16: conclusions numbered with the body's code", () => {
  const text = lines(
    'Radiocommunication Advisory Group (RAG)',
    'Report of the 41st meeting, Geneva, 3-5 May 2034',
    '1\tIntroduction',
    '1.1\tThe 41st meeting of the Radiocommunication Advisory Group (RAG) was held in Geneva from 3 to 5 May 2034.',
    '2\tConclusions',
    'RAG-41/1: RAG noted the report of the Director.',
    'RAG-41/2: RAG invited members to send comments on the draft operational plan by 9 Jun. 2034.',
    'RAG-41/3: RAG agreed that its 42nd meeting will be held in Geneva from 2 to 4 May 2035.',
    'RAG-41/4: The correspondence group on working methods will meet immediately following RAG-42.',
    'RAG-41/5: BDT will hold an online briefing on the outcomes in the week after RAG-42.',
    'RAG-41/6: The call for candidates will remain open until 23:59 AoE on Friday 30 June 2034.',
    'RAG-41/7: The preparatory workshop has been deferred by one week, from 10 to 17 October 2034.',
  );

  it('cites each conclusion as printed ("RAG-41/2") and reads "RAG-42" as the group\'s 42nd meeting', () => {
    expect(parseParagraphs(text).paragraphs.map((p) => p.number)).toEqual(['1', '1.1', '2', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `RAG-41/${n}`)]);
    const items = draftOf(text);
    const next = items.find((i) => i.source.paragraph === 'RAG-41/3')!;
    expect(next.when).toEqual({ type: 'date', start: '2035-05-02', end: '2035-05-04' });
    const byParagraph = (p: string) => items.find((i) => i.source.paragraph === p)!;
    expect([rel(byParagraph('RAG-41/4')).anchor, rel(byParagraph('RAG-41/4')).offsetDays]).toEqual([next.id, 3]);
    expect([rel(byParagraph('RAG-41/5')).anchor, rel(byParagraph('RAG-41/5')).offsetDays]).toEqual([next.id, 7]);
    expect(byParagraph('RAG-41/5').title).toBe('Online briefing on the outcomes');
    expect(byParagraph('RAG-41/2').when).toEqual({ type: 'date', start: '2034-06-09' });
  });

  it('"23:59 AoE" is Anywhere on Earth (UTC-12); "deferred by one week, from 10 to 17 October" is a reschedule', () => {
    const items = draftOf(text);
    expect(items.find((i) => i.source.paragraph === 'RAG-41/6')!.when).toEqual({ type: 'datetime', start: '2034-06-30T23:59', tz: 'Etc/GMT+12' });
    const moved = items.find((i) => i.source.paragraph === 'RAG-41/7')!;
    expect([moved.when, moved.status, moved.history.map((h) => h.when)]).toEqual([
      { type: 'date', start: '2034-10-17' },
      'rescheduled',
      [{ type: 'date', start: '2034-10-10' }],
    ]);
  });
});

describe('round 16: action points and quarters', () => {
  it('minutes\' action points ("AP 2 <tab> owner <tab> action <tab> Due: …") are cited "AP 2", each a deadline', () => {
    const items = draftOf(
      lines(
        'Inter-agency Task Team on Digital Skills',
        'Minutes of the meeting of 4 March 2033',
        '1. Opening',
        '1.1 The meeting opened on 4 March 2033.',
        '2. Action points',
        'AP 1\tILO\tShare the revised skills framework with all members\tDue: 12 Apr 2033',
        'AP 2\tAll members\tSend examples of national skills strategies\tDue: 3 May 2033',
        '3. Other business',
        '3.1 The next meeting will be held on 20 June 2033.',
      ),
    );
    expect(items.filter((i) => i.source.paragraph.startsWith('AP')).map((i) => [i.source.paragraph, i.kind, i.when])).toEqual([
      ['AP 1', 'deadline', { type: 'date', start: '2033-04-12' }],
      ['AP 2', 'deadline', { type: 'date', start: '2033-05-03' }],
    ]);
  });

  it('"is expected in Q3 2034" is to be announced in 2034', () => {
    const items = draftOf(
      lines(
        'Study Group 9',
        'Report of the meeting',
        '1.\tThe meeting was held on 2 February 2034.',
        '2.\tThe next workshop of the Study Group is expected in Q3 2034.',
      ),
    );
    expect(items.filter((i) => i.source.paragraph === '2').map((i) => i.when)).toEqual([{ type: 'tba', approx: '2034' }]);
  });
});

describe('round 16: calendars printed as tables, and things put off or past', () => {
  const text = lines(
    'Regional Office for the Pacific',
    'Pacific Connect Bulletin, Issue 3 - 12 February 2031',
    '1. The Office presents its programme for 2031.',
    '2. The calendar below lists the events the Office organizes in 2031.',
    'Upcoming events',
    'Date | Venue | Event',
    '3-5 March 2031 | Suva | Workshop on submarine cable resilience',
    '20 March 2031 | online | Deadline: applications for the Pacific Youth ICT Award',
    'April 2031 (TBC) | Apia | Regional emergency communications drill',
    '14-16 July 2031 (postponed; initially 2-4 June) | Nuku\u02bbalofa | Forum on digital health services',
    '8-9 September 2031 | Port Vila | Meeting of Pacific regulators - CANCELLED',
    'TBC (second half of 2031) | Honiara | Forum on e-government',
    'New publications',
    'Pacific digital trends 2030 (published 4 December 2030)',
  );
  const items = draftOf(text);
  const row = (title: RegExp) => items.find((i) => title.test(i.title));

  it('reads each row: dated, month only, part of a year, moved, cancelled, and a deadline among the events', () => {
    expect(row(/^Workshop on submarine cable resilience$/)?.when).toEqual({ type: 'date', start: '2031-03-03', end: '2031-03-05' });
    expect([row(/^Deadline: applications/)?.kind, row(/^Deadline: applications/)?.when]).toEqual(['deadline', { type: 'date', start: '2031-03-20' }]);
    expect(row(/^Regional emergency communications drill$/)?.when).toEqual({ type: 'tba', approx: '2031-04' });
    const moved = row(/^Forum on digital health services$/)!;
    expect([moved.when, moved.status, moved.history.length]).toEqual([{ type: 'date', start: '2031-07-14', end: '2031-07-16' }, 'rescheduled', 1]);
    expect(row(/^Meeting of Pacific/)?.status).toBe('cancelled');
    expect(row(/^Forum on e-government$/)?.when).toEqual({ type: 'tba', approx: '2031' });
  });

  it('a publication "(published 4 December 2030)" is no deadline', () => {
    expect(items.filter((i) => /Pacific digital trends/.test(i.title))).toEqual([]);
  });

  it('"postponed sine die" leaves the event to be announced, its old date in its history', () => {
    const got = draftOf(
      lines(
        'Task Team on Open Data',
        'Minutes of the meeting of 3 May 2031',
        '1. The meeting was held online on 3 May 2031.',
        '2. The retreat of the Task Team, planned for 18 June 2031, has been postponed sine die.',
        '3. The next working-level meeting will be held on 9 July 2031. The high-level meeting will be held on 2 October 2031.',
      ),
    );
    const retreat = got.find((i) => i.source.paragraph === '2')!;
    expect([retreat.when, retreat.status, retreat.history.map((h) => h.when)]).toEqual([{ type: 'tba' }, 'tba', [{ type: 'date', start: '2031-06-18' }]]);
    expect(got.filter((i) => i.source.paragraph === '3').map((i) => [i.title, i.when])).toEqual([
      ['Next working-level meeting', { type: 'date', start: '2031-07-09' }],
      ['High-level meeting', { type: 'date', start: '2031-10-02' }],
    ]);
  });
});

describe('round 16: a Secretary-General report to Council', () => {
  const text = lines(
    'Council 2034',
    'Report by the Secretary-General',
    '1\tIntroduction',
    '1.1\tThis report is submitted to the 2034 session of Council, to be held in Geneva from 9 to 18 June 2034.',
    '2\tEvents',
    '2.1\tThe World Summit on Cities 2034 will be hosted by Chile in the second week of November 2034.',
    "2.2\tThe Commission's next expert panel will meet in spring 2035.",
    '2.3\tThe regional seminar on numbering that had been foreseen for 3 July 2034 is no longer planned.',
    '2.4\tThe online consultation of councillors on the draft contribution to the HLPF has been put back from 4 August to 25 August 2034.',
    '2.5\tThe Council Working Group cluster will take place on 6–8 and 11 October 2034.',
    '3\tFollow-up',
    '3.1\tThe Secretary-General will submit the next edition of this report at least eight weeks in advance of Council 2035, whose dates are not yet set.',
    '3.1.1\tThe report will also cover the follow-up to the recommendations.',
  );
  const items = draftOf(text);
  const at = (p: string) => items.filter((i) => i.source.paragraph === p);

  it('a numbered sentence with sub-paragraphs is prose, not a heading: its deadline is read', () => {
    const council = items.find((i) => i.title === 'Council 2035')!;
    expect(
      at('3.1')
        .filter((i) => i.kind === 'deadline')
        .map((i) => [rel(i).anchor, rel(i).offsetDays]),
    ).toEqual([[council.id, -56]]);
  });

  it('"hosted … in the second week of November" is that month; "will meet in spring 2035" after a possessive is that year', () => {
    expect(at('2.1').map((i) => i.when)).toEqual([{ type: 'tba', approx: '2034-11' }]);
    expect(at('2.2').map((i) => [i.title, i.when])).toEqual([["Commission's next expert panel", { type: 'tba', approx: '2035' }]]);
  });

  it('"is no longer planned" cancels; a consultation "on the contribution to the HLPF" is its own item; "6–8 and 11 October" is one stretch', () => {
    expect(at('2.3').map((i) => i.status)).toEqual(['cancelled']);
    expect(at('2.4').map((i) => [i.title, i.when, i.status])).toEqual([
      ['Online consultation of councillors on the draft contribution to the HLPF', { type: 'date', start: '2034-08-25' }, 'rescheduled'],
    ]);
    expect(at('2.5').map((i) => i.when)).toEqual([{ type: 'date', start: '2034-10-06', end: '2034-10-11' }]);
  });
});

describe('round 16: tasks asked at a meeting, and the opening of the next', () => {
  const text = lines(
    'Outcomes of the 70th and 71st meetings of the Working Group on Spectrum (WG-SP)',
    '1\tGeneral',
    '1.1\tThe 70th meeting was held on 12-13 October 2036. The 71st meeting was held on 8-9 February 2037.',
    '2\tWork',
    '2.1\tWork plan',
    'Updates from the 71st meeting',
    '2.1.1\tMembers may send written inputs to the secretariat by 20 January, for consolidation.',
    '2.1.2\tMember States were invited to send proposals by the opening of the 72nd meeting.',
    '2.1.3\tThe 72nd meeting will be held on 4-5 October 2037.',
  );
  const items = draftOf(text);

  it('a year-less deadline asked at a February meeting is next January, not the one just past', () => {
    expect(items.find((i) => i.source.paragraph === '2.1.1')!.when).toEqual({ type: 'date', start: '2038-01-20' });
  });

  it('"by the opening of the 72nd meeting" is due on its first day', () => {
    const next = items.find((i) => i.source.paragraph === '2.1.3')!;
    const due = items.find((i) => i.source.paragraph === '2.1.2')!;
    expect([rel(due).anchor, rel(due).offsetDays]).toEqual([next.id, 0]);
  });
});
