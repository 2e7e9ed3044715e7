import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot.js';
import { manualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { memoryLogger } from '../../src/log.js';
import { startServices } from '../../src/main.js';
import { createConsolePlatform } from '../../src/platforms/console/index.js';
import { manualTicker } from '../../src/reminders/scheduler.js';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import { tempDir } from '../support/fixtures.js';
import { sub } from './helpers.js';

/**
 * The README rehearsal, composed as `npm start` composes console mode (src/main.ts), with the
 * scheduler's minute tick fired by hand on a clock moved by hand instead of waiting for a real
 * cron minute. (tests/reminders/console-start.test.ts runs the real `npm start` process.)
 */
describe('console mode rehearsal', () => {
  it('runs the README rehearsal: subscribe at 08:59:50 and see the 09:00 reminders, on a data file used in real time before', async () => {
    const file = path.join(tempDir(), 'cwg.db.json');
    const seeded = await openLowdbStore(file);
    // This console channel subscribed in real time (2026); the rehearsal clock is a year and a half earlier.
    await seeded.update((d) => {
      d.subscriptions.push(sub('console', { createdAt: '2026-11-01T00:00:00Z' }));
      d.reminders.lastTickAt = '2026-11-29T06:00:00Z';
    });
    await seeded.close();

    const env = { CWG_DATA_FILE: file, CWG_NOW: '2025-06-16T08:59:50+02:00' };
    const config = loadConfig(env);
    const store = await openLowdbStore(file);
    const clock = manualClock(config.now!);
    const log = memoryLogger();
    const runtime = { config, store, clock, log };
    const input = new PassThrough();
    let out = '';
    const console = createConsolePlatform({ bot: createBot(runtime), input, write: (t) => (out += t), interactive: false });
    const ticker = manualTicker();
    const services = await startServices(runtime, [console], { ticker });
    try {
      const waitFor = async (cond: () => boolean) => {
        for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
      };
      // The run at start (08:59:50) plans from now: the clock is before the file's last run.
      await waitFor(() => services.scheduler!.state().lastSummary !== undefined);
      expect(log.lines.some((l) => l.includes('the clock is before the last reminder run'))).toBe(true);
      input.write('/cwg subscribe\n');
      await waitFor(() => out.includes('Updated this channel'));
      // 09:00:01 on the rehearsal clock: the minute tick.
      clock.set(new Date('2025-06-16T09:00:01+02:00'));
      ticker.fire();
      await waitFor(() => out.includes('/cwg ics igf-2025'));
      input.end();
      await console.finished;
    } finally {
      await services.stop();
      await store.close();
    }
    expect(out).toContain('Updated this channel');
    expect(out).toContain('[#console reminder] Weekly digest: 1 item in the next 14 days');
    expect(out).toContain('[#console reminder] Reminder: Internet Governance Forum 2025 (IGF 2025) starts in 7 days');
    expect(out).not.toContain('(delayed');
  });
});
