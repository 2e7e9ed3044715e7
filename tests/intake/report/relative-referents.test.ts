import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/calendar/schema.js';
import { draftFromText } from '../../../src/intake/report/draft.js';

// Relative deadlines that point back at an item with "that meeting", "the session", "the Forum",
// "the next session of the Group", "before the opening of …". Every sentence is new (none from the seed,
// blind or holdout reports).

const draftOf = (text: string) => draftFromText(text, { document: 'test report' }).items;
const find = (items: Item[], re: RegExp) => items.find((i) => i.kind === 'deadline' && (re.test(i.title) || re.test(i.source.wording ?? '')));
const anchorOf = (i: Item | undefined) => (i?.when.type === 'relative' ? i.when.anchor : undefined);
const dump = (items: Item[]) => JSON.stringify(items.map((i) => [i.id, i.title, i.when]));

describe('relative deadlines and what they count from', () => {
  it('"that meeting" is the item named in the previous paragraph, past a heading that names none', () => {
    const items = draftOf(`Advisory Board on Maritime Radio
REPORT OF THE THIRD MEETING
1\tThe third meeting of the Advisory Board was held in Oslo on 2 and 3 March 2033.
4\tNext meetings
4.1\tThe ninth session of the Technical Panel on Coastal Stations will be held in Lisbon from 12 to 14 October 2033.
4.2\tAdministrations wishing to comment on the draft handbook were invited to do so no later than 18 days before that meeting.
`);
    const panel = items.find((i) => i.kind === 'event' && i.when.type === 'date' && i.when.start === '2033-10-12');
    expect(panel, dump(items)).toBeDefined();
    const due = find(items, /18 days before/);
    expect(due?.when, dump(items)).toMatchObject({ type: 'relative', offsetDays: -18, bound: 'by' });
    expect(anchorOf(due)).toBe(panel!.id);
  });

  it('"in due time before the session" after a sitting body named in the same sentence counts from that body, to be announced', () => {
    const items = draftOf(`Expert Group on Satellite Filings
REPORT OF THE SIXTH MEETING
1.1\tThe sixth meeting of the Expert Group was held online on 9 May 2033.
1.2\tThe seventh meeting of the Expert Group will be held on 20 November 2033.
2.1\tThe convener will submit the summary of the Expert Group to the Plenipotentiary Conference 2034 in due time before the session.
`);
    const due = find(items, /in due time before the session/);
    const anchor = items.find((i) => i.id === anchorOf(due));
    expect(anchor?.title, dump(items)).toMatch(/Plenipotentiary Conference/);
    expect(due?.status).toBe('tba');
  });

  it('"one month prior to the next session of the Group" is the group\'s next meeting, counted at 30 days', () => {
    const items = draftOf(`Working Group on Numbering Resources (WG-NR)
Document WG-NR-12/3
4 April 2034
REPORT ON THE OUTCOMES OF THE 11TH MEETING OF THE WORKING GROUP ON NUMBERING RESOURCES
1.1\tThe 11th meeting of the WG-NR was held on 2 and 3 March 2034 in Geneva.
5.1\tThe 12th meeting of the WG-NR is expected to be held on 14-15 September 2034 in Geneva.
5.2\tWritten proposals should be submitted one month prior to the next session of the Group.
`);
    const twelfth = items.find((i) => i.kind === 'event' && i.when.type === 'date' && i.when.start === '2034-09-14');
    expect(twelfth, dump(items)).toBeDefined();
    // "is expected to be held on" dates the named meeting: one item, not a dated copy and a to-be-announced one.
    expect(items.filter((i) => i.kind === 'event' && /12th meeting/i.test(i.title))).toHaveLength(1);
    const due = find(items, /one month prior/);
    expect(due?.when, dump(items)).toMatchObject({ type: 'relative', offsetDays: -30, bound: 'by' });
    expect(anchorOf(due)).toBe(twelfth!.id);
  });

  it('registration that closes "one week before the opening of the Forum" is a deadline on the Forum', () => {
    const items = draftOf(`Regional Forum on Digital Skills
SUMMARY OF THE PREPARATORY CALL
[1]\tThe preparatory call was held online on 11 January 2035.
[2]\tThe Digital Skills Forum 2035 will take place in Nairobi from 6 to 8 June 2035.
[3]\tRegistration for in-person attendance will close one week before the opening of the Forum.
`);
    const forum = items.find((i) => i.kind === 'event' && i.when.type === 'date' && i.when.start === '2035-06-06');
    expect(forum, dump(items)).toBeDefined();
    const due = find(items, /one week before the opening/);
    expect(due?.when, dump(items)).toMatchObject({ type: 'relative', offsetDays: -7, bound: 'by' });
    expect(anchorOf(due)).toBe(forum!.id);
  });

  it('"ten days after the closing of the Conference" counts from its last day', () => {
    const items = draftOf(`Panel on Open Data
REPORT OF THE FIRST MEETING
[1]\tThe first meeting of the Panel was held in Rome on 3 February 2036.
[2]\tThe Regional Conference on Open Data will be held in Tunis from 4 to 8 May 2036.
[3]\tThe summary record will be circulated no later than ten days after the closing of the Conference.
`);
    const conference = items.find((i) => i.kind === 'event' && i.when.type === 'date' && i.when.start === '2036-05-04');
    expect(conference, dump(items)).toBeDefined();
    const due = find(items, /after the closing/);
    // 8 May + 10 days = 18 May, i.e. 14 days from the first day the schema counts from; a limit, so "by".
    expect(due?.when, dump(items)).toMatchObject({ type: 'relative', anchor: conference!.id, offsetDays: 14, bound: 'by' });
  });

  it('a meeting "on the programme of the Forum" that took place on a date is dated, not the Forum it is about', () => {
    const items = draftOf(`Regional Forum on Digital Skills
SUMMARY OF THE PREPARATORY CALL
[1]\tThe first preparatory meeting of the Steering Group on the programme of the Digital Skills Forum 2035 took place on 11 January 2035.
[2]\tThe Digital Skills Forum 2035 will take place in Nairobi from 6 to 8 June 2035.
[3]\tThe provisional programme of the Forum will be posted no later than six weeks prior to the Forum.
`);
    const forum = items.find((i) => i.kind === 'event' && /Digital Skills Forum/.test(i.title));
    expect(forum?.when, dump(items)).toMatchObject({ type: 'date', start: '2035-06-06', end: '2035-06-08' });
    expect(find(items, /six weeks prior/)?.when).toMatchObject({ type: 'relative', anchor: forum!.id, offsetDays: -42 });
  });

  it('an anchor "to hold … in the capital of Paraguay in March 2037, on dates to be confirmed" is to be announced for that month, and so is its deadline', () => {
    const items = draftOf(`Bureau of the Andean Telecommunication Forum
REPORT OF THE FOURTH MEETING
1.\tThe fourth meeting of the Bureau was held in Lima on 9 September 2036.
6.\tThe Bureau agreed to hold the Third Andean Summit on Rural Connectivity in the capital of Paraguay in March 2037, on dates to be confirmed by the host.
7.\tThe secretariat will circulate the draft outcome statement no later than six weeks before the Summit.
`);
    const summit = items.find((i) => i.kind === 'event' && /Andean Summit/.test(i.title));
    expect(summit?.when, dump(items)).toEqual({ type: 'tba', approx: '2037-03' });
    const due = find(items, /six weeks before/);
    expect(due?.when).toMatchObject({ type: 'relative', anchor: summit!.id, offsetDays: -42 });
    expect(due?.status).toBe('tba');
  });

  it('an anchor ", to be held in 2038" after its name is to be announced for that year', () => {
    const items = draftOf(`Regional Committee on Postal Innovation
REPORT OF THE SECOND SESSION
1.\tThe second session of the Committee was held in Hanoi on 4 June 2037.
5.\tThe Committee asked the secretariat to submit the present report to the Governing Board at its twelfth session, to be held in 2038.
`);
    const board = items.find((i) => i.kind === 'event' && i.when.type === 'tba');
    expect(board?.when, dump(items)).toEqual({ type: 'tba', approx: '2038' });
    expect(items.some((i) => i.kind === 'deadline' && anchorOf(i) === board!.id)).toBe(true);
  });
});
