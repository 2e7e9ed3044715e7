import { chmodSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.js';
import { createHealthRoute } from '../../src/http/health-route.js';
import { openTempStore } from '../support/fixtures.js';

async function scrape(details: boolean | undefined, schedulerError?: string) {
  const store = await openTempStore();
  const route = createHealthRoute({
    store,
    clock: manualClock(new Date('2025-06-16T07:00:00Z')),
    getSchedulerState: () => ({ running: true, ...(schedulerError ? { lastError: schedulerError } : {}) }),
    ...(details !== undefined ? { details } : {}),
  });
  const server = createServer((req, res) => void route.handle(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`);
    return { status: res.status, text: await res.text(), location: store.location };
  } finally {
    await new Promise((r) => server.close(r));
  }
}

describe('GET /healthz and file paths', () => {
  it('shows no absolute path by default, and still says whether the data is usable', async () => {
    const r = await scrape(undefined, `EACCES: permission denied, open '/var/lib/cwg-bot/cwg.db.json'`);
    expect(r.status).toBe(200);
    expect(r.text).not.toContain(r.location);
    expect(r.text).not.toContain('/var/lib/cwg-bot');
    const body = JSON.parse(r.text);
    expect(body.dataFile).toMatchObject({ readable: true, writable: true, items: 63 });
    expect(body.scheduler.lastError).toContain('CWG_HEALTH_DETAILS=1');
  });

  it('CWG_HEALTH_DETAILS=1 (details: true) shows the data file path and the error text', async () => {
    const r = await scrape(true, 'EACCES: /var/lib/cwg-bot');
    const body = JSON.parse(r.text);
    expect(body.dataFile.path).toBe(r.location);
    expect(body.scheduler.lastError).toBe('EACCES: /var/lib/cwg-bot');
  });

  it.skipIf(process.getuid?.() === 0)('a data file that cannot be read gives 503 without its path', async () => {
    const store = await openTempStore();
    chmodSync(store.location, 0o000);
    const route = createHealthRoute({ store, clock: manualClock(new Date()) });
    const server = createServer((req, res) => void route.handle(req, res));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.text()).not.toContain(store.location);
    await new Promise((r) => server.close(r));
    chmodSync(store.location, 0o600);
  });
});
