import pg from 'pg';
import { inject } from 'vitest';
import { type RunningPostgres, startEmbeddedPostgres } from './embedded-postgres.js';

export { freePort, startEmbeddedPostgres } from './embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The admin URL of the PostgreSQL server tests/support/postgres-global.ts started for this run. */
    cwgPgAdminUrl: string;
  }
}

let ownServer: Promise<RunningPostgres> | undefined;

/** The server for this run: CWG_TEST_DATABASE_URL, else the one the global setup started, else one started here. */
async function adminUrl(): Promise<string> {
  if (process.env.CWG_TEST_DATABASE_URL) return process.env.CWG_TEST_DATABASE_URL;
  let provided: string | undefined;
  try {
    provided = inject('cwgPgAdminUrl');
  } catch {
    provided = undefined;
  }
  if (provided) return provided;
  ownServer ??= startEmbeddedPostgres();
  return (await ownServer).adminUrl;
}

let counter = 0;

/** A new, empty database on the test server; its URL. Each test file (and each call) gets its own. */
export async function createTestDatabase(): Promise<string> {
  const admin = await adminUrl();
  const name = `cwg_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one SQL statement on a database (tests look at rows directly). */
export async function sql<T = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}
