import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { findTables } from '../../../src/intake/report/tables.js';

// Tables as Word tables come out as text (tab-separated cells) or as "|" tables; made up for the test.

const dates = (text: string) =>
  draftFromText(text, { document: 't' })
    .items.map((i) => [i.kind, i.source.paragraph, i.when.type === 'date' ? `${i.when.start}${i.when.end ? `..${i.when.end}` : ''}` : i.when.type])
    .sort((a, b) => String(a[2]).localeCompare(String(b[2])));

describe('tables in a report', () => {
  it('a schedule of meetings: one event per row, a deadline where the deadline column has a date', () => {
    const text = [
      'Working Party on Numbering Plans (WP-NP)',
      '5\tFuture meetings',
      '5.1\tThe Working Party agreed on the following schedule:',
      'Meeting\tDates\tVenue\tDeadline for contributions',
      '9th WP-NP meeting\t14-16 April 2027\tNairobi\t17 March 2027',
      '10th WP-NP meeting\t6-8 October 2027\tto be confirmed\t–',
      '5.2\tThe Chair thanked the hosts.',
    ].join('\n');
    expect(dates(text)).toEqual([
      ['deadline', '5.1', '2027-03-17'],
      ['event', '5.1', '2027-04-14..2027-04-16'],
      ['event', '5.1', '2027-10-06..2027-10-08'],
    ]);
  });

  it('a "|" table with a time column', () => {
    const text = [
      'Informal group notes',
      '2.\tUpcoming calls:',
      '| Session | Date | Time |',
      '| --- | --- | --- |',
      '| Drafting call on indicators | 12 May 2028 | 13:00–14:30 UTC |',
    ].join('\n');
    const d = draftFromText(text, { document: 't' });
    expect(d.items.map((i) => i.when)).toEqual([{ type: 'datetime', start: '2028-05-12T13:00', end: '2028-05-12T14:30', tz: 'UTC' }]);
  });

  it('a list of input documents is not a calendar', () => {
    const text = [
      'Study Panel on Tariffs',
      '3\tDocuments',
      '3.1\tThe panel had before it the following contributions:',
      'Document symbol\tTitle\tDate submitted',
      'SPT/12\tProposal on roaming charges\t2 February 2027',
      'SPT/13\tComments from the region\t9 February 2027',
      '3.2\tThe panel will meet again on 1 June 2027.',
    ].join('\n');
    expect(dates(text)).toEqual([['event', '3.2', '2027-06-01']]);
  });

  it('recognises headers, not ordinary lines with tabs', () => {
    expect(findTables(['1.1\tThe group met.', '1.2\tIt adjourned.']).size).toBe(0);
    const t = findTables(['Event\tPlace\tDates', 'Forum\tLima\t3 May 2027']);
    expect(t.get(0)?.kind).toBe('schedule');
    expect(t.get(1)?.text).toBe('Forum will be held on 3 May 2027 in Lima.');
  });
});
