import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/intake/report/dates.js';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { findEvents } from '../../../src/intake/report/events.js';
import { ordinalValue } from '../../../src/intake/report/ordinals.js';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';

// Faults found by the blind reports in tests/fixtures/intake/blind/; every sentence here is new.

describe('faults the blind reports exposed', () => {
  it('a line that is only a date is the document date, not paragraph 7', () => {
    const doc = parseParagraphs('Expert Group on Spectrum Data\n7 June 2031\nREPORT\n1\tIntroduction\n1.1\tThe group met twice.\n');
    expect(doc.documentDate).toBe('2031-06-07');
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '1.1']);
  });

  it('spelled-out ordinals count as ordinals, in events and in the meetings a report covers', () => {
    expect(ordinalValue('thirty-second')).toBe('32');
    expect(ordinalValue('Eleventh')).toBe('11');
    expect(ordinalValue('ninetieth')).toBe('90');
    expect(ordinalValue('meeting')).toBeUndefined();
    expect(findEvents('The sixty-third meeting of the Committee opened.')[0]?.ordinal).toBe('63');
    expect(parseParagraphs('REPORT OF THE SEVENTH AND EIGHTH MEETINGS\n1.1\tText.\n').meetings).toEqual(['7', '8']);
  });

  it('Question and document numbers with slashes are not dates', () => {
    expect(findDates('The Rapporteur for Question 2/3 presented Document XG-9/4.')).toEqual([]);
  });

  it('a relative phrase with a number ("10 days before") is not read as a date from the reference instant', () => {
    expect(findDates('Papers are due at least 10 days before the opening of the session.')).toEqual([]);
  });

  it('two sessions on one day make one timed item running to the end of the last', () => {
    const [m] = findDates('It met on 3 March 2031, 10:00–12:00 and 15:00–18:00 WAT.');
    expect([m?.startTime, m?.endTime, m?.zone]).toEqual(['10:00', '18:00', 'Africa/Lagos']);
  });

  it('"<City> time" is read as the IANA zone of that city', () => {
    const [m] = findDates('A webinar on 4 May 2031 at 09:00 Santiago time.');
    expect(m?.zone).toBe('America/Santiago');
  });

  it('"14 and 15 October 2031" is a two-day range; "3 and 17 May" is not', () => {
    const [m] = findDates('The forum will take place on 14 and 15 October 2031.');
    expect([m?.start, m?.end]).toEqual([
      { day: 14, month: 10, year: 2031 },
      { day: 15, month: 10, year: 2031 },
    ]);
    expect(findDates('on 3 and 17 May 2031').map((x) => x.end)).toEqual([undefined]);
  });

  it('a meeting "held" on a date after the document\'s own date is flagged and read in the year before', () => {
    const text =
      'Panel on Numbering Resources\n30 April 2032\n1\tMeetings\n1.1\tThe fifth meeting of the Panel, held on 12 November 2032, adopted its work plan.\n';
    const d = draftFromText(text, { document: 'panel report' });
    const item = d.items.find((i) => i.source.paragraph === '1.1');
    expect(item?.when).toEqual({ type: 'date', start: '2031-11-12' });
    expect(item?.review[0]?.printed).toContain('12 November 2032');
  });

  it('the closing time of the meeting reported on is not an item', () => {
    const text = 'Panel on Numbering Resources\n30 April 2032\n1\tClosing\n1.1\tThe Chair closed the meeting on 20 April 2032 at 16:20.\n';
    expect(draftFromText(text, { document: 'panel report' }).items).toEqual([]);
  });

  it('year-less dates take their year from the document date when no meeting is dated', () => {
    const text = 'Panel on Numbering Resources\n30 November 2032\n1\tWork\n1.1\tMembers were invited to send data to the secretariat by 20 January.\n';
    const item = draftFromText(text, { document: 'panel report' }).items[0];
    expect(item?.when).toEqual({ type: 'date', start: '2033-01-20' });
    expect(item?.review[0]?.interpretation).toMatch(/supplied/);
  });
  it('"1400-1600 hours" after a day is a time of day, not the year 1400 (second blind set)', () => {
    const [m] = findDates('A consultation will be held on 23 March, 1400-1600 hours CET, open to all.');
    expect([m?.start.year, m?.startTime, m?.endTime, m?.zone]).toEqual([undefined, '14:00', '16:00', 'Europe/Zurich']);
  });

  it('"was held at <place> and online on <date>" dates the group meeting it names (second blind set)', () => {
    const text =
      'Working Group on Spectrum Fees (WG-SF)\nREPORT OF THE NINTH MEETING\n1\tThe ninth meeting of WG-SF was held at ITU headquarters in Geneva and online on 4 and 5 May 2031.\n2\tComments are due by 20 May.\n';
    const d = draftFromText(text, { document: 'WG-SF 9' });
    expect(d.items.find((i) => i.source.paragraph === '1')?.when).toEqual({ type: 'date', start: '2031-05-04', end: '2031-05-05' });
    expect(d.items.find((i) => i.source.paragraph === '2')?.when).toEqual({ type: 'date', start: '2031-05-20' });
  });
  it('"Questions 1/5 to 4/5" is a range of Question numbers, not 1 to 4 May (second blind set)', () => {
    expect(findDates('Working Party 3/9 reviewed Questions 2/9 to 6/9 and agreed new work items.')).toEqual([]);
  });

  it('an event named for a year keeps that year when the printed date says the year before, flagged (second blind set)', () => {
    const text =
      'Working Group on Spectrum Fees (WG-SF)\nREPORT OF THE NINTH MEETING\n1\tThe ninth meeting of WG-SF was held in Geneva on 4 and 5 May 2031.\n2\tThe group welcomed the offer to host Radio Spectrum Week 2032, to be held in Lima on 6-9 September 2031.\n';
    const week = draftFromText(text, { document: 'WG-SF 9' }).items.find((i) => /Radio Spectrum Week/.test(i.title));
    expect(week?.when).toEqual({ type: 'date', start: '2032-09-06', end: '2032-09-09' });
    expect(week?.review[0]?.printed).toMatch(/6-9 September 2031/);
  });
});
