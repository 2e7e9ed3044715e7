import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { numberOfLine } from '../../../src/intake/report/numbering.js';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';

// Paragraph numbering styles of reports from other bodies; every line here is made up for the test.

const numbers = (text: string) => parseParagraphs(text).paragraphs.map((p) => [p.number, p.heading]);

describe('paragraph numbers as the report prints them', () => {
  it.each([
    ['§ 3.2\tThe panel agreed.', '3.2'],
    ['§3.2  The panel agreed.', '3.2'],
    ['§ 7 The panel agreed.', '7'],
    ['§§ 4.1. The panel agreed.', '4.1'],
    ['[12]\tThe panel agreed.', '12'],
    ['[3] The panel agreed.', '3'],
    ['4) The panel agreed.', '4'],
    ['5.\tThe panel agreed.', '5'],
    ['5.3.\tThe panel agreed.', '5.3'],
    ['5.3 The panel agreed.', '5.3'],
    ['Paragraph 9: The panel agreed.', '9'],
    ['Para. 9 The panel agreed.', '9'],
  ])('%s → %s', (line, number) => {
    expect(numberOfLine(line)?.number).toBe(number);
  });

  it('is not fooled by dates, amounts or roman words', () => {
    expect(numberOfLine('3 May 2027 was a holiday.')).toBeUndefined();
    expect(numberOfLine('I am pleased to report.')).toBeUndefined();
    expect(numberOfLine('I. The secretariat reported.')).toBeUndefined();
  });

  it('roman section headings with bracketed running paragraphs', () => {
    const text = [
      'Regional Expert Panel on Spectrum',
      'Summary record',
      'I.\tINTRODUCTION',
      '[1]\tThe panel met in Accra.',
      '[2]\tTwenty delegations took part.',
      'II.\tFUTURE WORK',
      '[3]\tThe panel will next meet in Lomé on 9 and 10 September 2027.',
    ].join('\n');
    expect(numbers(text)).toEqual([
      ['I', true],
      ['1', false],
      ['2', false],
      ['II', true],
      ['3', false],
    ]);
    const d = draftFromText(text, { document: 'panel' });
    const item = d.items.find((i) => i.kind === 'event');
    expect(item?.source.paragraph).toBe('3');
    expect(item?.when).toEqual({ type: 'date', start: '2027-09-09', end: '2027-09-10' });
  });

  it('§-numbered paragraphs are cited without the sign; their headings are headings', () => {
    const text = [
      'Steering Committee report',
      '§ 1\tOpening',
      '§ 1.1\tThe Committee opened its session.',
      '§ 2\tDeadlines',
      '§ 2.1\tComments are due by 14 January 2028.',
    ].join('\n');
    expect(numbers(text)).toEqual([
      ['1', true],
      ['1.1', false],
      ['2', true],
      ['2.1', false],
    ]);
    const d = draftFromText(text, { document: 'sc' });
    expect(d.items.map((i) => [i.kind, i.source.paragraph, i.when])).toEqual([['deadline', '2.1', { type: 'date', start: '2028-01-14' }]]);
  });

  it('lettered sub-items cite their parent paragraph, whether printed "(a)" or "4.2(a)"', () => {
    const text = [
      'Bureau meeting',
      '4\tActions',
      '4.2\tThe Bureau decided the following:',
      '(a)\tthe secretariat to circulate the draft agenda by 3 March 2029;',
      '4.2(b)\tmembers to send comments by 17 March 2029.',
    ].join('\n');
    const doc = parseParagraphs(text);
    expect(doc.paragraphs.find((p) => p.number === '4.2')?.bullets).toHaveLength(2);
    const d = draftFromText(text, { document: 'bureau' });
    expect(d.items.map((i) => [i.source.paragraph, i.when.type === 'date' ? i.when.start : ''])).toEqual([
      ['4.2', '2029-03-03'],
      ['4.2', '2029-03-17'],
    ]);
  });

  it('"1)" paragraphs and "Paragraph n" paragraphs', () => {
    expect(numbers('Notes\n1) The group met.\n2) It adjourned.')).toEqual([
      ['1', false],
      ['2', false],
    ]);
    expect(numbers('Notes\nParagraph 1 – The group met.\nParagraph 2 – It adjourned.')).toEqual([
      ['1', false],
      ['2', false],
    ]);
  });

  it('a short top-level line with a date is a paragraph, not a heading', () => {
    expect(numbers('Notes\n1.\tNext meeting: 4-5 May 2027, Geneva\n2.\tOther business')).toEqual([
      ['1', false],
      ['2', true],
    ]);
  });

  it('a report that numbers nothing is read line by line', () => {
    const text = 'Task Force on Metrics\nNote of the call\nThe task force met online.\nThe next call will take place on 6 October 2027.';
    const d = draftFromText(text, { document: 'tf' });
    expect(d.items.map((i) => [i.kind, i.when])).toEqual([['event', { type: 'date', start: '2027-10-06' }]]);
    expect(d.doc.title).toBe('Task Force on Metrics');
  });
});
