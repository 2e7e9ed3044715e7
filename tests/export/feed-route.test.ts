import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.js';
import { buildCalendarIcs } from '../../src/export/build-ics.js';
import { createCalendarFeedRoutes } from '../../src/http/feed-route.js';
import type { HttpRoute } from '../../src/http/routes.js';
import { startHttpServer } from '../../src/http/server.js';
import { memoryLogger } from '../../src/log.js';
import type { Store } from '../../src/store/store.js';
import { openTempStore } from '../support/fixtures.js';
import { parseIcs } from './ics-parse.js';

const servers: Server[] = [];
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

/** A bare node:http server on an ephemeral loopback port that routes like the shared server will. */
async function serve(routes: HttpRoute[]): Promise<string> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = routes.find((r) => r.path === path && r.method === req.method);
    if (!route) {
      res.writeHead(404).end('Not found.\n');
      return;
    }
    void route.handle(req, res);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function feed(opts: { token?: string; store?: Store } = {}) {
  const store = opts.store ?? (await openTempStore());
  const clock = manualClock(new Date('2025-03-05T09:00:00Z'));
  const base = await serve(createCalendarFeedRoutes({ store, clock, config: opts.token ? { icsToken: opts.token } : {} }));
  return { store, clock, base };
}

describe('GET /calendar.ics', () => {
  it('serves the calendar with caching headers, then 304 for If-None-Match and If-Modified-Since', async () => {
    const { base, store } = await feed();
    const res = await fetch(`${base}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=900');
    const etag = res.headers.get('etag')!;
    const lastModified = res.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
    expect(new Date(lastModified).toISOString()).toBe('2025-03-01T00:00:00.000Z');
    const body = await res.text();
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(body));
    const cal = parseIcs(body);
    expect(cal.events.size).toBeGreaterThan(20);
    expect([...cal.events.keys()].sort()).toEqual(
      buildCalendarIcs(store.read().items)
        .included.map((id) => `${id}@cwg-wsis-sdg.itu.int`)
        .sort(),
    );

    const again = await fetch(`${base}/calendar.ics`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const weak = await fetch(`${base}/calendar.ics`, { headers: { 'If-None-Match': `"other", W/${etag}` } });
    expect(weak.status).toBe(304);
    const since = await fetch(`${base}/calendar.ics`, { headers: { 'If-Modified-Since': lastModified } });
    expect(since.status).toBe(304);
    const stale = await fetch(`${base}/calendar.ics`, { headers: { 'If-None-Match': '"stale"', 'If-Modified-Since': lastModified } });
    expect(stale.status).toBe(200);
  });

  it('changes ETag and Last-Modified when the calendar changes, even when an item disappears', async () => {
    const { base, store, clock } = await feed();
    const first = await fetch(`${base}/calendar.ics`);
    const etag = first.headers.get('etag')!;
    await store.update((db) => {
      const it = db.items.find((x) => x.id === 'cstd-28')!;
      it.status = 'cancelled';
      it.revision += 1;
      it.updatedAt = '2025-03-04T10:00:00Z';
    });
    const second = await fetch(`${base}/calendar.ics`, { headers: { 'If-None-Match': etag } });
    expect(second.status).toBe(200);
    expect(second.headers.get('last-modified')).toBe(new Date('2025-03-04T10:00:00Z').toUTCString());
    expect(parseIcs(await second.text()).events.get('cstd-28@cwg-wsis-sdg.itu.int')!.status).toBe('CANCELLED');
    // A removal leaves no updatedAt behind: Last-Modified still moves (to the time the feed saw it).
    clock.set(new Date('2025-03-05T12:00:00Z'));
    await store.update((db) => {
      db.items = db.items.filter((x) => x.id !== 'igf-2025');
    });
    const third = await fetch(`${base}/calendar.ics`, { headers: { 'If-Modified-Since': second.headers.get('last-modified')! } });
    expect(third.status).toBe(200);
    expect(third.headers.get('last-modified')).toBe(new Date('2025-03-05T12:00:00Z').toUTCString());
  });

  it('answers HEAD with the headers and no body', async () => {
    const { base } = await feed();
    const get = await fetch(`${base}/calendar.ics`);
    const head = await fetch(`${base}/calendar.ics`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    expect(await head.text()).toBe('');
  });

  it('filters with ?tags= and ?who=, and refuses bad values with a clear 400', async () => {
    const { base, store } = await feed();
    const res = await fetch(`${base}/calendar.ics?tags=hlpf,wsis20&who=members`);
    expect(res.status).toBe(200);
    const uids = [...parseIcs(await res.text()).events.keys()];
    expect(uids.length).toBeGreaterThan(0);
    for (const u of uids) {
      const it = store.read().items.find((x) => `${x.id}@cwg-wsis-sdg.itu.int` === u)!;
      expect(
        it.tags.some((t) => t === 'hlpf' || t === 'wsis20'),
        u,
      ).toBe(true);
      expect(it.whoMustAct, u).toContain('members');
    }
    const one = await fetch(`${base}/calendar.ics?id=igf-2025`);
    const oneCal = parseIcs(await one.text());
    expect([...oneCal.events.keys()]).toEqual(['igf-2025@cwg-wsis-sdg.itu.int']);
    // One item's link ("Add to my calendar"): Outlook opens METHOD:PUBLISH as an appointment to save.
    expect(oneCal.method).toBe('PUBLISH');
    expect(one.headers.get('content-type')).toBe('text/calendar; charset=utf-8; method=PUBLISH');

    const bad = await fetch(`${base}/calendar.ics?tags=nonsense`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/"nonsense" is not a valid tags value\. Use one or more of: .*igf/);
    const badWho = await fetch(`${base}/calendar.ics?who=everyone`);
    expect(badWho.status).toBe(400);
    expect(await badWho.text()).toContain('members, chair');
    expect((await fetch(`${base}/calendar.ics?id=../etc`)).status).toBe(400);
    expect((await fetch(`${base}/calendar.ics?id=no-such-item`)).status).toBe(404);
    expect((await fetch(`${base}/calendar.ics?id=council-2025`)).status).toBe(404);
  });

  it('with CWG_ICS_TOKEN: 404 without or with a wrong token, exactly like a missing path; 200 with it, privately cached', async () => {
    // On the shared HTTP server, to compare with what it answers for a path that does not exist.
    const store = await openTempStore();
    const http = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: createCalendarFeedRoutes({ store, clock: () => new Date('2025-03-05T09:00:00Z'), config: { icsToken: 's3cret-token' } }),
      log: memoryLogger(),
    });
    stops.push(http.stop);
    const base = http.url;
    const shape = async (res: Response) => ({ status: res.status, body: await res.text(), headers: [...res.headers].filter(([k]) => k !== 'date') });
    const missing = await shape(await fetch(`${base}/nothing-here`));
    expect(missing.status).toBe(404);
    for (const url of [
      `${base}/calendar.ics`,
      `${base}/calendar.ics?token=wrong`,
      `${base}/calendar.ics?token=s3cret-toke`,
      `${base}/calendar.ics?tags=nonsense`,
      `${base}/calendar.ics?id=igf-2025`,
    ]) {
      expect(await shape(await fetch(url)), url).toEqual(missing);
    }
    expect((await fetch(`${base}/calendar.ics?token=s3cret-token&id=igf-2025`)).status).toBe(200);
    const ok = await fetch(`${base}/calendar.ics?token=s3cret-token&who=members`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('private, max-age=900');
    expect(parseIcs(await ok.text()).events.size).toBeGreaterThan(0);
  });
});
