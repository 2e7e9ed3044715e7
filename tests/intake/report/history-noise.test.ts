import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/calendar/schema.js';
import { documentNow, frontMatterDates } from '../../../src/intake/report/document-date.js';
import { draftFromText } from '../../../src/intake/report/draft.js';

// History told by tense and date, dates that are noise, and things named again. Every sentence here is new
// (none is from the seed, our own, or the blind reports).

const draftOf = (text: string) => draftFromText(text, { document: 'test report' }).items;
const starts = (items: Item[]) => items.map((i) => (i.when.type === 'date' || i.when.type === 'datetime' ? i.when.start.slice(0, 10) : i.when.type));
const find = (items: Item[], re: RegExp) => items.find((i) => re.test(i.title) || re.test(i.source.wording ?? ''));

const HEAD = `Expert Group on Satellite Broadband (EG-SB)
Document EG-SB-6/30-E
Date: 9 June 2029
Original: English
REPORT OF THE SIXTH MEETING OF THE EXPERT GROUP ON SATELLITE BROADBAND
Lisbon, 4 and 5 June 2029
`;

describe("history: what the report tells as done before its own 'now'", () => {
  const items = draftOf(`${HEAD}1\tOpening
1.1\tThe sixth meeting of the EG-SB was held in Lisbon on 4 and 5 June 2029.
2\tBackground
2.1\tThe Chair recalled that the first meeting of the Group, held on 14 September 2026, had adopted its work plan.
2.2\tThe satellite spectrum symposium was held in Geneva on 12 March 2029 and gathered 200 experts.
2.3\tA capacity-building course took place from 2 to 6 April 2029 in Dakar.
2.4\tThe public consultation on orbital debris, which closed on 30 April, received 31 responses.
2.5\tThe World Summit on the Information Society in 2005 and WRC-27 laid the basis of this work.
2.6\tThe General Assembly in December 2028 adopted a resolution on space sustainability.
3\tFuture work
3.1\tThe seventh meeting of the EG-SB will be held in Nairobi from 3 to 5 December 2029.
3.2\tComments on the draft handbook should be sent to the secretariat by 15 September 2029.
`);

  it('recalled meetings, courses, consultations and summits are not proposed', () => {
    expect(starts(items)).not.toContain('2026-09-14');
    expect(starts(items)).not.toContain('2029-03-12');
    expect(starts(items)).not.toContain('2029-04-02');
    expect(starts(items)).not.toContain('2029-04-30');
    expect(find(items, /Summit on the Information Society|WRC-27|General Assembly/)).toBeUndefined();
  });

  it('the meeting reported on and what it plans stay', () => {
    expect(starts(items).sort()).toEqual(['2029-06-04', '2029-09-15', '2029-12-03']);
  });

  it("'now' is the document's own: the same sentence in a report of an earlier meeting is calendar", () => {
    const earlier = draftOf(`Expert Group on Satellite Broadband (EG-SB)
Date: 20 January 2029
REPORT OF THE FIFTH MEETING
1\tThe fifth meeting of the EG-SB was held online on 15 January 2029.
2\tA capacity-building course will take place from 2 to 6 April 2029 in Dakar.
`);
    expect(starts(earlier)).toContain('2029-04-02');
  });

  it('a date planned in the future keeps its item even when printed before now (a misprint, flagged elsewhere)', () => {
    const planned = draftOf(`${HEAD}1\tThe sixth meeting of the EG-SB was held in Lisbon on 4 and 5 June 2029.
2\tThe regional workshop will be held in Quito on 12 and 13 May 2029.
`);
    expect(planned.some((i) => i.source.paragraph === '2')).toBe(true);
  });

  it("the group's meeting just before, and the briefing run up to this one, are of its cycle", () => {
    const cycle = draftOf(`${HEAD}1\tThe sixth meeting of the EG-SB was held in Lisbon on 4 and 5 June 2029.
2\tAn online preparatory briefing for new members was held on 28 May 2029.
3\tThe fifth meeting of the Group, held on 20 January 2029, had asked for a handbook.
`);
    expect(starts(cycle)).toEqual(expect.arrayContaining(['2029-05-28', '2029-01-20']));
  });
});

