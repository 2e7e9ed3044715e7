import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SeedFileSchema } from '../../src/calendar/calendar-schema.js';
import type { Item, Source } from '../../src/calendar/schema.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedPath = path.join(repoRoot, 'data', 'calendar.seed.json');
const reportPath = path.resolve(repoRoot, '..', 'shared', 'source', 'cwg-wsis-sdg-41-42-outcomes-report.txt');
const reportExists = existsSync(reportPath);

const DOCUMENT = 'CWG-WSIS&SDG 41st and 42nd meetings outcomes report';
/** The one other source: ITU's page listing the group's meetings (gives the 41st meeting's real dates). */
const MEETINGS_PAGE = 'ITU CWG-WSIS&SDG webpage, meetings';

const REQUIRED_IDS = [
  'igf-2024',
  'igf-2025',
  'cstd-28',
  'wsis20-hle-2025',
  'cwg-41',
  'cwg-42',
  'council-2025',
  'rdf-2025',
  'unesco-ai-forum-2025',
  'open-consultation-3',
] as const;

const raw: unknown = JSON.parse(readFileSync(seedPath, 'utf8'));
const parsed = SeedFileSchema.safeParse(raw);
const items: Item[] = parsed.success ? parsed.data.items : [];
const byId = new Map(items.map((it) => [it.id, it]));

function item(id: string): Item {
  const it = byId.get(id);
  if (!it) throw new Error(`no item "${id}" in the seed file`);
  return it;
}

/** Every source reference an item carries: its source, its seeAlso, and the sources of its history entries. */
function sourcesOf(it: Item): Source[] {
  return [it.source, ...it.seeAlso, ...it.history.flatMap((h) => (h.source ? [h.source] : []))];
}

/** The sources that cite the report (the others name a web page and have no paragraph). */
function reportSourcesOf(it: Item): Source[] {
  return sourcesOf(it).filter((s) => s.document === DOCUMENT);
}

