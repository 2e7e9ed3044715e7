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
