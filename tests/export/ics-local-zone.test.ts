import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildCalendarIcs } from '../../src/export/build-ics.js';
import { openTempStore, REPO_ROOT } from '../support/fixtures.js';
import { parseIcs } from './ics-parse.js';

const run = promisify(execFile);

describe('the export does not depend on the server’s time zone', () => {
  it('gives the same bytes under TZ=Asia/Tokyo and TZ=America/Los_Angeles as here, with Geneva times intact', async () => {
    const store = await openTempStore();
    await store.update((db) => {
      db.items.push({
        id: 'summer-call',
        kind: 'event',
        title: 'Summer call',
        status: 'confirmed',
        when: { type: 'datetime', start: '2025-07-08T13:30', end: '2025-07-08T14:30', tz: 'Europe/Zurich' },
        whoMustAct: [],
        tags: [],
        seeAlso: [],
        history: [],
        review: [],
        dateVersion: 0,
        revision: 0,
        source: { document: 'test', paragraph: '1.1' },
      });
    });
    const here = buildCalendarIcs(store.read().items).ics;
    for (const [tz, offset] of [
      ['Asia/Tokyo', '-540'],
      ['America/Los_Angeles', '480'],
    ] as const) {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'tests/export/print-ics.ts'), store.location], {
        cwd: REPO_ROOT,
        env: { ...process.env, TZ: tz },
        maxBuffer: 16 * 1024 * 1024,
      });
      const newline = stdout.indexOf('\n');
      // The child really ran in that zone…
      expect(stdout.slice(0, newline), tz).toBe(offset);
      const there = stdout.slice(newline + 1);
      // …and wrote exactly the same calendar.
      expect(there, tz).toBe(here);
      const cal = parseIcs(there);
      expect(cal.events.get('open-consultation-3@cwg-wsis-sdg.itu.int')!.start).toEqual({
        kind: 'time',
        tzid: 'Europe/Zurich',
        utc: '2025-02-11T12:30:00.000Z',
      });
      expect(cal.events.get('summer-call@cwg-wsis-sdg.itu.int')!.start).toEqual({ kind: 'time', tzid: 'Europe/Zurich', utc: '2025-07-08T11:30:00.000Z' });
      expect(cal.events.get('igf-2025@cwg-wsis-sdg.itu.int')!.start).toEqual({ kind: 'date', date: '2025-06-23' });
    }
  });
});
