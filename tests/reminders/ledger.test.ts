import { describe, expect, it } from 'vitest';
import { run } from '../../jobs/deliver-reminders.js';
import { createConsoleTransport } from '../../src/platforms/console/console-transport.js';
import { pruneLedger } from '../../src/reminders/ledger.js';
import { makeTestBot } from '../support/fixtures.js';
import type { LedgerEntry } from '../../src/store/reminders-schema.js';
import { FAST, quiet, storeWith, sub } from './helpers.js';

const entry = (key: string, state: LedgerEntry['state'], at: string): LedgerEntry => ({
  key,
  subscriptionId: 'console:g',
  state,
  dueAt: at,
  intendedAt: at,
  ...(state === 'confirmed' ? { confirmedAt: at } : {}),
});

describe('ledger retention', () => {
  it('prunes records older than the retention period and keeps the rest, on disk', async () => {
    const { store } = await storeWith([], [sub('g')]);
    const g = store.read().subscriptions[0]!;
    await store.update((d) => {
      d.ledger.push(entry('old-confirmed', 'confirmed', '2025-01-01T09:00:00.000Z'), entry('old-intended', 'intended', '2025-01-01T09:00:00.000Z'));
      d.ledger.push(entry('old-dead', 'dead', '2025-01-01T09:00:00.000Z'), entry('new-dead', 'dead', '2025-04-01T09:00:00.000Z'));
      d.ledger.push(entry('recent', 'confirmed', '2025-04-01T09:00:00.000Z'));
      const letter = {
        subscriptionId: g.id,
        conversation: g.conversation,
        due: { type: 'digest' as const, week: '2025-01-06' },
        dueAt: '2025-01-06T08:00:00.000Z',
        attempts: 5,
        error: 'HTTP 500',
      };
      d.reminders.deadLetters = [
        { ...letter, key: 'old-dead', failedAt: '2025-01-01T09:00:00.000Z' },
        { ...letter, key: 'new-dead', failedAt: '2025-04-01T09:00:00.000Z' },
      ];
    });
    const removed = await store.update((d) => pruneLedger(d, new Date('2025-04-15T00:00:00Z'), 90));
    expect(removed).toBe(3);
    expect(store.read().ledger.map((e) => e.key)).toEqual(['new-dead', 'recent']);
    expect(store.read().reminders.deadLetters!.map((x) => x.key)).toEqual(['new-dead']);
  });

  it('is applied by the delivery job with CWG_LEDGER_RETENTION_DAYS, as "/cwg deliveries" shows', async () => {
    const { store } = await storeWith([], [sub('g')]);
    await store.update((d) => {
      d.ledger.push(
        entry('days-100', 'confirmed', '2025-01-05T09:00:00.000Z'),
        entry('days-20', 'confirmed', '2025-03-26T09:00:00.000Z'),
        entry('days-2', 'confirmed', '2025-04-13T09:00:00.000Z'),
      );
    });
    const tick = async (env: NodeJS.ProcessEnv, at: string) => {
      const t = await makeTestBot({ store, env, now: at });
      await run({ store, clock: t.clock, log: quiet(), config: t.config, transports: [createConsoleTransport(() => {})], options: FAST });
      return (await t.ask('/cwg deliveries')).text;
    };
    // Default 90 days: the 100-day-old record goes.
    expect(await tick({}, '2025-04-15T09:00:00Z')).toContain('2 deliveries on record');
    expect(store.read().ledger.map((e) => e.key)).toEqual(['days-20', 'days-2']);
    // 10 days (an idle run records its end, and prunes, once the last record is 10 minutes old).
    expect(await tick({ CWG_LEDGER_RETENTION_DAYS: '10' }, '2025-04-15T09:11:00Z')).toContain(
      'last run Tue 15 Apr 2025 11:11 Geneva time; 1 subscribed channel; 1 delivery on record; 0 failed.',
    );
    expect(store.read().ledger.map((e) => e.key)).toEqual(['days-2']);
  });
});
