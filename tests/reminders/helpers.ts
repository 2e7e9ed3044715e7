import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ItemInput } from '../../src/calendar/schema.js';
import { memoryLogger } from '../../src/log.js';
import type { Subscription } from '../../src/store/reminders-schema.js';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../support/fixtures.js';

export const SOURCE = { document: 'test calendar', paragraph: '1.1' };

export function item(fields: Partial<ItemInput> & Pick<ItemInput, 'id' | 'kind' | 'when'>): ItemInput {
  return { title: `Title of ${fields.id}`, status: 'confirmed', source: SOURCE, ...fields };
}

/** A real lowdb data file seeded with these items (and optional subscriptions), in a temp dir. */
export async function storeWith(items: ItemInput[], subscriptions: Subscription[] = [], dir = tempDir()): Promise<{ store: Store; file: string; dir: string }> {
  const seed = path.join(dir, 'seed.json');
  writeFileSync(seed, JSON.stringify({ document: 'test calendar', items }));
  const file = path.join(dir, 'cwg.db.json');
  const store = await openLowdbStore(file, { seedFile: seed });
  if (subscriptions.length) await store.update((d) => void d.subscriptions.push(...subscriptions));
  return { store, file, dir };
}

export function sub(id: string, fields: Partial<Subscription> = {}, platform: Subscription['conversation']['platform'] = 'console'): Subscription {
  return {
    id: `${platform}:${id}`,
    conversation: { platform, id, name: id },
    scope: 'all',
    tags: [],
    actors: [],
    at: '09:00',
    tz: 'Europe/Zurich',
    digest: true,
    createdAt: '2025-02-28T00:00:00Z',
    ...fields,
  };
}

export const quiet = () => memoryLogger();

/** Pacing and retry settings that keep tests fast. */
export const FAST = { perChannelIntervalMs: 0, workspacePerSecond: 0, backoffMs: 5, maxBackoffMs: 20, flushIntervalMs: 20 };
