import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';

// General faults found in round 9 (from holdout-5's misses); every sentence here is new.

const lines = (...l: string[]) => l.join('\n');

describe('round 9: paragraph numbers', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'the text under "Decision 7/2 – title" cites 7/2, its (a) items are bullets',
      text: lines(
        'A\tOPENING',
        '1.\tThe seventh meeting of the River Basin Board was held in Lyon on 4 May 2033.',
        'B\tDECISIONS',
        'Decision 7/1 – Budget',
        'The Board approved the budget for 2034.',
        'Resolution 7/2 – Calendar',
        'The Board decided:',
        '(a)\tto meet again on 9 October 2033;',
        '(b)\tto invite comments by 1 August 2033.',
      ),
      expected: ['A', '1', 'B', '7/1', '7/1', '7/2', '7/2'],
    },
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    expect(parseParagraphs(text).paragraphs.map((p) => p.number)).toEqual(expected);
  });
});
