/**
 * The calendar feed (GET /calendar.ics) under Outlook/Google polling: every subscriber re-asks
 * every few minutes, mostly with If-None-Match. The feed renders each data version once per view
 * and answers from that; this measures whether that holds, against the baseline of building the
 * same calendar (buildCalendarIcs) in the same run.
 *
 * Calendar: the seed plus 500 generated items (all-day events, timed events in three zones,
 * deadlines with alarms), about a busy year of the group. Requests go over loopback HTTP to the
 * real route on the shared server, one at a time, after a warm-up.
 * Goals: a repeated 200 and a 304 each cost at most 0.25× of one build (the cache works).
 * Informational: the first request after a change (build + serve) against the build alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ItemInput, ItemSchema } from '../src/calendar/schema.js';
import { manualClock } from '../src/clock.js';
import { buildCalendarIcs } from '../src/export/build-ics.js';
import { createCalendarFeedRoutes } from '../src/http/feed-route.js';
import { startHttpServer } from '../src/http/server.js';
import { memoryLogger } from '../src/log.js';
import { openLowdbStore } from '../src/store/lowdb-store.js';

const EXTRA_ITEMS = 500;
const RUNS = 200;
const GOAL = 0.25;

export function generated(i: number): ItemInput {
  const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  const zone = ['Europe/Zurich', 'America/New_York', 'Asia/Tokyo'][i % 3]!;
  const when =
    i % 3 === 0
      ? { type: 'date' as const, start: day }
      : i % 3 === 1
        ? { type: 'datetime' as const, start: `${day}T10:00`, end: `${day}T11:30`, tz: zone }
        : { type: 'date' as const, start: day, end: day };
  return {
    id: `bench-${i}`,
    kind: i % 3 === 2 ? 'deadline' : 'event',
    title: `Bench item ${i}: consultation on WSIS action line C${(i % 11) + 1}`,
    status: 'confirmed',
    when,
    place: 'ITU, Geneva',
    whoMustAct: ['members'],
    tags: ['bench'],
    source: { document: 'bench', paragraph: `${(i % 9) + 1}.${i % 7}` },
  } as ItemInput;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(fn: () => Promise<unknown> | unknown, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

export async function run(): Promise<{ report: string; ok: boolean }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwg-bench-ics-'));
  const store = await openLowdbStore(path.join(dir, 'db.json'));
  const log = memoryLogger();
  try {
    await store.update((db) => {
      for (let i = 0; i < EXTRA_ITEMS; i++) db.items.push(ItemSchema.parse(generated(i)));
    });
    const clock = manualClock(new Date('2026-01-05T09:00:00Z'));
    const http = await startHttpServer({ port: 0, host: '127.0.0.1', routes: createCalendarFeedRoutes({ store, clock, config: {} }), log });
    try {
      const url = `${http.url}/calendar.ics`;
      const items = store.read().items;
      for (let i = 0; i < 20; i++) buildCalendarIcs(items);
      const build = await time(() => buildCalendarIcs(items), 30);

      const first = await fetch(url);
      const body = await first.text();
      const etag = first.headers.get('etag')!;
      for (let i = 0; i < 50; i++) await (await fetch(url)).arrayBuffer();
      const warm = await time(async () => (await fetch(url)).arrayBuffer(), RUNS);
      const notModified = await time(async () => {
        const res = await fetch(url, { headers: { 'if-none-match': etag } });
        if (res.status !== 304) throw new Error(`expected 304, got ${res.status}`);
        await res.arrayBuffer();
      }, RUNS);
      let n = 0;
      const afterChange = await time(async () => {
        await store.update((db) => void (db.items[0]!.place = `Room ${++n}`));
        await (await fetch(url)).arrayBuffer();
      }, 20);

      const warmRatio = warm / build;
      const notModifiedRatio = notModified / build;
      const ok = warmRatio <= GOAL && notModifiedRatio <= GOAL;
      const report = [
        `calendar: ${items.length} items, ${(Buffer.byteLength(body) / 1024).toFixed(0)} KiB of iCalendar`,
        `baseline, buildCalendarIcs: median ${build.toFixed(2)} ms`,
        `GET 200 (same data): median ${warm.toFixed(2)} ms → ${warmRatio.toFixed(3)}× (goal ≤ ${GOAL})`,
        `GET 304 (If-None-Match): median ${notModified.toFixed(2)} ms → ${notModifiedRatio.toFixed(3)}× (goal ≤ ${GOAL})`,
        `GET 200 after a change (store write + build + serve): median ${afterChange.toFixed(2)} ms → ${(afterChange / build).toFixed(2)}× (informational)`,
      ].join('\n');
      return { report, ok };
    } finally {
      await http.stop();
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
