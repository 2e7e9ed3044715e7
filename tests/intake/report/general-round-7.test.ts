import { describe, expect, it } from 'vitest';
import { numberOfLine } from '../../../src/intake/report/numbering.js';
import { parseParagraphs } from '../../../src/intake/report/paragraphs.js';
import { findDates } from '../../../src/intake/report/dates.js';
import { subEventsIn } from '../../../src/intake/report/sub-events.js';
import { readMentions } from '../../../src/intake/report/mentions.js';
import { heldDuring } from '../../../src/intake/report/held-during.js';
import { noiseDate } from '../../../src/intake/report/noise.js';
import { findEvents } from '../../../src/intake/report/events.js';
import { draftFromText } from '../../../src/intake/report/draft.js';
import { futureYearSlip } from '../../../src/intake/report/future-year.js';
import { yearPeriodsIn } from '../../../src/intake/report/year-periods.js';

// General faults found across the tuning sets in round 7; every sentence here is new.

const now = { date: '2031-05-12', why: 'the meeting the report is about (2031-05-12)' };

describe('round 7: general faults', () => {
  it('a date told as to come but printed months before the report’s time moves to the next year, flagged', () => {
    const s = 'The regional forum on data ethics will take place in Lima on 3-4 March 2031.';
    const slip = futureYearSlip(s, { index: s.indexOf('on 3'), endIndex: s.length - 1, text: 'on 3-4 March 2031' }, '2031-03-03', '2031-03-04', now);
    expect([slip?.start, slip?.end]).toEqual(['2032-03-03', '2032-03-04']);
    expect(slip?.flag.interpretation).toMatch(/year corrected to 2032/);
  });

  it('no slip for a date told as past, the first date of a reschedule, or one just before the report', () => {
    const held = 'The regional forum, held on 3 March 2031, adopted a declaration.';
    expect(futureYearSlip(held, { index: held.indexOf('3 March'), endIndex: 0, text: '' }, '2031-03-03', undefined, now)).toBeUndefined();
    const old = 'The drill, originally scheduled for 3 March 2031, will now be held in June.';
    expect(futureYearSlip(old, { index: old.indexOf('3 March'), endIndex: 0, text: '' }, '2031-03-03', undefined, now)).toBeUndefined();
    const late = 'Comments will be accepted until 30 April 2031.';
    expect(futureYearSlip(late, { index: late.indexOf('30 April'), endIndex: 0, text: '' }, '2031-04-30', undefined, now)).toBeUndefined();
  });

  it('a later numbered meeting of the group printed before the reported one is read a year on', () => {
    const text = [
      'Expert Group on Rural Connectivity',
      'REPORT OF THE TWELFTH MEETING',
      '(Accra, 10–12 May 2031)',
      '1\tOpening',
      '1.1\tThe twelfth meeting of the Expert Group was held in Accra on 10–12 May 2031.',
      '2\tNext meeting',
      '2.1\tThe thirteenth meeting of the Expert Group will be held on 2–4 February 2031.',
    ].join('\n');
    const draft = draftFromText(text, { document: 'test' });
    const next = draft.items.find((i) => i.source.paragraph === '2.1');
    expect(next?.when).toEqual({ type: 'date', start: '2032-02-02', end: '2032-02-04' });
    expect(next?.review.some((r) => /year corrected/.test(r.interpretation))).toBe(true);
  });

  it('a numbered meeting "planned for", "expected to take place in" or "would be held in" a month is an event expected then', () => {
    const text = [
      'Expert Group on Rural Connectivity',
      'REPORT OF THE TWELFTH MEETING',
      '(Accra, 10–12 May 2031)',
      '1\tOpening',
      '1.1\tThe twelfth meeting of the Expert Group was held in Accra on 10–12 May 2031.',
      '2\tNext meetings',
      '2.1\tThe thirteenth meeting is planned for September 2031, at a venue to be confirmed.',
      '2.2\tThe fourteenth meeting is expected to take place in February 2032.',
      '2.3\tThe Group agreed that its fifteenth meeting would be held in Lomé in June 2032.',
    ].join('\n');
    const when = (p: string) => draftFromText(text, { document: 'test' }).items.find((i) => i.source.paragraph === p)?.when;
    expect(when('2.1')).toEqual({ type: 'tba', approx: '2031-09' });
    expect(when('2.2')).toEqual({ type: 'tba', approx: '2032-02' });
    expect(when('2.3')).toEqual({ type: 'tba', approx: '2032-06' });
  });

  it('an event planned for a part of a year ("in the second half of 2032", "in 2033") is to be announced in that year', () => {
    expect(yearPeriodsIn('The Summit will be held in Nairobi in the second half of 2032.').map((p) => p.year)).toEqual([2032]);
    expect(yearPeriodsIn('Its next session is expected to take place in early 2033.').map((p) => p.text)).toEqual(['in early 2033']);
    // Recalled, or a year that is not when anything is held: nothing.
    expect(yearPeriodsIn('The Summit was held in 2030.')).toEqual([]);
    expect(yearPeriodsIn('This work will guide the preparations for the Assembly in 2032.')).toEqual([]);
    expect(yearPeriodsIn('Reports will be held in the archive for 2030-2031.')).toEqual([]);
    const text = [
      'Expert Group on Rural Connectivity',
      'REPORT OF THE TWELFTH MEETING',
      '(Accra, 10–12 May 2031)',
      '1\tOpening',
      '1.1\tThe twelfth meeting of the Expert Group was held in Accra on 10–12 May 2031.',
      '2\tOther events',
      '2.1\tThe next Pan-African Connectivity Forum will be held in Kigali in the third quarter of 2032.',
    ].join('\n');
    const item = draftFromText(text, { document: 'test' }).items.find((i) => i.source.paragraph === '2.1');
    expect([item?.kind, item?.when]).toEqual(['event', { type: 'tba', approx: '2032' }]);
  });

  it('date ranges printed as "30 May-3 June 2032" and "October 4 and 5, 2032" are ranges', () => {
    const [a] = findDates('The Board set its session for 30 May-3 June 2032.');
    expect([a?.start, a?.end]).toEqual([
      { day: 30, month: 5, year: 2032 },
      { day: 3, month: 6, year: 2032 },
    ]);
    const [b] = findDates('The council will sit on October 4 and 5, 2032.');
    expect([b?.start, b?.end]).toEqual([
      { day: 4, month: 10, year: 2032 },
      { day: 5, month: 10, year: 2032 },
    ]);
    // Two days apart with "and": two dates, not a range.
    expect(findDates('on October 4 and 9, 2032')[0]?.end).toBeUndefined();
  });

  it('a time printed after a short place ("on 2 June 2032 at the UN Office, from 10:00 to 13:00 EAT") belongs to the date', () => {
    const [m] = findDates('The workshop will be held on 2 June 2032 at the UN Office, from 10:00 to 13:00 EAT.');
    expect([m?.startTime, m?.endTime, m?.zone]).toEqual(['10:00', '13:00', 'Africa/Nairobi']);
  });

  it('a short numbered line ending in a colon that introduces bullets is a lead-in, not a heading: its bullets are read', () => {
    const text = [
      'Expert Group on Rural Connectivity',
      'REPORT OF THE TWELFTH MEETING',
      '(Accra, 10–12 May 2031)',
      '1. The twelfth meeting of the Expert Group was held in Accra on 10–12 May 2031.',
      '2. The Group agreed the following timeline:',
      '   - comments on the draft toolkit by 30 June 2031;',
      '   - the revised toolkit to be published by 15 September 2031.',
      '3. Any other business',
    ].join('\n');
    const draft = draftFromText(text, { document: 'test' });
    expect(draft.doc.paragraphs.find((p) => p.number === '2')?.heading).toBe(false);
    expect(draft.items.filter((i) => i.source.paragraph === '2').map((i) => i.when)).toEqual([
      { type: 'date', start: '2031-06-30' },
      { type: 'date', start: '2031-09-15' },
    ]);
  });

  it('inserted paragraphs ("[4bis]", "6ter") keep their label and do not break the numbering around them', () => {
    expect(numberOfLine('[4 bis] Youth engagement. The Group noted …')?.number).toBe('4bis');
    expect(numberOfLine('6ter\tThe Group noted …')?.number).toBe('6ter');
    const doc = parseParagraphs(
      ['[1] The Group met.', '[2] It noted the report.', '[3] It agreed a plan.', '[3bis] Youth. It heard the youth envoy.', '[4] It closed.'].join('\n'),
    );
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '3bis', '4']);
  });

  it('two alike relative deadlines on different meetings stay two items', () => {
    const text = [
      'Expert Group on Rural Connectivity (EG-RC)',
      'REPORT OF THE TWELFTH MEETING',
      '(Accra, 10–12 May 2031)',
      '1\tThe twelfth meeting of the EG-RC was held in Accra on 10–12 May 2031.',
      '2\tThe secretariat was invited to submit a costed plan to the Group at its thirteenth meeting.',
      '3\tThe secretariat was invited to submit a revised costed plan to the Group at its fourteenth meeting.',
    ].join('\n');
    const items = draftFromText(text, { document: 'test' }).items.filter((i) => i.kind === 'deadline');
    expect(items.map((i) => i.source.paragraph)).toEqual(['2', '3']);
    expect(new Set(items.map((i) => (i.when.type === 'relative' ? i.when.anchor : ''))).size).toBe(2);
  });

  it('an acronym defined after an event ("(RAC)") names it later ("present the findings to RAC"): a deadline at that event', () => {
    const text = [
      'Expert Group on Rural Connectivity',
      'Final report',
      '12 May 2031',
      '1. The Group met in Accra on 10–12 May 2031.',
      '2. The next meeting of the Regional Advisory Council (RAC) will take place in Dakar on 3-4 November 2031. The Chair will present the findings of the Group to RAC.',
    ].join('\n');
    const items = draftFromText(text, { document: 'test' }).items.filter((i) => i.source.paragraph === '2');
    const event = items.find((i) => i.kind === 'event');
    const deadline = items.find((i) => i.kind === 'deadline');
    expect(event?.when).toEqual({ type: 'date', start: '2031-11-03', end: '2031-11-04' });
    expect(deadline?.when).toMatchObject({ type: 'relative', anchor: event?.id, offsetDays: 0 });
  });

  it('"the next X" is not the X the report says "was held" (a number in the name before the verb)', () => {
    const text = [
      'Report of the Expert meeting for Question 7/4',
      '12 May 2031',
      'A.1 The Expert meeting for Question 7/4 was held in Accra on 10 and 11 May 2031.',
      'B.1 The next Expert meeting for Question 7/4 is planned for the second half of 2032.',
    ].join('\n');
    const whens = draftFromText(text, { document: 'test' }).items.map((i) => [i.source.paragraph, i.when]);
    expect(whens).toContainEqual(['B.1', { type: 'tba', approx: '2032' }]);
  });

  it('a year period is read for each coordinated subject, and beside a day that belongs to something else', () => {
    const text = [
      'Expert Group on Rural Connectivity',
      'REPORT OF THE TWELFTH MEETING',
      '(Accra, 10–12 May 2031)',
      '1\tThe twelfth meeting of the Expert Group was held in Accra on 10–12 May 2031.',
      '2\tThe Pan-African Spectrum Forum (PASF-32) and the Digital Skills Summit (DSS-32) will be held in the first half of 2032.',
      '3\tMembers wishing to host the fourteenth meeting, foreseen for early 2033, are invited to say so by 30 September 2031.',
    ].join('\n');
    const items = draftFromText(text, { document: 'test' }).items;
    expect(items.filter((i) => i.source.paragraph === '2').map((i) => i.when)).toEqual([
      { type: 'tba', approx: '2032' },
      { type: 'tba', approx: '2032' },
    ]);
    expect(items.filter((i) => i.source.paragraph === '3').map((i) => i.when)).toContainEqual({ type: 'tba', approx: '2033' });
  });

  it('a bullet "<date>: <what>" under "the following key dates" is a deadline titled by its words', () => {
    const text = [
      'Expert Group on Rural Connectivity',
      'REPORT OF THE TWELFTH MEETING',
      '(Accra, 10–12 May 2031)',
      '1\tThe twelfth meeting of the Expert Group was held in Accra on 10–12 May 2031.',
      '2\tThe Group agreed on the following key dates:',
      '–\t30.09.2031: national focal points to send their survey replies;',
      '–\t15.01.2032: release of the regional connectivity atlas.',
    ].join('\n');
    const items = draftFromText(text, { document: 'test' }).items.filter((i) => i.source.paragraph === '2');
    expect(items.map((i) => [i.kind, i.when])).toEqual([
      ['deadline', { type: 'date', start: '2031-09-30' }],
      ['deadline', { type: 'date', start: '2032-01-15' }],
    ]);
    expect(items[0]?.title).toMatch(/survey replies/);
  });

  it('a relative deadline before a bare acronym ("two weeks before RCF-9") is anchored to the event that defined it', () => {
    const text = [
      'Expert Group on Rural Connectivity',
      'REPORT OF THE TWELFTH MEETING',
      '(Accra, 10–12 May 2031)',
      '1\tThe twelfth meeting of the Expert Group was held in Accra on 10–12 May 2031.',
      '2\tThe ninth Regional Connectivity Forum (RCF-9) will be held in Lomé on 8-9 October 2031.',
      '3\tMembers are invited to submit their national reports at least two weeks before RCF-9.',
    ].join('\n');
    const items = draftFromText(text, { document: 'test' }).items;
    const forum = items.find((i) => i.source.paragraph === '2');
    expect(items.find((i) => i.source.paragraph === '3')?.when).toEqual({ type: 'relative', anchor: forum?.id, offsetDays: -14, bound: 'by' });
  });

  it('a bracketed acronym with a two-digit year after an event name ("(RCS-33)") gives the event its year', () => {
    expect(findEvents('Members will attend the Regional Cable Summit (RCS-33), whose venue will be announced.')[0]?.year).toBe(2033);
    // Not an event noun: no year from the bracket.
    expect(findEvents('See the Rural Connectivity Toolkit (RCT-33).')[0]?.year).toBeUndefined();
  });

  // Round 9 changed this convention: "the week of <date>" is Monday to Friday of that week (was: the month only).
  it('"in the week of <date>" is an event dated Monday to Friday of that week', () => {
    const text = [
      'Expert Group on Rural Connectivity',
      'REPORT OF THE TWELFTH MEETING',
      '(Accra, 10–12 May 2031)',
      '1\tThe twelfth meeting of the Expert Group was held in Accra on 10–12 May 2031, during Africa Connectivity Week.',
      '2\tThe thirteenth meeting of the Expert Group will be held in the week of 8 September 2031.',
    ].join('\n');
    const item = draftFromText(text, { document: 'test' }).items.find((i) => i.source.paragraph === '2');
    expect([item?.when, item?.title]).toEqual([
      { type: 'date', start: '2031-09-08', end: '2031-09-12' },
      expect.stringMatching(/[Tt]hirteenth meeting|13th meeting/),
    ]);
  });

  it('"originally planned for A, will be held on B": A is the old date, not an item; a time-limit date is a deadline', () => {
    const text = [
      'Expert Group on Rural Connectivity',
      'REPORT OF THE TWELFTH MEETING',
      '(Accra, 10–12 May 2031)',
      '1\tThe twelfth meeting of the Expert Group was held in Accra on 10–12 May 2031.',
      '2\tThe thirteenth meeting, originally planned for 20-22 October 2031, will be held from 3 to 5 November 2031.',
      '3\tThe licences lapse if the stations are not in service by the date of expiry, 30 June 2031.',
    ].join('\n');
    const items = draftFromText(text, { document: 'test' }).items;
    expect(items.filter((i) => i.source.paragraph === '2').map((i) => i.when)).toEqual([{ type: 'date', start: '2031-11-03', end: '2031-11-05' }]);
    expect(items.find((i) => i.source.paragraph === '3')?.kind).toBe('deadline');
  });

  it('a part of an event "during the Summit" (a name resolved to the event read before) is held during it; "at the Summit venue" is not', () => {
    const text = [
      'Expert Group on Rural Connectivity',
      'Summary, 12 May 2031',
      '1. Members were invited to the Pan-African Connectivity Summit 2031 (Kigali, 6-8 October 2031).',
      '2. The Group will hold an open session during the Summit, and the winners will be honoured at a ceremony during the Summit.',
      '3. A registration desk for delegates will be open at the Summit venue.',
    ].join('\n');
    const reading = readMentions(parseParagraphs(text), 'en');
    const subs = reading.sentences.flatMap((s) => subEventsIn(reading, s).map((x) => [s.paragraph.number, x.phrase, x.parent.name]));
    expect(subs).toEqual([
      ['2', 'an open session', 'Pan-African Connectivity Summit 2031'],
      ['2', 'a ceremony', 'Pan-African Connectivity Summit 2031'],
    ]);
  });

  it('a subject that "will meet during" or "will be held during" an event is held during it', () => {
    const text = [
      'Expert Group on Rural Connectivity',
      'Summary, 12 May 2031',
      '1. The Regional Connectivity Forum 2031 will be held in Lomé on 8-9 October 2031. Task Force 3/2 and Task Force 4/2 will meet during that Forum.',
    ].join('\n');
    const reading = readMentions(parseParagraphs(text), 'en');
    const held = reading.sentences.flatMap((s) => heldDuring(reading, s).map((x) => [x.title, x.parent.name]));
    expect(held).toEqual([['Meeting of Task Force 3/2 and Task Force 4/2', 'Regional Connectivity Forum 2031']]);
    const item = draftFromText(text, { document: 'test' }).items.find((i) => i.title.startsWith('Meeting of Task Force'));
    expect(item?.when).toMatchObject({ type: 'relative', bound: 'during', offsetDays: 0 });
  });

  it('a deliverable "submitted to the next meeting of" another body the report dates is due at that meeting', () => {
    const text = [
      'Expert Group on Rural Connectivity',
      'Summary, 12 May 2031',
      '1. The Group agreed to prepare a toolkit on rural backhaul, with a first draft to be submitted to the next meeting of the Regional Connectivity Council.',
      '2. The next meeting of the Regional Connectivity Council will take place in Lomé from 8 to 9 October 2031.',
    ].join('\n');
    const items = draftFromText(text, { document: 'test' }).items;
    const council = items.find((i) => i.source.paragraph === '2');
    expect(items.find((i) => i.source.paragraph === '1')?.when).toMatchObject({ type: 'relative', anchor: council?.id, offsetDays: 0 });
  });

  it('"the third Regional Forum and Expert meeting" is one event; "the Summit and the Expo" are two', () => {
    expect(findEvents('The third Regional Forum and Expert meeting will be held in Lomé.').map((m) => [m.name, m.ordinal])).toEqual([
      ['third Regional Forum and Expert meeting', '3'],
    ]);
    expect(findEvents('The Digital Summit 2031 and the Connectivity Expo 2031 will be held in Lomé.').length).toBe(2);
  });

  it('an earlier meeting of the group recalled with a plain date is history, not a proposal', () => {
    const text = [
      'Expert Group on Rural Connectivity',
      'REPORT OF THE TWELFTH MEETING',
      '(Accra, 10–12 May 2031)',
      '1\tThe twelfth meeting of the Expert Group was held in Accra on 10–12 May 2031.',
      '2\tThe Group recalled the conclusions of its eleventh meeting, held in Lomé on 4-5 November 2030.',
    ].join('\n');
    const items = draftFromText(text, { document: 'test' }).items;
    expect(items.map((i) => i.source.paragraph)).toEqual(['1']);
  });

  it('the day the report itself was adopted is no calendar item', () => {
    const s = 'The Panel adopted the present report on 14 March 2031.';
    const [m] = findDates(s);
    expect(noiseDate(s, m!)).toBeDefined();
    const t = 'The Panel will adopt its work plan on 14 March 2031.';
    expect(noiseDate(t, findDates(t)[0]!)).toBeUndefined();
  });
});
