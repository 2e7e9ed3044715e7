import { defineConfig } from 'vitest/config';
import { INTEGRATION_TEST_FILES } from './tests/integration-files.js';

// Two projects: "unit" (no servers, no child processes: `npm run test:unit`) and "integration"
// (tests/integration-files.ts). `vitest run` / `npm test` runs both. The unit files share their
// modules within a worker (isolate: false): loading src/ and teams-ai once per worker instead of
// once per file cuts the unit run's CPU time to about a third. Tests must not rely on module state.
// The integration project starts one PostgreSQL for the run (tests/support/postgres-global.ts).
export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: INTEGRATION_TEST_FILES,
          isolate: false,
          // CWG_TEST_STORE=postgres runs temp stores on PostgreSQL (tests/support/fixtures.ts): one server for the run
          ...(process.env.CWG_TEST_STORE === 'postgres' ? { globalSetup: ['tests/support/postgres-global.ts'] } : {}),
        },
      },
      { extends: true, test: { name: 'integration', include: INTEGRATION_TEST_FILES, globalSetup: ['tests/support/postgres-global.ts'] } },
    ],
  },
});
