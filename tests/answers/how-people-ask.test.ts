import { describe, expect, it } from 'vitest';
import type { Caller } from '../../src/dispatch/context.js';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { renderAdaptiveCard } from '../../src/render/adaptive-cards.js';
import { renderSlackBlocks } from '../../src/render/slack-blocks.js';
import { makeTestBot, tempDir } from '../support/fixtures.js';

/** Not in CWG_SECRETARIAT: a delegate. */
const DELEGATE: Partial<Caller> = { id: 'U0DELEGATE', platform: 'slack' };

describe('how people ask (issue 15)', () => {
  it('next event, next events, next deadlines and next N deadlines', async () => {
    const t = await makeTestBot({ now: '2025-02-10T09:00:00+01:00' });
    const one = await t.ask('next event');
    expect(one.items.map((i) => i.id)).toEqual(['open-consultation-3']);
    expect(one.text).toContain('Next event');
    const few = await t.ask('next events');
    expect(few.items).toHaveLength(5);
    expect(few.items.every((i) => i.kind === 'event')).toBe(true);
    expect(few.text).toContain('The next 5 events');
    const starts = few.items.map((i) => i.start!);
    expect([...starts].sort()).toEqual(starts);
    const deadlines = await t.ask('next deadlines');
    expect(deadlines.items.every((i) => i.kind === 'deadline')).toBe(true);
    expect(deadlines.items[0]?.id).toBe('hlpf-2025-comments');
    const three = await t.ask('next 3 deadlines members');
    expect(three.items).toHaveLength(3);
    expect(three.items.every((i) => i.whoMustAct.includes('members'))).toBe(true);
    // "next-event deadlines" is the same question as "next deadlines"
    expect((await t.ask('next-event deadlines')).items.map((i) => i.id)).toEqual(deadlines.items.map((i) => i.id));
  });

  it('today, this week, this month, upcoming 2 weeks, upcoming 3 months and upcoming 10 (days)', async () => {
    const t = await makeTestBot({ now: '2025-02-24T08:00:00+01:00' });
    const today = await t.ask('today');
    expect(today.text).toContain('Today, Mon 24 Feb 2025');
    // due at the end of today, Geneva time; nothing of tomorrow
    expect(today.items.map((i) => i.id)).toEqual(['hlpf-2025-comments']);
    expect((await t.ask('upcoming today')).items.map((i) => i.id)).toEqual(['hlpf-2025-comments']);

    const week = await t.ask('this week');
    expect(week.text).toContain('This week, until Sun 2 Mar 2025');
    expect(week.items.map((i) => i.id)).toEqual(['hlpf-2025-comments', 'hlpf-2025-revised-draft', 'hlpf-2025-final-draft']);
    const month = await t.ask('this month');
    expect(month.text).toContain('This month, until Fri 28 Feb 2025');
    expect(month.items.map((i) => i.id)).toEqual(week.items.map((i) => i.id));

    const twoWeeks = await t.ask('upcoming 2 weeks');
    expect(twoWeeks.text).toContain('Coming up in the next 2 weeks');
    expect(twoWeeks.items.map((i) => i.id)).toEqual((await t.ask('upcoming 14')).items.map((i) => i.id));
    expect(twoWeeks.items.map((i) => i.id)).not.toContain('wsis20-report-final'); // due 14 Mar, 18 days ahead
    const threeMonths = await t.ask('upcoming 3 months');
    expect(threeMonths.text).toContain('Coming up in the next 3 months');
    const ids = threeMonths.items.map((i) => i.id);
    expect(ids).toContain('cstd-28'); // 7 April
    expect(ids).not.toContain('igf-2025'); // 23 June
    expect((await t.ask('upcoming 10')).text).toContain('Coming up in the next 10 days');
    expect((await t.ask('upcoming 10 days')).items).toEqual((await t.ask('upcoming 10')).items);
    expect((await t.ask('upcoming 0')).error?.code).toBe('USAGE');
  });

  it('tomorrow, next week and next month start on the Geneva day after today, this week or this month (issue 15)', async () => {
    const monday = await makeTestBot({ now: '2025-02-24T08:00:00+01:00' });
    // due at the end of today: today's, not tomorrow's
    const empty = await monday.ask('tomorrow');
    expect(empty.tone).toBe('empty');
    expect(empty.text).toContain('Tomorrow, Tue 25 Feb 2025');
    const t = await makeTestBot({ now: '2025-02-27T08:00:00+01:00' });
    const tomorrow = await t.ask('tomorrow');
    expect(tomorrow.text).toContain('Tomorrow, Fri 28 Feb 2025');
    expect(tomorrow.items.map((i) => i.id)).toEqual(['hlpf-2025-final-draft']);
    const week = await t.ask('next week');
    expect(week.text).toContain('Next week, Mon 3 Mar 2025 – Sun 9 Mar 2025');
    expect(week.items.map((i) => i.id)).toEqual(['hlpf-2025-transmittal', 'wsis20-report-comments']);
    // "next" alone is next-deadline's alias; "next week" is still the period, with filter words after it
    expect((await t.ask('next week members')).items.map((i) => i.id)).toEqual(['wsis20-report-comments']);
    expect((await t.ask('upcoming next week')).items).toEqual(week.items);
    const month = await t.ask('next month');
    expect(month.text).toContain('Next month, Sat 1 Mar 2025 – Mon 31 Mar 2025');
    const ids = month.items.map((i) => i.id);
    expect(ids).not.toContain('hlpf-2025-final-draft'); // 28 Feb: this month
    expect(ids).toContain('wsis20-report-final'); // 14 Mar
    expect(ids).toContain('outcomes-report-comments'); // 21 Mar
    expect(ids).not.toContain('cstd-28'); // 7 Apr
    expect((await t.ask('next event')).items.map((i) => i.id)).toEqual(['cstd-28']);
    const operator = { id: 'operator', platform: 'cli' } as const;
    expect(t.bot.answering('tomorrow', operator)?.name).toBe('upcoming');
    const help = await t.ask('help');
    expect(help.text).toContain('tomorrow, next week');
  });

  it('a bare tag answers with its upcoming items; an unknown word is still an unknown command', async () => {
    const t = await makeTestBot({ now: '2025-02-10T09:00:00+01:00' });
    const igf = await t.ask('/cwg igf');
    expect(igf.tone).toBe('ok');
    expect(igf.text).toContain('Upcoming: igf');
    expect(igf.items.map((i) => i.id)).toContain('igf-2025');
    expect(igf.items.every((i) => i.tags.includes('igf'))).toBe(true);
    expect(igf.items.map((i) => i.id)).not.toContain('igf-2024'); // over
    const hash = await t.ask('#cstd');
    expect(hash.items.length).toBeGreaterThan(0);
    expect(hash.items.every((i) => i.tags.includes('cstd'))).toBe(true);
    expect((await t.ask('igf members')).items.every((i) => i.whoMustAct.includes('members'))).toBe(true);
    // Slack's Share button and the metrics label name the command that answers a claimed line
    const operator = { id: 'operator', platform: 'cli' } as const;
    expect(t.bot.answering('/cwg igf', operator)?.name).toBe('upcoming');
    expect(t.bot.answering('this week', operator)?.name).toBe('upcoming');
    expect(t.bot.answering('unicorns', operator)).toBeUndefined();
    const unknown = await t.ask('unicorns');
    expect(unknown.error?.code).toBe('UNKNOWN_COMMAND');
    // a command name wins over a tag of the same spelling
    expect((await t.ask('help')).tone).toBe('help');
  });

  it('mine: members for a delegate, the secretariat for the secretariat, in any question; help says so', async () => {
    const t = await makeTestBot({ now: '2025-02-10T09:00:00+01:00' });
    const delegate = await t.ask('deadlines mine', DELEGATE);
    expect(delegate.items.length).toBeGreaterThan(0);
    expect(delegate.items.every((i) => i.whoMustAct.includes('members'))).toBe(true);
    const officer = await t.ask('deadlines mine');
    expect(officer.items.length).toBeGreaterThan(0);
    expect(officer.items.every((i) => i.whoMustAct.includes('secretariat'))).toBe(true);
    expect((await t.ask('next-deadline mine', DELEGATE)).items[0]?.id).toBe('hlpf-2025-comments');
    expect((await t.ask('mine', DELEGATE)).items.every((i) => i.whoMustAct.includes('members'))).toBe(true);
    const help = await t.ask('help', DELEGATE);
    expect(help.text).toContain('"mine" narrows a question to what you must act on');
    expect(help.text).toContain('next events, next deadlines, today, this week, this month');
    expect(help.text).toContain('/cwg remind me <id>');
    expect((await t.ask('help upcoming')).text).toContain('upcoming 3 months');
    expect((await t.ask('deadlines nobody')).text).toContain('mine');
  });

  it('search §6.7.9 and 6.7.9 find the paragraph; 6.7 its sub-paragraphs too; search says it reads descriptions', async () => {
    const t = await makeTestBot({ now: '2025-02-10T09:00:00+01:00' });
    const withSign = await t.ask('search §6.7.9');
    const bare = await t.ask('search 6.7.9');
    expect(withSign.items.length).toBeGreaterThan(0);
    expect(withSign.items.map((i) => i.id)).toEqual(bare.items.map((i) => i.id));
    expect((await t.ask('search § 6.7.9')).items.map((i) => i.id)).toEqual(bare.items.map((i) => i.id));
    expect(withSign.items.every((i) => i.source.paragraph === '6.7.9')).toBe(true);
    const section = await t.ask('search 6.7');
    const paragraphs = section.items.map((i) => i.source.paragraph);
    expect(paragraphs).toContain('6.7.9');
    expect(paragraphs).toContain('6.7.3');
    // items from the paragraph itself first, then those that only cite it among their other sources (the 42nd meeting)
    const inside = paragraphs.map((p) => p.startsWith('6.7.'));
    expect(inside).toEqual([...inside].sort((a, b) => Number(b) - Number(a)));
    expect(section.items.map((i) => i.id)).toContain('cwg-42');
    // a paragraph is not a substring: 6.7.9 does not find 16.7.9 or 6.7.91
    expect((await t.ask('search 6.7.9 comments')).items.every((i) => i.source.paragraph === '6.7.9')).toBe(true);
    expect(withSign.text).toContain('Search looks in titles, descriptions');
    expect((await t.ask('search zzzz')).text).toContain('descriptions');
  });
});

