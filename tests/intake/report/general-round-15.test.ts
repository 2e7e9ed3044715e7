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

describe('round 15: editions, letters ahead of the meeting, slash ranges', () => {
  it('"the Symposium" after "… follows the Second Symposium (Lusaka, 2027)" is still the edition the letter is about', () => {
    const text = lines(
      'Circular 2029/44',
      'Lusaka, 3 February 2029',
      '1\tYou are invited to the Third African Symposium on Spectrum Pricing (ASSP-3), to be held in Accra from 14 to 16 May 2029.',
      '2\tThe Symposium follows the Second Symposium (Lusaka, 2027).',
      '3\tPosition papers should be submitted at least 20 days before the Symposium.',
    );
    const papers = draftOf(text).find((i) => i.source.paragraph === '3');
    expect(papers?.when).toMatchObject({ type: 'relative', offsetDays: -20 });
    const anchor = draftOf(text).find((i) => i.id === (papers!.when as { anchor?: string }).anchor);
    expect(whenOf(anchor?.when as W)).toBe('2029-05-14..2029-05-16');
  });

  it('a letter dated before the meeting it convenes keeps an earlier date it announces in its printed year', () => {
    const text = lines(
      'Circular 2029/44',
      'Lusaka, 3 February 2029',
      'Subject: Third African Symposium on Spectrum Pricing, Accra, 14-16 May 2029',
      '1\tI have the pleasure of inviting you to the Third African Symposium on Spectrum Pricing (ASSP-3), which will take place in Accra from 14 to 16 May 2029.',
      '2\tTo help delegates prepare, a webinar will be held on Tuesday 20 March 2029 at 11:00 CET.',
    );
    const webinar = draftOf(text).find((i) => i.source.paragraph === '2');
    expect(whenOf(webinar?.when as W)).toBe('2029-03-20T11:00 Europe/Zurich');
  });

  it('"on 14/15 June 2033" is a two-day meeting', () => {
    const text = lines('Nordic Numbering Forum', '1.\tThe Forum met in Oslo on 14/15 June 2033.');
    expect(draftOf(text).map((i) => whenOf(i.when as W))).toEqual(['2033-06-14..2033-06-15']);
  });
});

describe('round 15: reschedules and cancellations in other words', () => {
  const dated = (sentence: string) =>
    draftOf(lines('Nordic Numbering Forum', '1.\tThe Forum met in Oslo on 3 March 2033.', `2.\t${sentence}`)).filter((i) => i.source.paragraph === '2');

  it.each([
    'The tariff seminar, which had been announced for 12 May 2033, now takes place on Friday 19 May 2033.',
    'The tariff seminar, first set for 12 May 2033, has been advanced by one week, to 5 May 2033.',
    'The tariff seminar, first announced for 12 May 2033, has been pulled forward to 5 May 2033.',
  ])('%s', (sentence) => {
    const items = dated(sentence);
    expect(items).toHaveLength(1);
    expect(items[0]!.status).toBe('rescheduled');
    expect(items[0]!.history?.[0]?.when).toMatchObject({ start: '2033-05-12' });
  });

  it.each([
    'The tariff seminar, foreseen for 12 May 2033, has been removed from the programme.',
    'The tariff seminar planned for 12 May 2033 is no longer planned.',
    'The tariff seminar announced for 12 May 2033 has been shelved.',
    'The tariff seminar, envisaged for 12 May 2033, has been abandoned.',
    'The tariff seminar, foreseen for 12 May 2033, will no longer be held.',
  ])('%s', (sentence) => {
    const items = dated(sentence);
    expect(items.map((i) => [i.status, whenOf(i.when as W)])).toEqual([['cancelled', '2033-05-12']]);
  });
});

