import { describe, expect, it } from 'vitest';
import { makeTestBot } from '../support/fixtures.js';

describe('next-deadline at chosen instants', () => {
  it('gives the next deadline with its Geneva due time, paragraph and a short review marker (the note is in show)', async () => {
    const t = await makeTestBot({ now: '2025-02-20T09:00:00+01:00' });
    const r = await t.ask('/cwg next-deadline');
    expect(r.tone).toBe('ok');
    expect(r.items.map((i) => i.id)).toEqual(['hlpf-2025-comments']);
    const item = r.items[0]!;
    expect(item).toMatchObject({ kind: 'deadline', start: '2025-02-24', end: '2025-02-24', status: 'confirmed', dueAt: '2025-02-25T00:00:00+01:00' });
    expect(r.text).toContain('Mon 24 Feb 2025, end of day (Geneva)');
    expect(r.text).toContain('(in 4 days)');
    expect(r.text).toContain('§5.4.5');
    expect(r.text).toContain('⚠ date to be checked');
    expect(r.text).not.toContain('date as printed in the report');
    expect((await t.ask('show hlpf-2025-comments')).text).toContain('date as printed in the report: "24 February"');
  });

  it('lists every deadline due the same day', async () => {
    const t = await makeTestBot({ now: '2025-03-10T12:00:00+01:00' });
    const r = await t.ask('next-deadline');
    expect(r.items.map((i) => i.id).sort()).toEqual([
      'call-for-inputs-reminders',
      'outcomes-report-publication',
      'wsis20-call-for-inputs',
      'wsis20-report-final',
    ]);
    expect(r.text).toContain('Next deadlines: 4 due Fri 14 Mar 2025');
  });

  it('is still due during the last minutes of the day in Geneva, and past one instant after midnight', async () => {
    const t = await makeTestBot({ now: '2025-03-04T23:59:00+01:00' });
    expect((await t.ask('next-deadline')).items[0]?.id).toBe('wsis20-report-comments');
    t.clock.set(new Date('2025-03-05T00:00:00+01:00'));
    expect((await t.ask('next-deadline')).items.map((i) => i.id)).not.toContain('wsis20-report-comments');
  });

  it('narrows by who must act and by tag', async () => {
    const t = await makeTestBot({ now: '2025-02-25T09:00:00+01:00' });
    const sec = await t.ask('next-deadline secretariat');
    expect(sec.items.every((i) => i.whoMustAct.includes('secretariat'))).toBe(true);
    expect(sec.items[0]?.id).toBe('hlpf-2025-revised-draft');
    const members = await t.ask('next-deadline members');
    expect(members.items[0]?.id).toBe('wsis20-report-comments');
    const hlpf = await t.ask('next-deadline hlpf');
    expect(hlpf.items.every((i) => i.tags.includes('hlpf'))).toBe(true);
  });

  it('resolves anchored deadlines: the AI report is due three weeks before the 42nd meeting', async () => {
    const t = await makeTestBot({ now: '2025-01-05T09:00:00+01:00' });
    const r = await t.ask('next-deadline ai');
    expect(r.items[0]).toMatchObject({ id: 'ai-report-cwg-42', start: '2025-01-11' });
    expect(r.items[0]?.anchor?.id).toBe('cwg-42');
  });

  it("on today's date says nothing is upcoming, shows the latest past deadline and how to add one", async () => {
    const t = await makeTestBot({ now: '2026-11-29T09:00:00+01:00' });
    const r = await t.ask('next-deadline');
    expect(r.tone).toBe('empty');
    expect(r.text).toContain('Nothing upcoming');
    expect(r.items).toHaveLength(1);
    expect(r.text).toContain('/cwg add deadline');
  });
});

