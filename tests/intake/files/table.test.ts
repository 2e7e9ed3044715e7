import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ItemSchema } from '../../../src/calendar/schema.js';
import type { FileReadError } from '../../../src/intake/files/errors.js';
import { readTable } from '../../../src/intake/files/table.js';

const enc = (s: string) => new TextEncoder().encode(s);
const csv = (s: string, name = 'list.csv') => readTable(enc(s), name);

describe('readTable: CSV', () => {
  it('reads the documented columns into valid items (headers in any case, with synonyms)', async () => {
    const r = await csv(
      [
        'Type,Name,From,Until,Time,Time zone,Venue,Who must act,Tags,E-mail,Doc,Para,ID',
        'event,CWG-WSIS&SDG 43rd meeting,2 October 2025,3 October 2025,,,Geneva,,"cwg, wsis",,,,cwg-43',
        'deadline,Contributions to the 43rd meeting,2025-09-11,,,,,"members, secretariat",contributions,cwg@itu.int,C25/20,6.7.9,',
        ',Information session,2025-09-15,,13:30-14:30,CET,Online,all stakeholders,,,,,',
        'deadline,Comments on the roadmap,tba 2025,,,,,Member States,,,,,',
        'event,Side event in New York,2025-09-22,,09:00,America/New_York,UN HQ,,,,,,',
      ].join('\r\n'),
      'secretariat-list.csv',
    );
    expect(r.errors).toEqual([]);
    expect(r.format).toBe('csv');
    expect(r.rows).toBe(5);
    expect(r.columns).toMatchObject({ kind: 'Type', title: 'Name', date: 'From', end: 'Until', who: 'Who must act', sendTo: 'E-mail', paragraph: 'Para' });
    for (const item of r.items) expect(ItemSchema.safeParse(item).success, item.id).toBe(true);
    const [meeting, contributions, session, comments, ny] = r.items;
    expect(meeting).toMatchObject({
      id: 'cwg-43',
      kind: 'event',
      when: { type: 'date', start: '2025-10-02', end: '2025-10-03' },
      place: 'Geneva',
      tags: ['cwg', 'wsis'],
      source: { document: 'secretariat-list.csv', paragraph: 'R2', wording: '2 October 2025' },
    });
    expect(contributions).toMatchObject({
      id: 'contributions-43',
      kind: 'deadline',
      when: { type: 'date', start: '2025-09-11' },
      whoMustAct: ['members', 'secretariat'],
      sendTo: 'cwg@itu.int',
      source: { document: 'C25/20', paragraph: '6.7.9' },
    });
    expect(session).toMatchObject({
      kind: 'event',
      when: { type: 'datetime', start: '2025-09-15T13:30', end: '2025-09-15T14:30', tz: 'Europe/Zurich' },
      whoMustAct: ['all-stakeholders'],
    });
    expect(comments).toMatchObject({ when: { type: 'tba', approx: '2025' }, status: 'tba', whoMustAct: ['members'] });
    expect(ny).toMatchObject({ when: { type: 'datetime', start: '2025-09-22T09:00', tz: 'America/New_York' } });
  });

  it('makes ids from the distinctive words of a title, not the group acronym alone; ids given in the file are kept', async () => {
    const r = await csv(['title,date,id', 'CWG test meeting,2027-03-04,', 'CWG-WSIS&SDG 43rd meeting,2025-10-02,cwg-43'].join('\n'));
    expect(r.errors).toEqual([]);
    expect(r.items.map((it) => it.id)).toEqual(['cwg-test-meeting-2027', 'cwg-43']);
  });

  it('reads a .txt or a file without an extension as CSV when it is a table with the header row, and says so', async () => {
    const text = ['Title;Date;Venue', 'CWG test meeting;2027-03-04;Geneva'].join('\n');
    for (const name of ['list.txt', 'list']) {
      const r = await csv(text, name);
      expect(r.format).toBe('csv');
      expect(r.items.map((it) => it.title)).toEqual(['CWG test meeting']);
      expect(r.warnings).toContainEqual({ code: 'TABLE_BY_CONTENT', data: { filename: name } });
    }
    expect((await csv(text, 'list.csv')).warnings).toEqual([]);
  });

  it('reports each bad field with its row number, the field and what is accepted; good rows still come through', async () => {
    const r = await csv(
      [
        'title;date;time;zone;who;tags;kind;id',
        'Good row;4 March 2025;;;;;;',
        ';4 March 2025;;;;;;',
        'No year;4 March;;;;;;',
        'Not real;31 February 2025;;;;;;',
        'Bad time;2025-03-05;25:99;;;;;',
        'Bad zone;2025-03-05;10:00;Mars/Olympus;;;;',
        'Bad who;2025-03-05;;;the press;;;',
        'Bad tag;2025-03-05;;;;Not A Tag!;;',
        'Bad kind;2025-03-05;;;;;party;',
        'Bad id;2025-03-05;;;;;;Has Spaces',
        'Range with time;4-5 June 2025;10:00;;;;;',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.title)).toEqual(['Good row']);
    const brief = r.errors.map((e) => [e.row, e.field, e.code, e.problem ?? null]);
    expect(brief).toEqual([
      [3, 'title', 'required', null],
      [4, 'date', 'date', 'noYear'],
      [5, 'date', 'date', 'notReal'],
      [6, 'time', 'time', null],
      [7, 'zone', 'zone', null],
      [8, 'who', 'who', null],
      [9, 'tags', 'tag', null],
      [10, 'kind', 'kind', null],
      [11, 'id', 'id', null],
      [12, 'time', 'time', null],
    ]);
    expect(r.errors.find((e) => e.field === 'who')).toMatchObject({ value: 'the press', example: expect.stringContaining('secretariat') });
    expect(r.errors.find((e) => e.field === 'date')?.example).toContain('4 March 2025');
  });

  it('refuses numeric dates as ambiguous unless another row of the sheet settles day/month order', async () => {
    const ambiguous = await csv('title,date\nA,04/03/2025\nB,05/03/2025\n');
    expect(ambiguous.items).toEqual([]);
    expect(ambiguous.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'ambiguousDate'],
      [3, 'ambiguousDate'],
    ]);
    const dmy = await csv('title,date\nA,04/03/2025\nB,25/03/2025\n');
    expect(dmy.items.map((i) => i.when)).toEqual([
      { type: 'date', start: '2025-03-04' },
      { type: 'date', start: '2025-03-25' },
    ]);
    const mdy = await csv('title,date\nA,04/03/2025\nB,12/31/2025\n');
    expect(mdy.items.map((i) => i.when)).toEqual([
      { type: 'date', start: '2025-04-03' },
      { type: 'date', start: '2025-12-31' },
    ]);
  });

  it('gives repeated titles distinct, stable ids and refuses a repeated id column value', async () => {
    const r = await csv('title,date,id\nWebinar,2025-03-04,\nWebinar,2025-04-01,\nX,2025-01-01,dup\nY,2025-01-02,dup\n');
    expect(r.items.map((i) => i.id)).toEqual(['webinar-2025', 'webinar-2025-2', 'dup']);
    expect(r.errors).toEqual([{ row: 5, field: 'id', code: 'duplicateId', value: 'dup', example: expect.any(String) }]);
  });

  it('numbers many rows of one title in order, skipping an id a row took for itself', async () => {
    const rows = ['title,date,id', 'Webinar,2025-03-04,webinar-2025-4'];
    for (let i = 0; i < 6; i++) rows.push(`Webinar,2025-03-${String(5 + i).padStart(2, '0')},`);
    const r = await csv(`${rows.join('\n')}\n`);
    expect(r.items.map((i) => i.id)).toEqual([
      'webinar-2025-4',
      'webinar-2025',
      'webinar-2025-2',
      'webinar-2025-3',
      'webinar-2025-5',
      'webinar-2025-6',
      'webinar-2025-7',
    ]);
    expect(r.errors).toEqual([]);
  });

  it('finds the header below a title row, reads semicolons, and says which columns it ignored', async () => {
    const r = await csv('Secretariat list 2025;;\nTitle;Date;Colour\nA;2025-03-04;red\n');
    expect(r.items.map((i) => [i.title, i.source.paragraph])).toEqual([['A', 'R3']]);
    expect(r.warnings).toEqual([{ code: 'TABLE_UNKNOWN_COLUMNS', data: { columns: ['Colour'] } }]);
  });

  it('refuses a sheet without a header or without title and date columns', async () => {
    const noHeader = await csv('a,b\n1,2\n').catch((e: unknown) => e);
    expect((noHeader as FileReadError).fileCode).toBe('TABLE_NO_HEADER');
    const missing = await csv('title,place\nA,Geneva\n').catch((e: unknown) => e);
    expect((missing as FileReadError).fileCode).toBe('TABLE_MISSING_COLUMNS');
    expect((missing as FileReadError).data).toEqual({ missing: ['date'], found: ['title', 'place'] });
    const unclosed = await csv('title,date\n"A,2025-03-04\n').catch((e: unknown) => e);
    expect((unclosed as FileReadError).fileCode).toBe('TABLE_UNREADABLE');
  });
});