describe('round 15: a draft resolution, and deadlines on the day an event opens', () => {
  const resolution = lines(
    'Commission on Rural Connectivity',
    'Report on the ninth session (Rome, 2-6 June 2034)',
    '1. The Commission held its ninth session in Rome from 2 to 6 June 2034.',
    '2. The Commission recommends to the Council the adoption of the following draft resolution:',
    'Draft resolution: Connectivity for rural schools',
    'The Council,',
    'Recalling its earlier resolutions on the subject,',
    '(a) Requests the secretariat to report on progress by 30 April 2035;',
    '(b) Decides that the Commission will hold its tenth session in autumn 2035, and invites Member States to submit national surveys no later than the opening day of that session.',
    '3. The Commission adopted its report.',
  );

  it('cites the lettered operative clauses of a draft resolution as "2(a)", "2(b)"', () => {
    expect(parseParagraphs(resolution).paragraphs.map((p) => p.number)).toEqual(['1', '2', '2', '2', '2', '2(a)', '2(b)', '3']);
    expect(draftOf(resolution).find((i) => whenOf(i.when as W) === '2035-04-30')?.source.paragraph).toBe('2(a)');
  });

  it('"will hold its tenth session in autumn 2035" is to be announced in 2035; "no later than the opening day of that session" is due on it', () => {
    const items = draftOf(resolution).filter((i) => i.source.paragraph === '2(b)');
    const session = items.find((i) => i.kind === 'event');
    expect(session?.when).toMatchObject({ type: 'tba', approx: '2035' });
    expect(items.find((i) => i.kind === 'deadline')?.when).toMatchObject({ type: 'relative', anchor: session?.id, offsetDays: 0, bound: 'by' });
  });

  it('"should apply … at least 30 days before the Conference opens" is a deadline', () => {
    const text = lines(
      'Circular 2033/12',
      'Nairobi, 2 March 2033',
      '1\tYou are invited to the Second East African Broadband Conference (EABC-2), which will take place in Kigali from 9 to 11 August 2033.',
      '2\tParticipants who need a visa should apply to the embassy at least 30 days before the Conference opens.',
    );
    expect(draftOf(text).find((i) => i.source.paragraph === '2')?.when).toMatchObject({ type: 'relative', offsetDays: -30, bound: 'by' });
  });
});

describe('round 15: rows of a timeline table', () => {
  const text = lines(
    'Regional Working Party on Spectrum Data',
    '1.\tThe Working Party met in Dakar on 3-4 February 2031.',
    '2.\tThe plan of activities is as follows:',
    'Activity\tDates\tResponsible',
    'National questionnaires due\tend of April 2031\tAdministrations',
    'Interim report of the Working Party\tto the Assembly 2032\tChair',
    'Sub-regional workshops\t2032 (dates to be announced)\tSecretariat',
    'Assembly 2032\tat a date to be determined\tSecretariat',
  );
  const rows = () => draftOf(text).filter((i) => i.source.paragraph === '2');

  it('a row naming something due is a deadline on its date', () => {
    expect(rows().find((i) => i.title.startsWith('National questionnaires'))).toMatchObject({ kind: 'deadline', when: { type: 'date', start: '2031-04-30' } });
  });

  it('a row with only a year is to be announced in that year', () => {
    expect(rows().find((i) => i.title.startsWith('Sub-regional workshops'))).toMatchObject({ kind: 'event', when: { type: 'tba', approx: '2032' } });
  });

  it('a report "to" a meeting is due at that meeting', () => {
    const report = rows().find((i) => i.title.startsWith('Interim report'));
    expect(report).toMatchObject({ kind: 'deadline', when: { type: 'relative', offsetDays: 0 } });
  });
});

describe('round 15: a meeting programme printed as a table', () => {
  it('rows that are parts of the programme ("Opening; Session 1", "Sessions 2 and 3") are no items; a separate briefing is', () => {
    const text = lines(
      'Circular 2032/9',
      'Accra, 4 January 2032',
      '1\tThe Third West African Numbering Forum (WANF-3) will take place in Accra from 2 to 4 March 2032.',
      '2\tThe programme is as follows:',
      'Day\tTime\tSession',
      'Tuesday 2 March\t08:00–09:00\tOrientation for first-time delegates',
      'Tuesday 2 March\t09:30–17:00\tOpening; Session 1',
      'Wednesday 3 March\t09:30–17:00\tSessions 2 and 3',
      'Thursday 4 March\t09:30–13:00\tSession 4; closing',
    );
    const rows = draftOf(text).filter((i) => i.source.paragraph === '2');
    expect(rows.map((i) => whenOf(i.when as W))).toEqual(['2032-03-02T08:00..2032-03-02T09:00 Europe/Zurich']);
  });
});

