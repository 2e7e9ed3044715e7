import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import type { Clock } from '../clock.js';
import type { Store } from '../store/store.js';
import type { HttpRoute } from './routes.js';

export interface HealthOptions {
  store: Store;
  clock: Clock;
  /** The reminders scheduler's own report (running, last tick, next run…); undefined when none runs. */
  getSchedulerState?: () => unknown;
  /** Which adapters are up, e.g. { slack: 'http', teams: true }. */
  platforms?: Record<string, unknown>;
  /**
   * Show the data file's location and error texts (which name files and directories). Off unless
   * CWG_HEALTH_DETAILS=1 (AppConfig.healthDetails): the check is often reachable from outside.
   */
  details?: boolean;
}

/**
 * GET /healthz: 200 with JSON when the data file is readable and parses, 503 otherwise, so a load
 * balancer or uptime check can act on the status alone and a person can read the body.
 */
export function createHealthRoute(opts: HealthOptions): HttpRoute {
  return {
    method: 'GET',
    path: '/healthz',
    async handle(_req, res) {
      const body = await healthReport(opts);
      res.writeHead(body.ok ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`${JSON.stringify(body, null, 2)}\n`);
    },
  };
}

export async function healthReport(opts: HealthOptions): Promise<{ ok: boolean; [k: string]: unknown }> {
  const { store } = opts;
  const details = opts.details === true;
  const dataFile: Record<string, unknown> = details ? { path: store.location } : {};
  try {
    // A PostgreSQL store is reachable when it can check its version; a file, when it can be read and written.
    if (/^postgres(ql)?:\/\//i.test(store.location)) await store.refresh();
    else await access(store.location, constants.R_OK | constants.W_OK);
    dataFile.readable = true;
    dataFile.writable = true;
  } catch {
    if (/^postgres(ql)?:\/\//i.test(store.location)) dataFile.readable = false;
    else
      dataFile.readable = await access(store.location, constants.R_OK).then(
        () => true,
        () => false,
      );
    dataFile.writable = false;
  }
  try {
    await store.refresh();
    const db = store.read();
    dataFile.items = db.items.length;
    dataFile.subscriptions = db.subscriptions.length;
  } catch (err) {
    dataFile.error = details ? String(err) : 'the data cannot be read (details in the log, or set CWG_HEALTH_DETAILS=1)';
  }
  let scheduler: unknown;
  try {
    scheduler = opts.getSchedulerState?.();
  } catch (err) {
    scheduler = { error: details ? String(err) : 'the scheduler state cannot be read' };
  }
  if (!details && scheduler && typeof scheduler === 'object' && 'lastError' in scheduler) {
    scheduler = { ...scheduler, lastError: 'the last reminder run failed (details in the log, or set CWG_HEALTH_DETAILS=1)' };
  }
  if (!details && scheduler && typeof scheduler === 'object' && 'lease' in scheduler) {
    // Host names and pids are for the operator: without details, only whether this process runs the job.
    const lease = (scheduler as { lease?: { holding?: boolean } }).lease;
    scheduler = { ...scheduler, lease: { holding: lease?.holding === true } };
  }
  scheduler ??= { running: false, reason: 'no reminders scheduler in this process' };
  const ok = dataFile.readable === true && dataFile.error === undefined;
  return { ok, now: opts.clock().toISOString(), dataFile, scheduler, ...(opts.platforms ? { platforms: opts.platforms } : {}) };
}
