import { describe, expect, it } from 'vitest';
import { cancelledAfter } from '../../../src/intake/report/cancelled.js';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { findEvents, sameName } from '../../../src/intake/report/events.js';
import { placeZone } from '../../../src/intake/report/zones.js';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';
import { bodyMeeting } from '../../../src/intake/report/possessive.js';
import { findRelative } from '../../../src/intake/report/relative.js';
import { yearPeriodsIn } from '../../../src/intake/report/year-periods.js';

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

const draftOf = (text: string) => draftFromText(text, { document: 'test' }).items;
const whenAt = (text: string, paragraph: string) =>
  draftOf(text)
    .filter((i) => i.source.paragraph === paragraph)
    .map((i) => i.when);

describe('round 8: dates, zones and names', () => {
  it.each([
    {
      zone: 'Etc/GMT-4',
      sentence: 'A clinic on spectrum pricing, hosted online from Muscat on 2 May 2033, 10:00–11:00 (GMT+4).',
      date: '2033-05-02',
      want: 'Asia/Muscat',
    },
    { zone: 'Etc/GMT-2', sentence: 'Regional hearing, Johannesburg and online, 10:00 (UTC+2).', date: '2033-08-10', want: 'Africa/Johannesburg' },
    { zone: 'Etc/GMT-2', sentence: 'Expert call in Madrid, 15:00 (UTC+2).', date: '2033-07-01', want: 'Europe/Madrid' },
    { zone: 'Etc/GMT-2', sentence: 'Expert call in Madrid, 15:00 (UTC+2).', date: '2033-01-10', want: 'Etc/GMT-2' },
    { zone: 'Etc/GMT-3', sentence: 'A webinar at 09:00 (UTC+3).', date: '2033-03-01', want: 'Etc/GMT-3' },
  ])('a fixed offset with a city of that offset takes the city zone: $sentence ($date)', ({ zone, sentence, date, want }) => {
    expect(placeZone(zone, sentence, date)).toBe(want);
  });

  it.each([
    { text: 'Comments are due within ten days after the webinar.', offset: 10, bound: 'by' },
    { text: 'The chair will report two weeks after the meeting.', offset: 14, bound: 'on' },
  ])('"within N after" is a limit: $text', ({ text, offset, bound }) => {
    expect(findRelative(text).map((r) => [r.offsetDays, r.bound])).toEqual([[offset, bound]]);
  });

  it.each([
    { s: 'The delegates noted that ATU will hold its meeting from 3 to 5 June 2033 in Accra.', name: 'ATU meeting' },
    { s: 'The Assembly of the Basin Authority will hold its next session on 9 May 2033.', name: 'Assembly of the Basin Authority session' },
    { s: 'It will hold its meeting on 9 May 2033.', name: 'meeting' },
  ])('"<body> will hold its meeting" is that body’s meeting: $s', ({ s, name }) => {
    const m = findEvents(s).find((e) => e.head === 'meeting' || e.head === 'session');
    expect(m && bodyMeeting(m, s).name).toBe(name);
  });

  it.each([
    { s: 'The panel welcomed the offer of Chile to host the Andean Data Summit in the first half of 2034.', years: [2034] },
    { s: 'Peru will organize the Coastal Forum in 2035.', years: [2035] },
    { s: 'The board was told that Chile had hosted the Andean Data Summit in 2031.', years: [] },
  ])('an event offered or planned "to host" in part of a year: $s', ({ s, years }) => {
    expect(yearPeriodsIn(s).map((p) => p.year)).toEqual(years);
  });

  it('numbered parts of a series are distinct things, named with their series', () => {
    const [a] = findEvents('Working party on tariffs, session 3 will be held on 2033-02-01.');
    expect([a?.name, a?.generic]).toEqual(['Working party on tariffs, session 3', false]);
    expect(sameName(['working', 'party', 'tariff', 'session', '3'], ['working', 'party', 'tariff', 'session', '4'])).toBe(false);
  });

  it('a schedule’s "Format" column gives the place, unless only online', () => {
    const text = lines(
      '4. Calendar',
      '4.1 The following sessions were agreed:',
      'Meeting | Date | Time | Format',
      'Hearing for the Andes | 2033-09-07 | 10:00–11:00 (UTC-5) | Lima and online',
      'Editing call | 2033-09-14 | 14:00–15:00 | virtual (Teams)',
    );
    expect(whenAt(text, '4.1')).toEqual([
      { type: 'datetime', start: '2033-09-07T10:00', end: '2033-09-07T11:00', tz: 'America/Lima' },
      { type: 'datetime', start: '2033-09-14T14:00', end: '2033-09-14T15:00', tz: 'Europe/Zurich' },
    ]);
  });

  it('"with a high-level segment on <date>" is a part of the event, an item of its own', () => {
    const text = lines('1\tForum', '1.1\tThe Delta Water Forum 2034 will take place from 4 to 7 May 2034 in Hanoi, with a youth segment on 5 May 2034.');
    expect(draftOf(text).map((i) => [i.title, i.when])).toEqual([
      ['Delta Water Forum 2034', { type: 'date', start: '2034-05-04', end: '2034-05-07' }],
      ['Delta Water Forum 2034: youth segment', { type: 'date', start: '2034-05-05' }],
    ]);
  });

  it('a year first printed in a later mention of a merged name does not correct the date printed earlier', () => {
    const text = lines(
      '1\tNext forum',
      '1.1\tThe 9th annual Ocean Data Forum will be held on 3–5 October 2033 in Suva.',
      '1.2\tThe Ocean Data Forum 2032, held in Apia, was recalled as a model.',
    );
    expect(whenAt(text, '1.1')).toEqual([{ type: 'date', start: '2033-10-03', end: '2033-10-05' }]);
  });

  it('with no numbered meeting, year-less dates are read against the opening meeting, its name-year misprint corrected', () => {
    const text = lines(
      'Regional Forum on Rural Broadband 2034 (RFRB-34)',
      'A. Opening',
      '(1) The Regional Forum on Rural Broadband 2034 was held in Quito on 4-5 March 2033.',
      '(2) Members were invited to send their case studies by 20 April.',
    );
    expect(whenAt(text, '1')).toEqual([{ type: 'date', start: '2034-03-04', end: '2034-03-05' }]);
    expect(whenAt(text, '2')).toEqual([{ type: 'date', start: '2034-04-20' }]);
  });
});

