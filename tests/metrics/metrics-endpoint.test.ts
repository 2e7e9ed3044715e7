import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { reminderJob, run } from '../../jobs/deliver-reminders.js';
import { createBot } from '../../src/bot.js';
import { manualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { memoryLogger } from '../../src/log.js';
import { instrumentStore } from '../../src/metrics/instrument-store.js';
import { createMetricsRoute, createPrometheusMetrics } from '../../src/metrics/prometheus.js';
import { createSlackReminderTransport } from '../../src/platforms/slack/reminder-transport.js';
import { startReminderScheduler } from '../../src/reminders/scheduler.js';
import { openTempStore } from '../support/fixtures.js';
import { startSlackApiStandIn } from '../support/slack-api-stand-in.js';
import { FAST, item, storeWith, sub } from '../reminders/helpers.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

/** The route on a real node:http server, as src/http/server.ts serves routes. */
async function serve(route: ReturnType<typeof createMetricsRoute>): Promise<string> {
  const server = createServer((req, res) => {
    if (req.method === route.method && req.url?.split('?')[0] === route.path) void route.handle(req, res);
    else res.writeHead(404).end();
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Prometheus text → the value of each sample line, keyed by `name{labels}` as written. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    out.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return out;
}

describe('GET /metrics', () => {
  it('serves commands, their latency, reminders sent/failed/dead-lettered, the last tick and store latency in Prometheus text', async () => {
    const metrics = createPrometheusMetrics();
    const base = await serve(createMetricsRoute(metrics));

    // Commands, through the bot as every platform calls it.
    const store = instrumentStore(await openTempStore(), metrics);
    const clock = manualClock(new Date('2025-01-15T09:00:00+01:00'));
    const bot = createBot({ config: { ...loadConfig({}), dataFile: store.location }, store, clock, log: memoryLogger(), metrics });
    const slackUser = { id: 'U1', platform: 'slack' as const };
    await bot.handle('/cwg next-deadline', slackUser);
    await bot.handle('next-deadline igf', slackUser);
    await bot.handle('frobnicate', { id: 'op', platform: 'console' as const });
    // A line the dispatcher refuses before reading a command (too long) is still answered and counted.
    expect((await bot.handle(`next-deadline ${'x'.repeat(10_000)}`, slackUser)).tone).toBe('error');

    // Reminders: channel C1 answers 503 every time (retried, then dead-lettered), C2 takes them.
    const api = await startSlackApiStandIn();
    try {
      api.respond((call) => (call.method === 'chat.postMessage' && call.args.channel === 'C1' ? { status: 503, body: 'unavailable' } : undefined));
      const now = new Date('2025-04-03T07:01:00Z');
      const items = ['ev-a', 'ev-b'].map((id) => item({ id, kind: 'event', when: { type: 'date', start: '2025-04-10' } }));
      const { store: raw } = await storeWith(items, [sub('C1', {}, 'slack'), sub('C2', {}, 'slack')]);
      const rstore = instrumentStore(raw, metrics);
      await rstore.update((d) => void (d.reminders.lastTickAt = '2025-04-03T06:59:00Z'));
      const log = memoryLogger();
      const transport = createSlackReminderTransport({
        token: 'xoxb-test',
        apiUrl: api.url,
        log,
        retryConfig: { retries: 0 },
        pacing: { perChannelIntervalMs: 0, workspacePerSecond: 0 },
      });
      const deps = {
        store: rstore,
        clock: manualClock(now),
        log,
        config: { reminderGraceHours: 6, ledgerRetentionDays: 90 },
        transports: [transport],
        options: { ...FAST, maxAttempts: 3 },
        metrics,
      };
      const summary = await run(deps);
      expect(summary).toMatchObject({ sent: 2, failed: 2 });
      // Every send and failure is logged with its delivery key.
      const keys = (rstore.read().ledger ?? []).map((e) => e.key);
      for (const key of keys) expect(log.lines.some((l) => l.includes(key))).toBe(true);
      expect(log.lines.filter((l) => l.includes(' info reminder sent '))).toHaveLength(2);

      // The scheduler's tick, as the running process reports it.
      const scheduler = startReminderScheduler(reminderJob(deps), { runAtStart: false });
      await scheduler.tickNow();
      await scheduler.stop();
    } finally {
      await api.close();
    }

    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const s = samples(text);
    expect(s.get('cwg_commands_total{command="next-deadline",platform="slack",outcome="ok"}')).toBe(2);
    expect(s.get('cwg_commands_total{command="unknown",platform="console",outcome="error"}')).toBe(1);
    expect(s.get('cwg_commands_total{command="unknown",platform="slack",outcome="error"}')).toBe(1);
    expect(s.get('cwg_command_duration_seconds_count{command="next-deadline",platform="slack"}')).toBe(2);
    expect(s.get('cwg_command_duration_seconds_bucket{le="+Inf",command="next-deadline",platform="slack"}')).toBe(2);
    expect(s.get('cwg_reminders_sent_total{platform="slack"}')).toBe(2);
    expect(s.get('cwg_reminders_failed_total{platform="slack"}')).toBe(2 * 3);
    expect(s.get('cwg_reminders_dead_lettered_total{platform="slack"}')).toBe(2);
    expect(s.get('cwg_scheduler_last_tick_seconds')).toBe(Date.parse('2025-04-03T07:01:00Z') / 1000);
    expect(s.get('cwg_store_operation_duration_seconds_count{operation="update"}')).toBeGreaterThanOrEqual(4);
    // Node's own process metrics come along, prefixed.
    expect(text).toContain('cwg_process_resident_memory_bytes');
    // Another path is not this route.
    expect((await fetch(`${base}/metrics/x`)).status).toBe(404);
  });

  it('the core runs with no metrics at all (the default)', async () => {
    const store = await openTempStore();
    const bot = createBot({
      config: { ...loadConfig({}), dataFile: store.location },
      store,
      clock: manualClock(new Date('2025-01-15T09:00:00+01:00')),
      log: memoryLogger(),
    });
    expect((await bot.handle('next-deadline', { id: 'op', platform: 'cli' })).tone).not.toBe('error');
  });
});