describe('noise: dates that are not calendar', () => {
  it('participants and document lists, document dates, approved minutes and budget periods give no item', () => {
    const items = draftOf(`${HEAD}1.1\tThe sixth meeting of the EG-SB was held in Lisbon on 4 and 5 June 2029.
1.2\tThe Group approved the report of its fifth meeting (online, 20 January 2029) as contained in Document EG-SB-5/40.
1.3\tThe secretariat introduced Document EG-SB-6/4 of 22 May 2029 on the work plan.
2\tBudget
2.1\tThe Group took note of the estimates for the 2030-2031 biennium and of the provision for the year 2030.
Annex 1 - List of documents
EG-SB-6/1 (2 May 2029) Draft agenda
EG-SB-6/7 (25 May 2029) Progress report of the secretariat
Annex 2 - List of participants
Ms C. Duarte, National Communications Authority (registered 27 May 2029)
Mr K. Osei, Ministry of Communications (registered 29 May 2029)
`);
    expect(starts(items)).toEqual(['2029-06-04']);
  });

  it("the front matter dates the document; its symbol and 'Original' line do not", () => {
    const front = frontMatterDates(HEAD);
    expect(front).toMatchObject({ documentDate: '2029-06-09', meetingStart: '2029-06-04' });
    expect(documentNow(front, [])?.date).toBe('2029-06-04');
    expect(documentNow(frontMatterDates('Working Party 7\n3 March 2031\nOriginal: French\n1\tText.'), [])?.date).toBe('2031-03-03');
    expect(frontMatterDates('REPORT OF THE SECOND MEETING OF STUDY GROUP 4 (SANTIAGO, 7-9 OCTOBER 2030)\n1\tText.').meetingStart).toBe('2030-10-07');
  });
});

describe('named once, named again', () => {
  const items = draftOf(`${HEAD}1\tThe sixth meeting of the EG-SB was held in Lisbon on 4 and 5 June 2029.
2.1\tThe Pacific Regional Space Week 2029 will be held in Suva from 5 to 9 November 2029.
2.2\tA side event on satellite backhaul will be organized during the Space Week.
2.3\tA briefing for new delegates will be held during the week of Council 2030.
2.4\tThe Group recalled the Plenipotentiary Conference held in Doha in 2026, and noted that proposals for the next Plenipotentiary Conference should be prepared early.
2.5\tThe handbook will be presented to the next meeting of the Radio Advisory Group (RAG), to be held from 14 to 16 October 2029.
`);

  it('"the Space Week" is the Pacific Regional Space Week 2029: its side event is held during it', () => {
    const week = items.find((i) => i.when.type === 'date' && i.when.start === '2029-11-05');
    const side = find(items, /side event/i);
    expect(side?.when).toMatchObject({ type: 'relative', bound: 'during', anchor: week?.id });
    expect(items.filter((i) => /space week/i.test(i.title) && i.kind === 'event' && i.when.type === 'tba')).toEqual([]);
  });

  it('"during the week of Council 2030": Council 2030 is the anchor, not a "week" of its own', () => {
    const council = items.find((i) => /^Council 2030$/i.test(i.title));
    expect(council?.when).toEqual({ type: 'tba', approx: '2030' });
    expect(find(items, /briefing/i)?.when).toMatchObject({ type: 'relative', bound: 'during', anchor: council?.id });
    expect(find(items, /^week of/i)).toBeUndefined();
  });

  it('"the next Plenipotentiary Conference" is a future item, not the one held in 2026', () => {
    const pp = items.filter((i) => /Plenipotentiary/i.test(i.title));
    expect(pp.map((i) => i.when)).toEqual([{ type: 'tba' }]);
  });

  it('"will be presented to the next meeting of X, to be held on …": the meeting and a deadline on it', () => {
    const rag = items.find((i) => i.when.type === 'date' && i.when.start === '2029-10-14');
    expect(rag?.kind).toBe('event');
    const due = items.find((i) => i.kind === 'deadline' && i.when.type === 'relative' && i.when.anchor === rag?.id);
    expect(due?.when).toMatchObject({ offsetDays: 0, bound: 'on' });
    expect(due?.title).toMatch(/handbook/i);
  });
});