describe('round 8: cancellations', () => {
  it.each([
    { s: 'The field visit foreseen in Mombasa on 3 June 2033 is cancelled for lack of funds.', date: '3 June 2033', want: true },
    { s: 'The round table planned for 8 May 2033 will not take place.', date: '8 May 2033', want: true },
    { s: 'The hearing announced for 2033-02-11 has been called off.', date: '2033-02-11', want: true },
    { s: 'The clinic set for 4 May 2033 was cancelled and will instead be held on 9 May 2033.', date: '9 May 2033', want: false },
    { s: 'The webinar will take place on 12 July 2033.', date: '12 July 2033', want: false },
  ])('$s', ({ s, date, want }) => {
    expect(cancelledAfter(s, s.indexOf(date) + date.length)).toBe(want);
  });

  it('a cancelled event keeps its printed date with status cancelled', () => {
    const text = lines('1\tEvents', '1.1\tThe round table planned for 8 May 2033 in Tunis will not take place.');
    expect(draftOf(text).map((i) => [i.when, i.status])).toEqual([[{ type: 'date', start: '2033-05-08' }, 'cancelled']]);
  });
});

describe('round 8: numbered meetings out of order', () => {
  it('a meeting printed before a lower-numbered one moves a year on, flagged, and year-less dates follow it', () => {
    const text = lines(
      'Expert Panel on Water Data',
      'Report on the outcomes of the 12th and 13th meetings of the Panel',
      '1\tIntroduction',
      '1.1\tThe Panel held two meetings:',
      '–\t12th meeting: held on 14-15 October 2032, Vienna;',
      '–\t13th meeting: held on 3-4 March 2032, online.',
      '2\tFollow-up',
      '2.1\tAt the 13th meeting, the Panel agreed that comments on the glossary be sent by 30 March.',
    );
    const items = draftOf(text);
    const m13 = items.find((i) => i.title.includes('13th'));
    expect(m13?.when).toEqual({ type: 'date', start: '2033-03-03', end: '2033-03-04' });
    expect(m13?.review.some((r) => r.printed.includes('3-4 March 2032'))).toBe(true);
    expect(items.find((i) => i.source.paragraph === '2.1')?.when).toEqual({ type: 'date', start: '2033-03-30' });
  });
});

