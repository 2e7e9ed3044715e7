/**
 * The server under attack for bench/feed-flood.bench.ts and bench/slow-body.bench.ts, in its own
 * process so its resident memory is its own: the shared HTTP server with /healthz, the calendar feed
 * and the real Slack app (HTTP mode) on one port, over the seed plus 500 items with varied tags.
 * argv: data file. IPC: → { port }; "rss" → { rss, heapUsed, peakRss }; "stop" exits.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createBot } from '../src/bot.js';
import { type ItemInput, ItemSchema } from '../src/calendar/schema.js';
import { manualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createCalendarFeedRoutes } from '../src/http/feed-route.js';
import { createHealthRoute } from '../src/http/health-route.js';
import { startHttpServer } from '../src/http/server.js';
import { silentLogger } from '../src/log.js';
import { createSlackApp } from '../src/platforms/slack/slack-app.js';
import { openLowdbStore } from '../src/store/lowdb-store.js';

export const FLOOD_TAGS = Array.from({ length: 24 }, (_, i) => `t${i}`);
export const SECRET = 'bench-hardening-secret';

/** Item i: all-day, timed (three zones) or a deadline, with two of the 24 tags. */
export function floodItem(i: number): ItemInput {
  const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  const zone = ['Europe/Zurich', 'America/New_York', 'Asia/Tokyo'][i % 3]!;
  const when = i % 3 === 1 ? { type: 'datetime' as const, start: `${day}T10:00`, end: `${day}T11:30`, tz: zone } : { type: 'date' as const, start: day };
  return {
    id: `flood-${i}`,
    kind: i % 3 === 2 ? 'deadline' : 'event',
    title: `Flood item ${i}: consultation on WSIS action line C${(i % 11) + 1} — Genève, 日本`,
    status: 'confirmed',
    when,
    place: 'ITU, Geneva',
    whoMustAct: [(['members', 'secretariat', 'chair'] as const)[i % 3]],
    tags: [...new Set([FLOOD_TAGS[i % 24]!, FLOOD_TAGS[(i * 7 + 3) % 24]!])],
    description: `A longer description so each event folds over several lines: item ${i} of the flood, with accents (é, ü) and a link-free note.`,
    source: { document: 'bench', paragraph: `${(i % 9) + 1}.${i % 7}` },
  } as ItemInput;
}

if (process.send) {
  const dataFile = process.argv[2]!;
  const store = await openLowdbStore(dataFile);
  if (!store.read().items.some((it) => it.id === 'flood-0')) {
    await store.update((db) => {
      for (let i = 0; i < 500; i++) db.items.push(ItemSchema.parse(floodItem(i)));
    });
  }
  const clock = manualClock(new Date('2026-01-05T09:00:00Z'));
  const config = { ...loadConfig({}), dataFile };
  const bot = createBot({ config, store, clock, log: silentLogger });
  const slack = createSlackApp({
    bot,
    slack: { mode: 'http', botToken: 'xoxb-bench', signingSecret: SECRET, apiUrl: 'http://127.0.0.1:9/' },
    log: silentLogger,
    botId: 'B0BOT',
    botUserId: 'U0BOT',
  });
  const routes = [createHealthRoute({ store, clock }), ...createCalendarFeedRoutes({ store, clock, config: {} }), slack.route!];
  const http = await startHttpServer({ port: 0, host: '127.0.0.1', routes, log: silentLogger });
  // How long the event loop was held (what /healthz and Slack acks wait for), measured in the server.
  const stall = monitorEventLoopDelay({ resolution: 5 });
  stall.enable();
  process.send({ port: http.port });
  process.on('message', (m) => {
    if (m === 'rss') {
      (globalThis as { gc?: () => void }).gc?.();
      const maxStallMs = stall.max / 1e6;
      stall.reset();
      process.send!({ rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed, peakRss: process.resourceUsage().maxRSS * 1024, maxStallMs });
    }
    if (m === 'stop') process.exit(0);
  });
}