describe('round 15: more relative and week forms', () => {
  const base = (...body: string[]) =>
    lines('Pacific Telecommunity Forum', 'Summary of the 12th meeting', '1.\tThe 12th meeting was held in Suva on 6-7 April 2034.', ...body);

  it('"within three weeks of the close of the survey" counts from the survey\'s last day', () => {
    const items = draftOf(
      base('2.\tA regional survey will run online from 1 to 10 June 2034. A synthesis will be circulated within three weeks of the close of the survey.'),
    );
    const survey = items.find((i) => i.kind === 'event' && i.source.paragraph === '2');
    expect(items.find((i) => i.kind === 'deadline' && i.source.paragraph === '2')?.when).toMatchObject({
      type: 'relative',
      anchor: survey?.id,
      offsetDays: 30,
    });
  });

  it('"will present the report of the Forum to Council 2035" is due at that session', () => {
    const items = draftOf(base('2.\tThe Chair will present the report of the Forum to Council 2035, which will take place at a date to be confirmed.'));
    const council = items.find((i) => i.kind === 'event' && /Council 2035/.test(i.title));
    expect(items.find((i) => i.kind === 'deadline')?.when).toMatchObject({ type: 'relative', anchor: council?.id, offsetDays: 0 });
  });

  it('"in the w/c 9 October" is that week, Monday to Friday', () => {
    const items = draftOf(base('2.\tA drafting session will be held in the w/c 9 October 2034, in Apia.'));
    expect(items.filter((i) => i.source.paragraph === '2').map((i) => whenOf(i.when as W))).toEqual(['2034-10-09..2034-10-13']);
  });

  it('"requests the secretariat to convene a meeting on <a date before the session>" is a year slip, corrected and flagged', () => {
    const items = draftOf(
      base(
        "2.\tThe Forum requests the secretariat to convene a technical workshop in Nuku'alofa on Wednesday, 15 November 2033, as a follow-up to the present meeting.",
      ),
    );
    const workshop = items.find((i) => i.source.paragraph === '2');
    expect(whenOf(workshop?.when as W)).toBe('2034-11-15');
    expect(workshop?.review.some((f) => /year corrected/.test(f.interpretation))).toBe(true);
  });
});

describe('round 15: what was done before the report was written', () => {
  it('a session named by its past year, in a sentence that plans nothing, is history', () => {
    const text = lines(
      'Expert Group on Satellite Data (EG-SD)',
      'Document ESD-2/3',
      '12 February 2032',
      'Second meeting, Geneva, 1-2 March 2032',
      '1\tCouncil 2031, by Decision 702, set up the Expert Group and asked it to report to Council 2033. The Group held its first meeting on 3 November 2031.',
      '2\tThe second meeting of the Group will be held in Geneva on 1-2 March 2032.',
    );
    expect(draftOf(text).map((i) => i.title)).toEqual(['Council 2033', 'Second meeting of the Group']);
  });

  it('a document "was published on" a day before the report\'s own date is no deadline', () => {
    const text = lines(
      'Focus Group on Smart Ports (FG-SP)',
      '20 October 2033',
      '1.\tThe third meeting of the Focus Group was held in Rotterdam on 9-10 October 2033.',
      '2.\tThe glossary (FG-SP-D1) was approved and published on 14 October 2033; its editor will circulate a revised draft by 30 November 2033.',
    );
    expect(
      draftOf(text)
        .filter((i) => i.source.paragraph === '2')
        .map((i) => whenOf(i.when as W)),
    ).toEqual(['2033-11-30']);
  });

  it('the numbered sittings of the session reported on, told as done, are not items', () => {
    const text = lines(
      'United Nations',
      'Economic and Social Council',
      '20 June 2034',
      'Commission on Rural Connectivity',
      'Report on the ninth session',
      '(Rome, 2-6 June 2034)',
      '1. The Commission on Rural Connectivity held its ninth session in Rome from Monday, 2 June, to Friday, 6 June 2034. It held eight meetings.',
      '2. The Commission elected its Bureau at the first meeting, on 2 June 2034. The Chair is Mr Paolo Conti (Italy).',
      '3. At its eighth meeting, on 6 June 2034, the Commission adopted the draft report on its ninth session.',
    );
    expect(draftOf(text).map((i) => i.source.paragraph)).toEqual(['1']);
  });
});

