import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/**
 * Global setup of the integration project: one PostgreSQL for the whole run (each test file then
 * creates its own database on it), unless CWG_TEST_DATABASE_URL names an existing server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.CWG_TEST_DATABASE_URL) {
    project.provide('cwgPgAdminUrl', process.env.CWG_TEST_DATABASE_URL);
    return async () => {};
  }
  const server = await startEmbeddedPostgres();
  project.provide('cwgPgAdminUrl', server.adminUrl);
  return () => server.stop();
}
