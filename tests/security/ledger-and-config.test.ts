import { describe, expect, it } from 'vitest';
import { run } from '../../jobs/deliver-reminders.js';
import { manualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { secretariatWarnings } from '../../src/config/to-app-config.js';
import { createConsoleTransport } from '../../src/platforms/console/console-transport.js';
import { pruneLedger } from '../../src/reminders/ledger.js';
import type { LedgerEntry } from '../../src/store/reminders-schema.js';
import { FAST, quiet, storeWith, sub } from '../reminders/helpers.js';
import { makeTestBot } from '../support/fixtures.js';

const entry = (key: string, at: string, dueAt = at): LedgerEntry => ({
  key,
  subscriptionId: 'console:g',
  state: 'confirmed',
  dueAt,
  intendedAt: at,
  confirmedAt: at,
});

describe('a rehearsal clock far in the future does not empty the delivery ledger', () => {
  it('pruneLedger counts retention back from the real time when the clock is ahead of it', async () => {
    const { store } = await storeWith([], [sub('g')]);
    await store.update((d) => {
      d.ledger.push(entry('last-week', '2025-04-08T09:00:00.000Z'), entry('yesterday', '2025-04-14T09:00:00.000Z'));
      // Recorded long ago, but the reminder is due later: it is what stops a second send.
      d.ledger.push(entry('old-but-due-later', '2024-01-01T09:00:00.000Z', '2025-05-01T09:00:00.000Z'));
      d.ledger.push(entry('really-old', '2024-01-01T09:00:00.000Z'));
    });
    const removed = await store.update((d) => pruneLedger(d, new Date('9999-06-01T00:00:00Z'), 90, new Date('2025-04-15T00:00:00Z')));
    expect(removed).toBe(1);
    expect(store.read().ledger.map((e) => e.key)).toEqual(['last-week', 'yesterday', 'old-but-due-later']);
  });

  it('the delivery job with CWG_NOW in 9999 keeps the ledger (real clock injected)', async () => {
    const { store } = await storeWith([], [sub('g')]);
    await store.update((d) => void d.ledger.push(entry('recent', '2025-04-14T09:00:00.000Z')));
    const t = await makeTestBot({ store, now: '9999-01-01T09:00:00Z' });
    await run({
      store,
      clock: t.clock,
      realClock: manualClock(new Date('2025-04-15T09:00:00Z')),
      log: quiet(),
      config: t.config,
      transports: [createConsoleTransport(() => {})],
      options: FAST,
    });
    expect(store.read().ledger.map((e) => e.key)).toContain('recent');
  });
});

describe('CWG_SECRETARIAT with a lower-case Slack id', () => {
  it('loads, with a warning naming the id and the upper-case form', () => {
    const config = loadConfig({ CWG_SECRETARIAT: 'U0SEC0001, s0secgrp1, 00000000-aaaa-4bbb-8ccc-000000000001' });
    expect(config.secretariat).toContain('s0secgrp1');
    expect(config.warnings).toHaveLength(1);
    expect(config.warnings![0]).toContain('"s0secgrp1"');
    expect(config.warnings![0]).toContain('S0SECGRP1');
  });

  it('does not warn for upper-case Slack ids or Entra object ids', () => {
    expect(loadConfig({ CWG_SECRETARIAT: 'U0SEC0001,S0SECGRP1,W0ABC1234' }).warnings).toBeUndefined();
    expect(secretariatWarnings(['00000000-aaaa-4bbb-8ccc-000000000001', 'a1b2c3d4-0000-4000-8000-123456789abc'])).toEqual([]);
  });
});
