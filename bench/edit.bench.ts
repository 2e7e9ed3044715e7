/**
 * Secretariat edits on big calendars. Each edit validates and rewrites the whole data file, so its
 * cost is linear in the calendar's size by design; the goals make sure it stays no worse than linear
 * (nothing O(n²) per request) and that a long audit trail does not slow every later write.
 *   - `edit <id> place=…` on 1,000 vs 10,000 items: growth ≤ 12× for 10× the items;
 *   - informational: the same edit on 10,000 items after 5,000 audit entries (each holds two full
 *     items, so the file is about twice as big and still rewritten whole; earlier entries are not
 *     cloned or validated again, so the extra cost is the writing alone).
 * A real lowdb file in a temp dir, through the dispatcher, as the local operator; every edit takes
 * the data file's inter-process lock, checks the file's fingerprint, writes a uniquely named temp
 * file, fsyncs it and the folder (src/store/data-file.ts), as it does beside other processes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBot } from '../src/bot.js';
import type { Item } from '../src/calendar/schema.js';
import { rehearsalClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import type { Caller } from '../src/dispatch/context.js';
import { createLogger } from '../src/log.js';
import type { AuditEntry } from '../src/store/audit-schema.js';
import { DEFAULT_SEED_FILE, loadSeed, openLowdbStore } from '../src/store/lowdb-store.js';

const OPERATOR: Caller = { id: 'operator', platform: 'cli', name: 'bench', isLocalOperator: true };

function calendar(size: number): Item[] {
  const items: Item[] = [...loadSeed(DEFAULT_SEED_FILE).items];
  for (let i = 0; items.length < size; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
    items.push({
      id: `bench-${i}`,
      kind: i % 2 ? 'event' : 'deadline',
      title: `Bench item ${i}`,
      when: i % 5 === 0 ? { type: 'relative', anchor: 'cwg-42', offsetDays: -(i % 60), bound: 'by' } : { type: 'date', start: day },
      status: 'confirmed',
      whoMustAct: ['members'],
      tags: ['bench'],
      source: { document: 'bench', paragraph: '1.1' },
      seeAlso: [],
      history: [],
      review: [],
      dateVersion: 0,
      revision: 0,
    });
  }
  return items;
}

function auditOf(items: Item[], n: number): AuditEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const item = items[100 + (i % (items.length - 100))]!;
    return {
      id: `a${i + 1}`,
      at: '2025-01-01T08:00:00.000Z',
      actor: { id: 'someone', platform: 'slack' },
      surface: 'slack',
      action: 'edit',
      itemId: item.id,
      before: item,
      after: item,
    };
  });
}

/** Median ms of `runs` edits on a calendar of `size` items with `auditEntries` earlier audit entries. */
async function timeEdits(size: number, auditEntries: number, runs = 9): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwg-bench-'));
  try {
    const file = path.join(dir, 'cwg.db.json');
    const items = calendar(size);
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, items, audit: auditOf(items, auditEntries) }));
    const store = await openLowdbStore(file);
    const bot = createBot({ config: loadConfig({}), store, clock: rehearsalClock(new Date('2025-01-10T09:00:00+01:00')), log: createLogger(() => {}) });
    const times: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const t = performance.now();
      const reply = await bot.handle(`edit bench-7 place="Room ${i}"`, OPERATOR);
      if (reply.tone !== 'ok') throw new Error(`edit failed: ${reply.text}`);
      if (i >= 2) times.push(performance.now() - t); // two warm-up edits
    }
    await store.close();
    times.sort((a, b) => a - b);
    return times[times.length >> 1]!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<{ report: string; ok: boolean }> {
  const small = await timeEdits(1_000, 0);
  const large = await timeEdits(10_000, 0);
  const longAudit = await timeEdits(10_000, 5_000);
  const growth = large / small;
  const auditRatio = longAudit / large;
  const ok = growth <= 12;
  return {
    ok,
    report: [
      `edit on 1,000 items: ${small.toFixed(1)} ms (median of 9)`,
      `edit on 10,000 items: ${large.toFixed(1)} ms`,
      `edit on 10,000 items after 5,000 audit entries: ${longAudit.toFixed(1)} ms`,
      `growth 1,000 → 10,000 items: ${growth.toFixed(2)}× (goal ≤ 12×, i.e. no worse than linear)`,
      `long audit trail: ${auditRatio.toFixed(2)}× (informational: a file about twice as big to write)`,
    ].join('\n'),
  };
}