describe('round 15: deadlines on events named in lower case', () => {
  const base = (...body: string[]) =>
    lines('Andean Spectrum Committee', 'Summary of the 14th meeting', '1.\tThe 14th meeting was held in Quito on 2-3 April 2032.', ...body);

  it('"no later than the opening day of the forum" hangs on the forum the sentence dates', () => {
    const items = draftOf(
      base(
        '2.\tThe Chair will send the regional statement to the ministerial forum on spectrum, which will be held from 6 to 8 July 2032, no later than the opening day of the forum.',
      ),
    );
    const forum = items.find((i) => i.kind === 'event' && i.source.paragraph === '2');
    expect(whenOf(forum?.when as W)).toBe('2032-07-06..2032-07-08');
    expect(items.find((i) => i.kind === 'deadline')?.when).toMatchObject({ type: 'relative', anchor: forum?.id, offsetDays: 0 });
  });

  it('"convene an expert working meeting … two weeks in advance of the expert working meeting": the meeting just brought in', () => {
    const items = draftOf(
      base(
        '2.\tThe Committee will report to the Andean Council at its thirtieth session.',
        '3.\tIt asks the secretariat to convene an expert working meeting in Lima on 14 September 2032 to review the draft band plan for the region, and to circulate papers two weeks in advance of the expert working meeting.',
      ),
    );
    const meeting = items.find((i) => i.kind === 'event' && i.source.paragraph === '3');
    expect(whenOf(meeting?.when as W)).toBe('2032-09-14');
    expect(items.find((i) => i.kind === 'deadline' && i.source.paragraph === '3')?.when).toMatchObject({
      type: 'relative',
      anchor: meeting?.id,
      offsetDays: -14,
    });
  });
});

describe('round 15: a deadline counted from another deadline told with "it"', () => {
  it('"… one month after the publication of the study at the latest", the study due "by" a day in the sentence before, which says "it"', () => {
    const text = lines(
      'Baltic Frequency Board',
      'Summary record of the 7th plenary',
      '1.\tThe 7th plenary was held in Riga on 3 March 2033.',
      '2.\tThe delegate of Estonia asked when the feasibility study on shared spectrum would be available. The secretariat replied that it would be published by 15 May 2033. The Chair said that members could send comments on that study three weeks after the publication of the study at the latest.',
    );
    const items = draftOf(text).filter((i) => i.source.paragraph === '2');
    const study = items.find((i) => i.when.type === 'date');
    expect(whenOf(study?.when as W)).toBe('2033-05-15');
    expect(items.find((i) => i.when.type === 'relative')?.when).toMatchObject({ anchor: study?.id, offsetDays: 21, bound: 'by' });
  });
});

describe("round 15: another body's next meeting in a record of a plenary", () => {
  it('"by the date of the next meeting of the Committee" is the Committee\'s numbered meeting the record has announced', () => {
    const text = lines(
      'ASSEMBLY 2034',
      'SUMMARY RECORD OF THE SECOND PLENARY MEETING',
      '1.1\tThe CHAIR opened the second plenary meeting of Assembly 2034 on Tuesday 4 April 2034.',
      "1.2\tThe delegate of Peru said that the Committee's 18th meeting, to take place on 12-13 October 2034, should discuss the roadmap.",
      '1.3\tThe CHAIR said that members wishing to propose agenda items should do so by the date of the next meeting of the Committee.',
    );
    const items = draftOf(text);
    const meeting = items.find((i) => i.source.paragraph === '1.2');
    expect(whenOf(meeting?.when as W)).toBe('2034-10-12..2034-10-13');
    expect(items.find((i) => i.source.paragraph === '1.3')?.when).toMatchObject({ type: 'relative', anchor: meeting?.id, offsetDays: 0 });
  });
});

describe('round 15: a numbered session dated from an earlier session of the same body', () => {
  it('"at its seventy-second session" is two years after the seventieth, printed with its year; flagged', () => {
    const text = lines(
      'Commission on Rural Connectivity',
      'Report on the ninth session',
      '1. The Commission held its ninth session in Rome from 2 to 6 June 2034.',
      '2. Recalling World Food Assembly decision 70/4 of 12 November 2033, adopted at the seventieth session of the Assembly, the Commission recommends the following text.',
      '3. The Commission requests the secretariat to submit to the World Food Assembly, at its seventy-second session, a report on the progress made.',
    );
    const session = draftOf(text).find((i) => /seventy-second/i.test(i.title));
    expect(session?.when).toEqual({ type: 'tba', approx: '2035' });
    expect(session?.review[0]?.interpretation).toMatch(/counted from/);
  });
});