describe('review notes are short in lists, full in show (issue 15)', () => {
  it('shows a marker in lists, the note in show, and neither twice for an unverified date', async () => {
    const t = await makeTestBot({ now: '2025-02-20T09:00:00+01:00' });
    const list = await t.ask('deadlines');
    expect(list.text).toContain('⚠ date to be checked');
    expect(list.text).not.toContain('date as printed in the report');
    expect(list.text).not.toContain('our reading');
    const shown = await t.ask('show hlpf-2025-comments');
    expect(shown.text).toContain('date as printed in the report: "24 February"');
    expect(shown.items[0]?.reviewMark).toBe('date to be checked');
    // the 42nd meeting says "date not verified" beside its date: no second marker
    const cwg42 = (await t.ask('events all')).items.find((i) => i.id === 'cwg-42')!;
    expect(cwg42.when).toContain('date not verified');
    expect(cwg42.reviewMark).toBeUndefined();
  });

  it('Slack blocks and Teams cards: the marker in lists, the notes in the details view', async () => {
    const t = await makeTestBot({ now: '2025-02-20T09:00:00+01:00' });
    const msg = t.bot.contextFor({ id: 'operator', platform: 'cli' }).msg;
    const list = await t.ask('deadlines');
    const shown = await t.ask('show hlpf-2025-comments');
    const slackList = JSON.stringify(renderSlackBlocks(list, { msg }).blocks);
    expect(slackList).toContain(':warning: date to be checked');
    expect(slackList).not.toContain('date as printed in the report');
    expect(JSON.stringify(renderSlackBlocks(shown, { msg }).blocks)).toContain('date as printed in the report');
    const cardList = JSON.stringify(renderAdaptiveCard(list, { msg }));
    expect(cardList).toContain('⚠ date to be checked');
    expect(cardList.replace(/"fallbackText":"(?:[^"\\]|\\.)*"/, '')).not.toContain('date as printed in the report');
    expect(JSON.stringify(renderAdaptiveCard(shown, { msg }).body)).toContain('date as printed in the report');
  });

  it("IGF 2024's note is about the report's wording, not a date as printed", async () => {
    const t = await makeTestBot({ now: '2024-12-10T09:00:00+01:00' });
    const shown = await t.ask('show igf-2024');
    expect(shown.text).toContain('unclear in the report: "a briefing on the outcomes');
    expect(shown.text).not.toContain('date as printed in the report: "a briefing');
    expect((await t.ask('igf')).text).toContain('⚠ reading of the report to be checked');
  });
});

