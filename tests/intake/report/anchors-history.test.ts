import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/calendar/schema.js';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { twoDigitYear } from '../../../src/intake/report/history.js';

// Relative deadlines whose anchor is named in another sentence or paragraph, and history mentioned as
// background. Every sentence here is new (none is from the seed or the blind reports).

const draftOf = (text: string) => draftFromText(text, { document: 'test report' }).items;
const find = (items: Item[], re: RegExp) => items.find((i) => re.test(i.title) || re.test(i.source.wording ?? ''));
const anchorOf = (i: Item | undefined) => (i?.when.type === 'relative' ? i.when.anchor : undefined);

describe('anchors named elsewhere', () => {
  it('"the session" in the next paragraph is the numbered meeting named before, not the meeting reported on', () => {
    const items = draftOf(`Expert Group on Rural Connectivity (EG-RC)
REPORT OF THE NINTH MEETING
1\tThe ninth meeting of the EG-RC was held in Accra on 4 and 5 March 2031.
2\tThe tenth meeting of the EG-RC will be held in Lusaka from 9 to 11 September 2031.
3\tContributions to the tenth meeting should reach the secretariat not later than 20 days prior to the session.
`);
    const tenth = items.find((i) => i.when.type === 'date' && i.when.start === '2031-09-09');
    expect(tenth).toBeDefined();
    const due = find(items, /20 days prior/);
    expect(due?.when).toMatchObject({ type: 'relative', offsetDays: -20, bound: 'by' });
    expect(anchorOf(due)).toBe(tenth!.id);
  });

  it('"its next meeting" in a report of one meeting is the one after it, dated in a later paragraph', () => {
    const items = draftOf(`Study Group 9 (Broadband cable)
REPORT OF THE SECOND MEETING OF STUDY GROUP 9
1.1\tStudy Group 9 (SG9) held its second meeting in Geneva from 2 to 6 June 2031.
1.2\tThe cable workshop for Africa has been postponed to 14 and 15 October 2031.
2.1\tThe Study Group reminded members that documents for its next meeting are due not later than 15 days before the meeting.
3.1\tThe third meeting of Study Group 9 will be held from 1 to 5 December 2031.
`);
    const third = items.find((i) => i.when.type === 'date' && i.when.start === '2031-12-01');
    expect(third).toBeDefined();
    expect(anchorOf(find(items, /15 days before/))).toBe(third!.id);
  });

  it('"the next meeting of the Working Group" and "the fourth meeting of the Working Group" are one item, announced for a month', () => {
    const items = draftOf(`WORKING GROUP ON SPECTRUM FEES
REPORT OF THE THIRD MEETING
1.1.\tThe third meeting of the Working Group was held online on 3 February 2032.
1.2.\tThe second meeting of the Working Group, held on 2 December 2031, had asked for a fee model.
2.1.\tMembers were invited to send their views on the fee model two weeks before the next meeting of the Working Group.
2.2.\tThe fourth meeting of the Working Group will be held in June 2032, on a date to be announced.
3.1.\tThe meeting was invited to mark International Girls in ICT Day on 22 April.
`);
    const fourth = items.find((i) => i.when.type === 'tba' && i.when.approx === '2032-06');
    expect(fourth, JSON.stringify(items.map((i) => [i.title, i.when]))).toBeDefined();
    expect(anchorOf(find(items, /two weeks before/))).toBe(fourth!.id);
    // "The meeting was invited to …" is the meeting reported on, so its date is not the fourth meeting's.
    expect(items.filter((i) => i.when.type === 'date' && i.when.start.endsWith('-04-22')).every((i) => i.id !== fourth!.id)).toBe(true);
  });

  it('"the RAG meeting": an acronym given in brackets earlier names the same body', () => {
    const items = draftOf(`Regional Forum for the Pacific (RF-PAC)
1.1\tThe Regional Forum for the Pacific was held in Suva on 6 and 7 May 2031.
2.1\tThe outcomes will be presented to the next meeting of the Radiocommunication Advisory Group (RAG), to be held from 14 to 17 July 2031.
2.2\tComments on the draft summary should be sent not later than 10 days before the RAG meeting.
`);
    const rag = items.find((i) => i.when.type === 'date' && i.when.start === '2031-07-14');
    expect(rag).toBeDefined();
    expect(anchorOf(find(items, /10 days before/))).toBe(rag!.id);
  });

  it('things due "to the Group at its twenty-fourth meeting" are due on that meeting, to be announced while it is', () => {
    const items = draftOf(`Council Working Group on Child Online Safety
Summary
This document reports on the twenty-second meeting of the Council Working Group on Child Online Safety (CWG-COS).
1\tThe twenty-second meeting of CWG-COS was held in Geneva on 10 October 2033.
2\tThe secretariat was invited to submit a first draft of the guidelines to the Group at its twenty-fourth meeting.
`);
    const due = find(items, /draft of the guidelines|submit a first draft/i);
    expect(due?.when).toMatchObject({ type: 'relative', offsetDays: 0, bound: 'on' });
    const anchor = items.find((i) => i.id === anchorOf(due));
    expect(anchor?.when.type).toBe('tba');
  });
});

describe('history is not calendar', () => {
  it('named events of years before the report are not proposed; later ones are', () => {
    const items = draftOf(`Regional Development Forum for the Pacific
Suva, 8 February 2031
1.1\tThe Forum recalled the regional initiatives adopted by WTDC-97 and reviewed at WTDC-26, held in Lima in October 2030.
1.2\tThe Forum looked ahead to WTDC-34 and to PP-30 follow-up.
`);
    const years = items.map((i) => (i.when.type === 'tba' ? i.when.approx : undefined));
    expect(years).not.toContain('2097');
    expect(years).not.toContain('1997');
    expect(years).not.toContain('2030');
    expect(years).toContain('2034');
  });

  it('events of the period a two-meeting report covers stay', () => {
    const items = draftOf(`Council Working Group on Data (CWG-DATA)
This report presents the results of the 11th and 12th meetings of the CWG-DATA.
1\tThe 11th meeting of CWG-DATA was held on 5 October 2030.
2\tThe 12th meeting of CWG-DATA was held on 3 February 2031.
3\tThe group noted the outcomes of the Open Data Summit 2030 and looked forward to the Open Data Summit 2031.
`);
    const years = items.map((i) => (i.when.type === 'tba' ? i.when.approx : undefined));
    expect(years).toContain('2030');
    expect(years).toContain('2031');
  });

  it('"initially planned for X, will now take place on Y" is one item on Y, with X in its history', () => {
    const items = draftOf(`Regional Office for the Caribbean
Report, 2 March 2031
1.1\tThe regional hackathon, initially planned for 12 May 2031, will now take place on 9 June 2031 in Kingston.
`);
    const dated = items.filter((i) => i.when.type === 'date');
    expect(dated).toHaveLength(1);
    expect(dated[0]!.when).toEqual({ type: 'date', start: '2031-06-09' });
    expect(dated[0]!.status).toBe('rescheduled');
    expect(dated[0]!.history.map((h) => (h.when.type === 'date' ? h.when.start : ''))).toContain('2031-05-12');
  });

  it('two-digit years in names: the last century above 60, this one below', () => {
    expect(twoDigitYear('98')).toBe(1998);
    expect(twoDigitYear('61')).toBe(1961);
    expect(twoDigitYear('25')).toBe(2025);
    expect(twoDigitYear('06')).toBe(2006);
  });
});
