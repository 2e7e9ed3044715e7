import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, onTestFinished } from 'vitest';
import { createBot, type Bot } from '../../src/bot.js';
import { manualClock } from '../../src/clock.js';
import type { AppConfig } from '../../src/config/app-config.js';
import { loadConfig } from '../../src/config.js';
import type { Caller } from '../../src/dispatch/context.js';
import { memoryLogger } from '../../src/log.js';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import type { Store } from '../../src/store/store.js';

export const REPO_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const REPORT_FILE = path.resolve(REPO_ROOT, '..', 'shared', 'source', 'cwg-wsis-sdg-41-42-outcomes-report.txt');

const cleanups: Array<() => void | Promise<void>> = [];
const drain = async () => {
  while (cleanups.length) await cleanups.pop()!();
};
afterEach(drain);

/**
 * Runs `fn` when the current test ends, last made first (a store closes before its folder goes).
 * The unit project shares modules between test files (isolate: false), so the afterEach above is
 * registered in the first file only; onTestFinished belongs to the running test wherever it is.
 */
let drainsAfterThisTest = false;
function onCleanup(fn: () => void | Promise<void>): void {
  cleanups.push(fn);
  if (drainsAfterThisTest) return;
  try {
    onTestFinished(async () => {
      drainsAfterThisTest = false;
      await drain();
    });
    drainsAfterThisTest = true;
  } catch {
    // outside a running test (a describe body or a hook): the afterEach drains it
  }
}

/** A fresh temporary directory, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwg-test-'));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A database's location (its URL without the password) → its URL, to reopen it. */
const databaseUrls = new Map<string, string>();

/** A real lowdb store on disk, seeded from data/calendar.seed.json unless the file exists. */
export async function openTempStore(file?: string): Promise<Store> {
  // CWG_TEST_STORE=postgres: tests that do not name a file run on a new PostgreSQL database instead (the same contract).
  // (a store's location, a URL, reopens that database).
  const onPostgres = file === undefined ? process.env.CWG_TEST_STORE === 'postgres' : /^postgres:/.test(file);
  let store: Store;
  if (onPostgres) {
    const url = file === undefined ? await (await import('./postgres.js')).createTestDatabase() : (databaseUrls.get(file) ?? file);
    store = await (await import('../../src/store/postgres/postgres-store.js')).openPostgresStore(url);
    databaseUrls.set(store.location, url);
  } else store = await openLowdbStore(file ?? path.join(tempDir(), 'cwg.db.json'));
  onCleanup(() => store.close());
  return store;
}

export interface TestBot {
  bot: Bot;
  store: Store;
  clock: ReturnType<typeof manualClock>;
  log: ReturnType<typeof memoryLogger>;
  config: AppConfig;
  /** Runs a line as a caller (the local operator by default). */
  ask(line: string, caller?: Partial<Caller>): ReturnType<Bot['handle']>;
}

export async function makeTestBot(opts: { now?: string; env?: NodeJS.ProcessEnv; store?: Store } = {}): Promise<TestBot> {
  const store = opts.store ?? (await openTempStore());
  const clock = manualClock(new Date(opts.now ?? '2025-01-15T09:00:00+01:00'));
  const log = memoryLogger();
  const config = { ...loadConfig(opts.env ?? {}), dataFile: store.location };
  const bot = createBot({ config, store, clock, log });
  return {
    bot,
    store,
    clock,
    log,
    config,
    ask: (line, caller = {}) =>
      bot.handle(line, { id: 'operator', platform: 'cli', isLocalOperator: !caller.id, ...caller } as Caller, { platform: 'cli', id: 'test' }),
  };
}
