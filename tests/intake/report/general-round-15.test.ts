import { describe, expect, it } from 'vitest';
import { readReportText } from '../../../src/intake/files/read-report.js';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';

// General faults found in round 15 (from holdout-13's misses); every sentence here is new.

const lines = (...l: string[]) => l.join('\n');
const draftOf = (text: string) => draftFromText(text, { document: 'test' }).items;
type W = { type: string; start?: string; end?: string; tz?: string; status?: string };
const whenOf = (w?: W) => (w?.type === 'date' || w?.type === 'datetime' ? [w.start, w.end].filter(Boolean).join('..') + (w.tz ? ` ${w.tz}` : '') : w?.type);
/** A .txt file as the bot receives it: through the same reader as `/cwg import`. */
const asTxt = async (text: string) => (await readReportText(new TextEncoder().encode(text), 'report.txt')).text;

describe('round 15: text saved from a PDF converter', () => {
  const wrapped = lines(
    'Andean Spectrum Committee                                  ASC-14/7-E',
    '14th meeting, Quito, 2-3 April 2032                        9 April 2032',
    '',
    '1     The Committee held its fourteenth meeting in Quito on 2-3 April 2032. The',
    'Chair thanked the host administration for its support.',
    '',
    '2     Administrations wishing to comment on the draft band plan should write to the',
    'secretariat by Thursday 27 May 2032. A revised text will be circu-',
    'lated in June.',
    '',
    '                                    - 2 -',
    '                               ASC-14/7-E',
    '',
    '3     The technical workshop on satellite coordination, foreseen for Tuesday',
    '8 June 2032, will take place in Lima on 15 Novem-',
    'ber 2032 instead.',
    '',
    '4     The fifteenth meeting will be held in Bogotá on 6-7 October 2032¹.',
    '',
    '____________________',
    '¹ The fourteenth meeting had first been set for 19 March 2032.',
    '                                    - 3 -',
  );

  it('joins hard-wrapped lines into their paragraph, drops page numbers and running heads, rejoins hyphenated words', async () => {
    const text = await asTxt(wrapped);
    const doc = parseParagraphs(text);
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4']);
    expect(doc.paragraphs[1]!.text).toBe(
      'Administrations wishing to comment on the draft band plan should write to the secretariat by Thursday 27 May 2032. A revised text will be circulated in June.',
    );
    expect(doc.paragraphs[2]!.text).toContain('foreseen for Tuesday 8 June 2032, will take place in Lima on 15 November 2032 instead.');
    expect(text).not.toMatch(/- 2 -|fourteenth meeting had first/);
  });

  it('reads a date wrapped over two lines, and a year with a footnote marker glued to it', async () => {
    const items = draftOf(await asTxt(wrapped));
    expect(items.map((i) => [i.source.paragraph, whenOf(i.when as W)])).toEqual(
      expect.arrayContaining([
        ['2', '2032-05-27'],
        ['3', '2032-11-15'],
        ['4', '2032-10-06..2032-10-07'],
      ]),
    );
  });

  it('leaves text that is already one paragraph per line as it is', async () => {
    const flat = lines('Andean Spectrum Committee', '1.\tThe Committee met on 2 April 2032.', '2.\tThe Chair closed the meeting.');
    expect(await asTxt(flat)).toBe(flat);
  });

  it('reads a table printed as space-aligned columns, with cells wrapped over two lines', async () => {
    const text = await asTxt(
      lines(
        'Andean Spectrum Committee',
        '',
        '1     The Committee met in Quito on 2-3 April 2032.',
        '',
        '2     The calendar of activities is as follows:',
        '',
        'Activity                          Dates                        Responsible',
        'Regional seminar on spectrum      September 14th, 2032 –       Secretariat',
        'pricing (La Paz)                  September 16th, 2032',
        'Questionnaire to administrations  20 July 2032                 Chair',
        '',
        '3     The Chair closed the meeting.',
      ),
    );
    expect(text).toContain('Regional seminar on spectrum pricing (La Paz)\tSeptember 14th, 2032 – September 16th, 2032\tSecretariat');
    const items = draftOf(text).filter((i) => i.source.paragraph === '2');
    expect(items.map((i) => whenOf(i.when as W))).toContain('2032-09-14..2032-09-16');
  });
});