describe('readTable: Excel (.xlsx)', () => {
  it('reads Excel date and time cells, rich text and formulas', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Calendar');
    ws.addRow(['Kind', 'Event', 'Start date', 'End date', 'Time', 'Location', 'Actors']);
    ws.addRow(['event', 'Council 2025', new Date(Date.UTC(2025, 5, 17)), new Date(Date.UTC(2025, 5, 27)), null, 'Geneva', null]);
    ws.addRow([
      'deadline',
      { richText: [{ text: 'Inputs ' }, { text: 'due', font: { bold: true } }] },
      new Date(Date.UTC(2025, 2, 4)),
      null,
      null,
      null,
      'members',
    ]);
    ws.addRow(['event', 'Briefing', new Date(Date.UTC(2025, 2, 10)), null, new Date(Date.UTC(1899, 11, 30, 13, 30)), null, null]);
    ws.addRow(['event', { formula: 'CONCAT("WSIS ","Forum")', result: 'WSIS Forum' }, '7-11 July 2025', null, null, null, null]);
    ws.addRow(['event', 'Bad', 'soon', null, null, null, null]);
    wb.addWorksheet('Notes').addRow(['free text']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await readTable(bytes, 'calendar.xlsx');
    expect(r.format).toBe('xlsx');
    expect(r.items.map((i) => [i.kind, i.title, i.when])).toEqual([
      ['event', 'Council 2025', { type: 'date', start: '2025-06-17', end: '2025-06-27' }],
      ['deadline', 'Inputs due', { type: 'date', start: '2025-03-04' }],
      ['event', 'Briefing', { type: 'datetime', start: '2025-03-10T13:30', tz: 'Europe/Zurich' }],
      ['event', 'WSIS Forum', { type: 'date', start: '2025-07-07', end: '2025-07-11' }],
    ]);
    expect(r.items[0]!.source).toEqual({ document: 'calendar.xlsx', paragraph: 'R2', wording: '2025-06-17' });
    expect(r.errors).toEqual([{ row: 6, field: 'date', code: 'date', value: 'soon', problem: 'unreadable', example: expect.any(String) }]);
    expect(r.warnings).toContainEqual({ code: 'TABLE_EXTRA_SHEETS', data: { read: 'Calendar', ignored: ['Notes'] } });
  });
});

describe('hostile text in a spreadsheet', () => {
  // A CSV full of escape bytes is refused as binary by format detection; bidi overrides are text.
  it('is cleaned like every other import path: no bidi overrides, no javascript: link', async () => {
    const r = await csv('kind,title,date,place,url\nevent,"Forum \u202eyad",2025-07-07,"Room \u202dA",javascript:alert(1)\n');
    expect(r.items).toHaveLength(1);
    expect(JSON.stringify(r.items[0])).not.toMatch(/[\u202a-\u202e]/);
    expect(r.items[0]!.title).toBe('Forum yad');
    expect(r.items[0]!.url).toBeUndefined();
  });
});
