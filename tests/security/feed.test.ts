import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.js';
import { FeedBusyError, FeedCache } from '../../src/export/feed-cache.js';
import { parseFeedQuery } from '../../src/export/feed-query.js';
import { createCalendarFeedRoutes } from '../../src/http/feed-route.js';
import { createHealthRoute } from '../../src/http/health-route.js';
import { startHttpServer } from '../../src/http/server.js';
import { messagesFor } from '../../src/i18n/index.js';
import { memoryLogger } from '../../src/log.js';
import type { Store } from '../../src/store/store.js';
import { parseIcs } from '../export/ics-parse.js';
import { openTempStore } from '../support/fixtures.js';

const msg = messagesFor();

/** The feed and /healthz on the shared server, on loopback, with a cache the test can look into. */
async function feedServer(opts: { token?: string; cache?: FeedCache; store?: Store } = {}) {
  const store = opts.store ?? (await openTempStore());
  const clock = manualClock(new Date('2025-03-05T09:00:00Z'));
  const cache = opts.cache ?? new FeedCache(msg);
  const log = memoryLogger();
  const routes = [
    ...createCalendarFeedRoutes({ store, clock, config: opts.token ? { icsToken: opts.token } : {}, msg, cache }),
    createHealthRoute({ store, clock }),
  ];
  const http = await startHttpServer({ port: 0, host: '127.0.0.1', routes, log });
  return { store, cache, http, url: (q = '') => `${http.url}/calendar.ics${q}` };
}

