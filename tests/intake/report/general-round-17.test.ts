import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/intake/report/draft.js';

// General faults found in round 17 (from holdout-12's misses); every sentence here is new.

const lines = (...l: string[]) => l.join('\n');
const draftOf = (text: string) => draftFromText(text, { document: 'test' }).items;
const rel = (i: { when: unknown }) => i.when as { type: string; anchor?: string; offsetDays?: number; bound?: string };

describe('round 17: conclusions numbered "Conclusion 2/1:"', () => {
  const text = lines(
    'Council Working Group on Youth (CWG-Y)',
    'Report of the Chair on the 9th meeting',
    'Agenda item 1 – Opening',
    'Conclusion 1/1: The Group met on 3 March 2031 in Geneva.',
    'Agenda item 2 – Work plan',
    'Conclusion 2/1: Members are invited to send proposals on the youth strategy by Friday 4 April 2031.',
    'Conclusion 2/2: The secretariat will circulate the compilation no more than 7 days after the deadline set in Conclusion 2/1.',
    'Conclusion 2/3: Council 2031 will take place between 10 and 20 June 2031.',
    'Conclusion 2/4: The 10th meeting of the Group is tentatively foreseen for the second half of October 2031.',
  );
  const items = draftOf(text);
  const at = (p: string) => items.filter((i) => i.source.paragraph === p);

  it('cites each conclusion as printed', () => {
    expect(at('1/1').map((i) => i.when)).toEqual([{ type: 'date', start: '2031-03-03' }]);
    expect(at('2/1').map((i) => [i.kind, i.when])).toEqual([['deadline', { type: 'date', start: '2031-04-04' }]]);
  });

  it('"after the deadline set in Conclusion 2/1" counts from that paragraph\'s deadline', () => {
    const due = at('2/2')[0]!;
    expect([rel(due).anchor, rel(due).offsetDays]).toEqual([at('2/1')[0]!.id, 7]);
  });

  it('"between 10 and 20 June" is one stretch; "foreseen for the second half of October 2031" is that month', () => {
    expect(at('2/3').map((i) => i.when)).toEqual([{ type: 'date', start: '2031-06-10', end: '2031-06-20' }]);
    expect(at('2/4').map((i) => i.when)).toEqual([{ type: 'tba', approx: '2031-10' }]);
  });
});

describe('round 17: dates and times as other authors print them', () => {
  const text = lines(
    'Caribbean Telecommunications Forum',
    'Outcome summary, 2 November 2034',
    '[1] The Forum met in Castries from 20 to 22 October 2034.',
    '[2] The second preparatory meeting took place on the 4th of March 2035 at the Union offices, Castries, from 9h30 to 13h00 UTC, with remote participation.',
    '[3] The online voting phase will run from the 3rd of March until the 24th of March 2035.',
    '[4] The regional consultation on spectrum will run between 5 January and 27 February.',
    '[5] The Union will hold a webinar on Tuesday, 16 January, from 10h to 12h UTC.',
    '[6] The Secretariat will run an online clinic at noon Bogotá time (UTC-5) on Wednesday, 13 December.',
    '[7] The regional drill, which had been planned for 8-10 December 2034 in Kingston, has been deferred to the first quarter of 2035, dates to be confirmed.',
    "[8] The chair's report will be sent to the Council a fortnight before its next session.",
  );
  const items = draftOf(text);
  const at = (p: string) => items.filter((i) => i.source.paragraph === p);

  it('"from 9h30 to 13h00", "from 10h to 12h", "at noon Bogotá time (UTC-5) on …" are timed', () => {
    expect(at('2').map((i) => i.when)).toEqual([{ type: 'datetime', start: '2035-03-04T09:30', end: '2035-03-04T13:00', tz: 'UTC' }]);
    expect(at('5').map((i) => [i.title, i.when])).toEqual([['Webinar', { type: 'datetime', start: '2035-01-16T10:00', end: '2035-01-16T12:00', tz: 'UTC' }]]);
    expect(at('6').map((i) => [i.title, i.when])).toEqual([['Online clinic', { type: 'datetime', start: '2034-12-13T12:00', tz: 'America/Bogota' }]]);
  });

  it('"from the 3rd of March until the 24th of March", "between 5 January and 27 February" are stretches', () => {
    expect(at('3').map((i) => i.when)).toEqual([{ type: 'date', start: '2035-03-03', end: '2035-03-24' }]);
    expect(at('4').map((i) => i.when)).toEqual([{ type: 'date', start: '2035-01-05', end: '2035-02-27' }]);
  });

  it('"deferred to the first quarter of 2035" leaves the drill to be announced in 2035, its old dates in history', () => {
    const drill = at('7')[0]!;
    expect([drill.title, drill.when, drill.status, drill.history.map((h) => h.when)]).toEqual([
      'Regional drill',
      { type: 'tba', approx: '2035' },
      'tba',
      [{ type: 'date', start: '2034-12-08', end: '2034-12-10' }],
    ]);
  });
});

describe('round 18: moves, days into an event, pencilled months', () => {
  const text = lines(
    'Regional Broadband Steering Committee',
    'Summary of the 4th meeting, 3 June 2036',
    '1. The Committee met online on 2 June 2036.',
    '2. The regional workshop, first pencilled for 7–8 October 2036, has been moved back by a week to 14–15 October 2036.',
    '3. The briefing for missions slips to Thursday 17 July 2036.',
    '4. The Summit on Connectivity 2036 will be held in Lomé from 9 to 13 November 2036. The Committee will organize an open forum on the third day of the Summit on Connectivity 2036.',
    '5. The 5th meeting of the Committee is pencilled in for late January 2037.',
  );
  const items = draftOf(text);
  const at = (p: string) => items.filter((i) => i.source.paragraph === p);

  it('"moved back by a week to" and "slips to" are reschedules', () => {
    expect(at('2').map((i) => [i.when, i.status])).toEqual([[{ type: 'date', start: '2036-10-14', end: '2036-10-15' }, 'rescheduled']]);
    expect(at('3').map((i) => i.when)).toEqual([{ type: 'date', start: '2036-07-17' }]);
  });

  it('"on the third day of X" is X + 2 days; "pencilled in for late January 2037" is that month', () => {
    const summit = at('4').find((i) => i.when.type === 'date')!;
    const forum = at('4').find((i) => i.when.type === 'relative')!;
    expect([rel(forum).anchor, rel(forum).offsetDays]).toEqual([summit.id, 2]);
    expect(at('5').map((i) => i.when)).toEqual([{ type: 'tba', approx: '2037-01' }]);
  });
});