describe('next-event', () => {
  it('shows the rescheduled UNESCO forum as rescheduled, with its earlier date', async () => {
    // After World Telecommunication and Information Society Day (17 May), the next event is the forum.
    const t = await makeTestBot({ now: '2025-05-18T09:00:00+02:00' });
    const r = await t.ask('next-event');
    const item = r.items[0]!;
    expect(item).toMatchObject({ id: 'unesco-ai-forum-2025', status: 'rescheduled', start: '2025-06-04', end: '2025-06-05' });
    expect(r.text).toContain('[RESCHEDULED]');
    expect(item.previously[0]).toContain('Wed 12 Feb 2025 – Thu 13 Feb 2025');
  });

  it('reports events under way as happening now', async () => {
    const t = await makeTestBot({ now: '2025-06-25T10:00:00+02:00' });
    const r = await t.ask('next-event');
    expect(r.sections[0]?.heading).toBe('Happening now');
    expect(r.sections[0]?.items.map((i) => i.id)).toContain('igf-2025');
    expect(r.sections[0]?.items[0]?.countdown).toMatch(/under way/);
  });

  it("shows a timed event in Geneva time and in the asker's zone", async () => {
    const t = await makeTestBot({ now: '2025-02-10T09:00:00+01:00' });
    const r = await t.ask('next-event consultation', { id: 'U1', platform: 'slack', tz: 'America/New_York' });
    const item = r.items.find((i) => i.id === 'open-consultation-3')!;
    expect(item.start).toBe('2025-02-11T13:30:00+01:00');
    expect(item.end).toBe('2025-02-11T14:30:00+01:00');
    expect(item.when).toBe('Tue 11 Feb 2025, 13:30–14:30 (Geneva, CET)');
    expect(item.whenLocal).toBe('Tue 11 Feb 2025, 07:30–08:30 (America/New_York, EST)');
  });
});

describe('listings, details and search', () => {
  it('upcoming N days lists what falls in the window and counts undated items', async () => {
    const t = await makeTestBot({ now: '2025-03-01T09:00:00+01:00' });
    const r = await t.ask('upcoming 14 days');
    const ids = r.items.map((i) => i.id);
    expect(ids).toContain('hlpf-2025-transmittal');
    expect(ids).toContain('wsis20-report-final');
    expect(ids).not.toContain('cstd-28');
    expect(r.notes?.join(' ')).toMatch(/more items have no date yet/);
    const bad = await t.ask('upcoming lots');
    expect(bad.tone).toBe('error');
  });

  it('events past lists finished events latest first; deadlines all includes undated ones', async () => {
    const t = await makeTestBot({ now: '2026-11-29T09:00:00+01:00' });
    const past = await t.ask('events past');
    expect(past.items[0]?.id).toMatch(/wsis20-hle-2025|giga-events-2025/);
    const all = await t.ask('deadlines all');
    expect(all.items.some((i) => i.status === 'tba')).toBe(true);
    const upcomingOnly = await t.ask('deadlines');
    expect(upcomingOnly.items.every((i) => i.start === null)).toBe(true);
  });

  it('show gives the full item with provenance and the review flag side by side', async () => {
    const t = await makeTestBot();
    const r = await t.ask('show cwg-42');
    expect(r.detailed).toBe(true);
    expect(r.text).toContain('§2.2');
    expect(r.text).toContain('date as printed in the report');
    expect(r.items[0]?.review[0]?.printed).toContain('2024');
  });

  it('show of an unknown id suggests close ids', async () => {
    const t = await makeTestBot();
    const r = await t.ask('show igf-2052');
    expect(r.tone).toBe('error');
    expect(r.text).toContain('No item has the id "igf-2052"');
    expect(r.text).toMatch(/Did you mean .*"igf-2025"/);
  });

  it('search matches words across title, place and tags, ignoring accents', async () => {
    const t = await makeTestBot();
    expect((await t.ask('search lillestrom')).items.map((i) => i.id)).toEqual(['igf-2025']);
    expect((await t.ask('search unesco forum')).items[0]?.id).toBe('unesco-ai-forum-2025');
    expect((await t.ask('search xyzzy')).tone).toBe('empty');
  });

  it('help lists commands and explains one', async () => {
    const t = await makeTestBot();
    const all = await t.ask('help');
    expect(all.text).toContain('/cwg next-deadline');
    const one = await t.ask('help upcoming');
    expect(one.text).toContain('/cwg upcoming [N days]');
  });

  it('unknown commands and filters say what is accepted', async () => {
    const t = await makeTestBot();
    const r = await t.ask('nxt-deadline');
    expect(r.text).toContain('"nxt-deadline" is not a /cwg command. Did you mean "next-deadline"?');
    const f = await t.ask('next-deadline planets');
    expect(f.text).toContain('"planets" is neither a tag nor who must act');
    expect(f.text).toContain('igf');
  });
});
