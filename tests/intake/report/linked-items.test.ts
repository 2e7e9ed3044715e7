import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/calendar/schema.js';
import { draftFromText } from '../../../src/intake/report/draft.js';

// Items whose date comes from another item: parts of an event, things due at the next meeting, tasks with
// no date, a month with no day, another occurrence of a series. Every sentence here is new (none is from
// the seed report), in the style of ITU outcomes reports.

const REPORT = `Council Working Group on Broadband Access
REPORT OF THE 17TH MEETING
1\tIntroduction
1.1\tThe 17th meeting of the CWG-BA was held on 12 March 2030 in Geneva.
2\tEvents
2.1\tThe Global Connectivity Summit 2030 will take place from 8 to 10 October 2030 in Kigali.
2.2\tA ministerial roundtable on rural access will be organised at the Global Connectivity Summit 2030.
2.3\tThe group noted that a side event by Chile and Kenya, on community networks, will be held during the Global Connectivity Summit 2030.
2.4\tThe Summit will be held in conjunction with the Digital Skills Expo.
3\tFollow-up
3.1\tThe group requested the secretariat to report on the satellite pilots to the next meeting of the group.
3.2\tThe secretariat was requested to update the spectrum dashboard and make it available on the website.
3.3\tThe group welcomed the presentation.
3.4\tThe 18th meeting of the CWG-BA is tentatively scheduled for November 2030.
4\tRegional workshops
4.1\tThe regional workshops on spectrum pricing will be held from 3 to 7 June 2030.
4.2\tThe next regional workshops on spectrum pricing will be held from 2 to 6 June 2031 in Lima.
`;

const draft = draftFromText(REPORT, { document: 'CWG-BA 17th meeting report' });
const byTitle = (re: RegExp): Item | undefined => draft.items.find((i) => re.test(i.title));
const id = (re: RegExp) => byTitle(re)?.id;

describe('items dated by another item', () => {
  it('a part of an event is "during" that event and moves with it', () => {
    const summit = id(/^Global Connectivity Summit/);
    expect(summit).toBeDefined();
    for (const re of [/ministerial roundtable/i, /side event by Chile and Kenya/i, /Digital Skills Expo/]) {
      const part = byTitle(re);
      expect(part, String(re)).toBeDefined();
      expect(part!.when).toEqual({ type: 'relative', anchor: summit, offsetDays: 0, bound: 'during' });
      expect(part!.kind).toBe('event');
    }
  });

  it('"to the next meeting" is due at the meeting after the one reported on', () => {
    const next = draft.items.find((i) => i.kind === 'deadline' && i.source.paragraph === '3.1');
    expect(next?.when).toMatchObject({ type: 'relative', offsetDays: 0 });
    const anchor = draft.items.find((i) => i.id === (next!.when as { anchor: string }).anchor);
    expect(anchor?.title).toMatch(/18th meeting/);
  });

  it('a task asked with no date is a deadline to be announced; praise is not a task', () => {
    const task = draft.items.find((i) => i.source.paragraph === '3.2');
    expect(task).toMatchObject({ kind: 'deadline', when: { type: 'tba' }, status: 'tba' });
    expect(task?.source.wording).toMatch(/requested to update/);
    expect(draft.items.some((i) => i.source.paragraph === '3.3')).toBe(false);
  });

  it('a meeting scheduled for a month, with no day, is to be announced in that month', () => {
    const m18 = draft.items.find((i) => /18th meeting/.test(i.title));
    expect(m18?.when).toEqual({ type: 'tba', approx: '2030-11' });
  });

  it('the next occurrence of a series a year later is its own item, not a contradiction', () => {
    const workshops = draft.items.filter((i) => /^regional workshops/i.test(i.title));
    expect(workshops.map((w) => (w.when as { start: string }).start).sort()).toEqual(['2030-06-03', '2031-06-02']);
    expect(workshops.every((w) => !w.review.some((r) => /another date/.test(r.reason)))).toBe(true);
  });
});