describe('round 15: comments already received', () => {
  it('"takes account of the comments received by <a day before the document>" is no deadline', () => {
    const text = lines(
      'Expert Group on Satellite Data (EG-SD)',
      '12 February 2032',
      'Second meeting, Geneva, 1-2 March 2032',
      '1\tThis draft reflects the contributions received by 20 January 2032. Further comments may be sent by 20 February 2032.',
    );
    expect(draftOf(text).map((i) => whenOf(i.when as W))).toEqual(['2032-02-20']);
  });
});

describe('round 15: page furniture of another layout', () => {
  it('a centred bare page number and a running title printed on each page are dropped; the paragraph runs on', async () => {
    const text = await asTxt(
      lines(
        'Working Party on Rural Access',
        '',
        '1.   The Working Party met in Lusaka on 3-4 May 2033. The Chair opened the',
        '     meeting and welcomed the participants from eleven administrations.',
        '',
        '2.   Administrations are invited to send their replies to the questionnaire',
        '     by Friday 16 June 2033. A summary will be circulated at the next',
        '',
        '                                   2',
        '                     Working Party on Rural Access',
        '\f',
        '     meeting, to be held in Harare on 7-8 November 2033.',
        '',
        '3.   The Chair closed the meeting.',
      ),
    );
    expect(parseParagraphs(text).paragraphs.map((p) => p.text)).toEqual([
      'The Working Party met in Lusaka on 3-4 May 2033. The Chair opened the meeting and welcomed the participants from eleven administrations.',
      'Administrations are invited to send their replies to the questionnaire by Friday 16 June 2033. A summary will be circulated at the next meeting, to be held in Harare on 7-8 November 2033.',
      'The Chair closed the meeting.',
    ]);
  });
});

describe('round 15: wrapped text without blank lines', () => {
  it('"3 The …" after a sentence end starts paragraph 3; "14 March …" does not; "Internet-" / "related" keeps its hyphen', async () => {
    const text = await asTxt(
      lines(
        'Working Party on Rural Access',
        '1 The Working Party met in Lusaka on 3-4 May 2033 with the Council Working Group on Internet-',
        'related Public Policy Issues. The Chair thanked the hosts for their support and',
        'their hospitality.',
        '2 The field visit to the exchange point, foreseen for Friday',
        '14 March 2034, has been removed from the programme of the next meeting.',
        '3 The Chair closed the meeting.',
      ),
    );
    const doc = parseParagraphs(text);
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(doc.paragraphs[0]!.text).toContain('Internet-related Public Policy Issues');
    expect(doc.paragraphs[1]!.text).toContain('foreseen for Friday 14 March 2034, has been removed');
  });
});

describe('round 15: working days', () => {
  it('"attend a rehearsal two working days before the Conference" (a Monday) is the Thursday before, −4, flagged', () => {
    const text = lines(
      'Circular 2033/71',
      'Dakar, 1 September 2033',
      '1\tThe Fifth Sahel Connectivity Conference (SCC-5) will take place in Niamey from 7 to 9 November 2033.',
      '2\tSpeakers are asked to attend a rehearsal two working days before the Conference; the exact time will be sent later.',
    );
    const items = draftOf(text);
    const conference = items.find((i) => i.source.paragraph === '1');
    const rehearsal = items.find((i) => i.source.paragraph === '2');
    expect(rehearsal).toMatchObject({ kind: 'event', when: { type: 'relative', anchor: conference?.id, offsetDays: -4, bound: 'on' } });
    expect(rehearsal?.review.some((f) => /working days/.test(f.interpretation))).toBe(true);
  });
});

describe('round 15: during an event named in lower case', () => {
  it('"The ministerial segment … will be held from …; the Chair will report … during the ministerial segment" is during it', () => {
    const text = lines(
      'Andean Spectrum Committee',
      'Summary of the 14th meeting',
      '1.\tThe 14th meeting was held in Quito on 2-3 April 2032.',
      '2.\tThe ministerial segment of the Andean Digital Week will be held from 6 to 8 October 2032 in La Paz; the Chair will report on the band plan during the ministerial segment.',
    );
    const items = draftOf(text).filter((i) => i.source.paragraph === '2');
    const segment = items.find((i) => i.when.type === 'date');
    expect(whenOf(segment?.when as W)).toBe('2032-10-06..2032-10-08');
    expect(items.find((i) => i.when.type === 'relative')).toMatchObject({ kind: 'event', when: { anchor: segment?.id, offsetDays: 0, bound: 'during' } });
  });
});
