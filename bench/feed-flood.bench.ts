/**
 * Feed exhaustion (issue 16, item 1): 1,000 GET /calendar.ics requests with distinct tag/who
 * filters against a real server in its own process (bench/hardening.child.ts: seed + 500 items with
 * varied tags), 25 at a time, while /healthz is polled. Goals: the flood adds ≤ 50 MB RSS, the
 * server's event loop is never held 100 ms (so /healthz answers within that), and building a view costs ≤ 0.05 ms per item once its events are written.
 * Build cost is measured in this process on the same 550 items, against the previous path
 * (ical-generator writing and folding the whole calendar) as the baseline of the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ical from 'ical-generator';
import { indexItems, resolveAll } from '../src/calendar/resolve.js';
import { type Item, ItemSchema } from '../src/calendar/schema.js';
import { buildCalendarIcs, EventTextCache, SEED_STAMP } from '../src/export/build-ics.js';
import { eventFor } from '../src/export/item-event.js';
import { vtimezoneFor } from '../src/export/vtimezone.js';
import { messagesFor } from '../src/i18n/index.js';
import { openLowdbStore } from '../src/store/lowdb-store.js';
import { FLOOD_TAGS, floodItem } from './hardening.child.js';
import { mb, startTarget, watchHealth } from './hardening-support.js';

const REQUESTS = 1000;
const CONCURRENCY = 25;
const GOAL_RSS_MB = 50;
const GOAL_HEALTH_MS = 100;
const GOAL_MS_PER_ITEM = 0.05;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeMs(fn: () => unknown, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

/** What buildCalendarIcs did before: every event through ical-generator, the whole text folded by it. */
function previousBuild(items: readonly Item[]): string {
  const msg = messagesFor();
  const lookup = indexItems(items);
  const cal = ical({
    prodId: { company: 'ITU CWG-WSIS&SDG', product: 'cwg-bot', language: 'EN' },
    timezone: { name: null, generator: vtimezoneFor },
    ttl: 3600,
  });
  for (const occ of resolveAll(items)) {
    const e = eventFor(occ, { msg, items, lookup, fallbackStamp: SEED_STAMP });
    if (e) cal.createEvent(e);
  }
  return cal.toString();
}

/** 1,000 distinct query strings: 1–3 of the 24 tags, sometimes a who-must-act word. */
function distinctQueries(): string[] {
  const out = new Set<string>();
  let seed = 42;
  const rand = (n: number) => {
    // xorshift32: integer-only, so the sequence never collapses as float products would.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  while (out.size < REQUESTS) {
    const k = 1 + rand(3);
    const tags = Array.from({ length: k }, () => FLOOD_TAGS[rand(FLOOD_TAGS.length)]!);
    const who = ['', 'members', 'secretariat', 'chair'][rand(4)];
    out.add(`tags=${tags.join(',')}${who ? `&who=${who}` : ''}`);
  }
  return [...out];
}

export async function run(): Promise<{ report: string; ok: boolean }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwg-bench-flood-'));
  const dataFile = path.join(dir, 'db.json');
  try {
    // Build cost, in this process.
    const seeded = await openLowdbStore(dataFile);
    const seedItems = seeded.read().items;
    await seeded.close();
    const items = Object.freeze([...seedItems, ...Array.from({ length: 500 }, (_, i) => Object.freeze(ItemSchema.parse(floodItem(i))))]) as readonly Item[];
    const msg = messagesFor();
    for (let i = 0; i < 3; i++) previousBuild(items);
    const before = timeMs(() => previousBuild(items), 5);
    for (let i = 0; i < 3; i++) buildCalendarIcs(items, { msg });
    const cold = timeMs(() => buildCalendarIcs(items, { msg }), 10);
    const cache = new EventTextCache(msg);
    buildCalendarIcs(items, { msg, eventCache: cache });
    const warm = timeMs(() => buildCalendarIcs(items, { msg, eventCache: cache }), 30);
    const perItem = (ms: number) => ms / items.length;

    // The flood, against the real server in its own process.
    const target = await startTarget(dataFile);
    const base = `http://127.0.0.1:${target.port}`;
    try {
      await (await fetch(`${base}/calendar.ics`)).arrayBuffer();
      await (await fetch(`${base}/calendar.ics?tags=t1`)).arrayBuffer();
      const memBefore = await target.memory();
      const health = watchHealth(`${base}/healthz`);
      const queries = distinctQueries();
      const statuses = new Map<number, number>();
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < queries.length) {
            const q = queries[next++]!;
            const res = await fetch(`${base}/calendar.ics?${q}`);
            await res.arrayBuffer();
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          }
        }),
      );
      const floodMs = performance.now() - t0;
      const h = await health.stop();
      const memAfter = await target.memory();
      const added = (memAfter.rss - memBefore.rss) / 1024 / 1024;
      const ok = added <= GOAL_RSS_MB && memAfter.maxStallMs < GOAL_HEALTH_MS && perItem(warm) <= GOAL_MS_PER_ITEM;
      const report = [
        `build of ${items.length} items: previous path (ical-generator folding) ${before.toFixed(1)} ms = ${perItem(before).toFixed(3)} ms/item (baseline)`,
        `  now, no event cache: ${cold.toFixed(1)} ms = ${perItem(cold).toFixed(3)} ms/item (${(before / cold).toFixed(1)}× faster)`,
        `  now, events cached (every view after the first): ${warm.toFixed(2)} ms = ${perItem(warm).toFixed(4)} ms/item (goal ≤ ${GOAL_MS_PER_ITEM}) (${(before / warm).toFixed(0)}× faster)`,
        `flood: ${queries.length} distinct filters, ${CONCURRENCY} at a time, in ${(floodMs / 1000).toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
        `  server RSS before ${mb(memBefore.rss)} MB, after ${mb(memAfter.rss)} MB (peak ${mb(memAfter.peakRss)} MB): +${added.toFixed(1)} MB (goal ≤ ${GOAL_RSS_MB})`,
        `  server event loop held at most ${memAfter.maxStallMs.toFixed(1)} ms at a time (what /healthz waits for; goal < ${GOAL_HEALTH_MS})`,
        `  /healthz seen by this (busy, 25-download) client: ${h.count} polls, slowest ${h.max.toFixed(1)} ms (informational)`,
      ].join('\n');
      return { report, ok };
    } finally {
      target.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