describe('zones and relative times (issue 15)', () => {
  it('"in 29 hours" whatever the asker\'s zone; zones shown as IANA spells them, UTC once', async () => {
    const t = await makeTestBot({ now: '2025-02-10T09:00:00+01:00' });
    const countdowns = new Set<string | undefined>();
    for (const tz of ['Europe/Paris', 'UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
      const r = await t.ask('next event', { tz });
      countdowns.add(r.items[0]?.countdown);
    }
    expect([...countdowns]).toEqual(['in 29 hours']);
    const paris = await t.ask('next event', { tz: 'europe/paris' });
    expect(paris.items[0]?.whenLocal).toContain('(Europe/Paris, CET)');
    const utc = await t.ask('next event', { tz: 'UTC' });
    expect(utc.items[0]?.whenLocal).toBe('Tue 11 Feb 2025, 12:30–13:30 (UTC)');
  });
});

describe('npx cwg --now is one instant (issue 15: "in 28 hours" vs "in 29 hours")', () => {
  it('gives the same countdown for every --tz, and echoes the zone in canonical case', async () => {
    const data = path.join(tempDir(), 'cwg.db.json');
    const ask = async (tz: string) => {
      const out: string[] = [];
      const code = await runCli(
        ['next-event', '--now', '2025-02-10T09:00:00+01:00', '--tz', tz, '--data', data],
        {},
        (s) => out.push(s),
        () => {},
      );
      expect(code).toBe(0);
      return out.join('\n');
    };
    for (const tz of ['Asia/Tokyo', 'Europe/Paris', 'UTC', 'America/New_York']) expect(await ask(tz), tz).toContain('(in 29 hours)');
    const paris = await ask('europe/paris');
    expect(paris).toContain('(Europe/Paris, CET)');
    expect(paris).not.toContain('europe/paris');
    expect(await ask('UTC')).not.toContain('UTC, UTC');
  });
});