describe('calendar feed under attack', () => {
  it('normalises equivalent filters to one cache entry: order, case, repeats, "#", the same items', async () => {
    const f = await feedServer();
    try {
      const etags = new Set<string>();
      for (const q of ['?tags=wsis20,report', '?tags=REPORT&tags=wsis20', '?tags=%23wsis20,report,report', '?tags=report&tags=WSIS20&tags=report']) {
        const res = await fetch(f.url(q));
        expect(res.status).toBe(200);
        etags.add(res.headers.get('etag')!);
        await res.arrayBuffer();
      }
      expect(etags.size).toBe(1);
      expect(f.cache.views.size).toBe(1);
      // Different filters that pick the same items share one entry too: tags a and "a,b" when every b item is an a item.
      const items = f.store.read().items;
      const tags = [...new Set(items.flatMap((it) => it.tags))];
      const having = (t: string) => items.filter((it) => it.tags.includes(t)).map((it) => it.id);
      const [a, b] = tags
        .flatMap((x) => tags.filter((y) => y !== x && having(y).every((id) => having(x).includes(id))).map((y) => [x, y]))
        .find(([x]) => x !== 'wsis20' && x !== 'report')!;
      for (const q of [`?tags=${a}`, `?tags=${b},${a}`, `?tags=${a}&tags=${b}`]) await (await fetch(f.url(q))).arrayBuffer();
      expect(f.cache.views.size).toBe(2);
      // An item's own file ignores tags and who.
      const keyA = parseFeedQuery(new URLSearchParams('id=igf-2025&tags=ai'), f.store.read().items, msg).key;
      const keyB = parseFeedQuery(new URLSearchParams('id=igf-2025&who=members'), f.store.read().items, msg).key;
      expect(keyA).toBe(keyB);
    } finally {
      await f.http.stop();
    }
  });

  it('keeps the cache within its byte budget whatever the number of distinct filters', async () => {
    const budget = 150_000;
    const f = await feedServer({ cache: new FeedCache(msg, { viewBytes: budget, eventBytes: 120_000 }) });
    try {
      const tags = ['cwg', 'wsis20', 'ai', 'consultation', 'report', 'hlpf', 'council', 'gdc', 'regional', 'unga', 'igf', 'cstd'];
      const who = ['', 'members', 'secretariat', 'chair'];
      let n = 0;
      for (const a of tags)
        for (const w of who) {
          const res = await fetch(f.url(`?tags=${a}${w ? `&who=${w}` : ''}`));
          expect(res.status).toBe(200);
          await res.arrayBuffer();
          n++;
          expect(f.cache.views.bytes).toBeLessThanOrEqual(budget);
          expect(f.cache.events.texts.bytes).toBeLessThanOrEqual(120_000);
        }
      // The whole calendar alone is bigger than what the budget holds many times over.
      const whole = await (await fetch(f.url())).text();
      expect(Buffer.byteLength(whole) * 2 * 3).toBeGreaterThan(budget);
      expect(f.cache.views.size).toBeLessThan(n);
    } finally {
      await f.http.stop();
    }
  });

  it('an unknown filter word is a 400 and caches nothing', async () => {
    const f = await feedServer();
    try {
      const res = await fetch(f.url('?tags=no-such-tag'));
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('no-such-tag');
      expect(f.cache.views.size).toBe(0);
    } finally {
      await f.http.stop();
    }
  });

  it('shares one build between identical requests and refuses builds beyond the waiting line (503)', async () => {
    const store = await openTempStore();
    const cache = new FeedCache(msg, { maxBuilds: 1, maxWaiting: 1 });
    const data = store.read();
    const q = (s: string) => parseFeedQuery(new URLSearchParams(s), data.items, msg);
    const first = cache.view(data, q('tags=report'));
    const same = cache.view(data, q('tags=REPORT'));
    const second = cache.view(data, q('tags=council'));
    const third = cache.view(data, q('tags=hlpf'));
    await expect(third).rejects.toBeInstanceOf(FeedBusyError);
    expect(await first).toBe(await same);
    await second;
    expect(cache.views.size).toBe(2);
  });

  it('path and parameter tricks get 404 or 400, never a file', async () => {
    const f = await feedServer();
    try {
      for (const p of ['/calendar.ics/../../etc/passwd', '/calendar.ics%2f..%2f..%2fetc%2fpasswd', '/calendar.ics/', '/CALENDAR.ICS']) {
        const res = await fetch(`${f.http.url}${p}`);
        expect(res.status, p).toBe(404);
        expect(await res.text()).not.toContain('root:');
      }
      for (const q of ['?id=../../etc/passwd', '?id=%00', '?id=a&id=b', '?who=root', '?tags=%1b[2J']) {
        const res = await fetch(f.url(q));
        expect(res.status, q).toBe(400);
        expect(await res.text()).not.toMatch(/\x1b/);
      }
    } finally {
      await f.http.stop();
    }
  });

  it('with a token, a missing or wrong token looks exactly like a path that does not exist', async () => {
    const f = await feedServer({ token: 'feed-secret-1' });
    try {
      const unknown = await fetch(`${f.http.url}/nothing-here`);
      const body404 = await unknown.text();
      for (const q of ['', '?token=', '?token=feed-secret-2', '?token=feed-secret-1x']) {
        const res = await fetch(f.url(q));
        expect(res.status).toBe(404);
        expect(await res.text()).toBe(body404);
      }
      expect((await fetch(f.url('?token=feed-secret-1'))).status).toBe(200);
    } finally {
      await f.http.stop();
    }
  });

  it('never serves a javascript: link or a control character, even from data stored before imports were cleaned', async () => {
    const store = await openTempStore();
    const target = store.read().items.find((it) => it.when.type === 'date')!;
    await store.update((db) => {
      const it = db.items.find((x) => x.id === target.id)!;
      it.url = 'javascript:alert(1)';
      it.description = 'before\u001b[2J\u001b]0;pwned\u0007after\u0000\u0008';
      it.place = 'Room\u007f 1\u0085';
    });
    const f = await feedServer({ store });
    try {
      const text = await (await fetch(f.url())).text();
      expect(text).not.toMatch(/javascript:/i);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the check itself
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/);
      const event = parseIcs(text).events.get(`${target.id}@cwg-wsis-sdg.itu.int`)!;
      expect(event.url).toBeNull();
      expect(event.description).toContain('before[2J]0;pwnedafter');
    } finally {
      await f.http.stop();
    }
  });
});