describe('round 8: relative deadlines on the right anchor', () => {
  const anchored = (text: string, anchorStart: string) => {
    const items = draftOf(text);
    const anchor = items.find((i) => i.when.type !== 'relative' && 'start' in i.when && i.when.start.startsWith(anchorStart));
    return items
      .filter((i) => i.when.type === 'relative')
      .map((i) => (i.when.type === 'relative' ? [i.when.anchor === anchor?.id, i.when.offsetDays, i.when.bound] : []));
  };
  it.each([
    {
      name: '"within two weeks after the meeting", the meeting told as taking place virtually in a cycle',
      text: lines(
        '1. Opening',
        'The third Steering Board meeting of the 2033 cycle took place virtually on 3 May 2033.',
        '2. Follow-up',
        'Members are requested to send their ratings within two weeks after the meeting.',
      ),
      start: '2033-05-03',
      want: [[true, 14, 'by']],
    },
    {
      name: 'a deadline "prior to the session" beside the session’s own schedule',
      text: lines(
        '1\tLinks',
        '1.1\tThe secretariat said that its report to the 12th session of the Ocean Council, scheduled for 2–4 June 2034 in Suva, will be circulated prior to the session.',
      ),
      start: '2034-06-02',
      want: [[true, -1, 'by']],
    },
    {
      name: 'an acronym defined with its edition’s year, "(HSF 2034)", then named alone',
      text: lines(
        '1\tPlans',
        '1.1\tThe panel will brief the plenary of the Hydrology Science Forum (HSF 2034).',
        '1.2\tHSF 2034 will be held from 2034-10-02 to 2034-10-04.',
        '1.3\tThe draft atlas shall be sent to the secretariat no later than four weeks before HSF 2034.',
      ),
      start: '2034-10-02',
      want: [[true, -28, 'by']],
    },
    {
      name: '"present … at Council 2034" is due on that session, undated (to be announced)',
      text: lines('1\tCouncil', '1.1\tThe group asked the secretariat to present the revised roadmap at Council 2034.'),
      start: 'none',
      want: [[false, 0, 'on']],
    },
    {
      name: '"will be finalized at the 14th meeting" is due on that meeting',
      text: lines(
        '1\tNext meetings',
        '1.1\tThe 14th meeting of the Group will be held on 8 March 2034.',
        '1.2\tThe glossary will be finalized at the 14th meeting.',
      ),
      start: '2034-03-08',
      want: [[true, 0, 'on']],
    },
    {
      name: '"finalized at the Study Group 4 meeting": the body’s name before the meeting word',
      text: lines(
        '2\tNext meetings',
        '2.1\tThe next meeting of Study Group 4 is scheduled from 3 to 7 May 2034 in Geneva.',
        '2.2\tThe draft annex on metering will be finalized at the Study Group 4 meeting.',
      ),
      start: '2034-05-03',
      want: [[true, 0, 'on']],
    },
  ])('$name', ({ text, start, want }) => {
    expect(anchored(text, start)).toEqual(want);
  });

  it('"contributions to each plenary meeting are due N days before it" above a schedule: one deadline per listed meeting', () => {
    const text = lines(
      '3. Calendar',
      '3.1 The network agreed on these dates (proposals to each plenary meeting are due 10 days before it):',
      'Meeting | Dates | Venue',
      '9th plenary meeting of the network | 2033-06-02 to 2033-06-03 | Lisbon',
      'Writing workshop on tariffs | 2033-07-08 | online',
      '10th plenary meeting of the network | 2033-11-10 to 2033-11-11 | Praia',
    );
    const items = draftOf(text);
    const anchors = items.flatMap((i) =>
      i.when.type === 'relative' ? [[items.find((x) => x.id === (i.when.type === 'relative' ? i.when.anchor : ''))?.when, i.when.offsetDays]] : [],
    );
    expect(anchors).toEqual([
      [{ type: 'date', start: '2033-06-02', end: '2033-06-03' }, -10],
      [{ type: 'date', start: '2033-11-10', end: '2033-11-11' }, -10],
    ]);
  });
});

