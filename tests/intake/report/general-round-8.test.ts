import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';

// General faults found across the tuning sets in round 8; every sentence here is new.

const lines = (...l: string[]) => l.join('\n');

describe('round 8: paragraphs cited under numbered headings', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'a report numbering only its headings cites <heading>.<count>',
      text: lines(
        'Coastal Data Alliance – Notes of the Fourth Steering Call',
        '1. Welcome',
        'The call was held on 3 March 2033 and chaired by Ms. Rivera.',
        'Eleven partners attended.',
        '2. Work plan',
        'Partners will send their inputs by 20 March 2033.',
        'The next call is set for 9 April 2033.',
      ),
      expected: ['1', '1.1', '1.2', '2', '2.1', '2.2'],
    },
    {
      name: 'an unnumbered sub-heading between numbered paragraphs keeps the number above',
      text: lines(
        '3\tOutcomes',
        'Updates from the 9th meeting',
        '3.1\tThe group adopted its terms of reference.',
        '3.2\tThe group will meet again on 4 May 2033.',
      ),
      expected: ['3', '3', '3.1', '3.2'],
    },
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    expect(parseParagraphs(text).paragraphs.map((p) => p.number)).toEqual(expected);
  });
});
