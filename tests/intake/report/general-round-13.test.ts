import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/intake/report/draft.js';

// General faults found in round 13 (from holdout-10's misses); every sentence here is new.

const lines = (...l: string[]) => l.join('\n');
const report = (...body: string[]) =>
  lines(
    'Andean Spectrum Coordination Forum',
    'REPORT OF THE NINTH MEETING',
    '(Quito, 8–9 June 2037)',
    '1.\tThe ninth meeting was held in Quito on 8–9 June 2037.',
    ...body,
  );
const draftOf = (text: string) => draftFromText(text, { document: 'test' }).items;
const draft = (...body: string[]) => draftOf(report(...body)).filter((i) => i.source.paragraph !== '1');
type W = { type: string; start?: string; end?: string; tz?: string };
const whenOf = (w?: W) => (w?.type === 'date' || w?.type === 'datetime' ? [w.start, w.end].filter(Boolean).join('..') + (w.tz ? ` ${w.tz}` : '') : w?.type);

describe('round 13: a known event named only behind a preposition', () => {
  it('"The Steering Committee of the assembly will meet on …" is its own item, not a second date of the assembly', () => {
    const items = draft(
      '2.\tThe General Assembly of the Forum will be held in Lima from 12 to 14 October 2037.',
      '3.\tThe Steering Committee of the General Assembly will meet on 20 August 2037 to prepare it.',
    );
    expect(items.map((i) => [i.source.paragraph, whenOf(i.when)])).toEqual([
      ['2', '2037-10-12..2037-10-14'],
      ['3', '2037-08-20'],
    ]);
    expect(items[0]!.review).toEqual([]);
  });
});

describe('round 13: an indented tab table ends at a numbered line at the margin', () => {
  it('the paragraph after the table cites its own number', () => {
    const items = draftOf(
      lines(
        'Andean Spectrum Coordination Forum',
        'Summary of the ninth meeting (Quito, 8-9 June 2037)',
        '1.1\tThe ninth meeting took place in Quito from 8 to 9 June 2037.',
        '2.1\tThe following deadlines apply:',
        '\tItem\tDeadline',
        '\tFellowship requests\t3 September 2037',
        '3.1\tThe chairs will convene an online meeting on 4 November 2037 to review the drafts.',
      ),
    );
    expect(items.map((i) => [i.source.paragraph, whenOf(i.when)])).toContainEqual(['3.1', '2037-11-04']);
    expect(items.map((i) => [i.source.paragraph, whenOf(i.when)])).toContainEqual(['2.1', '2037-09-03']);
  });
});

describe('round 13: "the Forum" in a sentence about what is to come (later-edition.ts)', () => {
  const note = (...body: string[]) =>
    draftOf(
      lines(
        'Harbour Data Forum 2038',
        'Note by the secretariat',
        'Lisbon, 2 February 2038',
        'A.1 The outcomes of the Harbour Data Forum 2037, held in Porto from 2 to 4 June 2037, were published in July 2037.',
        'A.2 The Harbour Data Forum 2038 will take place in Lisbon from 8 to 10 June 2038.',
        'A.3 The report of the Harbour Data Forum 2037 was presented to the Board.',
        ...body,
      ),
    );
  it('anchors on the edition still to come, not the past edition named last', () => {
    const items = note('B.1 Registration for the exhibition will close three weeks prior to the Forum.');
    const due = items.find((i) => i.source.paragraph === 'B.1');
    const forum = items.find((i) => i.source.paragraph === 'A.2');
    expect(due?.when).toMatchObject({ type: 'relative', offsetDays: -21, bound: 'by', anchor: forum?.id });
  });
});

describe('round 13: a time printed after a year-less date is not its year (clock-for-year.ts)', () => {
  it('"Thursday 17 September, 15.30 Lima time" is 15:30, not the year 2015', () => {
    const items = draft('2.\tAn online briefing on the draft plan will be held on Thursday 17 September, 15.30 Lima time, in Spanish.');
    expect(items.map((i) => whenOf(i.when))).toEqual(['2037-09-17T15:30 America/Lima']);
  });
  it('"Monday 12 October, 0900-1030 UTC" is a range of hours', () => {
    const items = draft('2.\tThe drafting group will meet online on Monday 12 October, 0900-1030 UTC, to settle the text.');
    expect(items.map((i) => whenOf(i.when))).toEqual(['2037-10-12T09:00..2037-10-12T10:30 UTC']);
  });
});