describe('round 8: "the next X" by its initials', () => {
  it('"prior to the next RFDS" and "during the next RFDS" hang on "the next Regional Forum on Digital Skills … in 2034"', () => {
    const text = lines(
      'Regional Forum on Digital Skills 2033 (RFDS-33)',
      'A. Opening',
      '(1) The Regional Forum on Digital Skills 2033 (RFDS-33) was held in Tunis on 5-6 April 2033.',
      '(2) The secretariat was requested to circulate a progress report prior to the next RFDS.',
      '(3) The next Regional Forum on Digital Skills will be convened in 2034. A youth session will be organised during the next RFDS.',
    );
    const items = draftOf(text);
    const next = items.find((i) => i.when.type === 'tba');
    expect([next?.when, next?.source.paragraph]).toEqual([{ type: 'tba', approx: '2034' }, '3']);
    expect(items.flatMap((i) => (i.when.type === 'relative' ? [[i.when.anchor === next?.id, i.when.offsetDays, i.when.bound]] : []))).toEqual([
      [true, -1, 'by'],
      [true, 0, 'during'],
    ]);
  });
});

describe('round 8: reschedules told new date first', () => {
  it.each([
    'The regional hearing has been moved to 14 May 2033 in Accra; it had been scheduled for 7 May 2033.',
    'The regional hearing is postponed to 14 May 2033, instead of 7 May 2033.',
  ])('%s', (sentence) => {
    const items = draftOf(lines('1\tHearings', `1.1\t${sentence}`));
    expect(items.map((i) => [i.when, i.status, i.history.map((h) => h.when)])).toEqual([
      [{ type: 'date', start: '2033-05-14' }, 'rescheduled', [{ type: 'date', start: '2033-05-07' }]],
    ]);
  });
});

describe('round 8: history is not calendar', () => {
  it('minutes approved in the passive, and an earlier meeting read as "the meeting of <date>", are not proposed', () => {
    const text = lines(
      'Expert Panel on Soil Statistics (EPSS)',
      'CHAIR’S SUMMARY – 7th meeting',
      '1. Overview',
      '1.1 The 7th meeting of EPSS was held at FAO headquarters, Rome, and online on 2033-10-04 and 2033-10-05.',
      '1.2 The panel recalled that the glossary was last updated at the meeting of 2031-11-02.',
      '1.3 The summary of the 6th meeting (online, 2033-05-20) was approved without changes.',
      '1.4 Comments on the glossary are due by 2033-11-15.',
    );
    expect(draftOf(text).map((i) => [i.source.paragraph, 'start' in i.when ? i.when.start : i.when.type])).toEqual([
      ['1.1', '2033-10-04'],
      ['1.4', '2033-11-15'],
    ]);
  });
});