/** Whitespace (tabs, NBSP) collapsed and non-breaking hyphens made plain, so "verbatim" survives typography. */
function normalise(text: string): string {
  return text
    .replace(/\u2011/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits the report into numbered paragraphs. A paragraph starts on a line that begins (after optional
 * whitespace) with a number such as "6.7.9", "3.1.13." or "5.2." followed by a tab or space; any other
 * line (bullets, unnumbered continuations, sub-headings) belongs to the paragraph above it.
 */
function paragraphs(report: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | undefined;
  for (const line of report.split(/\r?\n/)) {
    const m = /^\s*(\d+(?:\.\d+)*)\.?[\t ]/.exec(line);
    if (m) {
      current = m[1]!;
      out.set(current, `${out.get(current) ?? ''} ${line.slice(m[0].length)}`);
    } else if (current) {
      out.set(current, `${out.get(current) ?? ''} ${line}`);
    }
  }
  for (const [k, v] of out) out.set(k, normalise(v));
  return out;
}

describe('data/calendar.seed.json', () => {
  it('parses with SeedFileSchema', () => {
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
    expect(parsed.data.document).toBe(DOCUMENT);
    expect(items.length).toBeGreaterThanOrEqual(35);
  });

  it('has every required id', () => {
    for (const id of REQUIRED_IDS) expect(byId.has(id), id).toBe(true);
  });

  it("names the report as the source document everywhere, and ITU's meetings page only for the 41st meeting", () => {
    for (const it of items) {
      expect(it.source.document, it.id).toBe(DOCUMENT);
      for (const s of sourcesOf(it)) expect([DOCUMENT, MEETINGS_PAGE], it.id).toContain(s.document);
    }
    expect(items.filter((it) => sourcesOf(it).some((s) => s.document === MEETINGS_PAGE)).map((it) => it.id)).toEqual(['cwg-41']);
  });

  it('writes paragraph numbers without a section sign or trailing dot', () => {
    for (const it of items) for (const s of reportSourcesOf(it)) expect(s.paragraph, it.id).toMatch(/^\d+(\.\d+)*$/);
  });

  it('anchors relative dates to existing items', () => {
    for (const it of items) {
      if (it.when.type !== 'relative') continue;
      expect(byId.has(it.when.anchor), `${it.id} -> ${it.when.anchor}`).toBe(true);
    }
  });

  it('marks done only undated items the report describes as having taken place', () => {
    // Dated past items keep their status (the date says they are past); an undated one that the
    // report says was held would otherwise read "date to be announced".
    const done = items.filter((it) => it.status === 'done');
    expect(done.every((it) => it.when.type === 'tba')).toBe(true);
    // The IGF 2024 side events are dated now ("during IGF 2024"), so their dates say they are past.
    expect(done.map((it) => it.id).sort()).toEqual(['eurodig-2024', 'summit-of-the-future-2024', 'wsis20-forum-hle-2024']);
  });

  describe('against the report text', () => {
    const paras = reportExists ? paragraphs(readFileSync(reportPath, 'utf8')) : new Map<string, string>();

    it.skipIf(!reportExists)('finds the report paragraphs (including "3.1.13." and tab-led numbers)', () => {
      for (const p of ['1.1', '2.2', '3.1.13', '3.6.9.2', '5.4.5', '6.7.9', '7.2']) expect(paras.has(p), p).toBe(true);
      expect(paras.get('5.4.5')).toContain('24 February');
    });

    it.skipIf(!reportExists)('cites only paragraphs that exist in the report', () => {
      for (const it of items) for (const s of reportSourcesOf(it)) expect(paras.has(s.paragraph), `${it.id}: ${s.paragraph}`).toBe(true);
    });

    it.skipIf(!reportExists)('quotes every source wording verbatim from the cited paragraph', () => {
      let checked = 0;
      for (const it of items) {
        for (const s of reportSourcesOf(it)) {
          if (!s.wording) continue;
          const text = paras.get(s.paragraph) ?? '';
          expect(text, `${it.id}: "${s.wording}" in ${s.paragraph}`).toContain(normalise(s.wording));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(40);
    });

    it.skipIf(!reportExists)('quotes the printed words of every review flag from a paragraph the item cites', () => {
      for (const it of items) {
        for (const r of it.review) {
          // An elision ("…" or "...") stands for words left out: the parts must appear in order.
          const parts = normalise(r.printed)
            .split(/\s*(?:\.\.\.|…)\s*/)
            .filter(Boolean);
          const inOrder = (t: string) => parts.every((p, i) => (i === 0 ? t.includes(p) : t.indexOf(p) > t.indexOf(parts[i - 1]!)));
          const texts = reportSourcesOf(it).map((s) => paras.get(s.paragraph) ?? '');
          expect(texts.some(inOrder), `${it.id}: "${r.printed}"`).toBe(true);
        }
      }
    });

    it.skipIf(!reportExists)('keeps the printed words of review flags for the meeting dates', () => {
      for (const id of ['cwg-41', 'cwg-42', 'open-consultation-3']) {
        const it = item(id);
        const text = paras.get(it.source.paragraph) ?? '';
        expect(it.review.length, id).toBeGreaterThan(0);
        expect(text, id).toContain(normalise(it.review[0]!.printed));
      }
    });
  });

  describe('specific facts', () => {
    it('IGF 2024 is 15-19 December 2024 and IGF 2025 is 23-27 June 2025', () => {
      expect(item('igf-2024').when).toEqual({ type: 'date', start: '2024-12-15', end: '2024-12-19' });
      expect(item('igf-2025').when).toEqual({ type: 'date', start: '2025-06-23', end: '2025-06-27' });
      expect(item('igf-2025').place).toMatch(/Lillestrøm/);
    });

    it('CSTD 28 and the WSIS+20 High-Level Event 2025 have their dates', () => {
      expect(item('cstd-28').when).toEqual({ type: 'date', start: '2025-04-07', end: '2025-04-11' });
      expect(item('wsis20-hle-2025').when).toEqual({ type: 'date', start: '2025-07-07', end: '2025-07-11' });
      expect(item('wsis20-hle-2025').seeAlso.map((s) => s.paragraph)).toContain('4.2.7');
    });

    it('the UNESCO forum is rescheduled to 4-5 June 2025 and remembers 12-13 February 2025', () => {
      const it = item('unesco-ai-forum-2025');
      expect(it.status).toBe('rescheduled');
      expect(it.when).toEqual({ type: 'date', start: '2025-06-04', end: '2025-06-05' });
      expect(it.dateVersion).toBe(1);
      expect(it.history).toHaveLength(1);
      expect(it.history[0]!.when).toEqual({ type: 'date', start: '2025-02-12', end: '2025-02-13' });
      expect(it.history[0]!.source?.paragraph).toBe('6.2.1.1');
    });

    it('the 3rd Open Consultation meeting is 13:30-14:30 Geneva time on 11 February 2025', () => {
      expect(item('open-consultation-3').when).toEqual({
        type: 'datetime',
        start: '2025-02-11T13:30',
        end: '2025-02-11T14:30',
        tz: 'Europe/Zurich',
      });
    });

    it('Council 2025 and the 2025 RDFs are to be announced', () => {
      for (const id of ['council-2025', 'rdf-2025']) {
        const it = item(id);
        expect(it.status, id).toBe('tba');
        expect(it.when, id).toEqual({ type: 'tba', approx: '2025' });
      }
    });

    it('deadlines "prior to Council 2025" hang off council-2025', () => {
      for (const id of ['call-for-inputs-report-council-2025', 'action-line-roadmaps-2025', 'gdc-action-plan-council-2025']) {
        const w = item(id).when;
        expect(w.type, id).toBe('relative');
        if (w.type === 'relative') expect(w.anchor, id).toBe('council-2025');
      }
    });

    it('the AI report is due three weeks before the 42nd meeting and the draft WSIS+20 report four weeks before', () => {
      const ai = item('ai-report-cwg-42');
      expect(ai.source.paragraph).toBe('3.6.6');
      expect(ai.when).toEqual({ type: 'relative', anchor: 'cwg-42', offsetDays: -21, bound: 'by' });
      expect(item('wsis20-report-draft').when).toEqual({ type: 'relative', anchor: 'cwg-42', offsetDays: -28, bound: 'by' });
    });

    it('the 41st meeting is 2 October (all day) to 3 October 2024 (a.m.) in Room Popov, the printed 17 October 2023 kept', () => {
      const it = item('cwg-41');
      expect(it.when).toEqual({ type: 'date', start: '2024-10-02', end: '2024-10-03', hours: '2 October all day, 3 October a.m.' });
      expect(it.place).toMatch(/Room Popov.*Geneva/);
      expect(it.history).toHaveLength(1);
      expect(it.history[0]!.when).toEqual({ type: 'date', start: '2023-10-17' });
      expect(it.history[0]!.source?.wording).toBe('held on 17 October 2023');
      expect(it.dateVersion).toBe(1);
      expect(it.review[0]!.printed).toBe('held on 17 October 2023');
      expect(it.review[0]!.reason).toContain('Since Council 24');
      const named = sourcesOf(it).map((s) => s.document);
      expect(named).toContain(DOCUMENT);
      expect(named).toContain(MEETINGS_PAGE);
      expect(sourcesOf(it).some((s) => s.paragraph === '2.2' && s.wording?.startsWith('Since Council 24'))).toBe(true);
    });

    it('the 42nd meeting keeps 1-2 February 2025, flagged as read from 2024 and as unverified', () => {
      const it = item('cwg-42');
      expect(it.when).toEqual({ type: 'date', start: '2025-02-01', end: '2025-02-02' });
      expect(it.review[0]!.printed).toBe('held on 1-2 February 2024');
      const unverified = it.review.find((r) => r.kind === 'unverified');
      expect(unverified?.reason).toMatch(/Saturday and Sunday/);
      expect(unverified?.reason).toContain('as of 10 February');
    });

    it('has the items the report names that a delegate or the secretariat needs, with who acts', () => {
      const expected: Array<[string, string, string[]]> = [
        ['wsis20-roadmap-update', '6.1.4', ['secretariat']],
        ['cstd-letter-ecosoc', '6.2.7.2', []],
        ['call-for-inputs-reminders', '6.6.2', ['secretariat']],
        ['call-for-inputs-publication', '6.6.8', ['secretariat']],
        ['wtisd-2025', '3.1', []],
        ['ai-for-good-2025', '4.2.1', []],
        ['cstd-session-hle-2025', '6.2.7.3', ['secretariat']],
        ['giga-session-hle-2025', '3.1.13', []],
        ['igf-2024-wsis20-side-event', '6.6.3.1', []],
        ['broadband-report-cwg-42', '3.7.2', ['secretariat']],
        ['sectors-info-documents', '3.4.1', ['sectors']],
        ['g20-update-cwg-42', '3.8.2', []],
        ['cwg-42-side-event', '6.6.3.2', []],
      ];
      for (const [id, paragraph, who] of expected) {
        expect(item(id).source.paragraph, id).toBe(paragraph);
        expect(item(id).whoMustAct, id).toEqual(who);
      }
      expect(item('wtisd-2025').when).toEqual({ type: 'date', start: '2025-05-17' });
      expect(item('cstd-letter-ecosoc').organiser).toBe('CSTD Chair');
      expect(item('igf-2024-wsis20-side-event').organiser).toBe('ITU and South Africa');
      expect(items).toHaveLength(63);
    });

    it('the ITU-South Africa side event at IGF 2024 is its own item, apart from the UNGIS side event', () => {
      const ungis = item('igf-2024-side-events');
      expect(ungis.title).toMatch(/UNGIS/);
      expect(ungis.seeAlso.map((s) => s.paragraph)).toContain('3.2.8');
      expect(reportSourcesOf(ungis).map((s) => s.paragraph)).not.toContain('6.6.3.1');
      expect(item('igf-2024-wsis20-side-event').source.paragraph).toBe('6.6.3.1');
    });

    it('items inside a known event are dated "during" it', () => {
      for (const [id, event] of [
        ['g20-joint-event-hle-2025', 'wsis20-hle-2025'],
        ['giga-session-hle-2025', 'wsis20-hle-2025'],
        ['ai-for-good-2025', 'wsis20-hle-2025'],
        ['cstd-session-hle-2025', 'wsis20-hle-2025'],
        ['igf-2024-open-consultation-meeting', 'igf-2024'],
        ['igf-2024-side-events', 'igf-2024'],
        ['igf-2024-wsis20-side-event', 'igf-2024'],
        ['cwg-42-side-event', 'cwg-42'],
      ]) {
        expect(item(id!).when, id).toEqual({ type: 'relative', anchor: event, offsetDays: 0, bound: 'during' });
      }
    });

    it('models who acts and how sure the dates are', () => {
      expect(item('hlpf-2025-transmittal').whoMustAct).toEqual(['council-chair']);
      expect(item('wsis20-call-for-inputs').extended).toBe(true);
      // "prior to" with no distance given is read as the day before: an interpretation, flagged as such
      for (const id of ['call-for-inputs-report-council-2025', 'action-line-roadmaps-2025', 'cstd-wsis20-report']) {
        expect(
          item(id).review.map((r) => r.kind),
          id,
        ).toContain('interpretation');
      }
      expect(item('councillors-virtual-consultation-2025').review.map((r) => r.kind)).toContain('wording');
      expect(item('cofacilitators-letter-2025-01-20').organiser).toBeUndefined();
    });

    it('flags every "prior to" read as the day before as an interpretation', () => {
      const dayBefore = items.filter((it) => it.when.type === 'relative' && it.when.offsetDays === -1);
      expect(dayBefore.length).toBeGreaterThan(0);
      for (const it of dayBefore)
        expect(
          it.review.map((r) => r.kind),
          it.id,
        ).toContain('interpretation');
    });

    it('flags every date printed without a year', () => {
      for (const id of [
        'hlpf-2025-comments',
        'hlpf-2025-revised-draft',
        'hlpf-2025-final-draft',
        'hlpf-2025-transmittal',
        'wsis20-report-comments',
        'wsis20-report-final',
        'wsis20-call-for-inputs',
        'strategic-plan-workshop',
      ]) {
        const it = item(id);
        expect(it.when.type, id).toBe('date');
        if (it.when.type === 'date') expect(it.when.start.startsWith('2025-'), id).toBe(true);
        expect(it.review.length, id).toBeGreaterThan(0);
      }
    });

    it('sends outline comments to wsis-info@itu.int by 16 October 2024', () => {
      const it = item('wsis20-outline-comments');
      expect(it.when).toEqual({ type: 'date', start: '2024-10-16' });
      expect(it.sendTo).toBe('wsis-info@itu.int');
      expect(it.whoMustAct).toContain('members');
    });
  });
});