describe('round 13: an event announced for part of a year without a proper name (period-subject.ts)', () => {
  const tbaOf = (items: ReturnType<typeof draft>) => items.map((i) => [i.kind, i.when.type, (i.when as { approx?: string }).approx]);
  it('"A technical retreat of the two task forces will be held in the second half of 2038" is an event to be announced in 2038', () => {
    const items = draft('2.\tA technical retreat of the two task forces will be held in the second half of 2038, on dates to be agreed.');
    expect(tbaOf(items)).toEqual([['event', 'tba', '2038']]);
  });
  it('"The next regional dialogue is expected to take place towards the end of 2038" (towards)', () => {
    const items = draft('2.\tThe next regional dialogue is expected to take place towards the end of 2038.');
    expect(tbaOf(items)).toEqual([['event', 'tba', '2038']]);
  });
  it('"It will be held later in 2038" is the event the sentence before proposed', () => {
    const items = draft('2.\tThe delegate of Chile proposed a coastal radio workshop for the Pacific islands. It will be held later in 2038.');
    expect(tbaOf(items)).toEqual([['event', 'tba', '2038']]);
    expect(items[0]?.title).toMatch(/workshop/i);
  });
  it('a subject that was held is not announced', () => {
    expect(draft('2.\tA technical retreat of the two task forces was held in 2036.')).toEqual([]);
  });
});

describe('round 13: "within N days" before "after X" is a relative date, not a day of the year 2000', () => {
  it('"within 21 days after the assembly" is +21 by the assembly', () => {
    const items = draft(
      '2.\tThe tenth meeting will be held in Cusco from 5 to 7 November 2037.',
      '3.\tThe secretariat will circulate the summary record within 21 days after the tenth meeting.',
    );
    const record = items.find((i) => i.source.paragraph === '3');
    const meeting = items.find((i) => i.source.paragraph === '2');
    expect(record?.when).toMatchObject({ type: 'relative', offsetDays: 21, bound: 'by', anchor: meeting?.id });
    expect(items.map((i) => whenOf(i.when))).not.toContain('2000-01-22');
  });
});

describe('round 13: "the session" after a bare body name; "submitted to Council 2038"; what a meeting noted (bare-body.ts)', () => {
  it('"the draft report to Council two weeks prior to the session" hangs on the meeting just named, not the Council', () => {
    const items = draft(
      '2.\tThe Council 2036 approved the work plan.',
      '3.\tThe sixth meeting will be held in Gdansk on 20 and 21 September 2037.',
      "4.\tThe secretariat will circulate the Chair's draft report to Council two weeks prior to the session.",
    );
    const sixth = items.find((i) => i.source.paragraph === '3' && i.kind === 'event');
    expect(items.find((i) => i.source.paragraph === '4')?.when).toMatchObject({ type: 'relative', offsetDays: -14, anchor: sixth?.id });
  });
  it('"will be submitted to Council 2038" is due at that session', () => {
    const items = draft('2.\tThe revised ferry safety guidelines will be submitted to Council 2038 for approval.');
    const council = items.find((i) => i.kind === 'event');
    expect(items.filter((i) => i.kind === 'deadline').map((i) => i.when)).toEqual([
      expect.objectContaining({ type: 'relative', offsetDays: 0, anchor: council?.id }),
    ]);
  });
  it('"The meeting noted the results of a workshop held in Riga on …" is the workshop’s history', () => {
    const items = draft('2.\tThe meeting noted the results of the regional workshop on port data held in Riga on 2 and 3 February 2037.');
    expect(items).toEqual([]);
  });
});

describe('round 13: a document of an event published on a day (published-on.ts)', () => {
  it('"The programme of the Summit will be published on …" is a deadline, not a second date of the Summit', () => {
    const items = draft(
      '2.\tThe Baltic Maritime Summit 2037 will be held in Riga from 7 to 9 October 2037.',
      '3.\tThe final programme of the Summit will be published on 21 September 2037.',
    );
    expect(items.map((i) => [i.source.paragraph, i.kind, whenOf(i.when)])).toEqual([
      ['2', 'event', '2037-10-07..2037-10-09'],
      ['3', 'deadline', '2037-09-21'],
    ]);
  });
  it('a meeting "published" nowhere stays the meeting', () => {
    const items = draft('2.\tThe Summit of port authorities will be held on 21 September 2037.');
    expect(items.map((i) => i.kind)).toEqual(['event']);
  });
});

describe('round 13: "by the end of the week preceding X" (week-preceding.ts)', () => {
  it('is 3 days before the opening, flagged, and not "the day before"', () => {
    const items = draft(
      '2.\tThe Baltic Maritime Summit 2037 will be held in Riga from Monday 5 to Wednesday 7 October 2037.',
      '3.\tExhibitors must send their floor plans to the organizers by the end of the week preceding the Summit.',
    );
    const summit = items.find((i) => i.source.paragraph === '2');
    const due = items.filter((i) => i.source.paragraph === '3');
    expect(due.map((i) => i.when)).toEqual([expect.objectContaining({ type: 'relative', offsetDays: -3, bound: 'by', anchor: summit?.id })]);
    expect(due[0]?.review.map((r) => r.kind)).toEqual(['interpretation']);
  });
});

