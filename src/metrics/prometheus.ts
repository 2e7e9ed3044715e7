import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { HttpRoute } from '../http/routes.js';
import type { Metrics } from './metrics.js';

export interface PrometheusMetrics extends Metrics {
  readonly registry: Registry;
}

/** Seconds: from a cached answer (~1 ms) to the 3-second limit Slack gives a slash command. */
const COMMAND_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];
/** Seconds: a store update validates and rewrites the whole file (a few ms to ~1 s on 10,000 items). */
const STORE_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * The Metrics the core reports, kept in a prom-client registry of their own (plus Node's process
 * metrics: memory, CPU, event-loop lag, with the `cwg_` prefix), for GET /metrics.
 */
export function createPrometheusMetrics(opts: { processMetrics?: boolean } = {}): PrometheusMetrics {
  const registry = new Registry();
  if (opts.processMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'cwg_' });
  const registers = [registry];
  const commands = new Counter({
    name: 'cwg_commands_total',
    help: '/cwg commands answered, by command, platform and outcome.',
    labelNames: ['command', 'platform', 'outcome'],
    registers,
  });
  const latency = new Histogram({
    name: 'cwg_command_duration_seconds',
    help: 'Time to answer a /cwg command, by command and platform.',
    labelNames: ['command', 'platform'],
    buckets: COMMAND_BUCKETS,
    registers,
  });
  const sent = new Counter({
    name: 'cwg_reminders_sent_total',
    help: 'Reminders, digests and change notices posted and confirmed.',
    labelNames: ['platform'],
    registers,
  });
  const failed = new Counter({
    name: 'cwg_reminders_failed_total',
    help: 'Attempts to post a reminder that failed and are retried.',
    labelNames: ['platform'],
    registers,
  });
  const dead = new Counter({
    name: 'cwg_reminders_dead_lettered_total',
    help: 'Reminders put on the failed-deliveries list after their retries.',
    labelNames: ['platform'],
    registers,
  });
  const tick = new Gauge({
    name: 'cwg_scheduler_last_tick_seconds',
    help: 'When the reminders scheduler last finished a run (Unix time, seconds).',
    registers,
  });
  const store = new Histogram({
    name: 'cwg_store_operation_duration_seconds',
    help: 'Time of a store operation (an update validates and writes the data).',
    labelNames: ['operation'],
    buckets: STORE_BUCKETS,
    registers,
  });
  return {
    registry,
    commandAnswered(command, platform, outcome, seconds) {
      commands.inc({ command, platform, outcome });
      latency.observe({ command, platform }, seconds);
    },
    reminderSent: (platform) => sent.inc({ platform }),
    reminderFailed: (platform) => failed.inc({ platform }),
    reminderDeadLettered: (platform) => dead.inc({ platform }),
    schedulerTick: (at) => tick.set(at.getTime() / 1000),
    storeOperation: (operation, seconds) => store.observe({ operation }, seconds),
    startTimer() {
      const t = process.hrtime.bigint();
      return () => Number(process.hrtime.bigint() - t) / 1e9;
    },
  };
}

/** GET /metrics in Prometheus' text format, for the one HTTP server (src/http/server.ts). */
export function createMetricsRoute(metrics: { registry: Registry }): HttpRoute {
  return {
    method: 'GET',
    path: '/metrics',
    async handle(_req, res) {
      const body = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
      res.end(body);
    },
  };
}
