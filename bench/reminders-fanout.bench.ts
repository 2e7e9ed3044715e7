/**
 * Reminders: fan-out against the Slack stand-in, and the planner's growth.
 *
 * Fan-out assumptions (Slack documents them only loosely): chat.postMessage allows about one
 * message per second per channel, bursts tolerated, plus a workspace-wide limit of "several hundred
 * messages per minute". The stand-in enforces 1 msg/s/channel with 429 + Retry-After, and here
 * also a workspace limit (token bucket of BENCH_WORKSPACE_PER_SECOND, one second of burst) so the
 * bench measures pacing against both. The bot's production default is 5 msg/s (300/min); the
 * bench uses 100/s to keep the run short (time scales linearly). "What the limit allows" is
 * (messages - 1) / workspace rate for one message per channel, and (per-channel messages - 1) s
 * when each channel gets several.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run as deliver } from '../jobs/deliver-reminders.js';
import type { ItemInput } from '../src/calendar/schema.js';
import { ItemSchema } from '../src/calendar/schema.js';
import { manualClock } from '../src/clock.js';
import { memoryLogger } from '../src/log.js';
import { createSlackReminderTransport } from '../src/platforms/slack/reminder-transport.js';
import { planReminders } from '../src/reminders/plan.js';
import type { Subscription } from '../src/store/reminders-schema.js';
import { openLowdbStore } from '../src/store/lowdb-store.js';
import { startSlackApiStandIn } from '../tests/support/slack-api-stand-in.js';

const BENCH_WORKSPACE_PER_SECOND = 100;
const NOW = '2025-04-03T07:01:00Z';
const SOURCE = { document: 'bench', paragraph: '1' };

function subscriptions(n: number): Subscription[] {
  const zones = ['Europe/Zurich', 'America/New_York', 'Asia/Tokyo', 'Africa/Nairobi', 'America/Sao_Paulo'];
  return Array.from({ length: n }, (_, i) => ({
    id: `slack:C${i}`,
    conversation: { platform: 'slack' as const, id: `C${i}` },
    scope: (['all', 'events', 'deadlines'] as const)[i % 3]!,
    tags: i % 4 === 0 ? ['t1'] : [],
    actors: [],
    at: '09:00',
    tz: zones[i % zones.length]!,
    digest: true,
    createdAt: '2025-01-01T00:00:00Z',
  }));
}

async function fanOutScenario(channels: number, perChannel: number): Promise<{ ms: number; allowedMs: number; lost: number; dup: number; status429: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwg-bench-'));
  const api = await startSlackApiStandIn();
  try {
    api.limitPerChannel(1000, 1);
    let tokens = BENCH_WORKSPACE_PER_SECOND;
    let refilled = performance.now();
    api.respond((call) => {
      if (call.method !== 'chat.postMessage') return undefined;
      const t = performance.now();
      tokens = Math.min(BENCH_WORKSPACE_PER_SECOND, tokens + ((t - refilled) / 1000) * BENCH_WORKSPACE_PER_SECOND);
      refilled = t;
      if (tokens < 1) return { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } };
      tokens -= 1;
      return undefined;
    });
    const items: ItemInput[] = Array.from({ length: perChannel }, (_, i) => ({
      id: `ev-${i}`,
      kind: 'event',
      title: `Event ${i}`,
      status: 'confirmed',
      when: { type: 'date', start: '2025-04-10' },
      source: SOURCE,
    }));
    const seed = path.join(dir, 'seed.json');
    writeFileSync(seed, JSON.stringify({ document: 'bench', items }));
    const store = await openLowdbStore(path.join(dir, 'db.json'), { seedFile: seed });
    const subs = subscriptions(channels).map((s) => ({ ...s, scope: 'all' as const, tags: [], tz: 'Europe/Zurich' }));
    await store.update((d) => {
      d.subscriptions = subs;
      d.reminders.lastTickAt = '2025-04-03T06:59:00Z';
    });
    const transport = createSlackReminderTransport({
      token: 'xoxb-bench',
      apiUrl: api.url,
      log: memoryLogger(),
      pacing: { perChannelIntervalMs: 1000, workspacePerSecond: BENCH_WORKSPACE_PER_SECOND },
    });
    const started = performance.now();
    await deliver({
      store,
      clock: manualClock(new Date(NOW)),
      log: memoryLogger(),
      config: { reminderGraceHours: 6, ledgerRetentionDays: 90 },
      transports: [transport],
      options: { concurrency: 64 },
    });
    const ms = performance.now() - started;
    await store.close();
    let lost = 0;
    let dup = 0;
    for (const s of subs) {
      const keys = (api.posted.get(s.conversation.id) ?? []).map((m) => (m.metadata as { event_payload: { key: string } }).event_payload.key);
      lost += Math.max(0, perChannel - new Set(keys).size);
      dup += keys.length - new Set(keys).size;
    }
    const total = channels * perChannel;
    const allowedMs = Math.max(((total - 1) / BENCH_WORKSPACE_PER_SECOND) * 1000, (perChannel - 1) * 1000);
    const status429 = api.callsTo('chat.postMessage').length - total;
    return { ms, allowedMs, lost, dup, status429 };
  } finally {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function plannerItems(n: number): ReturnType<typeof ItemSchema.parse>[] {
  const base = Date.parse('2025-04-01T00:00:00Z');
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(base + (i % 730) * 86_400_000).toISOString().slice(0, 10);
    const timed = i % 5 === 0;
    return ItemSchema.parse({
      id: `it-${i}`,
      kind: i % 2 ? 'event' : 'deadline',
      title: `Item ${i}`,
      status: i % 17 === 0 ? 'cancelled' : 'confirmed',
      when: timed ? { type: 'datetime', start: `${day}T14:00`, tz: 'Europe/Zurich' } : { type: 'date', start: day },
      tags: i % 3 === 0 ? ['t1'] : ['t2'],
      source: SOURCE,
    });
  });
}

function timePlanner(items: number, subs: number): { ms: number; planned: number } {
  const its = plannerItems(items);
  const ss = subscriptions(subs);
  // One day of ticks' worth: every subscription has its delivery time inside the window.
  const window = { from: new Date('2025-06-02T00:00:00Z'), to: new Date('2025-06-03T00:00:00Z') };
  planReminders(its, ss, window); // warm-up
  const runs = 3;
  let planned = 0;
  const t = performance.now();
  for (let i = 0; i < runs; i++) planned = planReminders(its, ss, window).length;
  return { ms: (performance.now() - t) / runs, planned };
}

export async function run(): Promise<{ report: string; ok: boolean }> {
  const lines: string[] = [];
  let ok = true;
  for (const [channels, perChannel] of [
    [1000, 1],
    [30, 4],
  ] as const) {
    const r = await fanOutScenario(channels, perChannel);
    const ratio = r.ms / r.allowedMs;
    // The goal is the scenario (one reminder, 1,000 channels); the several-per-channel run
    // is informational: safe per-channel pacing waits one round trip per message, so it pays the latency.
    const goal = perChannel === 1 ? ratio <= 1.1 : true;
    ok &&= goal && r.lost === 0 && r.dup === 0;
    lines.push(
      `fan-out ${channels} channels × ${perChannel}: ${(r.ms / 1000).toFixed(2)} s; the limits allow ${(r.allowedMs / 1000).toFixed(2)} s → ${ratio.toFixed(3)}×${perChannel === 1 ? ' (goal ≤ 1.1)' : ' (informational)'}; lost ${r.lost}, duplicates ${r.dup}, 429s ${r.status429}`,
    );
  }
  const small = timePlanner(1000, 1000);
  const large = timePlanner(10_000, 1000);
  const growth = large.ms / small.ms;
  lines.push(`planner 1,000 items × 1,000 subscriptions, one day: ${small.ms.toFixed(1)} ms (${small.planned} deliveries)`);
  lines.push(`planner 10,000 items × 1,000 subscriptions, one day: ${large.ms.toFixed(1)} ms (${large.planned} deliveries)`);
  lines.push(`growth 1,000 → 10,000 items: ${growth.toFixed(2)}× for 10× the items (goal ≤ 10×, i.e. no worse than linear)`);
  ok &&= growth <= 10;
  return { report: lines.join('\n'), ok };
}