describe('round 13: an acronym named again without its suffix (bare-body.ts acronymHead)', () => {
  it('"six weeks before the BMC" after "(BMC-EU)" hangs on that conference', () => {
    const items = draft(
      '2.\tThe Baltic Maritime Conference for Europe (BMC-EU) will be held in 2038, on dates to be announced. Members were invited to submit their papers no later than six weeks before the BMC.',
    );
    const conference = items.find((i) => i.kind === 'event');
    expect(items.filter((i) => i.kind === 'deadline').map((i) => i.when)).toEqual([
      expect.objectContaining({ type: 'relative', offsetDays: -42, anchor: conference?.id }),
    ]);
  });
});

describe('round 13: a bare body name after its sitting was named in the paragraph; active "submit … to Council 2038"', () => {
  it('"… to Council 2038, which will meet … made available to Council … before the session" stays on Council 2038', () => {
    const items = draft(
      '2.\tThe sixth meeting will be held in Gdansk on 20 and 21 September 2037.',
      '3.\tThe Chair will submit the report to Council 2038, which will meet from 8 to 18 June 2038. The report is to be made available to Council no later than four weeks before the session.',
    );
    const council = items.find((i) => i.source.paragraph === '3' && i.kind === 'event');
    const due = items.find((i) => i.source.paragraph === '3' && i.when.type === 'relative' && (i.when as { offsetDays: number }).offsetDays === -28);
    expect(due?.when).toMatchObject({ anchor: council?.id });
  });
  it('"the Auditor will present the accounts to Council 2038" (another body’s act, active) is no deadline of ours', () => {
    const items = draft('2.\tThe Group noted that the External Auditor will present the audited accounts to Council 2038.');
    expect(items.filter((i) => i.kind === 'deadline')).toEqual([]);
  });
});

describe('round 13: the reported meeting closed, whatever its noun (closed-meeting.ts)', () => {
  it('"closed the panel on …" is not an item', () => {
    const items = draftOf(
      lines(
        'Commission on Port Data',
        'Report of the 2037 intersessional panel',
        '16 March 2037',
        '§ 1. The intersessional panel of the Commission was held in Geneva from 13 to 15 March 2037.',
        '§ 2. The Chair thanked the speakers and closed the panel on 15 March 2037.',
      ),
    );
    expect(items.map((i) => i.source.paragraph)).toEqual(['1']);
  });
  it('"the consultation closes on …" is still a deadline', () => {
    expect(draft('2.\tThe online consultation on the draft closes on 30 April 2037.').map((i) => i.kind)).toEqual(['deadline']);
  });
});

describe('round 13: a body’s sitting named only as "its … segment in June 2038" (body-sitting.ts)', () => {
  it('"will be considered by ECOSOC at its coordination segment in July 2038" is an event to be announced in that month', () => {
    const items = draft('2.\tThe annual report will be considered by ECOSOC at its coordination segment in July 2038.');
    expect(items.map((i) => [i.kind, i.when])).toEqual([['event', { type: 'tba', approx: '2038-07' }]]);
  });
  it('a numbered session is not read twice', () => {
    const items = draft('2.\tThe Chair will brief the Assembly at its twelfth session in July 2038.');
    expect(items.filter((i) => i.kind === 'event').length).toBeLessThanOrEqual(1);
  });
});

describe('round 13: "will not be organized" cancels (cancelled.ts)', () => {
  it('"The workshop in Tartu, planned for 4 May 2038, will not be organized this year" keeps its date, cancelled', () => {
    const items = draft('2.\tThe workshop in Tartu, planned for 4 May 2038, will not be organized this year.');
    expect(items.map((i) => [whenOf(i.when), i.status])).toEqual([['2038-05-04', 'cancelled']]);
  });
});

describe('round 13: a numbered session recalled as done (recalled-session.ts)', () => {
  it('"recalled that, at its fourth session, held from …, the Board had agreed" is history', () => {
    const items = draftOf(
      lines(
        'Board on Port Data',
        'Report of the 2037 expert panel',
        '16 March 2037',
        '§ 1. The expert panel of the Board was held in Geneva from 13 to 15 March 2037. It was opened by the Chair of the fifth session.',
        '§ 2. The Chair recalled that, at its fourth session, held from 2 to 6 November 2036, the Board had agreed on two themes.',
        '§ 3. The fifth session of the Board will be held from 5 to 9 October 2037.',
      ),
    );
    expect(items.map((i) => i.source.paragraph)).toEqual(['1', '3']);
  });
});
