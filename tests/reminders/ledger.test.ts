import { describe, expect, it } from 'vitest';
import { pruneLedger } from '../../src/reminders/ledger.js';
import type { LedgerEntry } from '../../src/reminders/schema.js';
import { storeWith, sub } from './helpers.js';

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
      const letter = { subscriptionId: g.id, conversation: g.conversation, due: { type: 'digest' as const, week: '2025-01-06' }, dueAt: '2025-01-06T08:00:00.000Z', attempts: 5, error: 'HTTP 500' };
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
});
