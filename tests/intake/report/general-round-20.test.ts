import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/intake/report/draft.js';

// General faults found in round 20 (from holdout-17's misses); every sentence here is new.

const lines = (...l: string[]) => l.join('\n');
const items = (...body: string[]) =>
  draftFromText(lines('Council Working Group on Languages', 'Report of the 30th meeting', '1. The Group met on 3 March 2039.', ...body), {
    document: 'test',
  }).items.filter((i) => i.source.paragraph !== '1');

describe('round 20', () => {
  it('"open from 2 May until 30 June 2039" is one stretch, an event (chrono reads "from 2" as a time)', () => {
    expect(items('2. A survey of translators will be open from 2 May until 30 June 2039 on the portal.').map((i) => [i.kind, i.when])).toEqual([
      ['event', { type: 'date', start: '2039-05-02', end: '2039-06-30' }],
    ]);
  });

  it('"within 10 days of the workshop" is no date of its own', () => {
    const got = items('2. A workshop on terminology will be held on 12 April 2039.', '3. Its report will be posted within 10 days of the workshop.');
    expect(got.some((i) => i.when.type === 'date' && i.when.start.startsWith('2000'))).toBe(false);
  });

  it('"will hold its high-level meeting … in December 2039" is that month', () => {
    expect(items('2. The General Assembly will hold its high-level meeting on multilingualism in December 2039.').map((i) => i.when)).toEqual([
      { type: 'tba', approx: '2039-12' },
    ]);
  });
});
